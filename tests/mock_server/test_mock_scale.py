"""Issue 19's scale findings at a size the suite can afford: each request's work, measured as the
SQLite virtual-machine steps of all its queries (Store.meter, independent of the machine's load),
is the same in an organization of 250 users as in one of 2,000 (on main d2ffc2c a name look-up
read the whole directory and a bulk create into a shared group rewrote the group's member list:
both grew with the organization). The figures at 20,000 users are the benchmark's
(scripts/bench_mock_scale.py, README "Mock server")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from mock_harness import ORG_IDS, in_process

from contract_tests.mock_server.store import Store

pytestmark = pytest.mark.slow
C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
SMALL, LARGE = 250, 2_000


class Org:
    """An organization of `users` users (in batches into one shared group), a tenth as many
    groups and robot accounts, built through the API."""

    def __init__(self, users: int) -> None:
        self.client, app = in_process()
        self.state: Any = app.state.mock
        self.store: Store = self.state.store
        self.token = self.client.get_token()
        self.size = users
        self.shared = self.call("POST", "/Group", {"partitionGlobalId": C, "name": "shared"}).json()["id"]
        for start in range(0, users, 250):
            batch = [
                {"userName": f"user-{i:05d}", "email": f"user-{i:05d}@example.com"} for i in range(start, start + 250)
            ]
            self.call("POST", "/User/BulkCreate", {"partitionGlobalId": C, "users": batch, "groupIDs": [self.shared]})
        self.groups = [
            self.call("POST", "/Group", {"partitionGlobalId": C, "name": f"group-{i}"}).json()["id"]
            for i in range(users // 10)
        ]
        self.robots = [
            self.call(
                "POST", "/RobotAccount", {"partitionGlobalId": C, "name": f"robot-{i}", "groupIDsToAdd": [g]}
            ).json()["id"]
            for i, g in enumerate(self.groups)
        ]
        page = self.call("GET", f"/User/users/{C}", params={"top": 5, "skip": users // 2}).json()["results"]
        self.users = [u["id"] for u in page]
        self.made = 0

    def call(self, method: str, path: str, body: Any = None, params: Any = None) -> Any:
        answer = self.client.request(method, f"{API}{path}", self.token, json=body, params=params)
        assert answer.status_code < 300, answer.text
        return answer

    def cost(self, request: Callable[[Org], object]) -> int:
        request(self)  # once to warm the caches, then measured
        with self.store.meter() as steps:
            request(self)
        return steps[0]


def _new_user(org: Org) -> None:
    org.made += 1
    user = {"partitionGlobalId": C, "userName": f"late-{org.made}", "groupIDs": [org.shared]}
    org.call("POST", "/User", user)


def _bulk_create(org: Org) -> None:
    org.made += 1
    users = [{"userName": f"bulk-{org.made}-{i}", "email": f"bulk-{org.made}-{i}@example.com"} for i in range(100)]
    org.call("POST", "/User/BulkCreate", {"partitionGlobalId": C, "users": users, "groupIDs": [org.shared]})


def _bulk_resolve(org: Org) -> None:
    names = [f"user-{i:05d}" for i in range(0, SMALL, 5)] + ["nobody"] * 10
    found = org.call("POST", f"/Directory/BulkResolveByName/{C}", {"entityNames": names, "entityType": "user"})
    assert len(found.json()) == 50


def _rename(org: Org) -> None:
    org.made += 1
    org.call("PUT", f"/Group/{org.groups[3]}", {"partitionGlobalId": C, "name": f"renamed-{org.made}"})


REQUESTS: dict[str, Callable[[Org], object]] = {
    "getUser": lambda org: org.call("GET", f"/User/{org.users[0]}"),
    "getGroup": lambda org: org.call("GET", f"/Group/{C}/{org.groups[1]}"),
    "getRobotAccount": lambda org: org.call("GET", f"/RobotAccount/{C}/{org.robots[2]}"),
    "createUser into the shared group": _new_user,
    "updateUser": lambda org: org.call("PUT", f"/User/{org.users[1]}", {"displayName": "Renamed"}),
    "updateGroup rename": _rename,
    "updateGroup add a member": lambda org: org.call(
        "PUT", f"/Group/{org.groups[4]}", {"partitionGlobalId": C, "directoryUserIDsToAdd": [org.users[2]]}
    ),
    "updateRobotAccount": lambda org: org.call(
        "PUT", f"/RobotAccount/{org.robots[5]}", {"partitionGlobalId": C, "groupIDsToAdd": [org.groups[6]]}
    ),
    "resolveByName": lambda org: org.call(
        "POST", f"/Directory/ResolveByName/{C}", {"entityName": "user-00042", "entityType": "user"}
    ),
    "searchDirectory": lambda org: org.call("GET", f"/Directory/Search/{C}", params={"startsWith": "user-0004"}),
    "bulk resolve 60 names": _bulk_resolve,
    "bulk create 100 users into the shared group": _bulk_create,
    "listUsers page": lambda org: org.call("GET", f"/User/users/{C}", params={"top": 10}),
    "listRobotAccounts page": lambda org: org.call("GET", f"/RobotAccount/{C}", params={"top": 10, "skip": 3}),
}


@pytest.fixture(scope="module")
def orgs() -> tuple[Org, Org]:
    return Org(SMALL), Org(LARGE)


@pytest.mark.parametrize("name", list(REQUESTS))
def test_a_requests_work_does_not_grow_with_the_organization(orgs: tuple[Org, Org], name: str) -> None:
    small, large = (org.cost(REQUESTS[name]) for org in orgs)
    # Eight times the organization; B-tree depth may add a little, a scan would add eight times.
    assert large <= small * 1.25 + 200, f"{name}: {small} steps at {SMALL} users, {large} at {LARGE}"


def test_the_meter_sees_a_scan(orgs: tuple[Org, Org]) -> None:
    """The measure can fail: a whole list's render reads the whole organization."""
    small, large = (org.cost(lambda o: o.store.records("user", C)) for org in orgs)
    assert large > small * 4


def test_work_that_grows_with_a_group_or_a_request_leaves_the_event_loop(orgs: tuple[Org, Org]) -> None:
    """What the pipeline runs in a worker thread (Engine.heavy): a group of more than 500 members
    (read, renamed or deleted), a bulk request, a sorted or searched page; not a small group."""
    from contract_tests.mock_server.crud import HEAVY_ITEMS, HEAVY_LINKS, Context

    large = orgs[1]
    state = large.state
    org = state.orgs_by_id[C]
    assert large.size > HEAVY_LINKS

    def heavy(operation: str, params: dict[str, Any], body: Any = None) -> bool:
        op = state.spec.by_id[operation]
        ctx = Context(state.store, org, {"partitionGlobalId": C, **params}, body, "", op.model, state.spec.model)
        return bool(state.handlers.engine.heavy(ctx))

    assert heavy("getGroup", {"groupId": large.shared}) and heavy("deleteGroup", {"groupId": large.shared})
    assert heavy("updateGroup", {"groupId": large.shared}, {"name": "x"})
    assert not heavy("getGroup", {"groupId": large.groups[0]}) and not heavy("getUser", {"userId": large.users[0]})
    users = [{"userName": f"u{i}"} for i in range(HEAVY_ITEMS + 1)]
    assert heavy("createUsers", {}, {"users": users}) and not heavy("createUsers", {}, {"users": users[:3]})
    assert heavy("listUsers", {"sortBy": "userName"}) and heavy("listUsers", {"searchTerm": "user-1"})
