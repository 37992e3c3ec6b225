"""The `settings` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from uuid import UUID

from ..._arguments import as_uuid
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    DeleteSettingsRequest,
    Setting,
    SettingValue,
    UpdateSettingsRequest,
)
from ...types import UNSET, Unset
from . import delete_setting, delete_settings, get_settings, update_settings


class SettingsResource:
    """Settings: `get`, `update`, `delete_many`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> SettingsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return SettingsResourceWithRawResponse(self)

    def get(
        self,
        *,
        key: Sequence[str] | Unset = UNSET,
        user_id: UUID | str | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Get settings.

        Returns the stored settings of an organization (or of one of its users) whose keys are listed in
        `key`. Keys that have no stored value are left out of the answer, so an empty list means none of the
        keys is set. Without `userId` the organization's own settings are returned.

        Calls `getSettings` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_settings.sync(
            client=self._binding.client,
            key=(key if isinstance(key, Unset) else list(key)),
            partition_global_id=_org,
            user_id=(user_id if isinstance(user_id, Unset) else as_uuid(user_id, "userId")),
        )

    def update(
        self,
        *,
        settings: Sequence[SettingValue],
        user_id: UUID | str | None | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Create or update settings.

        Stores the given settings of an organization (or of one of its users): a key that is already set
        gets the new value, a key that is not set yet is created. Keys not in the request are left as they
        are. Answers the stored settings, with their ids.

        Calls `updateSettings` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return update_settings.sync(
            client=self._binding.client,
            body=UpdateSettingsRequest(
                settings=list(settings),
                partition_global_id=_org,
                user_id=(user_id if user_id is None or isinstance(user_id, Unset) else as_uuid(user_id, "userId")),
            ),
        )

    def delete_many(
        self,
        *,
        settings: Sequence[str],
    ) -> None:
        """Delete several settings.

        Deletes the organization's own settings (not its users') with the listed keys in one call; reading
        those keys afterwards finds no value, so the service's defaults apply again. Keys that have no
        stored value are skipped. The keys and the organization travel in the request body, which is unusual
        for a DELETE: send it as JSON.

        Calls `deleteSettings` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_settings.sync(
            client=self._binding.client,
            body=DeleteSettingsRequest(settings=list(settings), partition_global_id=_org),
        )

    def delete(
        self,
        setting_id: int,
    ) -> None:
        """Delete a setting.

        Deletes one stored setting; reading its key afterwards finds no value, so the service's default
        applies again.

        Calls `deleteSetting`; raises its errors.
        """

        delete_setting.sync(
            setting_id,
            client=self._binding.client,
        )


class SettingsResourceWithRawResponse:
    """`SettingsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: SettingsResource) -> None:
        self._resource = resource
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.delete_many = raw_response(resource.delete_many)
        self.delete = raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncSettingsResource:
    """Settings: `get`, `update`, `delete_many`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncSettingsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncSettingsResourceWithRawResponse(self)

    async def get(
        self,
        *,
        key: Sequence[str] | Unset = UNSET,
        user_id: UUID | str | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Get settings.

        Returns the stored settings of an organization (or of one of its users) whose keys are listed in
        `key`. Keys that have no stored value are left out of the answer, so an empty list means none of the
        keys is set. Without `userId` the organization's own settings are returned.

        Calls `getSettings` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_settings.asyncio(
            client=self._binding.client,
            key=(key if isinstance(key, Unset) else list(key)),
            partition_global_id=_org,
            user_id=(user_id if isinstance(user_id, Unset) else as_uuid(user_id, "userId")),
        )

    async def update(
        self,
        *,
        settings: Sequence[SettingValue],
        user_id: UUID | str | None | Unset = UNSET,
    ) -> builtins.list[Setting]:
        """Create or update settings.

        Stores the given settings of an organization (or of one of its users): a key that is already set
        gets the new value, a key that is not set yet is created. Keys not in the request are left as they
        are. Answers the stored settings, with their ids.

        Calls `updateSettings` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await update_settings.asyncio(
            client=self._binding.client,
            body=UpdateSettingsRequest(
                settings=list(settings),
                partition_global_id=_org,
                user_id=(user_id if user_id is None or isinstance(user_id, Unset) else as_uuid(user_id, "userId")),
            ),
        )

    async def delete_many(
        self,
        *,
        settings: Sequence[str],
    ) -> None:
        """Delete several settings.

        Deletes the organization's own settings (not its users') with the listed keys in one call; reading
        those keys afterwards finds no value, so the service's defaults apply again. Keys that have no
        stored value are skipped. The keys and the organization travel in the request body, which is unusual
        for a DELETE: send it as JSON.

        Calls `deleteSettings` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_settings.asyncio(
            client=self._binding.client,
            body=DeleteSettingsRequest(settings=list(settings), partition_global_id=_org),
        )

    async def delete(
        self,
        setting_id: int,
    ) -> None:
        """Delete a setting.

        Deletes one stored setting; reading its key afterwards finds no value, so the service's default
        applies again.

        Calls `deleteSetting`; raises its errors.
        """

        await delete_setting.asyncio(
            setting_id,
            client=self._binding.client,
        )


class AsyncSettingsResourceWithRawResponse:
    """`AsyncSettingsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self._resource = resource
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.delete_many = async_raw_response(resource.delete_many)
        self.delete = async_raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
