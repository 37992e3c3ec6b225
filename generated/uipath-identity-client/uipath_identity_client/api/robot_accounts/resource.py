"""The `robot_accounts` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins

from ..._binding import AsyncBinding, Binding
from ...models import (
    CreateRobotAccountRequest,
    RobotAccount,
)
from ...types import UNSET, Unset
from . import create_robot_account


class RobotAccountsResource:
    """Robot accounts: `create`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def create(
        self,
        *,
        name: str,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[str] | Unset = UNSET,
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


class AsyncRobotAccountsResource:
    """Robot accounts: `create`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def create(
        self,
        *,
        name: str,
        display_name: None | str | Unset = UNSET,
        group_ids_to_add: builtins.list[str] | Unset = UNSET,
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
