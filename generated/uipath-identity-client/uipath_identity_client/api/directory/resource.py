"""The `directory` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from ..._binding import AsyncBinding, Binding
from ...models import (
    DirectoryApplication,
    DirectoryEntityType,
    DirectoryGroup,
    DirectoryUser,
    ResolveDirectoryEntityRequest,
)
from . import resolve_directory_entity


class DirectoryResource:
    """Directory: `resolve_entity`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def resolve_entity(
        self,
        *,
        entity_id: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryUser:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on
        the type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`).
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


class AsyncDirectoryResource:
    """Directory: `resolve_entity`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def resolve_entity(
        self,
        *,
        entity_id: str,
        entity_type: DirectoryEntityType,
    ) -> DirectoryApplication | DirectoryGroup | DirectoryUser:
        """Resolve a directory entity.

        Resolves one directory entity by its identifier and type. The shape of the answer depends on
        the type; `objectType` tells which (`DirectoryUser`, `DirectoryGroup`, `DirectoryApplication`).
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
