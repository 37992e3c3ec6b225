"""`IdentityClient` / `AsyncIdentityClient` and their workflows against the mock on loopback:
the organization bound once (argument, environment or the token's `prt_id`), resources from the
spec, `patch` keeping what a PUT would wipe, `rotate_secret`, `verify_credentials`."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import pytest
from uipath_identity_client import (
    AsyncIdentityClient,
    AuthenticatedClient,
    ClientCredentials,
    ConfigurationError,
    IdentityClient,
    NotFoundError,
    TokenError,
)
from uipath_identity_client.models import DirectoryEntityType, DirectoryRobotUser, Scope, ScopeType

from contract_tests.mock_server import process as mock_process

pytestmark = pytest.mark.slow
SCOPES = [Scope(name="PM.OAuthApp.Read", type=ScopeType.APPLICATION)]


@pytest.fixture(scope="module")
def ready() -> Iterator[dict[str, Any]]:
    with mock_process.running() as mock:
        yield mock.ready


@pytest.fixture
def client(ready: dict[str, Any]) -> Iterator[IdentityClient]:
    with IdentityClient(
        ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
    ) as identity:
        yield identity


def test_the_organization_comes_from_the_token(client: IdentityClient, ready: dict[str, Any]) -> None:
    apps = client.external_clients.list()
    assert any(app.id == ready["admin_client_id"] for app in apps)
    assert client.organization_id() == UUID(str(client.verify_credentials().organization_id))


def test_verify_credentials_reports_organization_and_scopes(client: IdentityClient, ready: dict[str, Any]) -> None:
    creds = client.verify_credentials()
    assert creds.client_id == ready["admin_client_id"] and creds.token_url == ready["token_url"]
    assert "PM.OAuthApp" in creds.scopes and isinstance(creds.organization_id, UUID)


def test_verify_credentials_with_a_wrong_secret_is_a_token_error(ready: dict[str, Any]) -> None:
    wrong = IdentityClient(ready["base_url"], client_id=ready["admin_client_id"], client_secret="wrong")
    with pytest.raises(TokenError) as caught:
        wrong.verify_credentials()
    assert ready["admin_client_id"] in str(caught.value) and "wrong" not in str(caught.value)


def test_the_organization_as_str_uuid_environment_or_existing_client(
    client: IdentityClient, ready: dict[str, Any]
) -> None:
    org = client.organization_id()
    auth = ClientCredentials(ready["admin_client_id"], ready["admin_client_secret"], token_url=ready["token_url"])
    existing = AuthenticatedClient(base_url=ready["base_url"], auth=auth)
    for bound in (
        IdentityClient(client=existing, organization_id=str(org)),
        IdentityClient(client=existing, organization_id=org),
        IdentityClient.from_env(
            {
                "UIPATH_URI": ready["base_url"].rsplit("/", 2)[0],
                "UIPATH_ORGANIZATION": ready["base_url"].rsplit("/", 2)[1],
                "UIPATH_CLIENT_ID": ready["admin_client_id"],
                "UIPATH_CLIENT_SECRET": ready["admin_client_secret"],
                "UIPATH_ORGANIZATION_ID": str(org),
            }
        ),
    ):
        assert bound.organization_id() == org
        assert bound.external_clients.list()
    with pytest.raises(ConfigurationError, match="GUID"):
        IdentityClient(client=existing, organization_id="myorg")


def test_patch_keeps_what_a_replace_would_wipe(client: IdentityClient) -> None:
    app = client.external_clients.create(
        name="patch-me", is_confidential=True, redirect_uri="https://example.test/cb", scopes=SCOPES
    )
    try:
        renamed = client.external_clients.patch(app.id, name="patched")
        assert renamed.name == "patched" and renamed.redirect_uri == "https://example.test/cb"
        assert [s.name for r in renamed.resources for s in r.scopes] == ["PM.OAuthApp.Read"]
        client.external_clients.update(app.id, name="replaced")  # the raw PUT: the finding
        wiped = client.external_clients.get(app.id)
        assert wiped.redirect_uri is None and wiped.resources == []
    finally:
        client.external_clients.delete(app.id)


def test_rotate_secret_proves_the_new_secret_and_retires_old_ones(client: IdentityClient) -> None:
    app = client.external_clients.create(name="rotate-me", is_confidential=True, scopes=SCOPES)
    try:
        first = app.secrets[0].id
        kept = client.rotate_secret(app.id, description="next")
        assert kept.retired == () and len(client.external_clients.get(app.id).secrets) == 2
        rotation = client.rotate_secret(app.id, description="newest", retire_older_than=datetime.timedelta(0))
        secret: str = rotation.new_secret.secret
        assert secret and first in rotation.retired
        assert [s.id for s in client.external_clients.get(app.id).secrets] == [rotation.new_secret.id]
    finally:
        client.external_clients.delete(app.id)


def test_directory_and_robot_accounts(client: IdentityClient) -> None:
    robot = client.robot_accounts.create(name="resource-robot", group_ids_to_add=[])
    entity = client.directory.resolve_entity(entity_id=str(robot.id), entity_type=DirectoryEntityType.USER)
    assert isinstance(entity, DirectoryRobotUser) and entity.name == "resource-robot"  # D42
    assert [r.id for r in client.robot_accounts.iter(search_term="resource-robot", page_size=1)] == [robot.id]


def test_async_identity_client(ready: dict[str, Any]) -> None:
    async def main() -> None:
        async with AsyncIdentityClient(
            ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
        ) as client:
            app = await client.external_clients.create(name="async-app", is_confidential=True, scopes=SCOPES)
            renamed = await client.external_clients.patch(app.id, name="async-renamed")
            assert [s.name for r in renamed.resources for s in r.scopes] == ["PM.OAuthApp.Read"]
            rotation = await client.rotate_secret(app.id, retire_older_than=datetime.timedelta(0))
            assert rotation.retired == (app.secrets[0].id,)
            assert (await client.verify_credentials()).organization_id == await client.organization_id()
            await client.external_clients.delete(app.id)
            with pytest.raises(NotFoundError):
                await client.external_clients.get(app.id)

    asyncio.run(main())
