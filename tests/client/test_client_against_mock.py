"""The generated client against the mock Identity server: in-process (httpx.ASGITransport, async)
and as a process on loopback (sync): polymorphic resolve, the whole external-client workflow
with client credentials, PAT, typed errors from a real server, and base URL helpers vs the spec."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
import yaml
from client_harness import ROOT, Script, make_client, mock_process
from uipath_identity_client import (
    AuthenticatedClient,
    ClientCredentials,
    NotFoundError,
    TokenError,
    base_urls,
    from_env,
)
from uipath_identity_client.api.directory import resolve_directory_entity
from uipath_identity_client.api.external_client_secrets import (
    delete_external_client_secret,
    generate_external_client_secret,
)
from uipath_identity_client.api.external_clients import (
    create_external_client,
    delete_external_client,
    get_external_client,
    list_external_clients,
)
from uipath_identity_client.api.robot_accounts import create_robot_account
from uipath_identity_client.models import (
    CreateExternalClientRequest,
    CreateRobotAccountRequest,
    DirectoryApplication,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryUser,
    ExternalClient,
    GenerateSecretRequest,
    ResolveDirectoryEntityRequest,
    RobotAccount,
    Scope,
    ScopeType,
)
from uipath_identity_client.types import UnknownObject

from contract_tests.mock_server import MockConfig, create_app

ORG = UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
ENTITIES = [
    ("aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", DirectoryEntityType.USER, DirectoryUser),
    ("aad|b2c3d4e5-f6a7-8901-bcde-f12345678901", DirectoryEntityType.GROUP, DirectoryGroup),
    ("aad|c3d4e5f6-a7b8-9012-cdef-123456789012", DirectoryEntityType.APPLICATION, DirectoryApplication),
]
SPEC_EXAMPLES = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())["paths"][
    "/api/Directory/Resolve/{partitionGlobalId}"
]["post"]["responses"]["200"]["content"]["application/json"]["examples"]


@pytest.fixture(scope="module")
def mock() -> Iterator[dict[str, Any]]:
    with mock_process(env={"UIPATH_MOCK_PAT": "client-test-pat:PM.OAuthApp,PM.Directory"}) as announcement:
        yield announcement


@pytest.fixture(scope="module")
def client(mock: dict[str, Any]) -> AuthenticatedClient:
    return from_env(
        {
            "UIPATH_URI": mock["base_url"].rsplit("/", 2)[0],
            "UIPATH_ORGANIZATION": mock["organization"],
            "UIPATH_CLIENT_ID": mock["admin_client_id"],
            "UIPATH_CLIENT_SECRET": mock["admin_client_secret"],
        }
    )


@pytest.mark.parametrize(("entity_id", "entity_type", "cls"), ENTITIES, ids=["user", "group", "application"])
def test_resolve_returns_the_right_type_from_a_mock_transport(
    entity_id: str, entity_type: DirectoryEntityType, cls: type
) -> None:
    example = SPEC_EXAMPLES[cls.__name__.removeprefix("Directory").lower()]["value"]
    script = Script(httpx.Response(200, json=example))
    body = ResolveDirectoryEntityRequest(entity_id=entity_id, entity_type=entity_type)
    entity = resolve_directory_entity.sync(ORG, client=make_client(script), body=body)
    assert type(entity) is cls


def test_a_group_shaped_like_a_user_is_not_parsed_as_a_user() -> None:
    group = {"objectType": "DirectoryGroup", "source": "aad", "identifier": "g", "name": "n", "displayName": "d"}
    script = Script(httpx.Response(200, json=group))
    entity = resolve_directory_entity.sync(
        ORG,
        client=make_client(script),
        body=ResolveDirectoryEntityRequest(entity_id="g", entity_type=DirectoryEntityType.GROUP),
    )
    assert type(entity) is DirectoryGroup


@pytest.mark.slow
@pytest.mark.parametrize(("entity_id", "entity_type", "cls"), ENTITIES, ids=["user", "group", "application"])
def test_resolve_against_the_mock(
    client: AuthenticatedClient, entity_id: str, entity_type: DirectoryEntityType, cls: type
) -> None:
    entity = resolve_directory_entity.sync(
        ORG, client=client, body=ResolveDirectoryEntityRequest(entity_id=entity_id, entity_type=entity_type)
    )
    assert type(entity) is cls and not isinstance(entity, UnknownObject) and entity.identifier == entity_id


@pytest.mark.slow
def test_workflow_against_the_mock_on_loopback(mock: dict[str, Any], client: AuthenticatedClient) -> None:
    app = create_external_client.sync(
        client=client,
        body=CreateExternalClientRequest(
            partition_global_id=ORG,
            name="client-tests rotation",
            is_confidential=True,
            scopes=[Scope(name="PM.Directory", type=ScopeType.APPLICATION)],
        ),
    )
    assert isinstance(app, ExternalClient) and isinstance(app.secret, str)
    assert app.secret not in repr(app)
    assert any(a.id == app.id for a in list_external_clients.sync(ORG, client=client))
    new = generate_external_client_secret.sync(
        client=client, body=GenerateSecretRequest(partition_global_id=ORG, client_id=app.id, description="rotation")
    )
    assert isinstance(new.secret, str)
    # The new secret works: a client authenticated with it resolves a directory entity.
    app_client = AuthenticatedClient(
        base_url=mock["base_url"],
        auth=ClientCredentials(app.id, new.secret, token_url=mock["token_url"], scopes="PM.Directory"),
    )
    user = resolve_directory_entity.sync(
        ORG,
        client=app_client,
        body=ResolveDirectoryEntityRequest(entity_id=ENTITIES[0][0], entity_type=DirectoryEntityType.USER),
    )
    assert isinstance(user, DirectoryUser)
    delete_external_client_secret.sync(ORG, new.id, client=client)
    refused = AuthenticatedClient(
        base_url=mock["base_url"], auth=ClientCredentials(app.id, new.secret, token_url=mock["token_url"])
    )
    with pytest.raises(TokenError) as caught:
        list_external_clients.sync(ORG, client=refused)
    assert caught.value.error == "invalid_client" and new.secret not in str(caught.value)
    delete_external_client.sync(ORG, app.id, client=client)
    with pytest.raises(NotFoundError) as missing:
        get_external_client.sync(ORG, app.id, client=client)
    assert missing.value.status_code == 404 and missing.value.title


@pytest.mark.slow
def test_personal_access_token_against_the_mock(mock: dict[str, Any]) -> None:
    client = from_env(
        {
            "UIPATH_URI": mock["base_url"].rsplit("/", 2)[0],
            "UIPATH_ORGANIZATION": mock["organization"],
            "UIPATH_PAT": "client-test-pat",
        }
    )
    assert isinstance(list_external_clients.sync(ORG, client=client), list)


def test_async_workflow_in_process() -> None:
    secret = "in-process-admin-secret"
    app = create_app(MockConfig(admin_client_secret=secret))
    base = "http://127.0.0.1/contoso/identity_"
    config = MockConfig(admin_client_secret=secret)
    client = AuthenticatedClient(
        base_url=base,
        async_transport=httpx.ASGITransport(app=app),
        auth=ClientCredentials(config.admin_client_id, secret, token_url=base_urls.token_url(base)),
    )

    async def main() -> None:
        created, *entities = await asyncio.gather(
            create_robot_account.asyncio(
                client=client, body=CreateRobotAccountRequest(partition_global_id=ORG, name="client-tests-robot")
            ),
            *(
                resolve_directory_entity.asyncio(
                    ORG, client=client, body=ResolveDirectoryEntityRequest(entity_id=entity_id, entity_type=entity_type)
                )
                for entity_id, entity_type, _ in ENTITIES
            ),
        )
        assert isinstance(created, RobotAccount) and created.name == "client-tests-robot"
        assert [type(e) for e in entities] == [cls for _, _, cls in ENTITIES]
        with pytest.raises(NotFoundError):
            await get_external_client.asyncio(ORG, "no-such-client", client=client)

    asyncio.run(main())
    assert isinstance(client.auth, ClientCredentials) and client.auth.token_requests == 1


def test_base_url_helpers_match_the_spec_servers() -> None:
    servers = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())["servers"]

    def expand(url: str, **values: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], url)

    urls = [s["url"] for s in servers]
    assert base_urls.automation_cloud("acme") == expand(urls[0], organizationName="acme")
    assert base_urls.test_cloud("acme") == expand(urls[0], organizationName="acme")
    assert base_urls.public_sector("acme") == expand(urls[1], organizationName="acme")
    assert base_urls.dedicated("corp", "acme") == expand(urls[2], customURL="corp", organizationName="acme")
    assert base_urls.automation_suite("as.example.com", "acme") == expand(
        urls[3], yourDomain="as.example.com", organizationName="acme"
    )
    assert base_urls.automation_suite_standalone("as.example.com") == "https://as.example.com/identity"
    assert base_urls.from_uri("https://cloud.uipath.com/", "acme") == base_urls.automation_cloud("acme")
    assert base_urls.token_url("https://cloud.uipath.com/acme/identity_/") == (
        "https://cloud.uipath.com/acme/identity_/connect/token"
    )
    with pytest.raises(ValueError):
        base_urls.automation_cloud("")
