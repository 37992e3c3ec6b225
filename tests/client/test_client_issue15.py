"""Issue 15's findings, one test each (each fails on the code before the issue): against the mock on
loopback in both profiles where the finding is about the service's answers, over a scripted
transport where the answer must be one the mock does not give (an enum value from a newer service)."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from client_harness import ORG, Script, make_client
from mock_session import (
    Mocks,
    async_client,
    credentials,
    identity_client,  # noqa: F401  (the `client` fixture)
    unique,
)
from uipath_identity_client import (
    AsyncIdentityClient,
    AuthenticatedClient,
    BadRequestError,
    ClientClosedError,
    ClientCredentials,
    ConfigurationError,
    ForbiddenError,
    IdentityClient,
    ResponseValidationError,
    TokenError,
    UnauthorizedError,
)
from uipath_identity_client.models import DirectoryEntityType, Group, GroupType
from uipath_identity_client.types import UnknownObject

pytestmark = pytest.mark.slow
GROUP: dict[str, Any] = {
    "id": "9577fe24-a113-4f53-a1b5-8acbcd803c39",
    "name": "g",
    "displayName": "g",
    "type": "custom",
    "creationTime": "2025-07-18T12:52:37Z",
    "lastModificationTime": None,
    "members": [],
}


def identity_over(script: Script) -> IdentityClient:
    return IdentityClient(client=make_client(script), organization_id=ORG)


# 1. patch of groups and robot accounts (partitionGlobalId is not in the GET answer)


def test_patch_of_groups_and_robot_accounts(client: IdentityClient, ready: dict[str, Any]) -> None:
    group = client.groups.create(name=unique("patch-group"))
    robot = client.robot_accounts.create(name=unique("patch-robot"), group_ids_to_add=[group.id])
    assert client.groups.patch(group.id, name=unique("renamed")).name.startswith("renamed")
    patched = client.robot_accounts.patch(robot.id, display_name="X")
    assert patched.display_name == "X" and patched.group_ids == [group.id]  # kept

    async def main() -> None:
        async with async_client(ready) as aclient:
            assert (await aclient.groups.patch(group.id, name=unique("again"))).name.startswith("again")
            assert (await aclient.robot_accounts.patch(robot.id, display_name="Y")).display_name == "Y"

    asyncio.run(main())
    client.robot_accounts.delete(robot.id)
    client.groups.delete(group.id)


# 5. update() in the aspnet profile returns the state (covered in test_client_body_optional.py too)


def test_update_returns_the_state_in_both_profiles(client: IdentityClient) -> None:
    app = client.external_clients.create(name="u", is_confidential=True, scopes=["PM.OAuthApp.Read"])
    updated = client.external_clients.update(app.id, name="u2", scopes=["PM.OAuthApp.Read"])
    assert updated.id == app.id and updated.name == "u2"
    client.external_clients.delete(app.id)


# 6. errors that say why


def test_identity_result_errors_are_in_the_message_and_attributes(client: IdentityClient) -> None:
    name, user_id = unique("dup"), uuid4()
    client.users.create(name=name, user_name=name, id=user_id, password="Old-example-Passw0rd")
    with pytest.raises(BadRequestError) as duplicate:
        client.users.create(user_name=name)
    assert duplicate.value.codes == ("DuplicateUserName",) and "DuplicateUserName" in str(duplicate.value)
    assert duplicate.value.errors["DuplicateUserName"][0] in str(duplicate.value)
    with pytest.raises(BadRequestError) as mismatch:
        client.users.change_password(user_id, old_password="wrong", new_password="New-Passw0rd!")
    assert mismatch.value.codes == ("PasswordMismatch",) and "PasswordMismatch" in str(mismatch.value)
    assert "wrong" not in str(mismatch.value)
    client.users.delete(user_id)


def test_a_missing_scope_says_insufficient_scope(mocks: Mocks) -> None:
    ready = mocks.ready("aspnet")  # JwtBearer's empty 403 with WWW-Authenticate
    narrow = IdentityClient(ready["base_url"], token="client-narrow-pat", organization_id=ORG)
    with pytest.raises(ForbiddenError) as caught:
        narrow.external_clients.list()
    assert caught.value.auth_error == "insufficient_scope" and caught.value.codes == ("insufficient_scope",)
    assert "insufficient_scope" in str(caught.value)


def test_token_error_grammar() -> None:
    script = Script()
    script.token_reply = lambda request: httpx.Response(
        401, json={"error": "invalid_client", "error_description": "Client authentication failed."}
    )
    with pytest.raises(TokenError) as caught:
        identity_over(script).external_clients.list()
    message = str(caught.value)
    assert ". for" not in message and "failed." not in message.replace("authentication failed", "")
    assert message.startswith("the token request for client id 'app-id' at ") and "invalid_client" in message


# 7. verify_credentials with a personal access token proves it


def test_verify_credentials_with_a_pat_sends_a_request(mocks: Mocks, profile: str) -> None:
    ready = mocks.ready(profile)
    good = IdentityClient(ready["base_url"], token="client-full-pat", organization_id=ORG)
    raw_before = good.verify_credentials()
    assert raw_before.organization_id == UUID(ORG)
    bad = IdentityClient(ready["base_url"], token="not-a-token", organization_id=ORG)
    with pytest.raises(UnauthorizedError):
        bad.verify_credentials()
    narrow = IdentityClient(ready["base_url"], token="client-narrow-pat", organization_id=ORG)
    assert narrow.verify_credentials().organization_id == UUID(ORG)  # valid, only lacks that read's scope


# 8. forward-compatible models


def test_an_unknown_enum_value_is_kept_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    dynamic = {**GROUP, "type": "dynamic"}
    script = Script(httpx.Response(200, json=[GROUP, dynamic, dynamic]))
    with caplog.at_level(logging.WARNING, logger="uipath_identity_client"):
        groups = identity_over(script).groups.list()
    assert [g.type for g in groups] == [GroupType.CUSTOM, "dynamic", "dynamic"]
    assert isinstance(groups[1].type, GroupType) and groups[1].to_dict()["type"] == "dynamic"
    assert sum("'dynamic'" in r.getMessage() for r in caplog.records) <= 1
    with pytest.raises(ConfigurationError):  # an argument is still checked
        identity_over(Script()).directory.resolve_entity(entity_id="x", entity_type="robot")  # type: ignore[arg-type]


def test_an_enum_value_in_another_letter_case_is_the_member(caplog: pytest.LogCaptureFixture) -> None:
    """Issue 16's false alarm 7 on the client side: the pages write `"User"`, the spec `user` (D166)."""
    shouting = {**GROUP, "type": GROUP["type"].upper()}
    script = Script(httpx.Response(200, json=[shouting]))
    with caplog.at_level(logging.WARNING, logger="uipath_identity_client"):
        (group,) = identity_over(script).groups.list()
    assert group.type is GroupType(GROUP["type"]) and not caplog.records
    assert GroupType(GROUP["type"].title()) is group.type  # arguments too


