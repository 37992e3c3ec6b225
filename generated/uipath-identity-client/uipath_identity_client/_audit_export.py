"""Export the unified audit log for any period to CSV or JSON Lines: `IdentityClient.export_audit_events`.

The service answers one page of at most 200 events per request and keeps 90 days (UiPath's own
export tools ask for one UTC day at a time), so the export walks the period one UTC day per query,
newest day first, and inside a day follows the `previous` cursor (older pages) until it ends. The
file is newest event first, like every answer of the service, and is written as it is read:
memory stays flat however long the period.

- **Atomic**: rows go to `<path>.partial`; only a complete export is renamed to `<path>`.
- **Resumable**: after every page (at most once a second, and at the end of every day) the data is
  flushed to disk and a checkpoint (`<path>.checkpoint.json`: the day, the cursor, the file's
  length) is replaced atomically. Run the same export again after an interruption (Ctrl-C, a crash,
  `kill -9`, a network failure) and it cuts the partial file back to the checkpoint and goes on
  from there: no event twice, none missing.
- **Exact days**: a day's query asks up to the next midnight (`to` is inclusive) and keeps the
  events before it, so an event at midnight is in its own day only.
- **CSV safe for spreadsheets**: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
  return (or their full-width forms) gets a leading `'`, so a spreadsheet shows it instead of
  evaluating it (OWASP's CSV injection advice). JSON Lines is data, written as is.
- **Progress**: `on_progress(ExportProgress)` after every page.

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import os
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypedDict
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

from attrs import frozen

from .errors import ConfigurationError
from .models import AuditEvent, AuditEventPage, AuditEventStatusFilter, ClientInfo
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .api.audit_events.resource import AsyncAuditEventsResource, AuditEventsResource

ExportFormat = Literal["csv", "jsonl"]
UTC = datetime.UTC
DAY = datetime.timedelta(days=1)
#: The CSV columns: the event's fields in the spec's order, `clientInfo` split as the service's own
#: download splits it (a `clientInfo` sent as a plain string goes to `clientInfo`).
COLUMNS = (
    "id", "createdOn", "organizationId", "organizationName", "tenantId", "tenantName", "actorId",
    "actorName", "actorEmail", "eventType", "eventSource", "eventTarget", "eventSummary", "status",
    "eventDetails", "ipAddress", "ipCountry", "clientInfo",
)  # fmt: skip
#: Characters a spreadsheet reads as the start of a formula or a control (and their full-width forms).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
CHECKPOINT_SECONDS = 1.0
_CURSOR = ("before", "beforeId", "qw")  # what the `previous` link carries beyond the query (D95)


def neutralized(value: str) -> str:
    """`value` made safe for a spreadsheet cell: a leading `'` if it would start a formula."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


@frozen
class ExportProgress:
    """Where an export is: the day being read (UTC), days finished of all, events written so far."""

    day: datetime.date
    days_done: int
    days_total: int
    events: int
    pages: int


@frozen
class AuditExport:
    """A finished export: the file, its format, the events and days it holds, the period
    (`since` inclusive, `until` exclusive, UTC) and whether it went on from an interrupted run."""

    path: Path
    format: ExportFormat
    events: int
    days: int
    since: datetime.datetime
    until: datetime.datetime
    resumed: bool


OnProgress = Callable[[ExportProgress], None]
AsyncOnProgress = Callable[[ExportProgress], None | Awaitable[None]]


def _utc(value: datetime.date | datetime.datetime, what: str) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time(), UTC)
    raise ConfigurationError(f"{what} must be a date or a datetime, got {value!r}")


def _format(path: Path, given: str | None) -> ExportFormat:
    chosen = given or {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(path.suffix.lower())
    if chosen not in ("csv", "jsonl"):
        raise ConfigurationError(f"format must be 'csv' or 'jsonl' (or a path ending in .csv or .jsonl), got {given!r}")
    return chosen  # type: ignore[return-value]


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, Unset) else str(value)


def csv_row(event: AuditEvent) -> list[str | int]:
    """The event's CSV cells, text neutralized for spreadsheets."""
    info = event.client_info
    address = country = raw = ""
    if isinstance(info, ClientInfo):
        address, country = _text(info.ip_address), _text(info.ip_country)
    elif isinstance(info, str):
        raw = info
    cells: list[str | int] = [
        event.id, event.created_on.isoformat().replace("+00:00", "Z"), event.organization_id,
        _text(event.organization_name), _text(event.tenant_id), _text(event.tenant_name), _text(event.actor_id),
        _text(event.actor_name), _text(event.actor_email), event.event_type, event.event_source,
        event.event_target, _text(event.event_summary), event.status, _text(event.event_details),
        address, country, raw,
    ]  # fmt: skip
    return [neutralized(cell) if isinstance(cell, str) else cell for cell in cells]


