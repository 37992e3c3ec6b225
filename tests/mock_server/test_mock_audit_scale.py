"""The audit log at an organization's size (issue 17): a query's work, measured as the SQLite steps
of all its queries (Store.meter, independent of the machine's load), is the same in a log of 1,000
events as in one of 20,000: pages by time window and cursor walk the log's primary key from where
they start. The events are seeded as `--seed-audit-events` seeds them (the same append as the
trail's), spread over 30 days. A 100,000-event export is the client's benchmark. Cost: ~3 s."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mock_harness import ORG_IDS, CheckedClient, in_process

from contract_tests.mock_server.store import EventFilter, Store

pytestmark = pytest.mark.slow
C = ORG_IDS["contoso"]
EVENTS = "/contoso/orgaudit_/api/query/events"
SMALL, LARGE = 1_000, 20_000


class Log:
    def __init__(self, events: int) -> None:
        self.client: CheckedClient
        self.client, app = in_process(seed_audit_events=events)
        self.store: Store = app.state.mock.store
        self.token = self.client.get_token()
        newest = self.get(EVENTS, maxCount=200)["auditEvents"]
        # An instant halfway back, and a link from there, as a client walking back would hold them.
        half = self.store.events(C, "", _everything(), events // 2)[-1]
        self.halfway = half.doc.split('"createdOn":"', 1)[1].split('"', 1)[0]
        self.link = self.get(EVENTS, to=self.halfway, maxCount=200)["previous"]
        sources = self.get("/contoso/orgaudit_/api/query/sources")
        groups = next(t for s in sources for t in s["eventTargets"] if t["name"] == "Groups")
        self.group_created = next(t["id"] for t in groups["eventTypes"] if t["name"] == "Group Created")
        assert len(newest) == 200

    def get(self, path: str, **params: Any) -> Any:
        answer = self.client.request("GET", path, self.token, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def cost(self, request: Callable[[Log], object]) -> int:
        request(self)  # once to warm the caches, then measured
        with self.store.meter() as steps:
            request(self)
        return steps[0]


def _everything() -> EventFilter:
    return EventFilter(start=0, end=2**62)


REQUESTS: dict[str, Callable[[Log], object]] = {
    "the newest page": lambda log: log.get(EVENTS, maxCount=200),
    "a page ending halfway back": lambda log: log.get(EVENTS, to=log.halfway, maxCount=200),
    "the page a previous link gives": lambda log: log.client.request("GET", log.link, log.token),
    "the newest events of one type": lambda log: log.get(EVENTS, type=log.group_created, maxCount=10),
    "the catalogue": lambda log: log.get("/contoso/orgaudit_/api/query/sources"),
    "the classic log's newest page and total": lambda log: log.get("/contoso/audit_/api/auditlogs", top=50),
    "AuditQuery's page": lambda log: log.get(f"/contoso/identity_/api/AuditQuery/{C}", top=50, skip=0),
}


@pytest.fixture(scope="module")
def logs() -> tuple[Log, Log]:
    return Log(SMALL), Log(LARGE)


@pytest.mark.parametrize("name", list(REQUESTS))
def test_a_querys_work_does_not_grow_with_the_log(logs: tuple[Log, Log], name: str) -> None:
    small, large = (log.cost(REQUESTS[name]) for log in logs)
    # Twenty times the log; B-tree depth may add a little, a scan would add twenty times.
    assert large <= small * 1.25 + 200, f"{name}: {small} steps at {SMALL} events, {large} at {LARGE}"


def test_the_meter_sees_a_scan(logs: tuple[Log, Log]) -> None:
    """The measure can fail: a search term is looked for in every event of the window."""
    small, large = (log.cost(lambda o: o.get(EVENTS, searchTerm="no such text")) for log in logs)
    assert large > small * 10
