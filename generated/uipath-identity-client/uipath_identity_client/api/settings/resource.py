"""The `settings` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from uuid import UUID

from ..._binding import AsyncBinding, Binding
from ...models import (
    DeleteSettingsRequest,
    Setting,
    SettingValue,
    UpdateSettingsRequest,
)
from ...types import UNSET, Unset
from . import delete_setting, delete_settings, get_settings, update_settings


class SettingsResource:
    """Settings: `get`, `update`, `delete_many`, `delete`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def get(
        self,
        *,
        key: builtins.list[str] | Unset = UNSET,
        partition_global_id: UUID | Unset = UNSET,
        user_id: UUID | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Get settings.

        Returns the stored settings of an organization (or of one of its users) whose keys are listed
        in `key`. Keys that have no stored value are left out of the answer, so an empty list means
        none of the keys is set. Without `userId` the organization's own settings are returned.

        Calls `get_settings`; raises its errors.
        """

        return get_settings.sync(
            client=self._binding.client,
            key=key,
            partition_global_id=partition_global_id,
            user_id=user_id,
        )

    def update(
        self,
        *,
        settings: builtins.list[SettingValue],
        user_id: None | Unset | UUID = UNSET,
    ) -> builtins.list[Setting]:
        """Create or update settings.

        Stores the given settings of an organization (or of one of its users): a key that is already
        set gets the new value, a key that is not set yet is created. Keys not in the request are left
        as they are. Answers the stored settings, with their ids.

        Calls `update_settings` with the client's organization; raises its errors.
        """

        return update_settings.sync(
            client=self._binding.client,
            body=UpdateSettingsRequest(
                settings=settings,
                partition_global_id=self._binding.organization_id(),
                user_id=user_id,
            ),
        )

    def delete_many(
        self,
        *,
        settings: builtins.list[str],
    ) -> None:
        """Delete several settings.

        Deletes the organization's own settings (not its users') with the listed keys in one call;
        reading those keys afterwards finds no value, so the service's defaults apply again. Keys that
        have no stored value are skipped. The keys and the organization travel in the request body,
        which is unusual for a DELETE: send it as JSON.

        Calls `delete_settings` with the client's organization; raises its errors.
        """

        delete_settings.sync(
            client=self._binding.client,
            body=DeleteSettingsRequest(
                settings=settings,
                partition_global_id=self._binding.organization_id(),
            ),
        )

    def delete(
        self,
        setting_id: int,
    ) -> None:
        """Delete a setting.

        Deletes one stored setting; reading its key afterwards finds no value, so the service's
        default applies again.

        Calls `delete_setting`; raises its errors.
        """

        delete_setting.sync(
            setting_id,
            client=self._binding.client,
        )


class AsyncSettingsResource:
    """Settings: `get`, `update`, `delete_many`, `delete`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def get(
        self,
        *,
        key: builtins.list[str] | Unset = UNSET,
        partition_global_id: UUID | Unset = UNSET,
        user_id: UUID | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Get settings.

        Returns the stored settings of an organization (or of one of its users) whose keys are listed
        in `key`. Keys that have no stored value are left out of the answer, so an empty list means
        none of the keys is set. Without `userId` the organization's own settings are returned.

        Calls `get_settings`; raises its errors.
        """

        return await get_settings.asyncio(
            client=self._binding.client,
            key=key,
            partition_global_id=partition_global_id,
            user_id=user_id,
        )

    async def update(
        self,
        *,
        settings: builtins.list[SettingValue],
        user_id: None | Unset | UUID = UNSET,
    ) -> builtins.list[Setting]:
        """Create or update settings.

        Stores the given settings of an organization (or of one of its users): a key that is already
        set gets the new value, a key that is not set yet is created. Keys not in the request are left
        as they are. Answers the stored settings, with their ids.

        Calls `update_settings` with the client's organization; raises its errors.
        """

        return await update_settings.asyncio(
            client=self._binding.client,
            body=UpdateSettingsRequest(
                settings=settings,
                partition_global_id=await self._binding.organization_id(),
                user_id=user_id,
            ),
        )

    async def delete_many(
        self,
        *,
        settings: builtins.list[str],
    ) -> None:
        """Delete several settings.

        Deletes the organization's own settings (not its users') with the listed keys in one call;
        reading those keys afterwards finds no value, so the service's defaults apply again. Keys that
        have no stored value are skipped. The keys and the organization travel in the request body,
        which is unusual for a DELETE: send it as JSON.

        Calls `delete_settings` with the client's organization; raises its errors.
        """

        await delete_settings.asyncio(
            client=self._binding.client,
            body=DeleteSettingsRequest(
                settings=settings,
                partition_global_id=await self._binding.organization_id(),
            ),
        )

    async def delete(
        self,
        setting_id: int,
    ) -> None:
        """Delete a setting.

        Deletes one stored setting; reading its key afterwards finds no value, so the service's
        default applies again.

        Calls `delete_setting`; raises its errors.
        """

        await delete_setting.asyncio(
            setting_id,
            client=self._binding.client,
        )
