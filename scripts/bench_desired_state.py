#!/usr/bin/env python3
"""Applying a desired state of 1,000 users in 100 groups (10 members each) to the embedded mock
from empty, then planning again (which must find nothing to do): wall time, the API requests
sent (by method) and requests per object, beside the fewest requests the API allows for it.

    .venv/bin/python scripts/bench_desired_state.py [--users 1000] [--groups 100] [--profile default]

It runs the command line in process (`uipath-identity apply -f FILE --yes`, then `plan -f FILE`)
against a mock child process on loopback, counting requests with the same hook the pacer uses
(the token request is not counted). The fewest requests: reading the users (one GET per 1,000)
and the groups (one GET), creating the users (one POST per 1,000) and each group with its members
(one POST each, members included); this apply also reads the users back once after creating them,
since the bulk create answers no ids. Prints the load average beside the figures.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from uipath_identity_client import IdentityClient  # noqa: E402
from uipath_identity_client.cli.app import Session, run  # noqa: E402

from contract_tests.mock_server import process  # noqa: E402


def document(users: int, groups: int) -> dict[str, object]:
    names = [f"bench-user-{i:05}" for i in range(users)]
    per_group = math.ceil(users / groups)
    return {
        "users": [
            {"user_name": n, "email": f"{n}@example.com", "name": "Bench", "surname": f"{i}"}
            for i, n in enumerate(names)
        ],
        "groups": [
            {"name": f"bench-group-{g:03}", "members": {"users": names[g * per_group : (g + 1) * per_group]}}
            for g in range(groups)
        ],
    }


def timed(args: list[str], env: dict[str, str]) -> tuple[int, float, dict[str, int]]:
    session = Session(environ=env)
    start = time.perf_counter()
    code = run(args, obj=session)
    return code, time.perf_counter() - start, dict(session.counter.counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--profile", default="default", choices=("default", "aspnet"))
    options = parser.parse_args()
    objects = options.users + options.groups
    with process.running(profile=options.profile) as mock, tempfile.TemporaryDirectory() as tmp:
        root, org = str(mock.ready["base_url"]).rsplit("/", 2)[:2]
        env = {
            "UIPATH_URI": root,
            "UIPATH_ORGANIZATION": org,
            "UIPATH_CLIENT_ID": mock.ready["admin_client_id"],
            "UIPATH_CLIENT_SECRET": mock.ready["admin_client_secret"],
        }
        with IdentityClient(
            mock.ready["base_url"], client_id=env["UIPATH_CLIENT_ID"], client_secret=env["UIPATH_CLIENT_SECRET"]
        ) as client:
            existing = client.users.list(top=1).total_count  # the mock's seeded users
        path = Path(tmp) / "desired.yaml"
        path.write_text(yaml.safe_dump(document(options.users, options.groups)))
        devnull = open(os.devnull, "w")  # noqa: SIM115
        stdout, stderr = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = devnull
        try:
            applied = timed(["apply", "-f", str(path), "--yes"], env)
            planned = timed(["plan", "-f", str(path)], env)
        finally:
            sys.stdout, sys.stderr = stdout, stderr
    # reads: the users (1,000 a page) and the groups (one list); writes: the users 1,000 a POST, each group one POST
    fewest_apply = math.ceil(max(existing, 1) / 1000) + 1 + math.ceil(options.users / 1000) + options.groups
    fewest_plan = math.ceil((existing + options.users) / 1000) + 1
    print(
        f"desired state: {options.users} users in {options.groups} groups ({objects} objects), "
        f"mock profile {options.profile}"
    )
    for label, (code, seconds, counts), fewest in (
        ("apply from empty", applied, fewest_apply),
        ("plan again", planned, fewest_plan),
    ):
        total = sum(counts.values())
        by_method = ", ".join(f"{m} {n}" for m, n in sorted(counts.items()))
        print(
            f"{label:17} exit {code}  {seconds:6.2f} s  {total:4} requests ({by_method})  "
            f"{total / objects:.3f} per object  fewest the API allows: {fewest}"
        )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    return 0 if applied[0] == 0 and planned[0] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
