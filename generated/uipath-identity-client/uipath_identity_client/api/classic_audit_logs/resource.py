"""The `classic_audit_logs` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Literal

from ..._arguments import as_enum, check_page_size, check_range
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import acollect_pages, collect_pages
from ...models import (
    AuditLogPage,
    AuditLogRecord,
    SortOrder,
)
from ...types import UNSET, Unset
from . import download_classic_audit_logs, list_classic_audit_logs


class ClassicAuditLogsResource:
    """Classic audit logs: `list`, `iter`, `download`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'audit')!r})"

    @property
    def with_raw_response(self) -> ClassicAuditLogsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return ClassicAuditLogsResourceWithRawResponse(self)

    def list(
        self,
        *,
        language: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        api_version: str | Unset = UNSET,
    ) -> AuditLogPage:
        """List the organization's audit log.

        Returns one page of the organization's audit log and the total number of records. `top` and `skip`
        select the page; `sortBy` (a field of the record, such as `createdOn`, `category` or `email`) and
        `sortOrder` order it; `language` picks the language of the messages.

        Calls `listClassicAuditLogs`; raises its errors.
        """

        return list_classic_audit_logs.sync(
            client=self._binding.client,
            language=language,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
            api_version=api_version,
        )

    def iter(
        self,
        *,
        language: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        api_version: str | Unset = UNSET,
        page_size: int = 100,
    ) -> Iterator[AuditLogRecord]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded, so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        def page(top: int, skip: int) -> Sequence[AuditLogRecord]:
            answer = self.list(
                language=language,
                sort_by=sort_by,
                sort_order=sort_order,
                api_version=api_version,
                top=top,
                skip=skip,
            )
            return answer.results

        return iter(collect_pages(page, page_size))

    def download(
        self,
        *,
        language: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> str:
        """Download the organization's audit log as CSV.

        Returns the newest `size` records of the organization's audit log as a CSV file: a header row, then
        one row per record. The columns are not documented: read them by their header names, not by
        position.

        Calls `downloadClassicAuditLogs`; raises its errors.
        """

        return download_classic_audit_logs.sync(
            client=self._binding.client,
            language=language,
            size=(size if isinstance(size, Unset) else check_range(size, "size", 0, 2147483647)),
        )


class ClassicAuditLogsResourceWithRawResponse:
    """`ClassicAuditLogsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: ClassicAuditLogsResource) -> None:
        self._resource = resource
        self.list = raw_response(resource.list)
        self.download = raw_response(resource.download)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncClassicAuditLogsResource:
    """Classic audit logs: `list`, `iter`, `download`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'audit')!r})"

    @property
    def with_raw_response(self) -> AsyncClassicAuditLogsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncClassicAuditLogsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        language: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        api_version: str | Unset = UNSET,
    ) -> AuditLogPage:
        """List the organization's audit log.

        Returns one page of the organization's audit log and the total number of records. `top` and `skip`
        select the page; `sortBy` (a field of the record, such as `createdOn`, `category` or `email`) and
        `sortOrder` order it; `language` picks the language of the messages.

        Calls `listClassicAuditLogs`; raises its errors.
        """

        return await list_classic_audit_logs.asyncio(
            client=self._binding.client,
            language=language,
            top=(top if isinstance(top, Unset) else check_range(top, "top", 0, 2147483647)),
            skip=(skip if isinstance(skip, Unset) else check_range(skip, "skip", 0, 2147483647)),
            sort_by=sort_by,
            sort_order=(sort_order if isinstance(sort_order, Unset) else as_enum(SortOrder, sort_order, "sortOrder")),
            api_version=api_version,
        )

    async def iter(
        self,
        *,
        language: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        sort_order: SortOrder | Literal["asc", "desc"] | Unset = UNSET,
        api_version: str | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncIterator[AuditLogRecord]:
        """Every item of `list`, reading pages of `page_size` (`top`/`skip`, 1 to 2147483647).

        Every page is read before the first item is yielded, so deleting the items as you iterate skips none.
        """
        check_page_size(page_size, 2147483647)

        async def page(top: int, skip: int) -> Sequence[AuditLogRecord]:
            answer = await self.list(
                language=language,
                sort_by=sort_by,
                sort_order=sort_order,
                api_version=api_version,
                top=top,
                skip=skip,
            )
            return answer.results

        for item in await acollect_pages(page, page_size):
            yield item

    async def download(
        self,
        *,
        language: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> str:
        """Download the organization's audit log as CSV.

        Returns the newest `size` records of the organization's audit log as a CSV file: a header row, then
        one row per record. The columns are not documented: read them by their header names, not by
        position.

        Calls `downloadClassicAuditLogs`; raises its errors.
        """

        return await download_classic_audit_logs.asyncio(
            client=self._binding.client,
            language=language,
            size=(size if isinstance(size, Unset) else check_range(size, "size", 0, 2147483647)),
        )


class AsyncClassicAuditLogsResourceWithRawResponse:
    """`AsyncClassicAuditLogsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncClassicAuditLogsResource) -> None:
        self._resource = resource
        self.list = async_raw_response(resource.list)
        self.download = async_raw_response(resource.download)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
