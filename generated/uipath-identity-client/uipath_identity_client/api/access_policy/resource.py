"""The `access_policy` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from uuid import UUID

from ..._binding import AsyncBinding, Binding
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
