"""The `user_licenses` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Literal
from uuid import UUID

from ..._arguments import as_enum, as_uuid, check_page_size, check_range
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import acollect_pages, collect_pages
from ...models import (
    AllocateUserLicensesRequest,
    LicenseSortOrder,
    ReleaseUserLicensesRequest,
    UserBundleQuantity,
    UserLicense,
    UserLicenseAllocation,
    UserLicenseAllocationPage,
    UserLicenseRelease,
)
from ...types import UNSET, Unset
from . import (
    allocate_user_licenses,
    get_user_license_allocation,
    list_available_user_licenses,
    list_user_license_allocations,
    release_user_licenses,
)


class UserLicensesResource:
    """User licenses: `list_available`, `allocate`, `release`, `get_allocation`, `list_allocations`, `iter_allocations`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"

    @property
    def with_raw_response(self) -> UserLicensesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return UserLicensesResourceWithRawResponse(self)

    def list_available(
        self,
    ) -> builtins.list[UserBundleQuantity]:
        """List the organization's user bundles and how many are allocated.

        Returns, for every user bundle the organization has, how many units it bought (`total`) and how many
        are allocated to users, explicitly or through group rules (`allocated`). A bundle with `allocated`
        equal to `total` cannot be given to another user until one is released.

        Calls `listAvailableUserLicenses` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_available_user_licenses.sync(
            _org,
            client=self._binding.client,
        )

    def allocate(
        self,
        *,
        user_ids: Sequence[UUID | str],
        user_bundle_codes: Sequence[str],
        use_external_license: bool | Unset = UNSET,
    ) -> builtins.list[UserLicense]:
        """Allocate user bundles to users.

        Gives each listed user one unit of each listed bundle, explicitly (not through a group). The list
        replaces the users' explicit bundles: a bundle a user had and the list leaves out is released; an
        empty `userBundleCodes` releases all of their explicit bundles. Bundles users get through group
        rules are not affected. All or nothing: if one unit cannot be allocated (the organization has no
        unit left of a bundle, or a code does not exist), the request is refused with 409 and nothing
        changes.

        Calls `allocateUserLicenses` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return allocate_user_licenses.sync(
            _org,
            client=self._binding.client,
            body=AllocateUserLicensesRequest(
                user_ids=[as_uuid(item, "userIds") for item in user_ids],
                user_bundle_codes=list(user_bundle_codes),
                use_external_license=use_external_license,
            ),
        )

    def release(
        self,
        *,
        user_ids: Sequence[UUID | str],
    ) -> UserLicenseRelease:
        """Release all user licenses of several users.

        Releases every user license the listed users hold in the organization: their explicit bundles and
        the leases they took through group rules. Users whose licenses could not be released are listed in
        `failedUserIds`; the request itself still succeeds. The user ids travel in the request body, which
        is unusual for a DELETE: send it as JSON. UiPath describes this operation as meant for its own
        services, so an external application's token may be refused (403); `allocateUserLicenses` with an
        empty `userBundleCodes` releases users' explicit bundles instead.

        Calls `releaseUserLicenses` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return release_user_licenses.sync(
            _org,
            client=self._binding.client,
            body=ReleaseUserLicensesRequest(user_ids=[as_uuid(item, "userIds") for item in user_ids]),
        )

    def get_allocation(
        self,
        user_id: UUID | str,
    ) -> UserLicenseAllocation:
        """Get a user's explicit license allocation.

        Returns the bundles allocated explicitly to one user, with the user's name, e-mail address and when
        they last used a license. Bundles the user leases through group rules are not in
        `userBundleLicenses`; a user with no explicit allocation has an empty list.

        Calls `getUserLicenseAllocation` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_user_license_allocation.sync(
            _org,
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    def list_allocations(
        self,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
    ) -> UserLicenseAllocationPage:
        """List the users with an explicit license allocation.

        Returns one page of the users that have bundles allocated explicitly, and how many there are in all.
        `userBundleLicenseCodes` keeps only users holding one of those bundles; `top` and `skip` select the
        page; `sortBy` (a field such as `name` or `email`) and `sortOrder` order it.

        Calls `listUserLicenseAllocations` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_user_license_allocations.sync(
            _org,
            client=self._binding.client,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(
                sort_order if isinstance(sort_order, Unset) else as_enum(LicenseSortOrder, sort_order, "sortOrder")
            ),
            user_bundle_license_codes=(
                user_bundle_license_codes
                if isinstance(user_bundle_license_codes, Unset)
                else list(user_bundle_license_codes)
            ),
        )

    def iter_allocations(
        self,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[UserLicenseAllocation]:
        """Every item of `list_allocations`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        def page(top: int, skip: int) -> Sequence[UserLicenseAllocation]:
            answer = self.list_allocations(
                sort_by=sort_by,
                sort_order=sort_order,
                user_bundle_license_codes=user_bundle_license_codes,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))


