"""The `access_policy` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from typing import Any
from uuid import UUID

from attrs import evolve

from ..._binding import AsyncBinding, Binding
from ..._workflows import merge_for_replace
from ...models import (
    DirectoryApplication,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryRobotUser,
    DirectoryUser,
    UpdateAccessPolicyRequest,
)
from ...types import UNSET, Unset
from . import get_organization_access_policy, update_organization_access_policy


class AccessPolicyResource:
    """Access policy: `get_organization`, `update_organization`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def get_organization(
        self,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Get the organization access policy.

        Returns the directory entities (groups and users) allowed to access the organization. The
        caller must also be a member of the organization's Administrators group.

        Calls `get_organization_access_policy` with the client's organization; raises its errors.
        """

        return get_organization_access_policy.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def update_organization(
        self,
        *,
        entities_to_add: builtins.list[UUID] | None | Unset = UNSET,
        entities_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Update the organization access policy.

        Adds entities to and removes entities from the organization access policy, and answers the
        entities it allows afterwards. All the ids of one request are of the type `entityType` names;
        send one request per type. The caller must also be a member of the organization's
        Administrators group.

        Calls `update_organization_access_policy` with the client's organization; raises its errors.
        """

        return update_organization_access_policy.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=UpdateAccessPolicyRequest(
                entities_to_add=entities_to_add,
                entities_to_remove=entities_to_remove,
                entity_type=entity_type,
            ),
        )

    def patch(
        self,
        *,
        entities_to_add: builtins.list[UUID] | None | Unset = UNSET,
        entities_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Change only the given fields (`update_organization_access_policy` replaces the whole resource).

        Reads the current state with `get_organization_access_policy`, keeps every field not given here and
        sends the result with `update_organization_access_policy`. Fields the read does not return cannot be kept.
        """
        current = get_organization_access_policy.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )
        fields: list[str] = [
            "entitiesToAdd",
            "entitiesToRemove",
            "entityType",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateAccessPolicyRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "entities_to_add": entities_to_add,
            "entities_to_remove": entities_to_remove,
            "entity_type": entity_type,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_organization_access_policy.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=body,
        )


class AsyncAccessPolicyResource:
    """Access policy: `get_organization`, `update_organization`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def get_organization(
        self,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Get the organization access policy.

        Returns the directory entities (groups and users) allowed to access the organization. The
        caller must also be a member of the organization's Administrators group.

        Calls `get_organization_access_policy` with the client's organization; raises its errors.
        """

        return await get_organization_access_policy.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def update_organization(
        self,
        *,
        entities_to_add: builtins.list[UUID] | None | Unset = UNSET,
        entities_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Update the organization access policy.

        Adds entities to and removes entities from the organization access policy, and answers the
        entities it allows afterwards. All the ids of one request are of the type `entityType` names;
        send one request per type. The caller must also be a member of the organization's
        Administrators group.

        Calls `update_organization_access_policy` with the client's organization; raises its errors.
        """

        return await update_organization_access_policy.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=UpdateAccessPolicyRequest(
                entities_to_add=entities_to_add,
                entities_to_remove=entities_to_remove,
                entity_type=entity_type,
            ),
        )

    async def patch(
        self,
        *,
        entities_to_add: builtins.list[UUID] | None | Unset = UNSET,
        entities_to_remove: builtins.list[UUID] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Change only the given fields (`update_organization_access_policy` replaces the whole resource).

        Reads the current state with `get_organization_access_policy`, keeps every field not given here and
        sends the result with `update_organization_access_policy`. Fields the read does not return cannot be kept.
        """
        current = await get_organization_access_policy.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )
        fields: list[str] = [
            "entitiesToAdd",
            "entitiesToRemove",
            "entityType",
        ]
        read_from: dict[str, str] = {}
        kept = UpdateAccessPolicyRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "entities_to_add": entities_to_add,
            "entities_to_remove": entities_to_remove,
            "entity_type": entity_type,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_organization_access_policy.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=body,
        )
