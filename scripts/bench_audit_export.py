#!/usr/bin/env python3
"""Exporting the unified audit log from the mock to CSV: `IdentityClient.export_audit_events`
beside a plain paged download with httpx, throughput and peak memory, for growing periods.

    .venv/bin/python scripts/bench_audit_export.py [--events 100000] [--days 30] [--rounds 3]

The mock runs in its own process with `--events` synthetic events seeded over the last `--days`
days (its `seed_audit_events`). Each export runs in a fresh child process, so its peak memory is
its own: the figure is the child's peak resident set minus its resident set after imports and
set-up (what the export itself needed), with the whole peak beside it. The periods are the last
quarter, half and all of the seeded days, so the events grow 1x-2x-4x: a flat export keeps its
memory while they grow.

- **httpx**: what a user would write without the package: a token, one query for the whole
  period with `maxCount=200`, following each answer's `previous` link, each page's events written
  with `csv.writer` as they come (streaming, so a fair peer).
- **httpx-daily**: the same, one query per UTC day (the client's access pattern), so the
  difference to the client is the client's own cost, not the service's cost of a long window.
- **client**: `export_audit_events(path, since=..., until=...)`: one UTC day per query, typed
  models, spreadsheet-safe cells, checkpoints (fsync) at most once a second and per day, atomic rename.

Both read the same events from the same mock on loopback, on the same (shared, 2-core) machine:
the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UTC = datetime.UTC
SECRET_ENV = "BENCH_ADMIN_SECRET"
KINDS = ("httpx", "httpx-daily", "client")
MOCK = """
import os, sys, uvicorn
from contract_tests.mock_server.app import create_app
from contract_tests.mock_server.config import MockConfig
port, events, days = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
config = MockConfig(port=port, admin_client_secret=os.environ["BENCH_ADMIN_SECRET"],
                    seed_audit_events=events, seed_audit_days=days)
