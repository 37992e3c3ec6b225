"""The `robot_accounts` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from uuid import UUID

from ..._binding import AsyncBinding, Binding
from ..._workflows import aiterate_pages, iterate_pages
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
    """Robot accounts: `create`, `list`, `delete_many`, `get`, `delete`, `update`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def create(
        self,
        *,
        name: str,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | Unset = UNSET,
    ) -> RobotAccount:
        """Create a robot account.

        Creates a robot account in the organization and adds it to the given groups.

        Calls `create_robot_account` with the client's organization; raises its errors.
        """

        return create_robot_account.sync(
            client=self._binding.client,
            body=CreateRobotAccountRequest(
                partition_global_id=self._binding.organization_id(),
                name=name,
                display_name=display_name,
                group_ids_to_add=group_ids_to_add,
            ),
        )

    def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> RobotAccountPage:
        """List the robot accounts of an organization.

        Returns one page of the organization's robot accounts and the total number that match.
        `searchTerm` filters by name or display name; `top` and `skip` select the page; `sortBy`
        (a field name such as `name` or `creationTime`) and `sortOrder` order it.

        Calls `list_robot_accounts` with the client's organization; raises its errors.
        """

        return list_robot_accounts.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            search_term=search_term,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[RobotAccount]:
        """Every item of `list`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        def page(top: int, skip: int) -> Sequence[RobotAccount]:
            answer = self.list(
                search_term=search_term,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
            )
            return answer.results

        return iterate_pages(page, page_size)

    def delete_many(
        self,
        *,
        robot_account_ids: builtins.list[UUID],
    ) -> None:
        """Delete several robot accounts.

        Deletes the listed robot accounts of the organization in one call; they leave every group
        they belonged to. The ids travel in the request body, which is unusual for a DELETE: send it
        as JSON.

        Calls `delete_robot_accounts` with the client's organization; raises its errors.
        """

        delete_robot_accounts.sync(
            self._binding.organization_id(),
            client=self._binding.client,
            body=DeleteRobotAccountsRequest(
                robot_account_ids=robot_account_ids,
            ),
        )

    def get(
        self,
        robot_account_id: UUID,
    ) -> RobotAccount:
        """Get one robot account.

        Returns one robot account of the organization, with the ids of its groups.

        Calls `get_robot_account` with the client's organization; raises its errors.
        """

        return get_robot_account.sync(
            self._binding.organization_id(),
            robot_account_id,
            client=self._binding.client,
        )

    def delete(
        self,
        robot_account_id: UUID,
    ) -> None:
        """Delete a robot account.

        Deletes a robot account; it leaves every group it belonged to.

        Calls `delete_robot_account` with the client's organization; raises its errors.
        """

        delete_robot_account.sync(
            self._binding.organization_id(),
            robot_account_id,
            client=self._binding.client,
        )

    def update(
        self,
        robot_account_id: UUID,
        *,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Update a robot account.

        Changes a robot account's display name and adds it to or removes it from groups. Its name
        cannot change after creation. The organization is named in the body, not in the route.

        Calls `update_robot_account` with the client's organization; raises its errors.
        """

        return update_robot_account.sync(
            robot_account_id,
            client=self._binding.client,
            body=UpdateRobotAccountRequest(
                partition_global_id=self._binding.organization_id(),
                display_name=display_name,
                group_ids_to_add=group_ids_to_add,
                group_ids_to_remove=group_ids_to_remove,
            ),
        )


class AsyncRobotAccountsResource:
    """Robot accounts: `create`, `list`, `delete_many`, `get`, `delete`, `update`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def create(
        self,
        *,
        name: str,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | Unset = UNSET,
    ) -> RobotAccount:
        """Create a robot account.

        Creates a robot account in the organization and adds it to the given groups.

        Calls `create_robot_account` with the client's organization; raises its errors.
        """

        return await create_robot_account.asyncio(
            client=self._binding.client,
            body=CreateRobotAccountRequest(
                partition_global_id=await self._binding.organization_id(),
                name=name,
                display_name=display_name,
                group_ids_to_add=group_ids_to_add,
            ),
        )

    async def list(
        self,
        *,
        search_term: str | Unset = UNSET,
        top: int | Unset = 10,
        skip: int | Unset = 0,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
    ) -> RobotAccountPage:
        """List the robot accounts of an organization.

        Returns one page of the organization's robot accounts and the total number that match.
        `searchTerm` filters by name or display name; `top` and `skip` select the page; `sortBy`
        (a field name such as `name` or `creationTime`) and `sortOrder` order it.

        Calls `list_robot_accounts` with the client's organization; raises its errors.
        """

        return await list_robot_accounts.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            search_term=search_term,
            top=top,
            skip=skip,
            sort_by=sort_by,
            sort_order=sort_order,
        )

    async def iter(
        self,
        *,
        search_term: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[RobotAccount]:
        """Every item of `list`, fetching pages of `page_size` (`top`/`skip`) as you iterate."""

        async def page(top: int, skip: int) -> Sequence[RobotAccount]:
            answer = await self.list(
                search_term=search_term,
                top=top,
                skip=skip,
                sort_by=sort_by,
                sort_order=sort_order,
            )
            return answer.results

        async for item in aiterate_pages(page, page_size):
            yield item

    async def delete_many(
        self,
        *,
        robot_account_ids: builtins.list[UUID],
    ) -> None:
        """Delete several robot accounts.

        Deletes the listed robot accounts of the organization in one call; they leave every group
        they belonged to. The ids travel in the request body, which is unusual for a DELETE: send it
        as JSON.

        Calls `delete_robot_accounts` with the client's organization; raises its errors.
        """

        await delete_robot_accounts.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
            body=DeleteRobotAccountsRequest(
                robot_account_ids=robot_account_ids,
            ),
        )

    async def get(
        self,
        robot_account_id: UUID,
    ) -> RobotAccount:
        """Get one robot account.

        Returns one robot account of the organization, with the ids of its groups.

        Calls `get_robot_account` with the client's organization; raises its errors.
        """

        return await get_robot_account.asyncio(
            await self._binding.organization_id(),
            robot_account_id,
            client=self._binding.client,
        )

    async def delete(
        self,
        robot_account_id: UUID,
    ) -> None:
        """Delete a robot account.

        Deletes a robot account; it leaves every group it belonged to.

        Calls `delete_robot_account` with the client's organization; raises its errors.
        """

        await delete_robot_account.asyncio(
            await self._binding.organization_id(),
            robot_account_id,
            client=self._binding.client,
        )

    async def update(
        self,
        robot_account_id: UUID,
        *,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[UUID] | None | Unset = UNSET,
        group_ids_to_remove: builtins.list[UUID] | None | Unset = UNSET,
    ) -> RobotAccount:
        """Update a robot account.

        Changes a robot account's display name and adds it to or removes it from groups. Its name
        cannot change after creation. The organization is named in the body, not in the route.

        Calls `update_robot_account` with the client's organization; raises its errors.
        """

        return await update_robot_account.asyncio(
            robot_account_id,
            client=self._binding.client,
            body=UpdateRobotAccountRequest(
                partition_global_id=await self._binding.organization_id(),
                display_name=display_name,
                group_ids_to_add=group_ids_to_add,
                group_ids_to_remove=group_ids_to_remove,
            ),
        )
