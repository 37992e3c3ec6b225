"""Workflows a platform engineer scripts with the generated client. They assert what schema checks
cannot: a rotated secret gets a token and a deleted one stops getting one, resolve finds what was
just created, a deleted client's secret stops working.

Where they run:
- alone: against the mock server started as a separate process on loopback;
- in the gate's mock mode: against the gate's mock (WORKFLOW_MOCK_READY, its announcement);
- in the gate's live mode with --allow-writes: against the live organization (WORKFLOW_LIVE, see
  contract_tests/gate/workflows.py). Then every resource is named with the run's prefix and deleted
  in a `finally`, and the gate's clean-up deletes whatever a crash left behind. Workflows that need
  the mock's seeded directory, or create what the API cannot delete (robot accounts), are
  `mock_only`.

Seam for robot-account and group lifecycles live (issue 11, item 5): once the spec has the
operations that delete robot accounts and groups, add their workflows here without `mock_only`,
naming resources with `named(...)` and deleting them in a `finally` like the external-client one
(a robot keeps its groups on update; a deleted group disappears from its members).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any
from uuid import UUID

import httpx
import pytest
from uipath_identity_client import AuthenticatedClient
from uipath_identity_client.api.directory import resolve_directory_entity
from uipath_identity_client.api.external_client_secrets import (
    delete_external_client_secret,
    generate_external_client_secret,
)
from uipath_identity_client.api.external_clients import (
    create_external_client,
    delete_external_client,
    get_external_client,
    update_external_client,
)
from uipath_identity_client.api.robot_accounts import create_robot_account
from uipath_identity_client.models import (
    CreateExternalClientRequest,
    CreateRobotAccountRequest,
    DirectoryApplication,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryRobotUser,
    DirectoryUser,
    ExternalClient,
    GenerateSecretRequest,
    NewClientSecret,
    ProblemDetails,
    ResolveDirectoryEntityRequest,
    RobotAccount,
    Scope,
    ScopeType,
    UpdateExternalClientRequest,
)

from contract_tests.mock_server import process as mock_process

AUTOMATION_USERS_GROUP = UUID("cdc34b5b-77d2-4ae1-9744-209d21ce557d")  # seeded in every mock organization

pytestmark = pytest.mark.slow
LIVE: dict[str, str] | None = json.loads(os.environ["WORKFLOW_LIVE"]) if os.environ.get("WORKFLOW_LIVE") else None
mock_only = pytest.mark.skipif(LIVE is not None, reason="needs the mock's seeded data or creates undeletable resources")


def named(name: str) -> str:
    """Live, every name starts with the gate run's prefix, so its clean-up finds what a crash left."""
    return f"{LIVE['write_prefix']}{name}" if LIVE else name


@pytest.fixture(scope="module")
def mock() -> Iterator[dict[str, Any]]:
    """The server under test: the live organization (WORKFLOW_LIVE), the gate's mock
    (WORKFLOW_MOCK_READY), or, alone, a mock started here."""
    if LIVE is not None:
        yield dict(LIVE)
        return
    if os.environ.get("WORKFLOW_MOCK_READY"):
        yield json.loads(os.environ["WORKFLOW_MOCK_READY"])
        return
    with mock_process.running() as running:
        yield running.ready


def token_response(mock: dict[str, Any], client_id: str, secret: str, scope: str) -> httpx.Response:
    return httpx.post(
        mock["token_url"],
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret, "scope": scope},
    )


def assert_client_refused(answer: httpx.Response) -> None:
    """RFC 6749 section 5.2: `invalid_client`, 401 for HTTP Basic, and 400 is what IdentityServer
    answers to credentials posted in the form, as these workflows send them (D167)."""
    assert answer.status_code in (400, 401), answer.text
    assert answer.json()["error"] == "invalid_client"


@pytest.fixture(scope="module")
def client(mock: dict[str, Any]) -> AuthenticatedClient:
    if LIVE is not None:  # the gate passes the token it already holds, not its credentials
        return AuthenticatedClient(base_url=LIVE["base_url"], token=LIVE["token"])
    answer = token_response(
        mock, mock["admin_client_id"], mock["admin_client_secret"], "PM.OAuthApp PM.Directory PM.RobotAccount PM.Group"
    )
    assert answer.status_code == 200, answer.text
    return AuthenticatedClient(base_url=mock["base_url"], token=answer.json()["access_token"])


@pytest.fixture(scope="module")
def org(mock: dict[str, Any]) -> UUID:
    return UUID(mock["partition_global_id"])


def test_external_client_lifecycle_with_secret_rotation(
    mock: dict[str, Any], client: AuthenticatedClient, org: UUID
) -> None:
    created = create_external_client.sync_detailed(
        client=client,
        body=CreateExternalClientRequest(
            partition_global_id=org,
            name=named("workflow: nightly sync"),
            is_confidential=True,
            scopes=[Scope(name="PM.Directory", type=ScopeType.APPLICATION)],
        ),
    )
    assert created.status_code == 201
    app = created.parsed
    assert isinstance(app, ExternalClient) and isinstance(app.secret, str)
    try:
        rotate_and_delete(mock, client, org, app)
    finally:
        # Already deleted when the workflow got to its end; otherwise this is the clean-up.
        delete_external_client.sync_detailed(org, app.id, client=client)