@frozen
class _Query:
    """The export's parameters: what a checkpoint must match to be resumed."""

    since: datetime.datetime
    until: datetime.datetime
    format: ExportFormat
    filters: Mapping[str, Any]  # the list method's keyword arguments (JSON-able)
    where: str  # the service base URL (organization or tenant level)

    def fingerprint(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "format": self.format,
            "filters": dict(self.filters),
            "where": self.where,
        }

    def days(self) -> list[datetime.date]:
        """The UTC days of the period, newest first."""
        first, last = self.since.date(), (self.until - datetime.timedelta(microseconds=1)).date()
        return (
            [last - datetime.timedelta(days=n) for n in range((last - first).days + 1)]
            if self.until > self.since
            else []
        )

    def window(self, day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
        """The part of `day` in the period: [start, end)."""
        start = datetime.datetime.combine(day, datetime.time(), UTC)
        return max(start, self.since), min(start + DAY, self.until)


class _Export:
    """The state of one export (shared by the sync and async drivers): the partial file, the
    checkpoint, and what the next request is."""

    def __init__(self, path: Path, query: _Query, on_progress: Callable[[ExportProgress], Any] | None) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.checkpoint_path = path.with_name(path.name + ".checkpoint.json")
        self.query = query
        self.on_progress = on_progress
        self.days = query.days()
        self.day_index = 0
        self.cursor: dict[str, str] | None = None
        self.last_ids: list[str] = []
        self.events = 0
        self.pages = 0
        self.resumed = False
        self.file: IO[bytes] | None = None
        self.checkpointed_at = time.monotonic()

    # -- starting and resuming -----------------------------------------------------------------

    def open(self) -> None:
        state = self._saved_state()
        if state is not None and state.get("query") != self.query.fingerprint():
            raise ConfigurationError(
                f"{self.partial} holds an interrupted export of other parameters (or another period): "
                "run that export again to finish it, or pass resume=False to start over"
            )
        if state is not None:
            self.file = self.partial.open("r+b")
            self.file.truncate(int(state["offset"]))
            self.file.seek(0, os.SEEK_END)
            self.day_index, self.cursor = int(state["day_index"]), state["cursor"]
            self.last_ids, self.events, self.pages = list(state["last_ids"]), int(state["events"]), int(state["pages"])
            self.resumed = True
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.partial.open("w+b")
        if self.query.format == "csv":
            self._write_rows([list(COLUMNS)])
        self.checkpoint(force=True)

    def _saved_state(self) -> dict[str, Any] | None:
        if not self.checkpoint_path.exists():
            return None
        try:
            state = json.loads(self.checkpoint_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (
            not isinstance(state, dict)
            or not self.partial.exists()
            or self.partial.stat().st_size < int(state.get("offset", 0))
        ):
            return None  # a checkpoint without its data: start over
        return state

    def discard(self) -> None:
        """Forget an interrupted export of these paths (resume=False)."""
        for stale in (self.checkpoint_path, self.partial):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    # -- requests ----------------------------------------------------------------------------------

    @property
    def done(self) -> bool:
        return self.day_index >= len(self.days)

    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next `list` call."""
        start, end = self.query.window(self.days[self.day_index])
        arguments: dict[str, Any] = {**self.query.filters, "from_": start, "to": end}
        if self.query.filters.get("status") is not None:
            arguments["status"] = AuditEventStatusFilter(int(self.query.filters["status"]))
        for name, python_name in (("before", "before"), ("beforeId", "before_id"), ("qw", "qw")):
            arguments[python_name] = (self.cursor or {}).get(name, UNSET)  # from the `previous` link
        return arguments

    def take(self, page: AuditEventPage) -> ExportProgress:
        """Write a page's events of the day being read, then move the cursor (or to the next day)."""
        day = self.days[self.day_index]
        _, end = self.query.window(self.days[self.day_index])
        seen = set(self.last_ids)
        kept = [e for e in page.audit_events if e.created_on < end and e.id not in seen]
        if self.query.format == "csv":
            self._write_rows([csv_row(e) for e in kept])
        else:
            assert self.file is not None
            self.file.write(b"".join(json.dumps(e.to_dict(), ensure_ascii=False).encode() + b"\n" for e in kept))
        self.events += len(kept)
        self.pages += 1
        self.last_ids = [e.id for e in page.audit_events]
        link = page.previous if isinstance(page.previous, str) else None
        cursor = _cursor(link) if link and page.audit_events else None
        day_done = cursor is None or cursor == self.cursor  # a link back to the same page ends the day too
        if day_done:
            self.day_index, self.cursor, self.last_ids = self.day_index + 1, None, []
        else:
            self.cursor = cursor
        self.checkpoint(force=day_done)
        return ExportProgress(day, self.day_index, len(self.days), self.events, self.pages)

    def _write_rows(self, rows: Sequence[Sequence[str | int]]) -> None:
        assert self.file is not None
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)
        self.file.write(buffer.getvalue().encode("utf-8"))

    # -- durability ----------------------------------------------------------------------------------

    def checkpoint(self, force: bool = False) -> None:
        """Make what is written durable, then say so: data first (fsync), then the checkpoint,
        replaced atomically. Throttled to once a second unless `force`."""
        if not force and time.monotonic() - self.checkpointed_at < CHECKPOINT_SECONDS:
            return
        assert self.file is not None
        self.file.flush()
        os.fsync(self.file.fileno())
        state = {
            "query": self.query.fingerprint(),
            "offset": self.file.tell(),
            "day_index": self.day_index,
            "cursor": self.cursor,
            "last_ids": self.last_ids,
            "events": self.events,
            "pages": self.pages,
        }
        _replace_atomically(self.checkpoint_path, json.dumps(state).encode())
        self.checkpointed_at = time.monotonic()

    def finish(self) -> AuditExport:
        assert self.file is not None
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.partial, self.path)
        _fsync_folder(self.path.parent)
        with contextlib.suppress(FileNotFoundError):
            self.checkpoint_path.unlink()
        return AuditExport(
            self.path, self.query.format, self.events, len(self.days), self.query.since, self.query.until, self.resumed
        )

    def close(self) -> None:
        """On an error: keep what is checkpointed (the next run goes on from it)."""
        if self.file is not None and not self.file.closed:
            with contextlib.suppress(OSError):
                self.file.close()


