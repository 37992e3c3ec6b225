#!/usr/bin/env python3
"""The mock's audit log at a real organization's size (issue 17): starts a mock subprocess with
`--seed-audit-events N` (default 100,000, over 30 days), then prints the time the seeding took
(start-up against an empty mock's), the p50/p99 of a page of 200 events from the newest end, from
halfway back (a `to` window) and from a `previous` link, the time to walk the whole log by
`previous` links, the time and size of a day-by-day CSV download of all of it (plain httpx, one
UTC day per request, as the client's export does), another organization's p99 meanwhile, and the
mock's RSS. Not a test: run it by hand when the machine is quiet,
`.venv/bin/python scripts/bench_audit_log.py [--events 100000 --days 30]`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from contract_tests.mock_server import process as mock_process  # noqa: E402

EVENTS = "/contoso/orgaudit_/api/query/events"
DOWNLOAD = "/contoso/orgaudit_/api/query/downloadevents"


def rss_mb(pid: int) -> float:
    match = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    assert match
    return int(match.group(1)) / 1024


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def started(*args: str) -> tuple[mock_process.MockProcess, float]:
    began = time.perf_counter()
    mock = mock_process.start(*args, timeout=600)
    return mock, time.perf_counter() - began


def timed(http: httpx.Client, path: str, rounds: int, **params: str | int) -> list[float]:
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        answer = http.get(path, params=params)
        samples.append((time.perf_counter() - began) * 1000)
        answer.raise_for_status()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.events:,} events over {args.days} days")
    empty, empty_s = started()
    empty.stop()
    mock, seeded_s = started("--seed-audit-events", str(args.events), "--seed-audit-days", str(args.days))
    try:
        token = mock_process.admin_token(mock.ready)
        other = mock_process.admin_token(mock.ready["other_organizations"][0])
        print(f"start-up: empty {empty_s:.1f} s, seeded {seeded_s:.1f} s (seeding ~{seeded_s - empty_s:.1f} s)")
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=mock.root, headers=headers, timeout=600) as http:
            first = http.get(EVENTS, params={"maxCount": 200}).json()
            halfway_back = datetime.now(UTC) - timedelta(days=args.days / 2)
            halfway = halfway_back.isoformat().replace("+00:00", "Z")
            link = http.get(EVENTS, params={"maxCount": 200, "to": halfway}).json()["previous"]
            rows = {
                "newest page": timed(http, EVENTS, args.rounds, maxCount=200),
                "page ending halfway back": timed(http, EVENTS, args.rounds, maxCount=200, to=halfway),
                "page from a previous link": timed(http, link, args.rounds),
            }
            for name, samples in rows.items():
                print(f"{name:<28} p50 {statistics.median(samples):6.1f} ms  p99 {percentile(samples, 99):6.1f} ms")

            # Another organization's reads while the whole log is walked and downloaded.
            stop, other_ms = threading.Event(), []

            def neighbour() -> None:
                with httpx.Client(base_url=mock.root, headers={"Authorization": f"Bearer {other}"}) as near:
                    while not stop.is_set():
                        other_ms.extend(
                            timed(near, "/fabrikam/identity_/api/Group/8d3a6c1e-2f4b-4e5a-9c7d-1b2e3f4a5b6c", 1)
                        )

            thread = threading.Thread(target=neighbour, daemon=True)
            thread.start()
            began, walked, page = time.perf_counter(), len(first["auditEvents"]), first
            while page["previous"]:
                page = http.get(page["previous"]).json()
                walked += len(page["auditEvents"])
            walk_s = time.perf_counter() - began
            print(f"walk by previous links: {walked:,} events in {walk_s:.1f} s ({walked / walk_s:,.0f} events/s)")
            began, size, rows_seen = time.perf_counter(), 0, 0
            today = datetime.now(UTC).date()
            for back in range(args.days + 1):
                day = today - timedelta(days=back)
                window = {"from": f"{day}T00:00:00Z", "to": f"{day}T23:59:59.999999Z"}
                with http.stream("GET", DOWNLOAD, params=window) as answer:
                    answer.raise_for_status()
                    for chunk in answer.iter_bytes():
                        size += len(chunk)
                        rows_seen += chunk.count(b"\n")  # rows end in CRLF; a chunk may split one
                rows_seen -= 1  # each day's header
            download_s = time.perf_counter() - began
            stop.set()
            thread.join(10)
            print(
                f"CSV download, one UTC day per request: {rows_seen:,} rows, {size / 1e6:.1f} MB in {download_s:.1f} s"
                f" ({rows_seen / download_s:,.0f} rows/s)"
            )
            p50, p99 = statistics.median(other_ms), percentile(other_ms, 99)
            print(f"another organization's GET meanwhile: p50 {p50:.1f} ms, p99 {p99:.1f} ms")
            print(f"mock RSS {rss_mb(mock.process.pid):.0f} MB")
    finally:
        mock.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
