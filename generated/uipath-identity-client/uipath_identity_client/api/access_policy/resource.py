"""The `access_policy` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Literal
from uuid import UUID

from ..._arguments import as_enum, as_uuid
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    DirectoryApplication,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryRobotUser,
    DirectoryUser,
    UpdateAccessPolicyRequest,
)
from ...types import UNSET, UnknownObject, Unset
from . import get_organization_access_policy, update_organization_access_policy


class AccessPolicyResource:
    """Access policy: `get_organization`, `update_organization`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AccessPolicyResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AccessPolicyResourceWithRawResponse(self)

    def get_organization(
        self,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Get the organization access policy.

        Returns the directory entities (groups and users) allowed to access the organization. The caller
        must also be a member of the organization's Administrators group.

        Calls `getOrganizationAccessPolicy` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_organization_access_policy.sync(
            _org,
            client=self._binding.client,
        )

    def update_organization(
        self,
        *,
        entities_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        entities_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"] | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Update the organization access policy.

        Adds entities to and removes entities from the organization access policy, and answers the entities
        it allows afterwards. All the ids of one request are of the type `entityType` names; send one
        request per type. The caller must also be a member of the organization's Administrators group.

        Calls `updateOrganizationAccessPolicy` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return update_organization_access_policy.sync(
            _org,
            client=self._binding.client,
            body=UpdateAccessPolicyRequest(
                entities_to_add=(
                    entities_to_add
                    if entities_to_add is None or isinstance(entities_to_add, Unset)
                    else [as_uuid(item, "entitiesToAdd") for item in entities_to_add]
                ),
                entities_to_remove=(
                    entities_to_remove
                    if entities_to_remove is None or isinstance(entities_to_remove, Unset)
                    else [as_uuid(item, "entitiesToRemove") for item in entities_to_remove]
                ),
                entity_type=(
                    entity_type
                    if isinstance(entity_type, Unset)
                    else as_enum(DirectoryEntityType, entity_type, "entityType")
                ),
            ),
        )


class AccessPolicyResourceWithRawResponse:
    """`AccessPolicyResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AccessPolicyResource) -> None:
        self._resource = resource
        self.get_organization = raw_response(resource.get_organization)
        self.update_organization = raw_response(resource.update_organization)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncAccessPolicyResource:
    """Access policy: `get_organization`, `update_organization`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncAccessPolicyResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncAccessPolicyResourceWithRawResponse(self)

    async def get_organization(
        self,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Get the organization access policy.

        Returns the directory entities (groups and users) allowed to access the organization. The caller
        must also be a member of the organization's Administrators group.

        Calls `getOrganizationAccessPolicy` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_organization_access_policy.asyncio(
            _org,
            client=self._binding.client,
        )

    async def update_organization(
        self,
        *,
        entities_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        entities_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"] | Unset = UNSET,
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Update the organization access policy.

        Adds entities to and removes entities from the organization access policy, and answers the entities
        it allows afterwards. All the ids of one request are of the type `entityType` names; send one
        request per type. The caller must also be a member of the organization's Administrators group.

        Calls `updateOrganizationAccessPolicy` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await update_organization_access_policy.asyncio(
            _org,
            client=self._binding.client,
            body=UpdateAccessPolicyRequest(
                entities_to_add=(
                    entities_to_add
                    if entities_to_add is None or isinstance(entities_to_add, Unset)
                    else [as_uuid(item, "entitiesToAdd") for item in entities_to_add]
                ),
                entities_to_remove=(
                    entities_to_remove
                    if entities_to_remove is None or isinstance(entities_to_remove, Unset)
                    else [as_uuid(item, "entitiesToRemove") for item in entities_to_remove]
                ),
                entity_type=(
                    entity_type
                    if isinstance(entity_type, Unset)
                    else as_enum(DirectoryEntityType, entity_type, "entityType")
                ),
            ),
        )


class AsyncAccessPolicyResourceWithRawResponse:
    """`AsyncAccessPolicyResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncAccessPolicyResource) -> None:
        self._resource = resource
        self.get_organization = async_raw_response(resource.get_organization)
        self.update_organization = async_raw_response(resource.update_organization)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
