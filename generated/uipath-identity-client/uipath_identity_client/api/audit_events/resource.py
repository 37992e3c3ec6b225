"""The `audit_events` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Sequence
from typing import Literal
from uuid import UUID

from ..._arguments import as_enum, as_str_id, as_uuid, check_aware, check_range
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    AuditEventPage,
    AuditEventSource,
    AuditEventStatusFilter,
)
from ...types import UNSET, Unset
from . import download_audit_events, list_audit_event_sources, list_audit_events


class AuditEventsResource:
    """Audit events: `list_sources`, `list`, `download`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"

    @property
    def with_raw_response(self) -> AuditEventsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AuditEventsResourceWithRawResponse(self)

    def list_sources(
        self,
    ) -> builtins.list[AuditEventSource]:
        """List the audit event sources, targets and types.

        Returns the catalogue of events this level records, as a hierarchy: each source (a service or area,
        such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such as
        `Authentication` or `Folders`), and each target has event types (the activity, such as `User
        Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event queries. The
        organization-level and tenant-level catalogues differ, and so do their ids.

        Calls `listAuditEventSources`; raises its errors.
        """

        return list_audit_event_sources.sync(
            client=self._binding.client,
        )

    def list(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        source: Sequence[UUID | str] | Unset = UNSET,
        target: Sequence[UUID | str] | Unset = UNSET,
        type: Sequence[UUID | str] | Unset = UNSET,
        user_ids: Sequence[UUID | str] | Unset = UNSET,
        search_term: str | Unset = UNSET,
        status: AuditEventStatusFilter | Literal[0, 1] | Unset = UNSET,
        max_count: int | Unset = UNSET,
        before: str | Unset = UNSET,
        before_id: str | UUID | Unset = UNSET,
        qw: str | Unset = UNSET,
    ) -> AuditEventPage:
        """Query audit events.

        Returns one page of the events that match every filter given, newest first, with links to the
        neighbouring pages: `previous` fetches the next older page (follow it to walk back through history),
        `next` the newer one; either is null where there is nothing more. `maxCount` asks for a page size;
        the service clamps it to 10–200 (a larger value gives 200 events, not an error). Events are kept for
        90 days: an interval that starts earlier only returns what is still kept.

        Calls `listAuditEvents`; raises its errors.
        """

        return list_audit_events.sync(
            client=self._binding.client,
            from_=(from_ if isinstance(from_, Unset) else check_aware(from_, "from")),
            to=(to if isinstance(to, Unset) else check_aware(to, "to")),
            source=(source if isinstance(source, Unset) else [as_uuid(item, "source") for item in source]),
            target=(target if isinstance(target, Unset) else [as_uuid(item, "target") for item in target]),
            type=(type if isinstance(type, Unset) else [as_uuid(item, "type") for item in type]),
            user_ids=(user_ids if isinstance(user_ids, Unset) else [as_uuid(item, "userIds") for item in user_ids]),
            search_term=search_term,
            status=(status if isinstance(status, Unset) else as_enum(AuditEventStatusFilter, status, "status")),
            max_count=(
                max_count if isinstance(max_count, Unset) else check_range(max_count, "maxCount", 1, 2147483647)
            ),
            before=before,
            before_id=(before_id if isinstance(before_id, Unset) else as_str_id(before_id, "beforeId")),
            qw=qw,
        )

    def download(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        source: Sequence[UUID | str] | Unset = UNSET,
        target: Sequence[UUID | str] | Unset = UNSET,
        type: Sequence[UUID | str] | Unset = UNSET,
        user_ids: Sequence[UUID | str] | Unset = UNSET,
        status: AuditEventStatusFilter | Literal[0, 1] | Unset = UNSET,
    ) -> str:
        """Download audit events as CSV.

        Returns the events that match every filter given as a CSV file: a header row, then one row per
        event. The columns are not documented: read them by their header names, not by position. Events are
        kept for 90 days. For long periods, download one UTC day per request (`from` at 00:00:00Z, `to` at
        23:59:59.999Z), as UiPath's own export tools do.

        Calls `downloadAuditEvents`; raises its errors.
        """

        return download_audit_events.sync(
            client=self._binding.client,
            from_=(from_ if isinstance(from_, Unset) else check_aware(from_, "from")),
            to=(to if isinstance(to, Unset) else check_aware(to, "to")),
            source=(source if isinstance(source, Unset) else [as_uuid(item, "source") for item in source]),
            target=(target if isinstance(target, Unset) else [as_uuid(item, "target") for item in target]),
            type=(type if isinstance(type, Unset) else [as_uuid(item, "type") for item in type]),
            user_ids=(user_ids if isinstance(user_ids, Unset) else [as_uuid(item, "userIds") for item in user_ids]),
            status=(status if isinstance(status, Unset) else as_enum(AuditEventStatusFilter, status, "status")),
        )