def test_an_unknown_union_variant_is_kept() -> None:
    member = {"objectType": "DirectoryServicePrincipal", "source": "aad", "identifier": "sp", "name": "n"}
    script = Script(httpx.Response(200, json=[{**GROUP, "members": [member]}]))
    (group,) = identity_over(script).groups.list()
    assert isinstance(group.members[0], UnknownObject) and group.members[0]["identifier"] == "sp"
    assert group.members[0].identifier == "sp" and group.members[0].object_type == "DirectoryServicePrincipal"
    assert group.to_dict()["members"] == [member]


def test_a_malformed_known_variant_names_its_path() -> None:
    member = {"objectType": "DirectoryUser", "source": "local", "identifier": "u", "displayName": "d"}
    script = Script(httpx.Response(200, json=[GROUP, {**GROUP, "members": [member]}]))
    with pytest.raises(ResponseValidationError) as caught:
        identity_over(script).groups.list()
    assert caught.value.operation == "listGroups" and caught.value.field == "$[1].members[0].name"
    assert "const" not in str(caught.value)


# 9. one id type end to end; enum arguments take their values; bulk answers are Mappings


def test_ids_flow_between_resources(client: IdentityClient) -> None:
    group = client.groups.create(name=unique("flow"))
    name, user_id = unique("alice"), uuid4()
    client.users.create(user_name=name, id=str(user_id), group_ids=[str(group.id)])  # ids as str
    alice = client.users.get(user_id)
    assert client.directory.get_group_membership(user_id=alice.id, group_ids=alice.group_ids) is not None
    hit = next(h for h in client.directory.search(starts_with=name) if h.identity_name == name)
    assert client.users.get(hit.identifier).id == user_id  # a search hit's str id reads the user
    resolved = client.directory.bulk_resolve_entities(entity_ids=[alice.id], entity_types=["user"])
    assert isinstance(resolved, Mapping) and len(resolved) == 1 and str(alice.id) in resolved
    assert resolved.get(str(alice.id)) is not None and [key for key, _ in resolved.items()] == [str(alice.id)]
    client.users.delete(alice.id)
    client.groups.delete(group.id)


