"""What a user writes with the resource client and the helpers; `mypy --strict` must accept it
as is (no casts, no ignores): tests/client/test_client_typed_usage.py checks that and runs it
against the mock."""

from __future__ import annotations

import asyncio
import datetime
from uuid import UUID

from uipath_identity_client import AsyncIdentityClient, IdentityClient, NotFoundError, UiPathIdentityError
from uipath_identity_client.models import DirectoryEntityType, DirectoryRobotUser, Scope, ScopeType


def rotate_and_rename(client: IdentityClient) -> str:
    org: UUID = client.organization_id()
    granted: tuple[str, ...] = client.verify_credentials().scopes
    assert org and granted
    app = client.external_clients.create(
        name="typed-usage",
        is_confidential=True,
        redirect_uri=None,
        scopes=[Scope(name="PM.OAuthApp.Read", type=ScopeType.APPLICATION)],
    )
    first: str | None = app.secret
    rotation = client.rotate_secret(app.id, description="next", retire_older_than=datetime.timedelta(0))
    new_secret: str = rotation.new_secret.secret  # a plain str: no None or Unset to rule out
    expires: datetime.datetime | None = rotation.new_secret.expiry_time
    assert new_secret != first and expires is None
    renamed = client.external_clients.patch(app.id, name="typed-usage renamed")
    scope_names: list[str] = [scope.name for resource in renamed.resources for scope in resource.scopes]
    assert scope_names == ["PM.OAuthApp.Read"]
    created: datetime.datetime = client.external_clients.get(app.id).secrets[0].creation_time
    assert created.tzinfo is not None
    client.external_clients.delete(app.id)
    try:
        client.external_clients.get(app.id)
    except NotFoundError as error:
        assert error.status_code == 404
    except UiPathIdentityError:
        raise
    robot = client.robot_accounts.create(name="typed-robot", group_ids_to_add=[])
    entity = client.directory.resolve_entity(entity_id=str(robot.id), entity_type=DirectoryEntityType.USER)
    if isinstance(entity, DirectoryRobotUser):  # robot accounts resolve in their own shape (D42)
        display: str | None = entity.display_name  # may be null for an external directory's entity (D163)
        assert display
    return new_secret


async def list_async(client: AsyncIdentityClient) -> int:
    names: list[str] = [app.name for app in await client.external_clients.list()]
    return len(names)


def list_with_asyncio(client: AsyncIdentityClient) -> int:
    return asyncio.run(list_async(client))