def _cursor(link: str) -> dict[str, str]:
    """The cursor parameters of a `previous` link (path and query on the same host)."""
    query = parse_qs(urlsplit(link).query)
    return {name: query[name][0] for name in _CURSOR if query.get(name)}


def _replace_atomically(path: Path, data: bytes) -> None:
    scratch = path.with_name(path.name + ".tmp")
    with scratch.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(scratch, path)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder (Windows)
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class AuditFilters(TypedDict, total=False):
    """The filters of an export: those of `client.audit.events.list`."""

    source: Sequence[UUID | str]
    target: Sequence[UUID | str]
    type: Sequence[UUID | str]
    user_ids: Sequence[UUID | str]
    status: AuditEventStatusFilter | int
    search_term: str


def _filters(given: AuditFilters) -> dict[str, Any]:
    """The filters as the list method takes them, in a form a checkpoint can hold (JSON)."""
    unknown = sorted(set(given) - set(AuditFilters.__annotations__))
    if unknown:
        known = ", ".join(AuditFilters.__annotations__)
        raise ConfigurationError(f"unknown filter(s) {', '.join(unknown)}; the filters are {known}")
    found: dict[str, Any] = {}
    lists = (("source", given.get("source")), ("target", given.get("target")), ("type", given.get("type")),
             ("user_ids", given.get("user_ids")))  # fmt: skip
    for name, values in lists:
        if values is not None:
            if isinstance(values, str):
                raise ConfigurationError(f"{name} must be a list of ids, not one string")
            found[name] = [str(v) for v in values]
    status = given.get("status")
    if status is not None:
        found["status"] = int(AuditEventStatusFilter(int(status)))
    if given.get("search_term") is not None:
        found["search_term"] = given["search_term"]
    return found


def prepare(
    path: str | os.PathLike[str],
    since: datetime.date | datetime.datetime,
    until: datetime.date | datetime.datetime | None,
    format: str | None,
    given: AuditFilters,
    where: str,
    resume: bool,
    on_progress: Callable[[ExportProgress], Any] | None,
) -> _Export:
    """The export's state for these arguments (a saved `until` of an interrupted run is reused
    when `until` is not given, so the period is the same)."""
    filters = _filters(given)
    target = Path(path)
    start = _utc(since, "since")
    end = None if until is None else _utc(until, "until")
    if end is not None and end <= start:
        raise ConfigurationError(f"until ({end.isoformat()}) must be after since ({start.isoformat()})")
    chosen = _format(target, format)
    export = _Export(target, _Query(start, end or datetime.datetime.now(UTC), chosen, filters, where), on_progress)
    if not resume:
        export.discard()
    elif end is None:
        state = export._saved_state()
        saved = (state or {}).get("query") or {}
        if saved.get("since") == start.isoformat() and saved.get("filters") == filters and saved.get("where") == where:
            saved_end = datetime.datetime.fromisoformat(str(saved["until"]))
            export = _Export(target, _Query(start, saved_end, chosen, filters, where), on_progress)
    return export


def run(resource: AuditEventsResource, export: _Export) -> AuditExport:
    """Read every day's pages with `resource` (organization or tenant level) into the file."""
    export.open()
    try:
        while not export.done:
            progress = export.take(resource.list(**export.request()))
            if export.on_progress is not None:
                export.on_progress(progress)
        return export.finish()
    finally:
        export.close()


async def arun(resource: AsyncAuditEventsResource, export: _Export) -> AuditExport:
    """`run` for asyncio (`on_progress` may be a coroutine function)."""
    export.open()
    try:
        while not export.done:
            progress = export.take(await resource.list(**export.request()))
            if export.on_progress is not None:
                result = export.on_progress(progress)
                if isinstance(result, Awaitable):
                    await result
        return export.finish()
    finally:
        export.close()


def read_csv(path: str | os.PathLike[str]) -> Iterator[dict[str, str]]:
    """The rows of an exported CSV file as dicts by column (for checks and further processing)."""
    with Path(path).open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)
