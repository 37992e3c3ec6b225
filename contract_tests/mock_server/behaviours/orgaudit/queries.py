"""The unified audit service's reads, at the organization level or a tenant's (the route says
which): the catalogue, one page of events with links to the older and newer pages, and a CSV
download of every event in an interval.

A page is chosen by the log's primary key (organization, tenant, createdOn, id) from its cursor:
its cost is the page's, whatever the log's size (filters add the events they skip). `maxCount` is
clamped as the parameter's `x-service-clamps` says (D96); a query reaches back 90 days at most
(D97); `to` is inclusive. The `previous` link (older events) carries `before` and `beforeId`, the
last event's time and id, and `qw`; the `next` link (newer events) carries its cursor in `qw`
alone, the one cursor parameter the spec declares for it (D95). Both repeat the request's filters
and are host-relative paths under the request's own base (`/{org}/orgaudit_`)."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from contract_tests.mock_server.crud import Context, Engine
from contract_tests.mock_server.problems import Reply, validation_problem
from contract_tests.mock_server.store import Event, EventFilter, Store
from contract_tests.spec_model import SpecModel

from . import REGISTRY
from .log import KEPT, catalogue, catalogue_id, format_us, now_us, parse_us

_FILTERS = ("from", "to", "source", "target", "type", "userIds", "searchTerm", "status", "maxCount")
_CURSOR = ("before", "beforeId", "qw")
_DOWNLOAD_BATCH = 1000  # events per piece of a streamed download


@REGISTRY.action("listAuditEventSources")
def list_sources(engine: Engine, ctx: Context) -> Reply:
    tenant_level = ctx.tenant is not None
    answer = [
        {
            "id": catalogue_id(tenant_level, source),
            "name": source,
            "eventTargets": [
                {
                    "id": catalogue_id(tenant_level, source, target),
                    "name": target,
                    "eventTypes": [
                        {"id": catalogue_id(tenant_level, source, target, kind), "name": kind} for kind in kinds
                    ],
                }
                for target, kinds in targets.items()
            ],
        }
        for source, targets in catalogue(ctx.store, tenant_level).items()
    ]
    return Reply(ctx.op.success_status, answer)


def _window(ctx: Context) -> EventFilter | Reply:
    """The request's filters: its interval (at most 90 days back, `to` inclusive) and the rest."""
    now = now_us()
    bounds: dict[str, int | None] = {}
    for name in ("from", "to"):
        given = ctx.params.get(name)
        bounds[name] = None if given is None else parse_us(str(given))
        if given is not None and bounds[name] is None:
            return validation_problem({name: [f"The value '{str(given)[:40]}' is not a date and time .NET can hold."]})
    start = max(bounds["from"] or 0, now - KEPT)
    end = bounds["to"] if bounds["to"] is not None else now
    if bounds["from"] is not None and bounds["to"] is not None and bounds["to"] < bounds["from"]:
        return validation_problem({"to": ["The end of the interval is before its start (`from`)."]})
    term = ctx.params.get("searchTerm")
    status = ctx.params.get("status")
    return EventFilter(
        start=start,
        end=end,
        sources=_lower(ctx.params.get("source")),
        targets=_lower(ctx.params.get("target")),
        types=_lower(ctx.params.get("type")),
        actors=_lower(ctx.params.get("userIds")),
        status=None if status is None else int(status),
        search=term.lower() if isinstance(term, str) else None,
    )


def _lower(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v).lower() for v in values or ()))


def _clamped(ctx: Context, name: str, value: Any) -> int:
    """The page size the service uses for `value` (its `x-service-clamps`); the maximum if absent."""
    declared = [ctx.model.resolve(p) for p in ctx.op.raw.get("parameters", [])]
    param = next(p for p in declared if p.get("name") == name)
    clamps = param["x-service-clamps"]
    low, high = int(clamps["minimum"]), int(clamps["maximum"])
    return high if value is None else min(max(int(value), low), high)


def _token(direction: str, event: Event | None = None) -> str:
    state: dict[str, Any] = {"d": direction}
    if event is not None:
        state |= {"c": event.created, "i": event.id}
    return base64.urlsafe_b64encode(json.dumps(state, separators=(",", ":")).encode()).decode().rstrip("=")


def _read_token(text: str) -> dict[str, Any] | None:
    try:
        state = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except ValueError:
        return None
    if not isinstance(state, dict) or state.get("d") not in ("older", "newer"):
        return None
    if state["d"] == "newer" and not (isinstance(state.get("c"), int) and isinstance(state.get("i"), str)):
        return None
    return state


def _cursor(ctx: Context) -> tuple[tuple[int, str] | None, tuple[int, str] | None] | Reply:
    """(before, after): where the page starts, from `before`/`beforeId` or from `qw`."""
    qw = ctx.params.get("qw")
    state = _read_token(str(qw)) if qw is not None else {"d": "older"}
    if state is None:
        return validation_problem({"qw": ["The value is not a cursor of this service: copy the link as it is."]})
    if state["d"] == "newer":
        return None, (int(state["c"]), str(state["i"]))
    before = ctx.params.get("before")
    if before is None:
        return None, None
    moment = parse_us(str(before))
    if moment is None:
        return validation_problem({"before": ["The value is not a cursor of this service: copy the link as it is."]})
    return (moment, str(ctx.params.get("beforeId") or "")), None