uvicorn.run(create_app(config), host="127.0.0.1", port=port, log_level="warning")
"""


def rss_kb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


# ---- children: one export each ------------------------------------------------------------------


def _write_period(
    http: Any, headers: dict[str, str], root: str, writer: Any, since: datetime.datetime, until: datetime.datetime
) -> int:
    """One query for [since, until), following `previous`, each event written as it comes."""
    host = root.split("/contoso")[0]
    url: str | None = f"{root}/orgaudit_/api/query/events"
    params: dict[str, Any] | None = {"from": since.isoformat(), "to": until.isoformat(), "maxCount": 200}
    limit = until.isoformat().replace("+00:00", "Z")
    count = 0
    while url:
        page = http.get(url, params=params, headers=headers).raise_for_status().json()
        for event in page["auditEvents"]:
            if event["createdOn"] < limit:  # `to` is inclusive
                writer.writerow(event.values())
                count += 1
        link = page.get("previous")
        url, params = (f"{host}{link}", None) if link and page["auditEvents"] else (None, None)
    return count


Periods = list[tuple[datetime.datetime, datetime.datetime]]


def _raw_export(base_url: str, secret: str, periods: Periods, out: Path) -> int:
    import httpx

    root = base_url.rsplit("/identity_", 1)[0]
    with httpx.Client(timeout=60) as http, out.open("w", newline="", encoding="utf-8") as handle:
        form = {"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": secret}
        token = http.post(f"{base_url}/connect/token", data=form).json()["access_token"]
        writer = csv.writer(handle)
        return sum(_write_period(http, {"Authorization": f"Bearer {token}"}, root, writer, a, b) for a, b in periods)


def child_httpx(base_url: str, secret: str, since: datetime.datetime, until: datetime.datetime, out: Path) -> int:
    return _raw_export(base_url, secret, [(since, until)], out)


def child_httpx_daily(base_url: str, secret: str, since: datetime.datetime, until: datetime.datetime, out: Path) -> int:
    day = datetime.datetime.combine((until - datetime.timedelta(microseconds=1)).date(), datetime.time(), UTC)
    periods = []
    while day + datetime.timedelta(days=1) > since:
        periods.append((max(day, since), min(day + datetime.timedelta(days=1), until)))
        day -= datetime.timedelta(days=1)
    return _raw_export(base_url, secret, periods, out)


def child_client(base_url: str, secret: str, since: datetime.datetime, until: datetime.datetime, out: Path) -> int:
    from uipath_identity_client import IdentityClient

    with IdentityClient(base_url, client_id="mock-admin", client_secret=secret) as client:
        return client.export_audit_events(out, since=since, until=until).events


def child(args: argparse.Namespace) -> None:
    import httpx  # noqa: F401  (imports and set-up count as the baseline, not as the export)
    import uipath_identity_client  # noqa: F401

    run = {"httpx": child_httpx, "httpx-daily": child_httpx_daily, "client": child_client}[args.child]
    before = rss_kb()
    started = time.perf_counter()
    count = run(args.base_url, os.environ[SECRET_ENV], args.since, args.until, Path(args.out))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = {"events": count, "seconds": seconds, "peak_mb": peak / 1024, "export_mb": (peak - before) / 1024}
    print(json.dumps(figures))


# ---- the parent: mock, children, table --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_mock(events: int, days: int, secret: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, SECRET_ENV: secret, "PYTHONPATH": str(ROOT)}
    mock = subprocess.Popen([sys.executable, "-c", MOCK, str(port), str(events), str(days)], env=env, cwd=ROOT)
    base_url = f"http://127.0.0.1:{port}/contoso/identity_"
    import httpx

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            form = {"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": secret}
            if httpx.post(f"{base_url}/connect/token", data=form, timeout=5).status_code == 200:
                return mock, base_url
        except httpx.HTTPError:
            pass
        if mock.poll() is not None:
            raise SystemExit("the mock exited")
        time.sleep(0.5)
    mock.kill()
    raise SystemExit("the mock did not start in 300 s")


def measure(
    kind: str, base_url: str, secret: str, since: datetime.datetime, until: datetime.datetime
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        command = [
            sys.executable, __file__, "--child", kind, "--base-url", base_url,
            "--since", since.isoformat(), "--until", until.isoformat(), "--out", str(Path(tmp) / "audit.csv"),
        ]  # fmt: skip
        result = subprocess.run(command, env={**os.environ, SECRET_ENV: secret}, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"{kind} export failed:\n{result.stdout}{result.stderr}")
        measured: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
        return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    parser.add_argument("--since", type=datetime.datetime.fromisoformat, help=argparse.SUPPRESS)
    parser.add_argument("--until", type=datetime.datetime.fromisoformat, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    secret = secrets.token_urlsafe(24)
    started = time.perf_counter()
    mock, base_url = start_mock(args.events, args.days, secret)
    ready = time.perf_counter() - started
    print(f"mock: {args.events:,} events over {args.days} days seeded and ready in {ready:.1f} s")
    try:
        until = datetime.datetime.now(UTC)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        columns = ("period", "export", "events", "seconds", "events/s", "export MB", "peak MB")
        print(" ".join(f"{c:>{w}}" for c, w in zip(columns, (8, 11, 8, 8, 9, 9, 8), strict=True)))
        for quarter in (1, 2, 4):
            since = until - datetime.timedelta(days=args.days * quarter / 4)
            rows = {}
            for kind in KINDS:
                runs = [measure(kind, base_url, secret, since, until) for _ in range(args.rounds)]
                seconds = statistics.median(r["seconds"] for r in runs)
                rows[kind] = seconds
                events = runs[0]["events"]
                export_mb = max(r["export_mb"] for r in runs)
                peak_mb = max(r["peak_mb"] for r in runs)
                period = args.days * quarter / 4
                print(
                    f"{period:>6.1f} d {kind:>11} {events:>8,} {seconds:>8.2f} {events / seconds:>9,.0f}"
                    f" {export_mb:>9.1f} {peak_mb:>8.1f}"
                )
            ratios = f"client/httpx {rows['client'] / rows['httpx']:.2f}x"
            print(f"{'':>8} time: {ratios}, client/httpx-daily {rows['client'] / rows['httpx-daily']:.2f}x")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        mock.terminate()
        mock.wait(30)


if __name__ == "__main__":
    main()
