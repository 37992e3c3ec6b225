"""Synthetic events for a benchmark (`--seed-audit-events N`, `--seed-tenant-audit-events N`):
seeded once into the primary organization's empty logs (the organization's, and its first
tenant's) at start, through the same append as the trail's events, spread evenly over the last
`--seed-audit-days` days and cycling through the level's catalogue. Their actor is the
organization's administrator client; their details name a made-up record."""

from __future__ import annotations

from collections.abc import Iterator

from contract_tests.mock_server.config import Tenant
from contract_tests.mock_server.registry import Seeding
from contract_tests.mock_server.store import Store

from . import REGISTRY
from .log import DAY, Entry, append, camel, catalogue, now_us

_BATCH = 10_000  # events appended per statement batch (a 100,000-event seed stays small in memory)
_ADMIN_NAME = "Mock administrator"


def _kinds(store: Store, tenant_level: bool) -> list[tuple[str, str, str]]:
    return [
        (source, target, kind)
        for source, targets in catalogue(store, tenant_level).items()
        for target, kinds in targets.items()
        for kind in kinds
    ]


def _entries(seeding: Seeding, count: int, tenant_level: bool) -> Iterator[Entry]:
    kinds = _kinds(seeding.store, tenant_level)
    admin = seeding.credentials.admin_client_id
    for i in range(count):
        source, target, kind = kinds[i % len(kinds)]
        item, _, verb = kind.rpartition(" ")
        name = f"synthetic-{i:06d}"
        details = {f"{camel(item)}Id": f"00000000-0000-4000-8000-{i:012d}", f"{camel(item)}Name": name}
        summary = f"{item} {name} was {verb.lower()}"
        yield Entry(source, target, item, verb, summary, details, admin, _ADMIN_NAME, None, "198.51.100.7")


def seed_log(seeding: Seeding, count: int, days: int, tenant: Tenant | None) -> None:
    store, org = seeding.store, seeding.org
    if count <= 0 or store.event_count(org.id, tenant.id if tenant else "") > 0:
        return  # a log that holds events already (a --db file) keeps them as they are
    end = now_us() - 60_000_000  # a minute ago: the events the run writes come after
    step = max(days * DAY // count, 1)
    start = end - step * count
    entries = _entries(seeding, count, tenant is not None)
    for first in range(0, count, _BATCH):
        batch = [next(entries) for _ in range(min(_BATCH, count - first))]
        append(store, org, tenant, batch, at=(start + (first + i) * step for i in range(len(batch))))


@REGISTRY.seeder
def seed_synthetic_events(seeding: Seeding) -> None:
    config = seeding.config
    if config is None or not seeding.first:
        return
    days = max(1, min(config.seed_audit_days, 90))
    seed_log(seeding, config.seed_audit_events, days, None)
    if seeding.tenants:
        seed_log(seeding, config.seed_tenant_audit_events, days, seeding.tenants[0])