def _link(ctx: Context, **cursor: str) -> str:
    pairs = [(k, v) for k in _FILTERS for v in _values(ctx.params.get(k))]
    return f"{ctx.base_url}{ctx.op.path}?" + urlencode([*pairs, *cursor.items()])


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@REGISTRY.action("listAuditEvents", heavy=True)
def list_events(engine: Engine, ctx: Context) -> Reply:
    where = _window(ctx)
    if isinstance(where, Reply):
        return where
    cursor = _cursor(ctx)
    if isinstance(cursor, Reply):
        return cursor
    before, after = cursor
    size = _clamped(ctx, "maxCount", ctx.params.get("maxCount"))
    org, tenant = ctx.org.id, ctx.tenant.id if ctx.tenant else ""
    store = ctx.store
    if after is None:
        found = store.events(org, tenant, where, size + 1, before=before)
        page, older = found[:size], len(found) > size
        newer = before is not None and bool(page) and bool(store.events(org, tenant, where, 1, after=_key(page[0])))
    else:
        found = store.events(org, tenant, where, size + 1, after=after)
        page, newer = found[-size:], len(found) > size
        older = bool(page) and bool(store.events(org, tenant, where, 1, before=_key(page[-1])))
    items = _items(engine, ctx.model)
    answer = {
        "auditEvents": [engine.project(json.loads(e.doc), items) for e in page],
        "next": _link(ctx, qw=_token("newer", page[0])) if newer else None,
        "previous": (
            _link(ctx, before=format_us(page[-1].created), beforeId=page[-1].id, qw=_token("older")) if older else None
        ),
    }
    return Reply(ctx.op.success_status, answer)


def _key(event: Event) -> tuple[int, str]:
    return event.created, event.id


def _items(engine: Engine, model: SpecModel) -> Any:
    return model.resolve({"$ref": "#/components/schemas/AuditEvent"})


def columns(model: SpecModel, schema: Any) -> list[tuple[str, str | None]]:
    """The CSV columns of a schema's records, in its order: (field, sub-field). An object field
    (an event's clientInfo) is split into its own fields (D100)."""
    found: list[tuple[str, str | None]] = []
    for name, sub in (model.resolve(schema).get("properties") or {}).items():
        options = [model.resolve(o) for o in model.resolve(sub).get("anyOf", [sub])]
        nested = next((o["properties"] for o in options if isinstance(o.get("properties"), dict)), None)
        found += [(name, inner) for inner in nested] if nested else [(name, None)]
    return found


def csv_rows(rows: Iterator[list[dict[str, Any]]], header: list[tuple[str, str | None]]) -> Iterator[bytes]:
    """RFC 4180 text (CRLF line ends, fields quoted where needed), the header first, then a piece per
    batch of records. Values are written as stored: a name beginning with `=` stays so."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([inner or name for name, inner in header])
    yield buffer.getvalue().encode()
    for batch in rows:
        buffer.seek(0)
        buffer.truncate()
        for record in batch:
            writer.writerow([_cell(record, name, inner) for name, inner in header])
        yield buffer.getvalue().encode()


def _cell(record: dict[str, Any], name: str, inner: str | None) -> str:
    value = record.get(name)
    if inner is not None:
        value = value.get(inner) if isinstance(value, dict) else None
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def csv_reply(ctx: Context, pieces: Iterator[bytes], filename: str) -> Reply:
    return Reply(
        ctx.op.success_status,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        media_type="text/csv",
        chunks=pieces,
    )


def _batches(store: Store, org: str, tenant: str, where: EventFilter) -> Iterator[list[dict[str, Any]]]:
    """The events `where` keeps, newest first, a batch at a time (each a query from the last one's
    cursor, run when the response wants its next piece)."""
    before: tuple[int, str] | None = None
    while True:
        found = store.events(org, tenant, where, _DOWNLOAD_BATCH, before=before)
        if not found:
            return
        yield [json.loads(e.doc) for e in found]
        before = _key(found[-1])


@REGISTRY.action("downloadAuditEvents", heavy=True)
def download_events(engine: Engine, ctx: Context) -> Reply:
    where = _window(ctx)
    if isinstance(where, Reply):
        return where
    where = replace(where, end=min(where.end, now_us()))  # what exists now: a download is one snapshot
    header = columns(ctx.model, {"$ref": "#/components/schemas/AuditEvent"})
    tenant = ctx.tenant.id if ctx.tenant else ""
    pieces = csv_rows(_batches(ctx.store, ctx.org.id, tenant, where), header)
    return csv_reply(ctx, pieces, "audit-events.csv")