def test_a_user_script_with_ids_and_plain_values_is_mypy_clean(tmp_path: Path) -> None:
    script = tmp_path / "ids.py"
    script.write_text(
        "from uipath_identity_client import IdentityClient\n"
        "def flow(client: IdentityClient) -> None:\n"
        "    alice = client.users.get('1787ef38-5933-4f2c-a67a-9c22cdb8e6a2')\n"
        "    client.directory.get_group_membership(user_id=alice.id, group_ids=alice.group_ids)\n"
        "    hit = client.directory.search(starts_with='al')[0]\n"
        "    client.groups.get(hit.identifier)\n"
        "    client.directory.resolve_entity(entity_id=hit.identifier, entity_type='user')\n"
        "    client.external_clients.create(name='a', is_confidential=True, scopes=['PM.OAuthApp'])\n"
        "    client.organization_id().hex\n"
    )
    bad = tmp_path / "bad.py"
    bad.write_text("from uipath_identity_client import IdentityClient\nIdentityClient('x', token='t', timeut=5)\n")
    ok = subprocess.run([sys.executable, "-m", "mypy", "--strict", str(script)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout
    typo = subprocess.run([sys.executable, "-m", "mypy", "--strict", str(bad)], capture_output=True, text=True)
    assert typo.returncode == 1 and "timeut" in typo.stdout


# 10. deleting while iterating skips nothing; page sizes are checked before sending


def test_deleting_while_iterating_skips_nothing(client: IdentityClient) -> None:
    prefix = unique("sweep")
    for index in range(25):
        client.robot_accounts.create(name=f"{prefix}-{index:02d}")
    for robot in client.robot_accounts.iter(search_term=prefix, page_size=10):
        client.robot_accounts.delete(robot.id)
    assert client.robot_accounts.list(search_term=prefix).total_count == 0


def test_page_sizes_are_checked_before_sending() -> None:
    script = Script()
    with pytest.raises(ConfigurationError, match="page_size"):
        list(identity_over(script).robot_accounts.iter(page_size=5000))
    with pytest.raises(ConfigurationError, match="top"):
        identity_over(script).robot_accounts.list(top=5000)
    assert script.api_requests == []


# 11. parity and polish


def test_the_organization_id_is_a_method_on_both_clients(ready: dict[str, Any]) -> None:
    with IdentityClient(ready["base_url"], **credentials(ready)) as sync_client:
        assert sync_client.organization_id() == UUID(ORG)

    async def main() -> UUID:
        async with AsyncIdentityClient(ready["base_url"], **credentials(ready)) as aclient:
            return await aclient.organization_id()

    assert asyncio.run(main()) == UUID(ORG)


def test_refresh_ahead_scales_to_a_short_token_lifetime() -> None:
    script = Script(expires_in=40)
    identity = identity_over(script)
    for _ in range(10):
        identity.external_clients.list()
    assert script.token_count == 1


def test_invalid_timeouts_and_a_closed_client_are_typed_errors() -> None:
    for timeout in (0, -1, httpx.Timeout(5, connect=0)):
        with pytest.raises(ConfigurationError, match="timeout"):
            AuthenticatedClient(base_url="http://127.0.0.1:9", token="t", timeout=timeout)
    identity = identity_over(Script())
    identity.close()
    with pytest.raises(ClientClosedError):
        identity.external_clients.list()


def test_debug_logging_is_not_doubled(tmp_path: Path) -> None:
    code = (
        "import logging, httpx, sys\n"
        "sys.path.insert(0, 'tests/client')\n"
        "from client_harness import Script, make_client\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "from uipath_identity_client import IdentityClient\n"
        "IdentityClient(client=make_client(Script()), organization_id='3fa85f64-5717-4562-b3fc-2c963f66afa6')"
        ".external_clients.list()\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"UIPATH_DEBUG": "1", "PATH": ""}
    )
    lines = [line for line in run.stderr.splitlines() if "response GET" in line]
    assert len(lines) == 1, run.stderr


def test_repr_per_call_options_and_raw_responses() -> None:
    script = Script(httpx.Response(200, json=[]), httpx.Response(503), httpx.Response(200, json=[]))
    identity = identity_over(script)
    assert repr(identity).startswith("IdentityClient(base_url=") and "s3cr3t" not in repr(identity)
    raw = identity.with_options(headers={"X-Trace": "t1"}).groups.with_raw_response.list()
    assert raw.status_code == 200 and raw.parsed == [] and script.api_requests[-1].headers["x-trace"] == "t1"
    with pytest.raises(Exception, match="503"):
        identity.with_options(max_retries=0).groups.list()
    assert identity.groups.list() == []  # the default policy again (a retry after the 503 is not needed)
    assert "x-trace" not in script.api_requests[-1].headers


def test_enum_arguments_take_plain_strings(client: IdentityClient) -> None:
    entity = client.directory.resolve_entity(entity_id="aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", entity_type="user")
    assert entity is not None
    assert (
        client.directory.resolve_entity(
            entity_id="aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", entity_type=DirectoryEntityType.USER
        )
        == entity
    )


def test_a_client_credentials_verify_still_reports_the_token(client: IdentityClient, ready: dict[str, Any]) -> None:
    creds = client.verify_credentials()
    assert creds.client_id == ready["admin_client_id"] and creds.organization_id == UUID(ORG)
    assert isinstance(client.client.auth, ClientCredentials)


def test_group_type_is_parsed_as_usual() -> None:
    assert Group.from_dict(GROUP).type is GroupType.CUSTOM
