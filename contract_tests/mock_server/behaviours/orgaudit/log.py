"""The audit log's events: what one says (an Entry), its catalogue ids, its clock, and how it is
appended to the store's log of an organization (or of one of its tenants).

An event's type is `<item> Created|Updated|Deleted` under the source and target the writing
service's table declares (`auditSource`, a resource's `audit:`); its catalogue ids are GUIDs made
from the names (uuid5), in a namespace per level, so they are stable across restarts and differ
between the organization and tenant levels. `createdOn` is strictly increasing in each log
(microseconds), so a cursor of (createdOn, id) orders events totally."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from contract_tests.mock_server.config import Tenant
from contract_tests.mock_server.store import Event, Org, Store
from contract_tests.mock_server.times import parse_time_or_none

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
DAY = 86_400_000_000  # microseconds
KEPT = 90 * DAY  # how far back a query reaches (D97)
# Namespaces of the catalogue's ids, one per level: the two catalogues' ids differ.
_ORG_LEVEL = uuid.UUID("0b6c1a3e-2f4d-4c5b-9a8e-7d6c5b4a3f21")
_TENANT_LEVEL = uuid.UUID("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6c")

VERBS = {"create": "Created", "replace": "Updated", "delete": "Deleted", "singleton": "Updated"}
ACTIONS = {"Created": "Create", "Updated": "Update", "Deleted": "Delete"}  # the classic view's `action`

# The tenant level's catalogue. No service the mock serves writes tenant-level things (those are
# Orchestrator's, Action Center's, ...), so its log holds only what a benchmark seeds
# (synthetic.py), from this catalogue.
TENANT_CATALOGUE: dict[str, dict[str, list[str]]] = {
    "Orchestrator": {
        "Folders": ["Folder Created", "Folder Updated", "Folder Deleted"],
        "Queues": ["Queue Created", "Queue Updated", "Queue Deleted"],
        "Assets": ["Asset Created", "Asset Updated", "Asset Deleted"],
    },
}


def now_us() -> int:
    return (datetime.now(UTC) - _EPOCH) // timedelta(microseconds=1)


def format_us(moment: int) -> str:
    """`2026-04-29T17:46:07.123456Z`: microseconds, so that no two events of a log share one."""
    return (_EPOCH + timedelta(microseconds=moment)).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_us(text: str) -> int | None:
    """An RFC 3339 date-time (already format-checked) in microseconds, or None beyond years 1-9999."""
    moment = parse_time_or_none(text)
    return None if moment is None else (moment - _EPOCH) // timedelta(microseconds=1)


def camel(item: str) -> str:
    """`Robot Account` -> `RobotAccount` (a details key, the classic view's `category`)."""
    return "".join(word[:1].upper() + word[1:] for word in item.split())


def catalogue_id(tenant_level: bool, *names: str) -> str:
    return str(uuid.uuid5(_TENANT_LEVEL if tenant_level else _ORG_LEVEL, "/".join(names)))


def org_catalogue(audit: dict[str, dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """The organization level's catalogue: every source, target and event type the audited
    resources of the services' tables (the store layout's `audit`) can write, in table order."""
    found: dict[str, dict[str, list[str]]] = {}
    for mapping in audit.values():
        types = found.setdefault(str(mapping["source"]), {}).setdefault(str(mapping["target"]), [])
        types += [f"{mapping['item']} {verb}" for verb in dict.fromkeys(VERBS.values())]
    return found


def catalogue(store: Store, tenant_level: bool) -> dict[str, dict[str, list[str]]]:
    return TENANT_CATALOGUE if tenant_level else org_catalogue(store.layout.audit)


@dataclass
class Entry:
    """One event before it is stamped: what was done (source, target, item, verb), to what
    (details, summary) and by whom."""

    source: str
    target: str
    item: str
    verb: str  # Created, Updated, Deleted
    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    actor_id: str | None = None
    actor_name: str | None = None
    actor_email: str | None = None
    client_ip: str | None = None

    @property
    def type(self) -> str:
        return f"{self.item} {self.verb}"


def append(store: Store, org: Org, tenant: Tenant | None, entries: Sequence[Entry], at: Iterable[int] = ()) -> None:
    """Stamps the entries (after the log's newest event, or at the given, increasing times) and
    appends them to the log, in the current transaction."""
    tenant_id = tenant.id if tenant is not None else ""
    times = list(at)
    if not times:
        start = max(now_us(), store.last_event_time(org.id, tenant_id) + 1)
        times = [start + i for i in range(len(entries))]
    store.append_events([_event(org, tenant, e, t) for e, t in zip(entries, times, strict=True)])


def _event(org: Org, tenant: Tenant | None, entry: Entry, created: int) -> Event:
    details = json.dumps(entry.details, separators=(",", ":"), ensure_ascii=False)
    client = {"ipAddress": entry.client_ip, "ipCountry": None} if entry.client_ip else None
    doc = {
        "id": str(uuid.uuid4()),
        "createdOn": format_us(created),
        "organizationId": org.id,
        "organizationName": org.name,
        "tenantId": tenant.id if tenant else None,
        "tenantName": tenant.name if tenant else None,
        "actorId": entry.actor_id,
        "actorName": entry.actor_name,
        "actorEmail": entry.actor_email,
        "eventType": entry.type,
        "eventSource": entry.source,
        "eventTarget": entry.target,
        "eventDetails": details,
        "eventSummary": entry.summary,
        "status": 0,
        "clientInfo": client,
        # The classic view's fields (the answers' projection leaves them out of AuditEvent).
        "category": camel(entry.item),
        "action": ACTIONS[entry.verb],
    }
    tenant_level = tenant is not None
    return Event(
        org_id=org.id,
        tenant_id=tenant.id if tenant else "",
        created=created,
        id=doc["id"],
        source_id=catalogue_id(tenant_level, entry.source),
        target_id=catalogue_id(tenant_level, entry.source, entry.target),
        type_id=catalogue_id(tenant_level, entry.source, entry.target, entry.type),
        actor_id=entry.actor_id.lower() if entry.actor_id else None,
        status=0,
        search=" ".join(filter(None, (details, entry.client_ip))).lower(),
        doc=json.dumps(doc, separators=(",", ":"), ensure_ascii=False),
    )
