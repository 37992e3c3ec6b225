"""The `directory` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Literal
from uuid import UUID

from ..._arguments import as_enum, as_str_id
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    BulkResolveDirectoryEntitiesByNameRequest,
    BulkResolveDirectoryEntitiesRequest,
    DirectoryApplication,
    DirectoryEntityMap,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryGroupMembershipRequest,
    DirectoryRobotUser,
    DirectorySearchResult,
    DirectorySourceFilter,
    DirectoryUser,
    ResolveDirectoryEntityByNameRequest,
    ResolveDirectoryEntityRequest,
)
from ...types import UNSET, UnknownObject, Unset
from . import (
    bulk_resolve_directory_entities,
    bulk_resolve_directory_entities_by_name,
    get_directory_group_membership,
    resolve_directory_entity,
    resolve_directory_entity_by_name,
    search_directory,
)


class DirectoryResource:
    """Directory: `resolve_entity`, `search`, `resolve_entity_by_name`, `bulk_resolve_entities`, `bulk_resolve_entities_by_name`, `get_group_membership`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> DirectoryResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return DirectoryResourceWithRawResponse(self)

    def resolve_entity(
        self,
        *,
        entity_id: str | UUID,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on the
        type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`,
        `DirectoryRobotUser`; robot accounts resolve with `entityType` `user`). An unknown identifier, or
        one of another type than `entityType`, answers 404.

        Calls `resolveDirectoryEntity` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return resolve_directory_entity.sync(
            _org,
            client=self._binding.client,
            body=ResolveDirectoryEntityRequest(
                entity_id=as_str_id(entity_id, "entityId"),
                entity_type=as_enum(DirectoryEntityType, entity_type, "entityType"),
            ),
        )

    def search(
        self,
        *,
        starts_with: str,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"] | Unset = UNSET,
        source_filter: Sequence[
            DirectorySourceFilter
            | Literal["localUsers", "directoryUsers", "localGroups", "directoryGroups", "robotAccounts", "applications"]
        ]
        | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> builtins.list[DirectorySearchResult]:
        """Search the directory.

        Returns the users, groups, robot accounts and applications of the organization (and of its connected
        directory) whose name, e-mail address or display name starts with `startsWith`. Narrow the search
        either by `entityType` or by `sourceFilter`, not both (400).

        Calls `searchDirectory` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return search_directory.sync(
            _org,
            client=self._binding.client,
            starts_with=starts_with,
            entity_type=(
                entity_type
                if isinstance(entity_type, Unset)
                else as_enum(DirectoryEntityType, entity_type, "entityType")
            ),
            source_filter=(
                source_filter
                if isinstance(source_filter, Unset)
                else [as_enum(DirectorySourceFilter, item, "sourceFilter") for item in source_filter]
            ),
            scope=scope,
        )

    def resolve_entity_by_name(
        self,
        *,
        entity_name: str,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
        """Resolve a directory entity by name.

        Resolves one directory entity by its unique name (a user's user name or e-mail address, a group's or
        application's name) and type. An unknown name answers 404.

        Calls `resolveDirectoryEntityByName` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return resolve_directory_entity_by_name.sync(
            _org,
            client=self._binding.client,
            body=ResolveDirectoryEntityByNameRequest(
                entity_name=entity_name, entity_type=as_enum(DirectoryEntityType, entity_type, "entityType")
            ),
        )

    def bulk_resolve_entities(
        self,
        *,
        entity_ids: Sequence[str | UUID],
        entity_types: Sequence[DirectoryEntityType | Literal["user", "group", "application"]],
    ) -> DirectoryEntityMap:
        """Resolve several directory entities.

        Resolves several directory entities by identifier in one call. `entityTypes[i]` is the type of
        `entityIds[i]`; both lists have the same length (400 otherwise). The answer maps each identifier
        that was found to its entity; identifiers not found are left out.

        Calls `bulkResolveDirectoryEntities` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return bulk_resolve_directory_entities.sync(
            _org,
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesRequest(
                entity_ids=[as_str_id(item, "entityIds") for item in entity_ids],
                entity_types=[as_enum(DirectoryEntityType, item, "entityTypes") for item in entity_types],
            ),
        )

    def bulk_resolve_entities_by_name(
        self,
        *,
        entity_names: Sequence[str],
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
        scope: str | None | Unset = UNSET,
    ) -> DirectoryEntityMap:
        """Resolve several directory entities by name.

        Resolves several directory entities of one type by unique name (e-mail address or user name for
        users, name for groups and applications) in one call. The answer maps each name that was found to
        its entity; names not found are left out.

        Calls `bulkResolveDirectoryEntitiesByName` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return bulk_resolve_directory_entities_by_name.sync(
            _org,
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesByNameRequest(
                entity_names=list(entity_names),
                entity_type=as_enum(DirectoryEntityType, entity_type, "entityType"),
                scope=scope,
            ),
        )

    def get_group_membership(
        self,
        *,
        user_id: str | UUID,
        group_ids: Sequence[str | UUID],
    ) -> builtins.list[DirectoryGroup]:
        """Find which of some groups a user belongs to.

        Given a user and a list of group identifiers, returns the groups of that list the user is a member
        of (possibly none).

        Calls `getDirectoryGroupMembership` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_directory_group_membership.sync(
            _org,
            client=self._binding.client,
            body=DirectoryGroupMembershipRequest(
                user_id=as_str_id(user_id, "userId"), group_ids=[as_str_id(item, "groupIds") for item in group_ids]
            ),
        )


class DirectoryResourceWithRawResponse:
    """`DirectoryResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: DirectoryResource) -> None:
        self._resource = resource
        self.resolve_entity = raw_response(resource.resolve_entity)
        self.search = raw_response(resource.search)
        self.resolve_entity_by_name = raw_response(resource.resolve_entity_by_name)
        self.bulk_resolve_entities = raw_response(resource.bulk_resolve_entities)
        self.bulk_resolve_entities_by_name = raw_response(resource.bulk_resolve_entities_by_name)
        self.get_group_membership = raw_response(resource.get_group_membership)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncDirectoryResource:
    """Directory: `resolve_entity`, `search`, `resolve_entity_by_name`, `bulk_resolve_entities`, `bulk_resolve_entities_by_name`, `get_group_membership`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncDirectoryResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncDirectoryResourceWithRawResponse(self)

    async def resolve_entity(
        self,
        *,
        entity_id: str | UUID,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on the
        type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`,
        `DirectoryRobotUser`; robot accounts resolve with `entityType` `user`). An unknown identifier, or
        one of another type than `entityType`, answers 404.

        Calls `resolveDirectoryEntity` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await resolve_directory_entity.asyncio(
            _org,
            client=self._binding.client,
            body=ResolveDirectoryEntityRequest(
                entity_id=as_str_id(entity_id, "entityId"),
                entity_type=as_enum(DirectoryEntityType, entity_type, "entityType"),
            ),
        )

    async def search(
        self,
        *,
        starts_with: str,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"] | Unset = UNSET,
        source_filter: Sequence[
            DirectorySourceFilter
            | Literal["localUsers", "directoryUsers", "localGroups", "directoryGroups", "robotAccounts", "applications"]
        ]
        | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> builtins.list[DirectorySearchResult]:
        """Search the directory.

        Returns the users, groups, robot accounts and applications of the organization (and of its connected
        directory) whose name, e-mail address or display name starts with `startsWith`. Narrow the search
        either by `entityType` or by `sourceFilter`, not both (400).

        Calls `searchDirectory` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await search_directory.asyncio(
            _org,
            client=self._binding.client,
            starts_with=starts_with,
            entity_type=(
                entity_type
                if isinstance(entity_type, Unset)
                else as_enum(DirectoryEntityType, entity_type, "entityType")
            ),
            source_filter=(
                source_filter
                if isinstance(source_filter, Unset)
                else [as_enum(DirectorySourceFilter, item, "sourceFilter") for item in source_filter]
            ),
            scope=scope,
        )

    async def resolve_entity_by_name(
        self,
        *,
        entity_name: str,
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
        """Resolve a directory entity by name.

        Resolves one directory entity by its unique name (a user's user name or e-mail address, a group's or
        application's name) and type. An unknown name answers 404.

        Calls `resolveDirectoryEntityByName` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await resolve_directory_entity_by_name.asyncio(
            _org,
            client=self._binding.client,
            body=ResolveDirectoryEntityByNameRequest(
                entity_name=entity_name, entity_type=as_enum(DirectoryEntityType, entity_type, "entityType")
            ),
        )

    async def bulk_resolve_entities(
        self,
        *,
        entity_ids: Sequence[str | UUID],
        entity_types: Sequence[DirectoryEntityType | Literal["user", "group", "application"]],
    ) -> DirectoryEntityMap:
        """Resolve several directory entities.

        Resolves several directory entities by identifier in one call. `entityTypes[i]` is the type of
        `entityIds[i]`; both lists have the same length (400 otherwise). The answer maps each identifier
        that was found to its entity; identifiers not found are left out.

        Calls `bulkResolveDirectoryEntities` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await bulk_resolve_directory_entities.asyncio(
            _org,
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesRequest(
                entity_ids=[as_str_id(item, "entityIds") for item in entity_ids],
                entity_types=[as_enum(DirectoryEntityType, item, "entityTypes") for item in entity_types],
            ),
        )

    async def bulk_resolve_entities_by_name(
        self,
        *,
        entity_names: Sequence[str],
        entity_type: DirectoryEntityType | Literal["user", "group", "application"],
        scope: str | None | Unset = UNSET,
    ) -> DirectoryEntityMap:
        """Resolve several directory entities by name.

        Resolves several directory entities of one type by unique name (e-mail address or user name for
        users, name for groups and applications) in one call. The answer maps each name that was found to
        its entity; names not found are left out.

        Calls `bulkResolveDirectoryEntitiesByName` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await bulk_resolve_directory_entities_by_name.asyncio(
            _org,
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesByNameRequest(
                entity_names=list(entity_names),
                entity_type=as_enum(DirectoryEntityType, entity_type, "entityType"),
                scope=scope,
            ),
        )

    async def get_group_membership(
        self,
        *,
        user_id: str | UUID,
        group_ids: Sequence[str | UUID],
    ) -> builtins.list[DirectoryGroup]:
        """Find which of some groups a user belongs to.

        Given a user and a list of group identifiers, returns the groups of that list the user is a member
        of (possibly none).

        Calls `getDirectoryGroupMembership` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_directory_group_membership.asyncio(
            _org,
            client=self._binding.client,
            body=DirectoryGroupMembershipRequest(
                user_id=as_str_id(user_id, "userId"), group_ids=[as_str_id(item, "groupIds") for item in group_ids]
            ),
        )


class AsyncDirectoryResourceWithRawResponse:
    """`AsyncDirectoryResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncDirectoryResource) -> None:
        self._resource = resource
        self.resolve_entity = async_raw_response(resource.resolve_entity)
        self.search = async_raw_response(resource.search)
        self.resolve_entity_by_name = async_raw_response(resource.resolve_entity_by_name)
        self.bulk_resolve_entities = async_raw_response(resource.bulk_resolve_entities)
        self.bulk_resolve_entities_by_name = async_raw_response(resource.bulk_resolve_entities_by_name)
        self.get_group_membership = async_raw_response(resource.get_group_membership)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
