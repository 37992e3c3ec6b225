#!/usr/bin/env python3
"""The mock at a real organization's size (issue 19): builds an organization of 20,000 users,
5,000 groups and 2,000 robot accounts through the API on a mock subprocess (in memory, or
`--db`), then prints p50/p99 of each operation family, the time of every 1,000-user bulk create
into a shared group (the last against the first), another organization's p99 while the bulk work
runs and afterwards, and the mock's RSS. Not a test: run it by hand when the machine is quiet,
`.venv/bin/python scripts/bench_mock_scale.py [--users 20000 --groups 5000 --robots 2000]`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from contract_tests.mock_server import process as mock_process  # noqa: E402

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
OTHER = "8d3a6c1e-2f4b-4e5a-9c7d-1b2e3f4a5b6c"
API = "/contoso/identity_/api"
TARGETS = {"single_p99_ms": 20.0, "bulk_resolve_ms": 200.0, "bulk_ratio": 1.5, "other_p99_ms": 20.0, "rss_mb": 300.0}


def rss_mb(pid: int) -> float:
    match = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    assert match
    return int(match.group(1)) / 1024


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class Timed:
    """An httpx client that records each request's latency (ms) under a family name."""

    def __init__(self, base: str, token: str) -> None:
        self.http = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=600)
        self.samples: dict[str, list[float]] = {}

    def call(self, family: str, method: str, path: str, body: Any = None, params: Any = None) -> httpx.Response:
        started = time.perf_counter()
        response = self.http.request(method, path, json=body, params=params)
        self.samples.setdefault(family, []).append((time.perf_counter() - started) * 1000)
        if response.status_code >= 400:
            raise SystemExit(f"{family}: {method} {path} answered {response.status_code}: {response.text[:300]}")
        return response


class Prober(threading.Thread):
    """Another organization's user: its simplest list, one request after another, timed."""

    def __init__(self, base: str, token: str) -> None:
        super().__init__(daemon=True)
        self.client = Timed(base, token)
        self.phase = "idle"
        self.stopped = threading.Event()

    def run(self) -> None:
        path = f"/fabrikam/identity_/api/RobotAccount/{OTHER}"
        while not self.stopped.is_set():
            self.client.call(self.phase, "GET", path, params={"top": 10})
            time.sleep(0.005)


def build(api: Timed, users: int, groups: int, robots: int, prober: Prober) -> dict[str, Any]:
    prober.phase = "other org during bulk creates"
    shared = api.call("createGroup", "POST", f"{API}/Group", {"partitionGlobalId": ORG, "name": "everyone-big"}).json()
    group_ids = [shared["id"]]
    batches: list[float] = []
    for start in range(0, users, 1000):
        batch = [
            {"userName": f"user-{i:05d}", "email": f"user-{i:05d}@example.com", "name": f"First{i}", "surname": "Last"}
            for i in range(start, min(users, start + 1000))
        ]
        body = {"partitionGlobalId": ORG, "users": batch, "groupIDs": [shared["id"]]}
        began = time.perf_counter()
        api.call("createUsers (1,000 into a shared group)", "POST", f"{API}/User/BulkCreate", body)
        batches.append(time.perf_counter() - began)
    prober.phase = "other org during group and robot creates"
    for i in range(1, groups):
        body = {"partitionGlobalId": ORG, "name": f"group-{i:05d}"}
        group_ids.append(api.call("createGroup", "POST", f"{API}/Group", body).json()["id"])
    robot_ids = []
    for i in range(robots):
        body = {"partitionGlobalId": ORG, "name": f"robot-{i:05d}", "groupIDsToAdd": [group_ids[1 + i % (groups - 1)]]}
        robot_ids.append(api.call("createRobotAccount", "POST", f"{API}/RobotAccount", body).json()["id"])
    prober.phase = "other org during single-item operations"
    return {"shared": shared["id"], "groups": group_ids, "robots": robot_ids, "batches": batches}


