"""The package README's examples run, in order, against the mock on loopback.

Every ```python block of the README's "Examples" section is executed in one namespace, with
`client` bound to an authenticated client of the mock's organization (whose id is the one the
examples use). A README example that no longer matches the generated client fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from uipath_identity_client import AuthenticatedClient, ClientCredentials
from uipath_identity_client.api.external_clients import get_external_client
from uipath_identity_client.errors import NotFoundError
from uipath_identity_client.models import DirectoryUser

from contract_tests.mock_server import process as mock_process

README = Path(__file__).resolve().parents[2] / "generated" / "uipath-identity-client" / "README.md"
pytestmark = pytest.mark.slow


def example_blocks() -> list[str]:
    text = README.read_text()
    section = text.split("\n## Examples\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.fixture(scope="module")
def namespace() -> Iterator[dict[str, Any]]:
    with mock_process.running() as mock:
        ready = mock.ready
        auth = ClientCredentials(ready["admin_client_id"], ready["admin_client_secret"], token_url=ready["token_url"])
        with AuthenticatedClient(base_url=ready["base_url"], auth=auth) as client:
            namespace: dict[str, Any] = {"client": client}
            for block in example_blocks():
                exec(compile(block, str(README), "exec"), namespace)
            yield namespace


def test_the_examples_section_covers_the_nine_operations() -> None:
    code = "\n".join(example_blocks())
    assert len(re.findall(r"\b\w+\.sync\(", code)) >= 9


def test_the_examples_create_rotate_and_delete_an_app(namespace: dict[str, Any]) -> None:
    app, new = namespace["app"], namespace["new"]
    assert namespace["first_secret"] and new.secret and new.secret != namespace["first_secret"]
    with pytest.raises(NotFoundError):  # the example deleted it
        get_external_client.sync(namespace["org"], app.id, client=namespace["client"])


def test_the_examples_resolve_a_user_and_create_a_robot(namespace: dict[str, Any]) -> None:
    assert isinstance(namespace["entity"], DirectoryUser)
    assert namespace["robot"].group_ids == [UUID("cdc34b5b-77d2-4ae1-9744-209d21ce557d")]
