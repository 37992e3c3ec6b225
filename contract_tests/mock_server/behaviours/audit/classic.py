"""The classic view of the organization's audit log (the organization level of the unified log,
behaviours/orgaudit): each event as an `AuditLogRecord` (`source` its source, `category` its item,
`action` Create/Update/Delete, `userName`/`email` its actor, `message` its summary,
`auditLogDetails` its details), paged by `top` (10 when absent, D103) and `skip`, newest first or
sorted by a field of the record; a download of the newest `size` records (all when absent) as
CSV, streamed. Served by the classic audit service and by Identity's AuditQuery (D120)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from contract_tests.mock_server.behaviours.orgaudit.queries import columns, csv_reply, csv_rows
from contract_tests.mock_server.crud import Context, Engine
from contract_tests.mock_server.problems import Reply
from contract_tests.mock_server.store import Event, EventFilter, Store

from . import REGISTRY

DEFAULT_TOP = 10
DETAILS_VERSION = "1.0"
# A record's field -> the event field it shows (a sort by it sorts by that); createdOn is the log's order.
SHOWN = {
    "source": "eventSource",
    "category": "category",
    "action": "action",
    "userName": "actorName",
    "email": "actorEmail",
    "message": "eventSummary",
    "auditLogDetails": "eventDetails",
}
_BATCH = 1000
_WHOLE = EventFilter(start=0, end=2**62)  # the classic log has no time window


def record(event: Event) -> dict[str, Any]:
    doc = json.loads(event.doc)
    shown = {field: doc.get(source) for field, source in SHOWN.items()}
    return {"createdOn": doc["createdOn"], **shown, "detailsVersion": DETAILS_VERSION}


def _schema(ctx: Context) -> Any:
    return ctx.model.resolve({"$ref": "#/components/schemas/AuditLogRecord"})


def list_records(engine: Engine, ctx: Context) -> Reply:
    top = ctx.params.get("top")
    size = DEFAULT_TOP if top is None else int(top)
    sort = ctx.params.get("sortBy")
    order = ctx.params.get("sortOrder")
    field = SHOWN.get(str(sort)) if sort is not None else None
    descending = order == "desc" if order is not None else field is None  # the log: newest first
    events = ctx.store.events_sorted(ctx.org.id, "", field, descending, int(ctx.params.get("skip") or 0), size)
    schema = _schema(ctx)
    answer = {
        "totalCount": ctx.store.event_count(ctx.org.id, ""),
        "results": [engine.project(record(e), schema) for e in events],
    }
    return Reply(ctx.op.success_status, answer)


def _newest(store: Store, org_id: str, size: int | None) -> Iterator[list[dict[str, Any]]]:
    """The newest `size` records (all when None), a batch at a time."""
    done, before = 0, None
    while size is None or done < size:
        wanted = _BATCH if size is None else min(_BATCH, size - done)
        found = store.events(org_id, "", _WHOLE, wanted, before=before)
        if not found:
            return
        yield [record(e) for e in found]
        done, before = done + len(found), (found[-1].created, found[-1].id)


def download_records(engine: Engine, ctx: Context) -> Reply:
    size = ctx.params.get("size")
    pieces = csv_rows(
        _newest(ctx.store, ctx.org.id, None if size is None else int(size)), columns(ctx.model, _schema(ctx))
    )
    return csv_reply(ctx, pieces, "audit-logs.csv")


REGISTRY.action("listClassicAuditLogs", heavy=True)(list_records)
REGISTRY.action("downloadClassicAuditLogs", heavy=True)(download_records)