def operations(api: Timed, made: dict[str, Any], users: int, rounds: int) -> None:
    """Each family `rounds` times against the full organization."""
    listed = api.call("listUsers page", "GET", f"{API}/User/users/{ORG}", params={"top": 10, "skip": users // 2})
    some_users = [u["id"] for u in listed.json()["results"]]
    groups, robots = made["groups"], made["robots"]
    names = [f"user-{i:05d}" for i in range(0, users, max(1, users // 100))][:100]
    for n in range(rounds):
        user, group, robot = some_users[n % len(some_users)], groups[1 + n], robots[n]
        api.call("getUser", "GET", f"{API}/User/{user}")
        api.call("getGroup", "GET", f"{API}/Group/{ORG}/{group}")
        api.call("getRobotAccount", "GET", f"{API}/RobotAccount/{ORG}/{robot}")
        new: dict[str, Any] = {"partitionGlobalId": ORG, "userName": f"late-{n}-{uuid.uuid4().hex[:6]}"}
        new["groupIDs"] = [made["shared"]]
        api.call("createUser (into the 20,000-member group)", "POST", f"{API}/User", new)
        api.call("updateUser", "PUT", f"{API}/User/{user}", {"displayName": f"Renamed {n}"})
        api.call("updateGroup (rename)", "PUT", f"{API}/Group/{group}", {"partitionGlobalId": ORG, "name": f"re-{n}"})
        add = {"partitionGlobalId": ORG, "directoryUserIDsToAdd": [user]}
        api.call("updateGroup (add a member)", "PUT", f"{API}/Group/{group}", add)
        change = {"partitionGlobalId": ORG, "groupIDsToAdd": [groups[2 + n]], "displayName": f"Bot {n}"}
        api.call("updateRobotAccount", "PUT", f"{API}/RobotAccount/{robot}", change)
        resolve = {"entityName": names[n % len(names)], "entityType": "user"}
        api.call("resolveDirectoryEntityByName", "POST", f"{API}/Directory/ResolveByName/{ORG}", resolve)
        by_id = {"entityId": user, "entityType": "user"}
        api.call("resolveDirectoryEntity", "POST", f"{API}/Directory/Resolve/{ORG}", by_id)
        search = {"startsWith": f"user-{(n * 37) % users:05d}"}
        api.call("searchDirectory (one hit)", "GET", f"{API}/Directory/Search/{ORG}", params=search)
        bulk = {"entityNames": names, "entityType": "user"}
        api.call("bulkResolveDirectoryEntitiesByName (100)", "POST", f"{API}/Directory/BulkResolveByName/{ORG}", bulk)
        page = {"top": 10, "skip": (n * 97) % users}
        api.call("listUsers page", "GET", f"{API}/User/users/{ORG}", params=page)
        api.call("listRobotAccounts page", "GET", f"{API}/RobotAccount/{ORG}", params={"top": 10, "skip": n})
        gone = api.call(
            "createUser (into the 20,000-member group)",
            "POST",
            f"{API}/User",
            {**new, "userName": new["userName"] + "x"},
        )
        assert gone.status_code == 200


def big_group(api: Timed, made: dict[str, Any], prober: Prober) -> None:
    """The 20,000-member group read and renamed: each answer lists every member, so its cost is its
    size; it runs off the event loop while the other organization's requests go on."""
    prober.phase = "other org during reads of the 20,000-member group"
    for n in range(5):
        api.call("getGroup (20,000 members)", "GET", f"{API}/Group/{ORG}/{made['shared']}")
        rename = {"partitionGlobalId": ORG, "name": f"everyone-big-{n}"}
        api.call("updateGroup (rename the 20,000-member group)", "PUT", f"{API}/Group/{made['shared']}", rename)
    prober.phase = "other org at rest"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=20_000)
    parser.add_argument("--groups", type=int, default=5_000)
    parser.add_argument("--robots", type=int, default=2_000)
    parser.add_argument("--rounds", type=int, default=200, help="samples per operation family")
    parser.add_argument("--db", help="a SQLite file for the mock (default: in memory)")
    args = parser.parse_args()
    load_before = os.getloadavg()
    mock = mock_process.start(*(["--db", args.db] if args.db else []))
    try:
        ready = mock.ready
        api = Timed(mock.root, mock_process.admin_token(ready))
        prober = Prober(mock.root, mock_process.admin_token(ready["other_organizations"][0]))
        prober.start()
        time.sleep(1)
        began = time.perf_counter()
        made = build(api, args.users, args.groups, args.robots, prober)
        built = time.perf_counter() - began
        operations(api, made, args.users, min(args.rounds, args.groups - 3, args.robots))
        big_group(api, made, prober)
        time.sleep(1)
        prober.stopped.set()
        prober.join()
        rss = rss_mb(mock.process.pid)
    finally:
        mock.stop()
    load_after = os.getloadavg()
    report(api, prober, made, built, rss, args, load_before, load_after)
    return 0


def report(
    api: Timed,
    prober: Prober,
    made: dict[str, Any],
    built: float,
    rss: float,
    args: argparse.Namespace,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
) -> None:
    print(
        f"organization: {args.users} users, {args.groups} groups, {args.robots} robot accounts, built in {built:.0f} s"
    )
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f} (1 min)\n")
    print(f"{'operation family':<52} {'n':>6} {'p50 ms':>8} {'p99 ms':>8}")
    families = {**api.samples, **{f"[{k}]": v for k, v in prober.client.samples.items()}}
    for family, samples in families.items():
        print(f"{family:<52} {len(samples):>6} {statistics.median(samples):>8.2f} {percentile(samples, 99):>8.2f}")
    batches = made["batches"]
    print("\n1,000-user bulk creates into the shared group (s): " + " ".join(f"{b:.2f}" for b in batches))
    ratio = max(batches[1:] or batches) / batches[0]
    settled = statistics.median(batches[-5:]) / statistics.median(batches[:5])
    print(f"median of the last five / median of the first five: {settled:.2f}x")
    single = [
        "getUser", "getGroup", "getRobotAccount", "createUser (into the 20,000-member group)", "updateUser",
        "updateGroup (rename)", "updateGroup (add a member)", "updateRobotAccount", "resolveDirectoryEntityByName",
        "resolveDirectoryEntity", "createGroup", "createRobotAccount",
    ]  # fmt: skip
    worst_single = max(percentile(api.samples[f], 99) for f in single)
    bulk_resolve = percentile(api.samples["bulkResolveDirectoryEntitiesByName (100)"], 99)
    other = max(percentile(v, 99) for k, v in prober.client.samples.items() if k != "idle" and "20,000" not in k)
    checks: list[tuple[str, str, bool, str]] = [
        ("worst single-item p99", f"{worst_single:.1f} ms", worst_single <= TARGETS["single_p99_ms"], "<= 20 ms"),
        (
            "100-name bulk resolve p99",
            f"{bulk_resolve:.1f} ms",
            bulk_resolve <= TARGETS["bulk_resolve_ms"],
            "<= 200 ms",
        ),
        ("slowest bulk create / first", f"{ratio:.2f}x", ratio <= TARGETS["bulk_ratio"], "<= 1.5x"),
        ("other org p99 (worst phase)*", f"{other:.1f} ms", other <= TARGETS["other_p99_ms"], "<= 20 ms"),
        ("mock RSS", f"{rss:.0f} MB", rss <= TARGETS["rss_mb"], "<= 300 MB"),
    ]
    print()
    for name, value, ok, target in checks:
        print(f"{name:<30} {value:>10}  target {target:<10} {'met' if ok else 'MISSED'}")
    print("* bulk creates, group and robot creates, single-item operations; the phase of the 20,000-member")
    print("  group's reads is shown above; [idle] is the machine's own noise")


if __name__ == "__main__":
    raise SystemExit(main())
