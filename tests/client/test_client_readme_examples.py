"""The package README's examples run, in order, against the mock on loopback.

Every ```python block of the README's "Examples" section is executed in one namespace, with
`client` bound to an `IdentityClient` of the mock's organization (the organization id read from
the token). A README example that no longer matches the generated client fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from uipath_identity_client import IdentityClient
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
        credentials = {"client_id": ready["admin_client_id"], "client_secret": ready["admin_client_secret"]}
        with IdentityClient(ready["base_url"], **credentials) as client:
            namespace: dict[str, Any] = {"client": client}
            for block in example_blocks():
                exec(compile(block, str(README), "exec"), namespace)
            yield namespace


def test_the_examples_call_every_resource_method_of_the_nine_operations() -> None:
    code = "\n".join(example_blocks())
    for call in (
        "external_clients.list(", "external_clients.create(", "external_clients.get(",
        "external_clients.update(", "external_clients.patch(", "external_clients.delete(",
        "external_client_secrets.generate(", "external_client_secrets.delete(",
        "directory.resolve_entity(", "robot_accounts.create(", "rotate_secret(", "verify_credentials(",
    ):  # fmt: skip
        assert f"client.{call}" in code, call


def test_the_examples_create_rotate_and_delete_an_app(namespace: dict[str, Any]) -> None:
    app, new = namespace["app"], namespace["new"]
    assert namespace["first_secret"] and new.secret and new.secret != namespace["first_secret"]
    assert namespace["rotation"].retired  # the first secret, retired by age
    assert [s.name for r in app.resources for s in r.scopes] == ["OR.Jobs.Read"]
    with pytest.raises(NotFoundError):  # the example deleted it
        namespace["client"].external_clients.get(app.id)


def test_the_examples_resolve_a_user_and_create_a_robot(namespace: dict[str, Any]) -> None:
    assert isinstance(namespace["entity"], DirectoryUser)
    assert namespace["robot"].group_ids == [UUID("cdc34b5b-77d2-4ae1-9744-209d21ce557d")]
    assert namespace["creds"].organization_id == namespace["org"]


def test_the_examples_provision_a_group_around_the_robot(namespace: dict[str, Any]) -> None:
    robot, team = namespace["robot"], namespace["team"]
    assert [m.identifier for m in team.members] == [str(robot.id)]
    assert "nightly-robot" in namespace["found"]
    assert [m.identifier for m in namespace["members"]] == [str(robot.id)]
    assert namespace["renamed"].name == "nightly-ops"
    with pytest.raises(NotFoundError):  # the example deleted both
        namespace["client"].groups.get(team.id)