class AuditEventsResourceWithRawResponse:
    """`AuditEventsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AuditEventsResource) -> None:
        self._resource = resource
        self.list_sources = raw_response(resource.list_sources)
        self.list = raw_response(resource.list)
        self.download = raw_response(resource.download)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncAuditEventsResource:
    """Audit events: `list_sources`, `list`, `download`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'orgaudit')!r})"

    @property
    def with_raw_response(self) -> AsyncAuditEventsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncAuditEventsResourceWithRawResponse(self)

    async def list_sources(
        self,
    ) -> builtins.list[AuditEventSource]:
        """List the audit event sources, targets and types.

        Returns the catalogue of events this level records, as a hierarchy: each source (a service or area,
        such as `Identity` or `Orchestrator`) has targets (the kind of thing acted on, such as
        `Authentication` or `Folders`), and each target has event types (the activity, such as `User
        Login`). Pass their `id`s to the `source`, `target` and `type` filters of the event queries. The
        organization-level and tenant-level catalogues differ, and so do their ids.

        Calls `listAuditEventSources`; raises its errors.
        """

        return await list_audit_event_sources.asyncio(
            client=self._binding.client,
        )

    async def list(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        source: Sequence[UUID | str] | Unset = UNSET,
        target: Sequence[UUID | str] | Unset = UNSET,
        type: Sequence[UUID | str] | Unset = UNSET,
        user_ids: Sequence[UUID | str] | Unset = UNSET,
        search_term: str | Unset = UNSET,
        status: AuditEventStatusFilter | Literal[0, 1] | Unset = UNSET,
        max_count: int | Unset = UNSET,
        before: str | Unset = UNSET,
        before_id: str | UUID | Unset = UNSET,
        qw: str | Unset = UNSET,
    ) -> AuditEventPage:
        """Query audit events.

        Returns one page of the events that match every filter given, newest first, with links to the
        neighbouring pages: `previous` fetches the next older page (follow it to walk back through history),
        `next` the newer one; either is null where there is nothing more. `maxCount` asks for a page size;
        the service clamps it to 10–200 (a larger value gives 200 events, not an error). Events are kept for
        90 days: an interval that starts earlier only returns what is still kept.

        Calls `listAuditEvents`; raises its errors.
        """

        return await list_audit_events.asyncio(
            client=self._binding.client,
            from_=(from_ if isinstance(from_, Unset) else check_aware(from_, "from")),
            to=(to if isinstance(to, Unset) else check_aware(to, "to")),
            source=(source if isinstance(source, Unset) else [as_uuid(item, "source") for item in source]),
            target=(target if isinstance(target, Unset) else [as_uuid(item, "target") for item in target]),
            type=(type if isinstance(type, Unset) else [as_uuid(item, "type") for item in type]),
            user_ids=(user_ids if isinstance(user_ids, Unset) else [as_uuid(item, "userIds") for item in user_ids]),
            search_term=search_term,
            status=(status if isinstance(status, Unset) else as_enum(AuditEventStatusFilter, status, "status")),
            max_count=(
                max_count if isinstance(max_count, Unset) else check_range(max_count, "maxCount", 1, 2147483647)
            ),
            before=before,
            before_id=(before_id if isinstance(before_id, Unset) else as_str_id(before_id, "beforeId")),
            qw=qw,
        )

    async def download(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        source: Sequence[UUID | str] | Unset = UNSET,
        target: Sequence[UUID | str] | Unset = UNSET,
        type: Sequence[UUID | str] | Unset = UNSET,
        user_ids: Sequence[UUID | str] | Unset = UNSET,
        status: AuditEventStatusFilter | Literal[0, 1] | Unset = UNSET,
    ) -> str:
        """Download audit events as CSV.

        Returns the events that match every filter given as a CSV file: a header row, then one row per
        event. The columns are not documented: read them by their header names, not by position. Events are
        kept for 90 days. For long periods, download one UTC day per request (`from` at 00:00:00Z, `to` at
        23:59:59.999Z), as UiPath's own export tools do.

        Calls `downloadAuditEvents`; raises its errors.
        """

        return await download_audit_events.asyncio(
            client=self._binding.client,
            from_=(from_ if isinstance(from_, Unset) else check_aware(from_, "from")),
            to=(to if isinstance(to, Unset) else check_aware(to, "to")),
            source=(source if isinstance(source, Unset) else [as_uuid(item, "source") for item in source]),
            target=(target if isinstance(target, Unset) else [as_uuid(item, "target") for item in target]),
            type=(type if isinstance(type, Unset) else [as_uuid(item, "type") for item in type]),
            user_ids=(user_ids if isinstance(user_ids, Unset) else [as_uuid(item, "userIds") for item in user_ids]),
            status=(status if isinstance(status, Unset) else as_enum(AuditEventStatusFilter, status, "status")),
        )


class AsyncAuditEventsResourceWithRawResponse:
    """`AsyncAuditEventsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncAuditEventsResource) -> None:
        self._resource = resource
        self.list_sources = async_raw_response(resource.list_sources)
        self.list = async_raw_response(resource.list)
        self.download = async_raw_response(resource.download)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
