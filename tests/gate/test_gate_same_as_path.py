"""`x-same-as` (D88): a positive case's body field that must repeat a path value gets the path's
value in the field's own kind; negative cases (a wrong type) stay as generated."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from contract_tests.gate.live_policy import model
from contract_tests.gate.same_as_path import SAME_AS, echo_path_values


@pytest.mark.parametrize(
    ("value", "path_value", "sent"),
    [
        (12, 50, 50),
        (401.0, 50, 50),
        (12, "50", 50),
        ("x", 50, "50"),
        (True, 50, True),
        (None, 50, None),
        ([1], 50, [1]),
    ],
)
def test_the_body_echoes_the_path_in_its_own_kind(value: Any, path_value: Any, sent: Any) -> None:
    body = {"id": value, "value": "text"}
    case: Any = SimpleNamespace(
        operation=SimpleNamespace(definition=SimpleNamespace(raw={"operationId": "updateMessageTemplate"})),
        path_parameters={"templateId": path_value},
        body=body,
    )
    echo_path_values(case)
    assert body == {"id": sent, "value": "text"}


def test_the_spec_marks_the_message_template_update_id() -> None:
    op = model().by_id["updateMessageTemplate"]
    assert model().resolve(op.body_properties["id"]).get(SAME_AS) == "templateId"
    assert "templateId" in op.path_ids
