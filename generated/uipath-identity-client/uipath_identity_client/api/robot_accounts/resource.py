"""The `robot_accounts` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal
from uuid import UUID

from attrs import evolve

from ..._arguments import as_enum, as_uuid, check_page_size, check_range
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import acollect_pages, collect_pages, merged_for_replace
from ...models import (
    CreateRobotAccountRequest,
    DeleteRobotAccountsRequest,
    RobotAccount,
    RobotAccountPage,
    SortOrder,
    UpdateRobotAccountRequest,
)
from ...types import UNSET, Unset
from . import (
    create_robot_account,
    delete_robot_account,
    delete_robot_accounts,
    get_robot_account,
    list_robot_accounts,
    update_robot_account,
)


class RobotAccountsResource:
    """Robot accounts: `create`, `list`, `iter`, `delete_many`, `get`, `delete`, `update`, `patch`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> RobotAccountsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return RobotAccountsResourceWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | Unset = UNSET,
    ) -> RobotAccount:
        """Create a robot account.

        Creates a robot account in the organization and adds it to the given groups.

        Calls `createRobotAccount` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_robot_account.sync(
            client=self._binding.client,
            body=CreateRobotAccountRequest(
                partition_global_id=_org,
                name=name,
                display_name=display_name,
                group_ids_to_add=(
                    group_ids_to_add
                    if isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
            ),
        )

    def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    ) -> RobotAccountPage:
        """List the robot accounts of an organization.

        Returns one page of the organization's robot accounts and the total number that match. `searchTerm`
        filters by name or display name; `top` and `skip` select the page; `sortBy` (a field name such as
        `name` or `creationTime`) and `sortOrder` order it.

        Calls `listRobotAccounts` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_robot_accounts.sync(
            _org,
            client=self._binding.client,
            search_term=search_term,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
        )

    def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[RobotAccount]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        def page(top: int, skip: int) -> Sequence[RobotAccount]:
            answer = self.list(
                search_term=search_term,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))

    def delete_many(
        self,
        *,
        robot_account_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several robot accounts.

        Deletes the listed robot accounts of the organization in one call; they leave every group they
        belonged to. The ids travel in the request body, which is unusual for a DELETE: send it as JSON.

        Calls `deleteRobotAccounts` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_robot_accounts.sync(
            _org,
            client=self._binding.client,
            body=DeleteRobotAccountsRequest(
                robot_account_ids=[as_uuid(item, "robotAccountIDs") for item in robot_account_ids]
            ),
        )

    def get(
        self,
        robot_account_id: UUID | str,
    ) -> RobotAccount:
        """Get one robot account.

        Returns one robot account of the organization, with the ids of its groups.

        Calls `getRobotAccount` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_robot_account.sync(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )

    def delete(
        self,
        robot_account_id: UUID | str,
    ) -> None:
        """Delete a robot account.

        Deletes a robot account; it leaves every group it belonged to.

        Calls `deleteRobotAccount` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_robot_account.sync(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )

    def update(
        self,
        robot_account_id: UUID | str,
        *,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Update a robot account.

        Changes a robot account's display name and adds it to or removes it from groups. Its name cannot
        change after creation. The organization is named in the body, not in the route.

        Calls `updateRobotAccount` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return update_robot_account.sync(
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
            body=UpdateRobotAccountRequest(
                partition_global_id=_org,
                display_name=display_name,
                group_ids_to_add=(
                    group_ids_to_add
                    if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
                group_ids_to_remove=(
                    group_ids_to_remove
                    if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                    else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
                ),
            ),
        )

    def patch(
        self,
        robot_account_id: UUID | str,
        *,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Change only the given fields (`updateRobotAccount` replaces the whole resource).

        Reads the current state with `getRobotAccount`, keeps every field of the update
        not given here (`displayName`) and sends the result with
        `updateRobotAccount`.
        """
        _org = self._binding.organization_id()
        current = get_robot_account.sync(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )
        kept = UpdateRobotAccountRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "displayName": None,
                },
                {
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "display_name": display_name,
            "group_ids_to_add": (
                group_ids_to_add
                if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
            ),
            "group_ids_to_remove": (
                group_ids_to_remove
                if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return update_robot_account.sync(
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
            body=body,
        )


class RobotAccountsResourceWithRawResponse:
    """`RobotAccountsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: RobotAccountsResource) -> None:
        self._resource = resource
        self.create = raw_response(resource.create)
        self.list = raw_response(resource.list)
        self.delete_many = raw_response(resource.delete_many)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncRobotAccountsResource:
    """Robot accounts: `create`, `list`, `iter`, `delete_many`, `get`, `delete`, `update`, `patch`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncRobotAccountsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncRobotAccountsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | Unset = UNSET,
    ) -> RobotAccount:
        """Create a robot account.

        Creates a robot account in the organization and adds it to the given groups.

        Calls `createRobotAccount` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_robot_account.asyncio(
            client=self._binding.client,
            body=CreateRobotAccountRequest(
                partition_global_id=_org,
                name=name,
                display_name=display_name,
                group_ids_to_add=(
                    group_ids_to_add
                    if isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
            ),
        )

    async def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
    ) -> RobotAccountPage:
        """List the robot accounts of an organization.

        Returns one page of the organization's robot accounts and the total number that match. `searchTerm`
        filters by name or display name; `top` and `skip` select the page; `sortBy` (a field name such as
        `name` or `creationTime`) and `sortOrder` order it.

        Calls `listRobotAccounts` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_robot_accounts.asyncio(
            _org,
            client=self._binding.client,
            search_term=search_term,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 1000)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
        )

    async def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[RobotAccount]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 1000).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 1000)

        async def page(top: int, skip: int) -> Sequence[RobotAccount]:
            answer = await self.list(
                search_term=search_term,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size, key=lambda item: item.id):
            yield item

    async def delete_many(
        self,
        *,
        robot_account_ids: Sequence[UUID | str],
    ) -> None:
        """Delete several robot accounts.

        Deletes the listed robot accounts of the organization in one call; they leave every group they
        belonged to. The ids travel in the request body, which is unusual for a DELETE: send it as JSON.

        Calls `deleteRobotAccounts` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_robot_accounts.asyncio(
            _org,
            client=self._binding.client,
            body=DeleteRobotAccountsRequest(
                robot_account_ids=[as_uuid(item, "robotAccountIDs") for item in robot_account_ids]
            ),
        )

    async def get(
        self,
        robot_account_id: UUID | str,
    ) -> RobotAccount:
        """Get one robot account.

        Returns one robot account of the organization, with the ids of its groups.

        Calls `getRobotAccount` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_robot_account.asyncio(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )

    async def delete(
        self,
        robot_account_id: UUID | str,
    ) -> None:
        """Delete a robot account.

        Deletes a robot account; it leaves every group it belonged to.

        Calls `deleteRobotAccount` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_robot_account.asyncio(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )

    async def update(
        self,
        robot_account_id: UUID | str,
        *,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Update a robot account.

        Changes a robot account's display name and adds it to or removes it from groups. Its name cannot
        change after creation. The organization is named in the body, not in the route.

        Calls `updateRobotAccount` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await update_robot_account.asyncio(
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
            body=UpdateRobotAccountRequest(
                partition_global_id=_org,
                display_name=display_name,
                group_ids_to_add=(
                    group_ids_to_add
                    if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                    else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
                ),
                group_ids_to_remove=(
                    group_ids_to_remove
                    if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                    else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
                ),
            ),
        )

    async def patch(
        self,
        robot_account_id: UUID | str,
        *,
        display_name: str | None | Unset = UNSET,
        group_ids_to_add: Sequence[UUID | str] | None | Unset = UNSET,
        group_ids_to_remove: Sequence[UUID | str] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Change only the given fields (`updateRobotAccount` replaces the whole resource).

        Reads the current state with `getRobotAccount`, keeps every field of the update
        not given here (`displayName`) and sends the result with
        `updateRobotAccount`.
        """
        _org = await self._binding.organization_id()
        current = await get_robot_account.asyncio(
            _org,
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
        )
        kept = UpdateRobotAccountRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "displayName": None,
                },
                {
                    "partitionGlobalId": str(_org),
                },
            )
        )
        changes: dict[str, Any] = {
            "display_name": display_name,
            "group_ids_to_add": (
                group_ids_to_add
                if group_ids_to_add is None or isinstance(group_ids_to_add, Unset)
                else [as_uuid(item, "groupIDsToAdd") for item in group_ids_to_add]
            ),
            "group_ids_to_remove": (
                group_ids_to_remove
                if group_ids_to_remove is None or isinstance(group_ids_to_remove, Unset)
                else [as_uuid(item, "groupIDsToRemove") for item in group_ids_to_remove]
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await update_robot_account.asyncio(
            as_uuid(robot_account_id, "robotAccountId"),
            client=self._binding.client,
            body=body,
        )


class AsyncRobotAccountsResourceWithRawResponse:
    """`AsyncRobotAccountsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncRobotAccountsResource) -> None:
        self._resource = resource
        self.create = async_raw_response(resource.create)
        self.list = async_raw_response(resource.list)
        self.delete_many = async_raw_response(resource.delete_many)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