class UserLicensesResourceWithRawResponse:
    """`UserLicensesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: UserLicensesResource) -> None:
        self._resource = resource
        self.list_available = raw_response(resource.list_available)
        self.allocate = raw_response(resource.allocate)
        self.release = raw_response(resource.release)
        self.get_allocation = raw_response(resource.get_allocation)
        self.list_allocations = raw_response(resource.list_allocations)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncUserLicensesResource:
    """User licenses: `list_available`, `allocate`, `release`, `get_allocation`, `list_allocations`, `iter_allocations`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"

    @property
    def with_raw_response(self) -> AsyncUserLicensesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncUserLicensesResourceWithRawResponse(self)

    async def list_available(
        self,
    ) -> builtins.list[UserBundleQuantity]:
        """List the organization's user bundles and how many are allocated.

        Returns, for every user bundle the organization has, how many units it bought (`total`) and how many
        are allocated to users, explicitly or through group rules (`allocated`). A bundle with `allocated`
        equal to `total` cannot be given to another user until one is released.

        Calls `listAvailableUserLicenses` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_available_user_licenses.asyncio(
            _org,
            client=self._binding.client,
        )

    async def allocate(
        self,
        *,
        user_ids: Sequence[UUID | str],
        user_bundle_codes: Sequence[str],
        use_external_license: bool | Unset = UNSET,
    ) -> builtins.list[UserLicense]:
        """Allocate user bundles to users.

        Gives each listed user one unit of each listed bundle, explicitly (not through a group). The list
        replaces the users' explicit bundles: a bundle a user had and the list leaves out is released; an
        empty `userBundleCodes` releases all of their explicit bundles. Bundles users get through group
        rules are not affected. All or nothing: if one unit cannot be allocated (the organization has no
        unit left of a bundle, or a code does not exist), the request is refused with 409 and nothing
        changes.

        Calls `allocateUserLicenses` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await allocate_user_licenses.asyncio(
            _org,
            client=self._binding.client,
            body=AllocateUserLicensesRequest(
                user_ids=[as_uuid(item, "userIds") for item in user_ids],
                user_bundle_codes=list(user_bundle_codes),
                use_external_license=use_external_license,
            ),
        )

    async def release(
        self,
        *,
        user_ids: Sequence[UUID | str],
    ) -> UserLicenseRelease:
        """Release all user licenses of several users.

        Releases every user license the listed users hold in the organization: their explicit bundles and
        the leases they took through group rules. Users whose licenses could not be released are listed in
        `failedUserIds`; the request itself still succeeds. The user ids travel in the request body, which
        is unusual for a DELETE: send it as JSON. UiPath describes this operation as meant for its own
        services, so an external application's token may be refused (403); `allocateUserLicenses` with an
        empty `userBundleCodes` releases users' explicit bundles instead.

        Calls `releaseUserLicenses` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await release_user_licenses.asyncio(
            _org,
            client=self._binding.client,
            body=ReleaseUserLicensesRequest(user_ids=[as_uuid(item, "userIds") for item in user_ids]),
        )

    async def get_allocation(
        self,
        user_id: UUID | str,
    ) -> UserLicenseAllocation:
        """Get a user's explicit license allocation.

        Returns the bundles allocated explicitly to one user, with the user's name, e-mail address and when
        they last used a license. Bundles the user leases through group rules are not in
        `userBundleLicenses`; a user with no explicit allocation has an empty list.

        Calls `getUserLicenseAllocation` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_user_license_allocation.asyncio(
            _org,
            as_uuid(user_id, "userId"),
            client=self._binding.client,
        )

    async def list_allocations(
        self,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
    ) -> UserLicenseAllocationPage:
        """List the users with an explicit license allocation.

        Returns one page of the users that have bundles allocated explicitly, and how many there are in all.
        `userBundleLicenseCodes` keeps only users holding one of those bundles; `top` and `skip` select the
        page; `sortBy` (a field such as `name` or `email`) and `sortOrder` order it.

        Calls `listUserLicenseAllocations` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_user_license_allocations.asyncio(
            _org,
            client=self._binding.client,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(
                sort_order if isinstance(sort_order, Unset) else as_enum(LicenseSortOrder, sort_order, "sortOrder")
            ),
            user_bundle_license_codes=(
                user_bundle_license_codes
                if isinstance(user_bundle_license_codes, Unset)
                else list(user_bundle_license_codes)
            ),
        )

    async def iter_allocations(
        self,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[UserLicenseAllocation]:
        """Every item of `list_allocations`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        async def page(top: int, skip: int) -> Sequence[UserLicenseAllocation]:
            answer = await self.list_allocations(
                sort_by=sort_by,
                sort_order=sort_order,
                user_bundle_license_codes=user_bundle_license_codes,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size, key=lambda item: item.id):
            yield item


class AsyncUserLicensesResourceWithRawResponse:
    """`AsyncUserLicensesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncUserLicensesResource) -> None:
        self._resource = resource
        self.list_available = async_raw_response(resource.list_available)
        self.allocate = async_raw_response(resource.allocate)
        self.release = async_raw_response(resource.release)
        self.get_allocation = async_raw_response(resource.get_allocation)
        self.list_allocations = async_raw_response(resource.list_allocations)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
