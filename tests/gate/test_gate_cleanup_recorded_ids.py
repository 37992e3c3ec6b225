"""The live clean-up of a resource no list operation can find by its prefix (message templates:
the create answers a bare integer id, and there is no list): the run records the ids it created
(live_safety, the configuration's created_log) and the clean-up deletes exactly those, against a real mock on
loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.gate import config, live_policy
from contract_tests.gate.cleanup import delete_prefixed, read_created
from contract_tests.gate.config import Credentials, GateConfig
from contract_tests.gate.live_safety import _CreatedByThisRun
from contract_tests.mock_server import process as mock_process

PREFIX = "contract-gate-0123abcd-"


@pytest.fixture(scope="module")
def ready() -> Iterator[dict[str, Any]]:
    with mock_process.running() as mock:
        yield mock.ready


def _templates(ready: dict[str, Any], token: str) -> httpx.Client:
    return httpx.Client(base_url=f"{ready['base_url']}/api/", headers={"Authorization": f"Bearer {token}"})


def test_the_plan_deletes_templates_by_recorded_id() -> None:
    steps = {s.resource.name: s for s in live_policy.cleanup_plan(live_policy.model())}
    assert steps["messageTemplate"].list_op is None
    assert steps["messageTemplate"].delete_op.operation_id == "deleteMessageTemplate"
    assert steps["externalClient"].list_op is not None  # listed resources are still found by prefix


def test_a_bare_integer_create_answer_is_recorded_and_logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "created.ndjson"
    settings = GateConfig("http://x", "org", Credentials(), live=True, created_log=str(log))
    monkeypatch.setenv(config.ENV, settings.to_env()[config.ENV])
    created = _CreatedByThisRun()
    model = live_policy.model()
    created.record(model, model.by_id["createMessageTemplate"], 42)
    created.record(model, model.by_id["createMessageTemplate"], True)  # not an id
    created.record(model, model.by_id["getMessageTemplate"], 7)  # a read creates nothing
    assert created.owns("messageTemplate", 42) and not created.owns("messageTemplate", 7)
    assert read_created(log) == {"messageTemplate": ["42"]}


def test_clean_up_deletes_the_recorded_templates_and_nothing_else(ready: dict[str, Any], tmp_path: Path) -> None:
    token = mock_process.admin_token(ready)
    with _templates(ready, token) as http:
        ours = http.post("MessageTemplate", json={"name": f"{PREFIX}banner", "value": "x"}).json()
        theirs = http.post("MessageTemplate", json={"name": "Someone else's", "value": "y"}).json()
        log = tmp_path / "created.ndjson"
        log.write_text(f'{{"resource": "messageTemplate", "id": {ours}}}\n{{"resource": "messageTemplate", "id"')
        result = delete_prefixed(
            live_policy.model(), ready["base_url"], ready["partition_global_id"], token, PREFIX, read_created(log)
        )
        assert result.problems == []
        assert f"messageTemplate {ours}" in result.deleted
        assert http.get(f"MessageTemplate/{ours}").status_code == 404
        assert http.get(f"MessageTemplate/{theirs}").status_code == 200
