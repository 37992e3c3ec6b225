"""`export_audit_events` against a unified-audit server on a real loopback socket
(`audit_server.py`): the file holds exactly the period's events, newest first, day by day (an
event at midnight once, in its own day); CSV cells a spreadsheet would evaluate are neutralised;
an export interrupted by a failed request, or by `kill -9`, is finished by running it again with
no event twice and none missing; the file appears only when complete; sync and async write the
same bytes; a tenant's log is read at its level; progress is reported after every page."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from audit_server import AuditServer, event, serving, spread, stamp
from uipath_identity_client import (
    AsyncIdentityClient,
    ExportProgress,
    IdentityClient,
    InternalServerError,
    RetryPolicy,
)
from uipath_identity_client._audit_export import read_csv

UTC = datetime.UTC
DAY1 = datetime.datetime(2026, 3, 1, tzinfo=UTC)
SINCE, UNTIL = DAY1, DAY1 + datetime.timedelta(days=3)
MIDNIGHT = DAY1 + datetime.timedelta(days=1)
HOSTILE = ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "\uff1dcmd", "plain"]


def events() -> list[dict[str, Any]]:
    found = spread(900, SINCE - datetime.timedelta(hours=6), UNTIL + datetime.timedelta(hours=6))
    found.append(event(MIDNIGHT, 5000))  # exactly on a day boundary
    found.append(event(UNTIL, 5001))  # exactly at `until`: outside the period
    found += [event(DAY1 + datetime.timedelta(hours=3, seconds=n), 6000 + n, actorName=text, eventDetails=text)
              for n, text in enumerate(HOSTILE)]  # fmt: skip
    return found


def parse(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def expected(server: AuditServer) -> list[str]:
    """The ids of the period's events, newest first."""
    return [e["id"] for e in server.events if stamp(SINCE) <= e["createdOn"] < stamp(UNTIL)]


def client(server: AuditServer, **options: Any) -> IdentityClient:
    return IdentityClient(server.base_url, client_id="app", client_secret="s", **options)


@pytest.fixture
def server() -> Any:
    with serving(AuditServer(events())) as running:
        yield running


def test_csv_holds_exactly_the_period_newest_first_and_is_safe_for_spreadsheets(
    server: AuditServer, tmp_path: Path
) -> None:
    seen: list[ExportProgress] = []
    result = client(server).export_audit_events(
        tmp_path / "audit.csv", since=SINCE, until=UNTIL, on_progress=seen.append
    )
    rows = list(read_csv(result.path))
    assert [r["id"] for r in rows] == expected(server)
    assert (result.events, result.days, result.format, result.resumed) == (len(rows), 3, "csv", False)
    assert [r["id"] for r in rows].count(event(MIDNIGHT, 5000)["id"]) == 1
    assert event(UNTIL, 5001)["id"] not in {r["id"] for r in rows}
    hostile = {r["actorName"]: r["eventDetails"] for r in rows if r["id"] >= event(DAY1, 6000)["id"]}
    for text in HOSTILE:
        shown = text if text == "plain" else "'" + text
        assert hostile[shown] == shown, hostile
    assert {r["status"] for r in rows} == {"0", "1"}  # numbers are not text: never prefixed
    assert not (tmp_path / "audit.csv.partial").exists() and not (tmp_path / "audit.csv.checkpoint.json").exists()
    # every query is one UTC day, newest day first, following the cursor inside it
    days = [q["from"][:10] for _, q in server.requests]
    assert days == sorted(days, reverse=True) and set(days) == {"2026-03-01", "2026-03-02", "2026-03-03"}
    windows = {(parse(q["from"]), parse(q["to"])) for _, q in server.requests}
    assert windows == {(SINCE + datetime.timedelta(days=n), SINCE + datetime.timedelta(days=n + 1)) for n in range(3)}
    assert any("before" in q for _, q in server.requests)
    assert [p.events for p in seen] == sorted(p.events for p in seen) and seen[-1].events == len(rows)
    assert (seen[-1].days_done, seen[-1].days_total) == (3, 3)


