"""The `groups` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from uuid import UUID

from ..._binding import AsyncBinding, Binding
from ...models import (
    CreateGroupRequest,
    DeleteGroupsRequest,
    DirectoryApplication,
    DirectoryGroup,
    DirectoryRobotUser,
    DirectoryUser,
    Group,
    UpdateGroupRequest,
)
from ...types import UNSET, Unset
from . import (
    check_group_members,
    create_group,
    delete_group,
    delete_groups,
    get_group,
    list_groups,
    list_groups_by_ids,
    update_group,
)


class GroupsResource:
    """Groups: `list`, `delete_many`, `get`, `delete`, `create`, `update`, `list_by_ids`, `check_members`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def list(
        self,
    ) -> builtins.list[Group]:
        """List the groups of an organization.

        Returns every local and built-in group of the organization (Everyone, Administrators,
        Automation Users, ... and the custom groups), each with its members.

        Calls `list_groups` with the client's organization; raises its errors.
        """

        return list_groups.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def delete_many(
        self,
        *,
        group_ids: builtins.list[UUID],
    ) -> None:
        """Delete several groups.

        Deletes the listed custom groups of the organization in one call. Their members stay (only
        the membership ends). Built-in groups cannot be deleted. The ids travel in the request body,
        which is unusual for a DELETE: send it as JSON.

        Calls `delete_groups` with the client's organization; raises its errors.
        """

        delete_groups.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=DeleteGroupsRequest(
                group_ids=group_ids,
            ),
        )

    def get(
        self,
        group_id: UUID,
    ) -> Group:
        """Get one group.

        Returns one local or built-in group of the organization, with its members.

        Calls `get_group` with the client's organization; raises its errors.
        """

        return get_group.sync(
            self._binding.organization_id(),
            group_id,
            client=self._binding.client,
        )

    def delete(
        self,
        group_id: UUID,
    ) -> None:
        """Delete a group.

        Deletes a custom group. Its members (users, robot accounts, directory groups) are not
        deleted; they only leave the group. Built-in groups cannot be deleted (409).

        Calls `delete_group` with the client's organization; raises its errors.
        """

        delete_group.sync(
            self._binding.organization_id(),
            group_id,
            client=self._binding.client,
        )

    def create(
        self,
        *,
        name: str,
        id: UUID | Unset = UNSET,
        directory_user_member_ids: builtins.list[UUID] | None | Unset = UNSET,
    ) -> Group:
        """Create a local group.

        Creates a custom (local) group in the organization, optionally with members. The id may be
        chosen by the caller; otherwise the service assigns one.

        Calls `create_group` with the client's organization; raises its errors.
        """

        return create_group.sync(
            client=self._binding.client,
            body=CreateGroupRequest(
                partition_global_id=self._binding.organization_id(),
                name=name,
                id=id,
                directory_user_member_ids=directory_user_member_ids,
            ),
        )

    def update(
        self,
        group_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        directory_user_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        directory_user_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
    ) -> Group:
        """Update a group.

        Renames a custom group and adds or removes members. Members not named stay as they are.
        The organization is named in the body, not in the route.

        Calls `update_group` with the client's organization; raises its errors.
        """

        return update_group.sync(
            group_id,
            client=self._binding.client,
            body=UpdateGroupRequest(
                partition_global_id=self._binding.organization_id(),
                name=name,
                directory_user_ids_to_add=directory_user_ids_to_add,
                directory_user_ids_to_remove=directory_user_ids_to_remove,
            ),
        )

    def list_by_ids(
        self,
        *,
        body: builtins.list[UUID],
    ) -> builtins.list[Group]:
        """Get several groups by id.

        Returns the groups of the organization whose ids are listed; ids that match no group are
        skipped. The body is a bare JSON array of group ids. Though it only reads, the service
        requires a write scope for it.

        Calls `list_groups_by_ids` with the client's organization; raises its errors.
        """

        return list_groups_by_ids.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=body,
        )

    def check_members(
        self,
        group_id: UUID,
        *,
        body: builtins.list[UUID],
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Check which of some directory entities are members of a group.

        Given a bare JSON array of entity ids (users, robot accounts, groups, applications),
        returns those that are direct members of the group, as directory entities. Ids that are not
        members are left out. Though it only reads, the service requires a write scope for it.

        Calls `check_group_members` with the client's organization; raises its errors.
        """

        return check_group_members.sync(
            self._binding.organization_id(),
            group_id,
            client=self._binding.client,
            body=body,
        )


class AsyncGroupsResource:
    """Groups: `list`, `delete_many`, `get`, `delete`, `create`, `update`, `list_by_ids`, `check_members`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def list(
        self,
    ) -> builtins.list[Group]:
        """List the groups of an organization.

        Returns every local and built-in group of the organization (Everyone, Administrators,
        Automation Users, ... and the custom groups), each with its members.

        Calls `list_groups` with the client's organization; raises its errors.
        """

        return await list_groups.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def delete_many(
        self,
        *,
        group_ids: builtins.list[UUID],
    ) -> None:
        """Delete several groups.

        Deletes the listed custom groups of the organization in one call. Their members stay (only
        the membership ends). Built-in groups cannot be deleted. The ids travel in the request body,
        which is unusual for a DELETE: send it as JSON.

        Calls `delete_groups` with the client's organization; raises its errors.
        """

        await delete_groups.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=DeleteGroupsRequest(
                group_ids=group_ids,
            ),
        )

    async def get(
        self,
        group_id: UUID,
    ) -> Group:
        """Get one group.

        Returns one local or built-in group of the organization, with its members.

        Calls `get_group` with the client's organization; raises its errors.
        """

        return await get_group.asyncio(
            await self._binding.organization_id(),
            group_id,
            client=self._binding.client,
        )

    async def delete(
        self,
        group_id: UUID,
    ) -> None:
        """Delete a group.

        Deletes a custom group. Its members (users, robot accounts, directory groups) are not
        deleted; they only leave the group. Built-in groups cannot be deleted (409).

        Calls `delete_group` with the client's organization; raises its errors.
        """

        await delete_group.asyncio(
            await self._binding.organization_id(),
            group_id,
            client=self._binding.client,
        )

    async def create(
        self,
        *,
        name: str,
        id: UUID | Unset = UNSET,
        directory_user_member_ids: builtins.list[UUID] | None | Unset = UNSET,
    ) -> Group:
        """Create a local group.

        Creates a custom (local) group in the organization, optionally with members. The id may be
        chosen by the caller; otherwise the service assigns one.

        Calls `create_group` with the client's organization; raises its errors.
        """

        return await create_group.asyncio(
            client=self._binding.client,
            body=CreateGroupRequest(
                partition_global_id=await self._binding.organization_id(),
                name=name,
                id=id,
                directory_user_member_ids=directory_user_member_ids,
            ),
        )

    async def update(
        self,
        group_id: UUID,
        *,
        name: None | str | Unset = UNSET,
        directory_user_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        directory_user_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
    ) -> Group:
        """Update a group.

        Renames a custom group and adds or removes members. Members not named stay as they are.
        The organization is named in the body, not in the route.

        Calls `update_group` with the client's organization; raises its errors.
        """

        return await update_group.asyncio(
            group_id,
            client=self._binding.client,
            body=UpdateGroupRequest(
                partition_global_id=await self._binding.organization_id(),
                name=name,
                directory_user_ids_to_add=directory_user_ids_to_add,
                directory_user_ids_to_remove=directory_user_ids_to_remove,
            ),
        )

    async def list_by_ids(
        self,
        *,
        body: builtins.list[UUID],
    ) -> builtins.list[Group]:
        """Get several groups by id.

        Returns the groups of the organization whose ids are listed; ids that match no group are
        skipped. The body is a bare JSON array of group ids. Though it only reads, the service
        requires a write scope for it.

        Calls `list_groups_by_ids` with the client's organization; raises its errors.
        """

        return await list_groups_by_ids.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=body,
        )

    async def check_members(
        self,
        group_id: UUID,
        *,
        body: builtins.list[UUID],
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]:
        """Check which of some directory entities are members of a group.

        Given a bare JSON array of entity ids (users, robot accounts, groups, applications),
        returns those that are direct members of the group, as directory entities. Ids that are not
        members are left out. Though it only reads, the service requires a write scope for it.

        Calls `check_group_members` with the client's organization; raises its errors.
        """

        return await check_group_members.asyncio(
            await self._binding.organization_id(),
            group_id,
            client=self._binding.client,
            body=body,
        )
