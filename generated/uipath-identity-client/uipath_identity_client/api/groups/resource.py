"""The `groups` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from attrs import evolve

from ..._arguments import as_uuid
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import merged_for_replace
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
from ...types import UNSET, UnknownObject, Unset
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
    """Groups: `list`, `delete_many`, `get`, `delete`, `create`, `update`, `patch`, `list_by_ids`, `check_members`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return GroupsResourceWithRawResponse(self)

    def list(
        self,
    ) -> builtins.list[Group]:
        """List the groups of an organization.

        Returns every local and built-in group of the organization (Everyone, Administrators, Automation
        Users, ... and the custom groups), each with its members.

        Calls `listGroups` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_groups.sync(
            _org,
            client=self._binding.client,
        )

    def delete_many(
        self,
        *,
        group_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several groups.

        Deletes the listed custom groups of the organization in one call. Their members stay (only the
        membership ends). Built-in groups cannot be deleted. The ids travel in the request body, which is
        unusual for a DELETE: send it as JSON.

        Calls `deleteGroups` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_groups.sync(
            _org,
            client=self._binding.client,
            body=DeleteGroupsRequest(group_ids=[as_uuid(item, "groupIDs") for item in group_ids]),
        )

    def get(
        self,
        group_id: UUID | str,
    ) -> Group:
        """Get one group.

        Returns one local or built-in group of the organization, with its members.

        Calls `getGroup` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_group.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    def delete(
        self,
        group_id: UUID | str,
    ) -> None:
        """Delete a group.

        Deletes a custom group. Its members (users, robot accounts, directory groups) are not deleted; they
        only leave the group. Built-in groups cannot be deleted (409).

        Calls `deleteGroup` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_group.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    def create(
        self,
        *,
        name: str,
        id: UUID | str | Unset = UNSET,
        directory_user_member_ids: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Create a local group.

        Creates a custom (local) group in the organization, optionally with members. The id may be chosen by
        the caller; otherwise the service assigns one.

        Calls `createGroup` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_group.sync(
            client=self._binding.client,
            body=CreateGroupRequest(
                partition_global_id=_org,
                name=name,
                id=(id if isinstance(id, Unset) else as_uuid(id, "id")),
                directory_user_member_ids=(
                    directory_user_member_ids
                    if directory_user_member_ids is None or isinstance(directory_user_member_ids, Unset)
                    else [as_uuid(item, "directoryUserMemberIDs") for item in directory_user_member_ids]
                ),
            ),
        )

    def update(
        self,
        group_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        directory_user_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        directory_user_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Update a group.

        Renames a custom group and adds or removes members. Members not named stay as they are. The
        organization is named in the body, not in the route.

        Calls `updateGroup` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return update_group.sync(
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=UpdateGroupRequest(
                partition_global_id=_org,
                name=name,
                directory_user_ids_to_add=(
                    directory_user_ids_to_add
                    if directory_user_ids_to_add is None or isinstance(directory_user_ids_to_add, Unset)
                    else [as_uuid(item, "directoryUserIDsToAdd") for item in directory_user_ids_to_add]
                ),
                directory_user_ids_to_remove=(
                    directory_user_ids_to_remove
                    if directory_user_ids_to_remove is None or isinstance(directory_user_ids_to_remove, Unset)
                    else [as_uuid(item, "directoryUserIDsToRemove") for item in directory_user_ids_to_remove]
                ),
            ),
        )

    def patch(
        self,
        group_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        directory_user_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        directory_user_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Change only the given fields (`updateGroup` replaces the whole resource).

        Reads the current state with `getGroup`, keeps every field of the update
        not given here (`name`) and sends the result with
        `updateGroup`.
        """
        _org = self._binding.organization_id()
        current = get_group.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = UpdateGroupRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                },
                {
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "directory_user_ids_to_add": (
                directory_user_ids_to_add
                if directory_user_ids_to_add is None or isinstance(directory_user_ids_to_add, Unset)
                else [as_uuid(item, "directoryUserIDsToAdd") for item in directory_user_ids_to_add]
            ),
            "directory_user_ids_to_remove": (
                directory_user_ids_to_remove
                if directory_user_ids_to_remove is None or isinstance(directory_user_ids_to_remove, Unset)
                else [as_uuid(item, "directoryUserIDsToRemove") for item in directory_user_ids_to_remove]
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_group.sync(
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    def list_by_ids(
        self,
        *,
        body: Sequence[UUID | str],
    ) -> builtins.list[Group]:
        """Get several groups by id.

        Returns the groups of the organization whose ids are listed; ids that match no group are skipped.
        The body is a bare JSON array of group ids. Though it only reads, the service requires a write scope
        for it.

        Calls `listGroupsByIds` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_groups_by_ids.sync(
            _org,
            client=self._binding.client,
            body=[as_uuid(item, "body") for item in body],
        )

    def check_members(
        self,
        group_id: UUID | str,
        *,
        body: Sequence[UUID | str],
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Check which of some directory entities are members of a group.

        Given a bare JSON array of entity ids (users, robot accounts, groups, applications), returns those
        that are direct members of the group, as directory entities. Ids that are not members are left out.
        Though it only reads, the service requires a write scope for it.

        Calls `checkGroupMembers` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return check_group_members.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=[as_uuid(item, "body") for item in body],
        )


class GroupsResourceWithRawResponse:
    """`GroupsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: GroupsResource) -> None:
        self._resource = resource
        self.list = raw_response(resource.list)
        self.delete_many = raw_response(resource.delete_many)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.create = raw_response(resource.create)
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)
        self.list_by_ids = raw_response(resource.list_by_ids)
        self.check_members = raw_response(resource.check_members)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncGroupsResource:
    """Groups: `list`, `delete_many`, `get`, `delete`, `create`, `update`, `patch`, `list_by_ids`, `check_members`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncGroupsResourceWithRawResponse(self)

    async def list(
        self,
    ) -> builtins.list[Group]:
        """List the groups of an organization.

        Returns every local and built-in group of the organization (Everyone, Administrators, Automation
        Users, ... and the custom groups), each with its members.

        Calls `listGroups` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_groups.asyncio(
            _org,
            client=self._binding.client,
        )

    async def delete_many(
        self,
        *,
        group_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several groups.

        Deletes the listed custom groups of the organization in one call. Their members stay (only the
        membership ends). Built-in groups cannot be deleted. The ids travel in the request body, which is
        unusual for a DELETE: send it as JSON.

        Calls `deleteGroups` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_groups.asyncio(
            _org,
            client=self._binding.client,
            body=DeleteGroupsRequest(group_ids=[as_uuid(item, "groupIDs") for item in group_ids]),
        )

    async def get(
        self,
        group_id: UUID | str,
    ) -> Group:
        """Get one group.

        Returns one local or built-in group of the organization, with its members.

        Calls `getGroup` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_group.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    async def delete(
        self,
        group_id: UUID | str,
    ) -> None:
        """Delete a group.

        Deletes a custom group. Its members (users, robot accounts, directory groups) are not deleted; they
        only leave the group. Built-in groups cannot be deleted (409).

        Calls `deleteGroup` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_group.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    async def create(
        self,
        *,
        name: str,
        id: UUID | str | Unset = UNSET,
        directory_user_member_ids: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Create a local group.

        Creates a custom (local) group in the organization, optionally with members. The id may be chosen by
        the caller; otherwise the service assigns one.

        Calls `createGroup` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_group.asyncio(
            client=self._binding.client,
            body=CreateGroupRequest(
                partition_global_id=_org,
                name=name,
                id=(id if isinstance(id, Unset) else as_uuid(id, "id")),
                directory_user_member_ids=(
                    directory_user_member_ids
                    if directory_user_member_ids is None or isinstance(directory_user_member_ids, Unset)
                    else [as_uuid(item, "directoryUserMemberIDs") for item in directory_user_member_ids]
                ),
            ),
        )

    async def update(
        self,
        group_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        directory_user_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        directory_user_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Update a group.

        Renames a custom group and adds or removes members. Members not named stay as they are. The
        organization is named in the body, not in the route.

        Calls `updateGroup` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await update_group.asyncio(
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=UpdateGroupRequest(
                partition_global_id=_org,
                name=name,
                directory_user_ids_to_add=(
                    directory_user_ids_to_add
                    if directory_user_ids_to_add is None or isinstance(directory_user_ids_to_add, Unset)
                    else [as_uuid(item, "directoryUserIDsToAdd") for item in directory_user_ids_to_add]
                ),
                directory_user_ids_to_remove=(
                    directory_user_ids_to_remove
                    if directory_user_ids_to_remove is None or isinstance(directory_user_ids_to_remove, Unset)
                    else [as_uuid(item, "directoryUserIDsToRemove") for item in directory_user_ids_to_remove]
                ),
            ),
        )

    async def patch(
        self,
        group_id: UUID | str,
        *,
        name: str | None | Unset = UNSET,
        directory_user_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        directory_user_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> Group:
        """Change only the given fields (`updateGroup` replaces the whole resource).

        Reads the current state with `getGroup`, keeps every field of the update
        not given here (`name`) and sends the result with
        `updateGroup`.
        """
        _org = await self._binding.organization_id()
        current = await get_group.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = UpdateGroupRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                },
                {
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "directory_user_ids_to_add": (
                directory_user_ids_to_add
                if directory_user_ids_to_add is None or isinstance(directory_user_ids_to_add, Unset)
                else [as_uuid(item, "directoryUserIDsToAdd") for item in directory_user_ids_to_add]
            ),
            "directory_user_ids_to_remove": (
                directory_user_ids_to_remove
                if directory_user_ids_to_remove is None or isinstance(directory_user_ids_to_remove, Unset)
                else [as_uuid(item, "directoryUserIDsToRemove") for item in directory_user_ids_to_remove]
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_group.asyncio(
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    async def list_by_ids(
        self,
        *,
        body: Sequence[UUID | str],
    ) -> builtins.list[Group]:
        """Get several groups by id.

        Returns the groups of the organization whose ids are listed; ids that match no group are skipped.
        The body is a bare JSON array of group ids. Though it only reads, the service requires a write scope
        for it.

        Calls `listGroupsByIds` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_groups_by_ids.asyncio(
            _org,
            client=self._binding.client,
            body=[as_uuid(item, "body") for item in body],
        )

    async def check_members(
        self,
        group_id: UUID | str,
        *,
        body: Sequence[UUID | str],
    ) -> builtins.list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]:
        """Check which of some directory entities are members of a group.

        Given a bare JSON array of entity ids (users, robot accounts, groups, applications), returns those
        that are direct members of the group, as directory entities. Ids that are not members are left out.
        Though it only reads, the service requires a write scope for it.

        Calls `checkGroupMembers` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await check_group_members.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=[as_uuid(item, "body") for item in body],
        )


class AsyncGroupsResourceWithRawResponse:
    """`AsyncGroupsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self._resource = resource
        self.list = async_raw_response(resource.list)
        self.delete_many = async_raw_response(resource.delete_many)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.create = async_raw_response(resource.create)
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)
        self.list_by_ids = async_raw_response(resource.list_by_ids)
        self.check_members = async_raw_response(resource.check_members)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
