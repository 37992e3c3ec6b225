"""The `directory` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins

from ..._binding import AsyncBinding, Binding
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
from ...types import UNSET, Unset
from . import (
    bulk_resolve_directory_entities,
    bulk_resolve_directory_entities_by_name,
    get_directory_group_membership,
    resolve_directory_entity,
    resolve_directory_entity_by_name,
    search_directory,
)


class DirectoryResource:
    """Directory: `resolve_entity`, `search`, `resolve_entity_by_name`, `bulk_resolve_entities`, `bulk_resolve_entities_by_name`, `get_group_membership`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def resolve_entity(
        self,
        *,
        entity_id: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on
        the type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`,
        `DirectoryRobotUser`; robot accounts resolve with `entityType` `user`).
        An unknown identifier, or one of another type than `entityType`, answers 404.

        Calls `resolve_directory_entity` with the client's organization; raises its errors.
        """

        return resolve_directory_entity.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=ResolveDirectoryEntityRequest(
                entity_id=entity_id,
                entity_type=entity_type,
            ),
        )

    def search(
        self,
        *,
        starts_with: str,
        entity_type: DirectoryEntityType | Unset = UNSET,
        source_filter: builtins.list[DirectorySourceFilter] | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> builtins.list[DirectorySearchResult]:
        """Search the directory.

        Returns the users, groups, robot accounts and applications of the organization (and of its
        connected directory) whose name, e-mail address or display name starts with `startsWith`.
        Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

        Calls `search_directory` with the client's organization; raises its errors.
        """

        return search_directory.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            starts_with=starts_with,
            entity_type=entity_type,
            source_filter=source_filter,
            scope=scope,
        )

    def resolve_entity_by_name(
        self,
        *,
        entity_name: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser:
        """Resolve a directory entity by name.

        Resolves one directory entity by its unique name (a user's user name or e-mail address, a
        group's or application's name) and type. An unknown name answers 404.

        Calls `resolve_directory_entity_by_name` with the client's organization; raises its errors.
        """

        return resolve_directory_entity_by_name.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=ResolveDirectoryEntityByNameRequest(
                entity_name=entity_name,
                entity_type=entity_type,
            ),
        )

    def bulk_resolve_entities(
        self,
        *,
        entity_ids: builtins.list[str],
        entity_types: builtins.list[DirectoryEntityType],
    ) -> DirectoryEntityMap:
        """Resolve several directory entities.

        Resolves several directory entities by identifier in one call. `entityTypes[i]` is the type
        of `entityIds[i]`; both lists have the same length (400 otherwise). The answer maps each
        identifier that was found to its entity; identifiers not found are left out.

        Calls `bulk_resolve_directory_entities` with the client's organization; raises its errors.
        """

        return bulk_resolve_directory_entities.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesRequest(
                entity_ids=entity_ids,
                entity_types=entity_types,
            ),
        )

    def bulk_resolve_entities_by_name(
        self,
        *,
        entity_names: builtins.list[str],
        entity_type: DirectoryEntityType,
        scope: None | str | Unset = UNSET,
    ) -> DirectoryEntityMap:
        """Resolve several directory entities by name.

        Resolves several directory entities of one type by unique name (e-mail address or user
        name for users, name for groups and applications) in one call. The answer maps each name
        that was found to its entity; names not found are left out.

        Calls `bulk_resolve_directory_entities_by_name` with the client's organization; raises its errors.
        """

        return bulk_resolve_directory_entities_by_name.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesByNameRequest(
                entity_names=entity_names,
                entity_type=entity_type,
                scope=scope,
            ),
        )

    def get_group_membership(
        self,
        *,
        user_id: str,
        group_ids: builtins.list[str],
    ) -> builtins.list[DirectoryGroup]:
        """Find which of some groups a user belongs to.

        Given a user and a list of group identifiers, returns the groups of that list the user is
        a member of (possibly none).

        Calls `get_directory_group_membership` with the client's organization; raises its errors.
        """

        return get_directory_group_membership.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=DirectoryGroupMembershipRequest(
                user_id=user_id,
                group_ids=group_ids,
            ),
        )


class AsyncDirectoryResource:
    """Directory: `resolve_entity`, `search`, `resolve_entity_by_name`, `bulk_resolve_entities`, `bulk_resolve_entities_by_name`, `get_group_membership`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def resolve_entity(
        self,
        *,
        entity_id: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on
        the type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`,
        `DirectoryRobotUser`; robot accounts resolve with `entityType` `user`).
        An unknown identifier, or one of another type than `entityType`, answers 404.

        Calls `resolve_directory_entity` with the client's organization; raises its errors.
        """

        return await resolve_directory_entity.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=ResolveDirectoryEntityRequest(
                entity_id=entity_id,
                entity_type=entity_type,
            ),
        )

    async def search(
        self,
        *,
        starts_with: str,
        entity_type: DirectoryEntityType | Unset = UNSET,
        source_filter: builtins.list[DirectorySourceFilter] | Unset = UNSET,
        scope: str | Unset = UNSET,
    ) -> builtins.list[DirectorySearchResult]:
        """Search the directory.

        Returns the users, groups, robot accounts and applications of the organization (and of its
        connected directory) whose name, e-mail address or display name starts with `startsWith`.
        Narrow the search either by `entityType` or by `sourceFilter`, not both (400).

        Calls `search_directory` with the client's organization; raises its errors.
        """

        return await search_directory.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            starts_with=starts_with,
            entity_type=entity_type,
            source_filter=source_filter,
            scope=scope,
        )

    async def resolve_entity_by_name(
        self,
        *,
        entity_name: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser:
        """Resolve a directory entity by name.

        Resolves one directory entity by its unique name (a user's user name or e-mail address, a
        group's or application's name) and type. An unknown name answers 404.

        Calls `resolve_directory_entity_by_name` with the client's organization; raises its errors.
        """

        return await resolve_directory_entity_by_name.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=ResolveDirectoryEntityByNameRequest(
                entity_name=entity_name,
                entity_type=entity_type,
            ),
        )

    async def bulk_resolve_entities(
        self,
        *,
        entity_ids: builtins.list[str],
        entity_types: builtins.list[DirectoryEntityType],
    ) -> DirectoryEntityMap:
        """Resolve several directory entities.

        Resolves several directory entities by identifier in one call. `entityTypes[i]` is the type
        of `entityIds[i]`; both lists have the same length (400 otherwise). The answer maps each
        identifier that was found to its entity; identifiers not found are left out.

        Calls `bulk_resolve_directory_entities` with the client's organization; raises its errors.
        """

        return await bulk_resolve_directory_entities.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesRequest(
                entity_ids=entity_ids,
                entity_types=entity_types,
            ),
        )

    async def bulk_resolve_entities_by_name(
        self,
        *,
        entity_names: builtins.list[str],
        entity_type: DirectoryEntityType,
        scope: None | str | Unset = UNSET,
    ) -> DirectoryEntityMap:
        """Resolve several directory entities by name.

        Resolves several directory entities of one type by unique name (e-mail address or user
        name for users, name for groups and applications) in one call. The answer maps each name
        that was found to its entity; names not found are left out.

        Calls `bulk_resolve_directory_entities_by_name` with the client's organization; raises its errors.
        """

        return await bulk_resolve_directory_entities_by_name.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=BulkResolveDirectoryEntitiesByNameRequest(
                entity_names=entity_names,
                entity_type=entity_type,
                scope=scope,
            ),
        )

    async def get_group_membership(
        self,
        *,
        user_id: str,
        group_ids: builtins.list[str],
    ) -> builtins.list[DirectoryGroup]:
        """Find which of some groups a user belongs to.

        Given a user and a list of group identifiers, returns the groups of that list the user is
        a member of (possibly none).

        Calls `get_directory_group_membership` with the client's organization; raises its errors.
        """

        return await get_directory_group_membership.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=DirectoryGroupMembershipRequest(
                user_id=user_id,
                group_ids=group_ids,
            ),
        )
