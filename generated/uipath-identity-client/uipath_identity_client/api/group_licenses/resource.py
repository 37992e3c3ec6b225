"""The `group_licenses` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

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
    AllocateGroupLicensesRequest,
    AllocateGroupLicensesWithQuotaRequest,
    GroupLicenseAllocation,
    GroupLicenseAllocationPage,
    GroupLicenseAllocationWithQuota,
    GroupLicenseMember,
    GroupLicenseMemberPage,
    GroupLicenseOptions,
    GroupLicenseRule,
    LicenseSortOrder,
    QuotaRequest,
)
from ...types import UNSET, Unset
from . import (
    allocate_group_licenses,
    allocate_group_licenses_with_quota,
    get_group_license_allocation,
    get_group_license_allocation_with_quota,
    list_group_license_allocations,
    list_group_license_members,
    release_group_licenses,
)


class GroupLicensesResource:
    """Group licenses: `list_allocations`, `iter_allocations`, `get_allocation`, `allocate`, `patch`, `release`, `get_allocation_with_quota`, `allocate_with_quota`, `patch_with_quota`, `list_members`, `iter_members`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"

    @property
    def with_raw_response(self) -> GroupLicensesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return GroupLicensesResourceWithRawResponse(self)

    def list_allocations(
        self,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
    ) -> GroupLicenseAllocationPage:
        """List the groups with a license rule.

        Returns one page of the groups that have a license rule, with each rule's bundles and how many
        members lease each bundle now, and how many groups there are in all. A group that no longer exists
        in Identity but still has a rule is marked `orphan`. `userBundleLicenseCodes` keeps only rules with
        one of those bundles; `top` and `skip` select the page; `sortBy` (a field such as `name`) and
        `sortOrder` order it.

        Calls `listGroupLicenseAllocations` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_group_license_allocations.sync(
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
    ) -> Iterator[GroupLicenseAllocation]:
        """Every item of `list_allocations`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        def page(top: int, skip: int) -> Sequence[GroupLicenseAllocation]:
            answer = self.list_allocations(
                sort_by=sort_by,
                sort_order=sort_order,
                user_bundle_license_codes=user_bundle_license_codes,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))

    def get_allocation(
        self,
        group_id: UUID | str,
    ) -> GroupLicenseOptions:
        """Get a group's license rule and the bundles it could have.

        Returns the bundles of the group's rule (`allocatedUserBundles`; empty when the group has no rule)
        and, for every bundle of the organization, how many units it bought and how many are allocated: what
        an edit of the rule can choose from. Quotas and current usage are read with
        `getGroupLicenseAllocationWithQuota`.

        Calls `getGroupLicenseAllocation` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_group_license_allocation.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    def allocate(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str],
        use_external_license: bool | Unset = UNSET,
    ) -> GroupLicenseRule:
        """Allocate user bundles to a group.

        Sets the group's rule: every member of the group may lease one unit of each listed bundle. The list
        replaces the rule's bundles; a bundle left out is removed from the rule (members lose the leases
        they took through it), and an empty list leaves a rule with no bundles. Quotas of the bundles that
        stay are kept; use `allocateGroupLicensesWithQuota` to set them. Refused with 409 when a code does
        not exist or the organization has no unit of a bundle.

        Calls `allocateGroupLicenses` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return allocate_group_licenses.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=AllocateGroupLicensesRequest(
                user_bundle_codes=list(user_bundle_codes), use_external_license=use_external_license
            ),
        )

    def patch(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str] | Unset = UNSET,
        use_external_license: bool | Unset = UNSET,
    ) -> GroupLicenseRule:
        """Change only the given fields (`allocateGroupLicenses` replaces the whole resource).

        Reads the current state with `getGroupLicenseAllocation`, keeps every field of the update
        not given here (`userBundleCodes`, `useExternalLicense`) and sends the result with
        `allocateGroupLicenses`.
        """
        _org = self._binding.organization_id()
        current = get_group_license_allocation.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = AllocateGroupLicensesRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "userBundleCodes": "allocatedUserBundles",
                    "useExternalLicense": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "user_bundle_codes": (
                user_bundle_codes if isinstance(user_bundle_codes, Unset) else list(user_bundle_codes)
            ),
            "use_external_license": use_external_license,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return allocate_group_licenses.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    def release(
        self,
        group_id: UUID | str,
    ) -> None:
        """Remove a group's license rule.

        Removes the group's rule: its members lose the leases they took through it, and the units return to
        the organization. The group itself is not changed.

        Calls `releaseGroupLicenses` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        release_group_licenses.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    def get_allocation_with_quota(
        self,
        group_id: UUID | str,
    ) -> GroupLicenseAllocationWithQuota:
        """Get a group's license rule with its quotas and current usage.

        Returns the group's rule (its bundles) and, for each bundle with a quota, the quota's `limit` and
        how many members lease the bundle now (`currentUsage`). Bundles without a quota are not limited and
        are not listed in `quotas`.

        Calls `getGroupLicenseAllocationWithQuota` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_group_license_allocation_with_quota.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    def allocate_with_quota(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str],
        quotas: Sequence[QuotaRequest] | Unset = UNSET,
    ) -> GroupLicenseAllocationWithQuota:
        """Allocate user bundles to a group, with quotas.

        Sets the group's rule and its quotas: every member of the group may lease one unit of each listed
        bundle, and for each bundle in `quotas` at most `limit` members may hold it at once. Both lists
        replace the current ones; a bundle without a quota is not limited. Each quota's bundle must be in
        `userBundleCodes`, and a `limit` must be at least 1 and not below the bundle's current usage:
        otherwise the request is refused (400) and nothing changes.

        Calls `allocateGroupLicensesWithQuota` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return allocate_group_licenses_with_quota.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=AllocateGroupLicensesWithQuotaRequest(
                user_bundle_codes=list(user_bundle_codes),
                quotas=(quotas if isinstance(quotas, Unset) else list(quotas)),
            ),
        )

    def patch_with_quota(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str] | Unset = UNSET,
        quotas: Sequence[QuotaRequest] | Unset = UNSET,
    ) -> GroupLicenseAllocationWithQuota:
        """Change only the given fields (`allocateGroupLicensesWithQuota` replaces the whole resource).

        Reads the current state with `getGroupLicenseAllocationWithQuota`, keeps every field of the update
        not given here (`userBundleCodes`, `quotas`) and sends the result with
        `allocateGroupLicensesWithQuota`.
        """
        _org = self._binding.organization_id()
        current = get_group_license_allocation_with_quota.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = AllocateGroupLicensesWithQuotaRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "userBundleCodes": "groupRule.userBundleCodes",
                    "quotas": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "user_bundle_codes": (
                user_bundle_codes if isinstance(user_bundle_codes, Unset) else list(user_bundle_codes)
            ),
            "quotas": (quotas if isinstance(quotas, Unset) else list(quotas)),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return allocate_group_licenses_with_quota.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    def list_members(
        self,
        group_id: UUID | str,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
    ) -> GroupLicenseMemberPage:
        """List a group's members and the bundles they lease through its rule.

        Returns one page of the group's members with the bundles each leases through the group's rule, and
        how many there are in all. A user who still holds a lease but is no longer a member is marked
        `orphan`. `top` and `skip` select the page; `sortBy` (a field such as `name` or `email`) and
        `sortOrder` order it.

        Calls `listGroupLicenseMembers` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_group_license_members.sync(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(
                sort_order if isinstance(sort_order, Unset) else as_enum(LicenseSortOrder, sort_order, "sortOrder")
            ),
        )

    def iter_members(
        self,
        group_id: UUID | str,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[GroupLicenseMember]:
        """Every item of `list_members`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        def page(top: int, skip: int) -> Sequence[GroupLicenseMember]:
            answer = self.list_members(
                group_id,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size, key=lambda item: item.id))


class GroupLicensesResourceWithRawResponse:
    """`GroupLicensesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: GroupLicensesResource) -> None:
        self._resource = resource
        self.list_allocations = raw_response(resource.list_allocations)
        self.get_allocation = raw_response(resource.get_allocation)
        self.allocate = raw_response(resource.allocate)
        self.patch = raw_response(resource.patch)
        self.release = raw_response(resource.release)
        self.get_allocation_with_quota = raw_response(resource.get_allocation_with_quota)
        self.allocate_with_quota = raw_response(resource.allocate_with_quota)
        self.patch_with_quota = raw_response(resource.patch_with_quota)
        self.list_members = raw_response(resource.list_members)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncGroupLicensesResource:
    """Group licenses: `list_allocations`, `iter_allocations`, `get_allocation`, `allocate`, `patch`, `release`, `get_allocation_with_quota`, `allocate_with_quota`, `patch_with_quota`, `list_members`, `iter_members`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'lease')!r})"

    @property
    def with_raw_response(self) -> AsyncGroupLicensesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncGroupLicensesResourceWithRawResponse(self)

    async def list_allocations(
        self,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        user_bundle_license_codes: Sequence[str] | Unset = UNSET,
    ) -> GroupLicenseAllocationPage:
        """List the groups with a license rule.

        Returns one page of the groups that have a license rule, with each rule's bundles and how many
        members lease each bundle now, and how many groups there are in all. A group that no longer exists
        in Identity but still has a rule is marked `orphan`. `userBundleLicenseCodes` keeps only rules with
        one of those bundles; `top` and `skip` select the page; `sortBy` (a field such as `name`) and
        `sortOrder` order it.

        Calls `listGroupLicenseAllocations` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_group_license_allocations.asyncio(
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
    ) -> AsyncIterator[GroupLicenseAllocation]:
        """Every item of `list_allocations`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        async def page(top: int, skip: int) -> Sequence[GroupLicenseAllocation]:
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

    async def get_allocation(
        self,
        group_id: UUID | str,
    ) -> GroupLicenseOptions:
        """Get a group's license rule and the bundles it could have.

        Returns the bundles of the group's rule (`allocatedUserBundles`; empty when the group has no rule)
        and, for every bundle of the organization, how many units it bought and how many are allocated: what
        an edit of the rule can choose from. Quotas and current usage are read with
        `getGroupLicenseAllocationWithQuota`.

        Calls `getGroupLicenseAllocation` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_group_license_allocation.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    async def allocate(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str],
        use_external_license: bool | Unset = UNSET,
    ) -> GroupLicenseRule:
        """Allocate user bundles to a group.

        Sets the group's rule: every member of the group may lease one unit of each listed bundle. The list
        replaces the rule's bundles; a bundle left out is removed from the rule (members lose the leases
        they took through it), and an empty list leaves a rule with no bundles. Quotas of the bundles that
        stay are kept; use `allocateGroupLicensesWithQuota` to set them. Refused with 409 when a code does
        not exist or the organization has no unit of a bundle.

        Calls `allocateGroupLicenses` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await allocate_group_licenses.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=AllocateGroupLicensesRequest(
                user_bundle_codes=list(user_bundle_codes), use_external_license=use_external_license
            ),
        )

    async def patch(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str] | Unset = UNSET,
        use_external_license: bool | Unset = UNSET,
    ) -> GroupLicenseRule:
        """Change only the given fields (`allocateGroupLicenses` replaces the whole resource).

        Reads the current state with `getGroupLicenseAllocation`, keeps every field of the update
        not given here (`userBundleCodes`, `useExternalLicense`) and sends the result with
        `allocateGroupLicenses`.
        """
        _org = await self._binding.organization_id()
        current = await get_group_license_allocation.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = AllocateGroupLicensesRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "userBundleCodes": "allocatedUserBundles",
                    "useExternalLicense": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "user_bundle_codes": (
                user_bundle_codes if isinstance(user_bundle_codes, Unset) else list(user_bundle_codes)
            ),
            "use_external_license": use_external_license,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await allocate_group_licenses.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    async def release(
        self,
        group_id: UUID | str,
    ) -> None:
        """Remove a group's license rule.

        Removes the group's rule: its members lose the leases they took through it, and the units return to
        the organization. The group itself is not changed.

        Calls `releaseGroupLicenses` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await release_group_licenses.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    async def get_allocation_with_quota(
        self,
        group_id: UUID | str,
    ) -> GroupLicenseAllocationWithQuota:
        """Get a group's license rule with its quotas and current usage.

        Returns the group's rule (its bundles) and, for each bundle with a quota, the quota's `limit` and
        how many members lease the bundle now (`currentUsage`). Bundles without a quota are not limited and
        are not listed in `quotas`.

        Calls `getGroupLicenseAllocationWithQuota` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_group_license_allocation_with_quota.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )

    async def allocate_with_quota(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str],
        quotas: Sequence[QuotaRequest] | Unset = UNSET,
    ) -> GroupLicenseAllocationWithQuota:
        """Allocate user bundles to a group, with quotas.

        Sets the group's rule and its quotas: every member of the group may lease one unit of each listed
        bundle, and for each bundle in `quotas` at most `limit` members may hold it at once. Both lists
        replace the current ones; a bundle without a quota is not limited. Each quota's bundle must be in
        `userBundleCodes`, and a `limit` must be at least 1 and not below the bundle's current usage:
        otherwise the request is refused (400) and nothing changes.

        Calls `allocateGroupLicensesWithQuota` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await allocate_group_licenses_with_quota.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=AllocateGroupLicensesWithQuotaRequest(
                user_bundle_codes=list(user_bundle_codes),
                quotas=(quotas if isinstance(quotas, Unset) else list(quotas)),
            ),
        )

    async def patch_with_quota(
        self,
        group_id: UUID | str,
        *,
        user_bundle_codes: Sequence[str] | Unset = UNSET,
        quotas: Sequence[QuotaRequest] | Unset = UNSET,
    ) -> GroupLicenseAllocationWithQuota:
        """Change only the given fields (`allocateGroupLicensesWithQuota` replaces the whole resource).

        Reads the current state with `getGroupLicenseAllocationWithQuota`, keeps every field of the update
        not given here (`userBundleCodes`, `quotas`) and sends the result with
        `allocateGroupLicensesWithQuota`.
        """
        _org = await self._binding.organization_id()
        current = await get_group_license_allocation_with_quota.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
        )
        kept = AllocateGroupLicensesWithQuotaRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "userBundleCodes": "groupRule.userBundleCodes",
                    "quotas": None,
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "user_bundle_codes": (
                user_bundle_codes if isinstance(user_bundle_codes, Unset) else list(user_bundle_codes)
            ),
            "quotas": (quotas if isinstance(quotas, Unset) else list(quotas)),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        return await allocate_group_licenses_with_quota.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            body=body,
        )

    async def list_members(
        self,
        group_id: UUID | str,
        *,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
    ) -> GroupLicenseMemberPage:
        """List a group's members and the bundles they lease through its rule.

        Returns one page of the group's members with the bundles each leases through the group's rule, and
        how many there are in all. A user who still holds a lease but is no longer a member is marked
        `orphan`. `top` and `skip` select the page; `sortBy` (a field such as `name` or `email`) and
        `sortOrder` order it.

        Calls `listGroupLicenseMembers` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_group_license_members.asyncio(
            _org,
            as_uuid(group_id, "groupId"),
            client=self._binding.client,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(
                sort_order if isinstance(sort_order, Unset) else as_enum(LicenseSortOrder, sort_order, "sortOrder")
            ),
        )

    async def iter_members(
        self,
        group_id: UUID | str,
        *,
        sort_by: str | Unset = UNSET,
        sort_order: LicenseSortOrder | Literal["Asc", "Desc"] | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[GroupLicenseMember]:
        """Every item of `list_members`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded (an item met twice, because the
        list moved while it was read, is yielded once), so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        async def page(top: int, skip: int) -> Sequence[GroupLicenseMember]:
            answer = await self.list_members(
                group_id,
                sort_by=sort_by,
                sort_order=sort_order,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size, key=lambda item: item.id):
            yield item


class AsyncGroupLicensesResourceWithRawResponse:
    """`AsyncGroupLicensesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncGroupLicensesResource) -> None:
        self._resource = resource
        self.list_allocations = async_raw_response(resource.list_allocations)
        self.get_allocation = async_raw_response(resource.get_allocation)
        self.allocate = async_raw_response(resource.allocate)
        self.patch = async_raw_response(resource.patch)
        self.release = async_raw_response(resource.release)
        self.get_allocation_with_quota = async_raw_response(resource.get_allocation_with_quota)
        self.allocate_with_quota = async_raw_response(resource.allocate_with_quota)
        self.patch_with_quota = async_raw_response(resource.patch_with_quota)
        self.list_members = async_raw_response(resource.list_members)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