def test_jsonl_and_async_write_what_sync_writes(server: AuditServer, tmp_path: Path) -> None:
    sync = client(server).export_audit_events(tmp_path / "a.jsonl", since=SINCE, until=UNTIL)
    lines = [json.loads(line) for line in sync.path.read_text().splitlines()]
    assert [e["id"] for e in lines] == expected(server)
    assert lines[0]["clientInfo"] == {"ipAddress": "203.0.113.42", "ipCountry": "GB"}
    assert any(e["actorName"] == '=HYPERLINK("http://x")' for e in lines)  # JSON Lines is data: as is

    async def main() -> None:
        async with AsyncIdentityClient(server.base_url, client_id="app", client_secret="s") as aclient:
            progress: list[int] = []

            async def note(p: ExportProgress) -> None:
                progress.append(p.events)

            await aclient.export_audit_events(tmp_path / "b.jsonl", since=SINCE, until=UNTIL, on_progress=note)
            await aclient.export_audit_events(tmp_path / "b.csv", since=SINCE, until=UNTIL)
            assert progress[-1] == len(lines)

    asyncio.run(main())
    assert (tmp_path / "b.jsonl").read_bytes() == sync.path.read_bytes()
    client(server).export_audit_events(tmp_path / "a.csv", since=SINCE, until=UNTIL)
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


def test_a_failed_request_leaves_a_checkpoint_and_the_same_call_finishes_it(
    server: AuditServer, tmp_path: Path
) -> None:
    target = tmp_path / "audit.csv"
    server.fail_at = 4  # the fourth page: the first day is done, the second begun
    failing = client(server, retry=RetryPolicy(max_attempts=1))
    with pytest.raises(InternalServerError):
        failing.export_audit_events(target, since=SINCE, until=UNTIL)
    assert not target.exists()  # nothing half-written at the path
    assert (tmp_path / "audit.csv.partial").exists() and (tmp_path / "audit.csv.checkpoint.json").exists()
    with pytest.raises(Exception, match="other parameters"):
        failing.export_audit_events(target, since=SINCE - datetime.timedelta(days=1), until=UNTIL)
    result = failing.export_audit_events(target, since=SINCE, until=UNTIL)
    assert result.resumed
    assert [r["id"] for r in read_csv(target)] == expected(server)
    assert result.events == len(expected(server))


def test_resume_false_starts_over(server: AuditServer, tmp_path: Path) -> None:
    target = tmp_path / "audit.jsonl"
    server.fail_at = 2
    with pytest.raises(InternalServerError):
        client(server, retry=RetryPolicy(max_attempts=1)).export_audit_events(target, since=SINCE, until=UNTIL)
    result = client(server).export_audit_events(target, since=SINCE, until=UNTIL, resume=False)
    assert not result.resumed and [json.loads(x)["id"] for x in target.read_text().splitlines()] == expected(server)


def test_a_tenant_log_is_read_at_its_level(server: AuditServer, tmp_path: Path) -> None:
    client(server).export_audit_events(tmp_path / "t.csv", since=SINCE, until=UNTIL, tenant="DefaultTenant")
    assert {path for path, _ in server.requests} == {"/org/DefaultTenant/tenantaudit_/api/query/events"}


KILLED_EXPORT = textwrap.dedent(
    """
    import sys
    from uipath_identity_client import IdentityClient
    import datetime
    client = IdentityClient(sys.argv[1], client_id="app", client_secret="s")
    client.export_audit_events(sys.argv[2], since=datetime.datetime.fromisoformat(sys.argv[3]),
                               until=datetime.datetime.fromisoformat(sys.argv[4]))
    """
)


def test_an_export_killed_mid_way_is_finished_by_the_next_run(tmp_path: Path) -> None:
    source = tmp_path / "events.json"
    source.write_text(json.dumps(events()))
    here = Path(__file__).parent
    server = subprocess.Popen(
        [sys.executable, str(here / "audit_server.py"), str(source), "0.05"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().split()[1]
        target = tmp_path / "audit.csv"
        checkpoint = tmp_path / "audit.csv.checkpoint.json"
        exporter = subprocess.Popen(
            [sys.executable, "-c", KILLED_EXPORT, base_url, str(target), SINCE.isoformat(), UNTIL.isoformat()]
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (
            checkpoint.exists() and json.loads(checkpoint.read_text())["pages"] >= 2
        ):
            time.sleep(0.02)
        os.kill(exporter.pid, signal.SIGKILL)
        exporter.wait()
        assert not target.exists() and checkpoint.exists()
        result = IdentityClient(base_url, client_id="app", client_secret="s").export_audit_events(
            target, since=SINCE, until=UNTIL
        )
        assert result.resumed
        ids = [r["id"] for r in read_csv(target)]
        assert len(ids) == len(set(ids)) == result.events
        assert ids == expected(AuditServer(events()))
    finally:
        server.kill()
        server.wait()