def rotate_and_delete(mock: dict[str, Any], client: AuthenticatedClient, org: UUID, app: ExternalClient) -> None:
    assert isinstance(app.secret, str)
    first_secret = app.secret
    # Resolve finds the application just created.
    as_application = resolve_directory_entity.sync(
        org,
        client=client,
        body=ResolveDirectoryEntityRequest(entity_id=app.id, entity_type=DirectoryEntityType.APPLICATION),
    )
    assert isinstance(as_application, DirectoryApplication) and as_application.identifier == app.id

    fetched = get_external_client.sync(org, app.id, client=client)
    assert isinstance(fetched, ExternalClient)
    assert fetched.name == named("workflow: nightly sync")
    assert [s.secret for s in fetched.secrets] == [None]  # values are shown on creation only

    updated = update_external_client.sync(
        org,
        app.id,
        client=client,
        body=UpdateExternalClientRequest(
            name=named("workflow: nightly sync v2"), scopes=[Scope(name="PM.Directory", type=ScopeType.APPLICATION)]
        ),
    )
    # The update may answer with an empty body (D61): then the client is read back.
    if updated is None:
        updated = get_external_client.sync(org, app.id, client=client)
    assert isinstance(updated, ExternalClient) and updated.name == named("workflow: nightly sync v2")

    generated = generate_external_client_secret.sync(
        client=client,
        body=GenerateSecretRequest(partition_global_id=org, client_id=app.id, description=named("rotation")),
    )
    assert isinstance(generated, NewClientSecret) and isinstance(generated.secret, str)
    assert generated.secret != first_secret

    with_new = token_response(mock, app.id, generated.secret, "PM.Directory")
    assert with_new.status_code == 200, with_new.text
    assert with_new.json()["scope"] == "PM.Directory"

    deleted_secret = delete_external_client_secret.sync_detailed(org, generated.id, client=client)
    assert deleted_secret.status_code == 204
    assert_client_refused(token_response(mock, app.id, generated.secret, "PM.Directory"))
    # Rotation: the first secret still works after the new one is gone.
    assert token_response(mock, app.id, first_secret, "PM.Directory").status_code == 200

    assert delete_external_client.sync_detailed(org, app.id, client=client).status_code == 204
    gone = get_external_client.sync_detailed(org, app.id, client=client)
    assert gone.status_code == 404
    assert isinstance(gone.parsed, ProblemDetails)
    assert_client_refused(token_response(mock, app.id, first_secret, "PM.Directory"))


@mock_only
@pytest.mark.parametrize(
    ("entity_id", "entity_type", "shape", "name"),
    [
        ("aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", DirectoryEntityType.USER, DirectoryUser, "john.doe@example.com"),
        ("aad|b2c3d4e5-f6a7-8901-bcde-f12345678901", DirectoryEntityType.GROUP, DirectoryGroup, "Engineering Team"),
        (
            "aad|c3d4e5f6-a7b8-9012-cdef-123456789012",
            DirectoryEntityType.APPLICATION,
            DirectoryApplication,
            "My Application",
        ),
    ],
)
def test_resolve_directory_entities(
    client: AuthenticatedClient, org: UUID, entity_id: str, entity_type: DirectoryEntityType, shape: type, name: str
) -> None:
    entity = resolve_directory_entity.sync(
        org, client=client, body=ResolveDirectoryEntityRequest(entity_id=entity_id, entity_type=entity_type)
    )
    assert isinstance(entity, shape)
    assert entity.identifier == entity_id and entity.name == name


@mock_only
def test_resolving_with_the_wrong_type_is_not_found(client: AuthenticatedClient, org: UUID) -> None:
    answer = resolve_directory_entity.sync_detailed(
        org,
        client=client,
        body=ResolveDirectoryEntityRequest(
            entity_id="aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", entity_type=DirectoryEntityType.GROUP
        ),
    )
    assert answer.status_code == 404


@mock_only
def test_create_robot_account_in_a_group(client: AuthenticatedClient, org: UUID) -> None:
    created = create_robot_account.sync_detailed(
        client=client,
        body=CreateRobotAccountRequest(
            partition_global_id=org,
            name="workflow-robot",
            display_name="Workflow robot",
            group_ids_to_add=[AUTOMATION_USERS_GROUP],
        ),
    )
    assert created.status_code == 201
    robot = created.parsed
    assert isinstance(robot, RobotAccount)
    assert robot.name == "workflow-robot" and robot.display_name == "Workflow robot"
    assert robot.group_ids == [AUTOMATION_USERS_GROUP]
    # The robot is a user of the directory now.
    as_user = resolve_directory_entity.sync(
        org,
        client=client,
        body=ResolveDirectoryEntityRequest(entity_id=str(robot.id), entity_type=DirectoryEntityType.USER),
    )
    assert isinstance(as_user, DirectoryRobotUser) and as_user.name == "workflow-robot"  # D42
    again = create_robot_account.sync_detailed(
        client=client, body=CreateRobotAccountRequest(partition_global_id=org, name="workflow-robot")
    )
    assert again.status_code == 409


@mock_only
def test_robot_account_in_an_unknown_group_is_not_found(client: AuthenticatedClient, org: UUID) -> None:
    answer = create_robot_account.sync_detailed(
        client=client,
        body=CreateRobotAccountRequest(partition_global_id=org, name="lost-robot", group_ids_to_add=[UUID(int=1)]),
    )
    assert answer.status_code == 404
