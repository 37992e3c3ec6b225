"""The READMEs' examples run, in order, against the mock on loopback, in both behaviour profiles.

Every ```python block of the package README's "Examples" section is executed in one namespace,
with `client` bound to an `IdentityClient` of the mock's organization (the organization id read
from the token); the root README's "Using the generated client" example runs as written, with
the UiPath CLI's variables pointing at the mock. A README example that no longer matches the
generated client, or that works in one profile only, fails here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from mock_session import PROFILES, Mocks, credentials
from uipath_identity_client import IdentityClient
from uipath_identity_client._audit_export import read_csv
from uipath_identity_client.errors import NotFoundError
from uipath_identity_client.models import DirectoryUser

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated" / "uipath-identity-client" / "README.md"
pytestmark = pytest.mark.slow


def blocks(path: Path, section: str) -> list[str]:
    text = path.read_text()
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.S)


def example_blocks() -> list[str]:
    return blocks(README, "Examples")


@pytest.fixture(scope="module", params=PROFILES)
def namespace(request: pytest.FixtureRequest, mocks: Mocks) -> Iterator[dict[str, Any]]:
    ready = mocks.ready(request.param)
    with IdentityClient(ready["base_url"], **credentials(ready)) as client:
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
    assert namespace["stored"] == [new]  # handed over before anything was retired
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


def test_the_examples_read_and_export_the_audit_log(namespace: dict[str, Any]) -> None:
    page, export = namespace["page"], namespace["export"]
    kinds = [e.event_type for e in page.audit_events]
    assert "Robot Account Created" in kinds and "Group Deleted" in kinds  # what the examples above did
    assert namespace["catalogue"] and namespace["classic"].results
    assert namespace["tenant_page"].audit_events == []  # nothing happened at the tenant's level
    exported = {row["id"] for row in read_csv(export.path)}
    assert {e.id for e in page.audit_events} <= exported and export.events == len(exported)


def test_the_examples_allocate_licenses_and_report_them(namespace: dict[str, Any]) -> None:
    analyst = str(namespace["analyst"])
    assert namespace["bought"]["RPADEVPRONU"][1] == 100
    assert sorted(namespace["rule"].group_rule.user_bundle_codes) == ["ATTUNU", "TSTNU"]
    assert [(q.user_bundle_code, q.limit) for q in namespace["rule"].quotas] == [("ATTUNU", 10)]  # kept
    row = next(u for u in namespace["report"].users if u.user_id.lower() == analyst)
    assert row.explicit == ("RPADEVPRONU",) and "RPADEVPRONU" in row.bundles
    assert any(r["userId"].lower() == analyst for r in read_csv(namespace["by_user"]))


def test_the_examples_show_per_call_options_and_raw_responses(namespace: dict[str, Any]) -> None:
    raw = namespace["raw"]
    assert raw.status_code == 200 and len(raw.parsed) == len(namespace["groups"])


def test_the_root_readme_example_runs(mocks: Mocks, profile: str, monkeypatch: pytest.MonkeyPatch) -> None:
    (code,) = blocks(ROOT / "README.md", "Using the generated client")
    ready = mocks.ready(profile)
    monkeypatch.setenv("UIPATH_URI", ready["base_url"].rsplit("/", 2)[0])
    monkeypatch.setenv("UIPATH_ORGANIZATION", ready["organization"])
    monkeypatch.setenv("UIPATH_CLIENT_ID", ready["admin_client_id"])
    monkeypatch.setenv("UIPATH_CLIENT_SECRET", ready["admin_client_secret"])
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    client: IdentityClient = namespace["client"]
    app = client.external_clients.get(namespace["app"].id)
    assert app.name == "renamed" and [s.name for r in app.resources for s in r.scopes] == ["PM.OAuthApp.Read"]
    assert [s.id for s in app.secrets][-1] == namespace["rotation"].new_secret.id
    client.external_clients.delete(app.id)
