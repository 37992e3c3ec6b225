"""Bulk CSV import against the session's mock in both profiles: a thousand users created in one
request and added to a group in one more; every bad row reported with its reason (the service's
code where it refused); re-running converges; robot accounts too."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from cli_harness import environment, invoke, unique
from mock_session_path import Mocks, credentials
from uipath_identity_client import IdentityClient
from uipath_identity_client.cli.app import Session
from uipath_identity_client.cli.pacing import Limits

pytestmark = pytest.mark.slow


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_thousand_users_with_bad_rows_then_resume(mocks: Mocks, profile: str, tmp_path: Path) -> None:
    ready = mocks.ready(profile)
    client = IdentityClient(ready["base_url"], **credentials(ready))
    team = unique("import-team")
    client.groups.create(name=team)
    prefix = unique("u")
    rows = [[f"{prefix}-{i:04}", f"{prefix}-{i:04}@example.com", "First", "Last", team] for i in range(1000)]
    rows += [
        [f"{prefix}-bad-bool", "", "", "", team],  # fine, but see the is_active column below
        [f"{prefix}-0001", f"{prefix}-dup@example.com", "", "", ""],  # the same user twice
        [f"{prefix}-nogroup", "", "", "", "No such group"],
        [f"{prefix}-taken", "alice.admin@example.com", "", "", ""],  # the service refuses: DuplicateEmail
    ]
    header = ["user_name", "email", "name", "surname", "groups", "is_active"]
    rows = [[*row, "maybe" if row[0].endswith("bad-bool") else ""] for row in rows]
    path = write_csv(tmp_path / "users.csv", header, rows)
    failures = tmp_path / "failures.csv"
    env = environment(ready)
    session = Session(environ=env, limits=Limits())
    result = invoke(["import", "users", str(path), "--failures", str(failures)], env, session=session)
    assert result.code == 1, result
    assert "1004 rows: 1000 done, 4 failed." in result.err, result
    reasons = {row["user_name"]: row["reason"] for row in csv.DictReader(failures.open())}
    assert "is_active: 'maybe' is not true or false" in reasons[f"{prefix}-bad-bool"]
    assert "on line 3 too" in reasons[f"{prefix}-0001"]
    assert "no group named 'No such group'" in reasons[f"{prefix}-nogroup"]
    assert reasons[f"{prefix}-taken"].startswith("DuplicateEmail: 400")
    assert "line 1005" in result.err or "line 1006" in result.err  # failures named by CSV line
    group = next(g for g in client.groups.list() if g.name == team)
    assert len(group.members) == 1000
    assert session.counter.counts.get("PUT") == 1  # the group gained its 1,000 members in one request

    again = invoke(["import", "users", str(path)], env)  # resumable: only the refused row is tried again
    assert "1 to create, 0 to change" in again.err and "1004 rows: 1000 done, 4 failed." in again.err, again
    assert again.code == 1


def test_robot_accounts_import_and_export_csv_round_trip(mocks: Mocks, profile: str, tmp_path: Path) -> None:
    ready = mocks.ready(profile)
    env = environment(ready)
    team = unique("robots-team")
    assert invoke(["groups", "create", "--name", team], env).code == 0
    prefix = unique("r")
    path = write_csv(
        tmp_path / "robots.csv",
        ["name", "display_name", "groups"],
        [[f"{prefix}-{i}", f"Robot {i}", team] for i in range(20)],
    )
    first = invoke(["import", "robot-accounts", str(path)], env)
    assert first.code == 0 and "20 rows: 20 done, 0 failed." in first.err, first
    renamed = write_csv(tmp_path / "robots2.csv", ["name", "display_name"], [[f"{prefix}-0", "Renamed"]])
    second = invoke(["import", "robot-accounts", str(renamed)], env)
    assert second.code == 0 and "0 to create, 1 to change" in second.err, second
    exported = invoke(["export", "--csv", str(tmp_path / "out"), "-o", str(tmp_path / "org.yaml")], env)
    assert exported.code == 0
    back = {row["name"]: row for row in csv.DictReader((tmp_path / "out" / "robot_accounts.csv").open())}
    assert back[f"{prefix}-0"]["display_name"] == "Renamed" and back[f"{prefix}-1"]["groups"] == team
    replay = invoke(["import", "robot-accounts", str(tmp_path / "out" / "robot_accounts.csv")], env)
    assert replay.code == 0 and "0 to create, 0 to change" in replay.err, replay  # the export re-imports as is


def test_dry_run_writes_nothing(mocks: Mocks, tmp_path: Path) -> None:
    env = environment(mocks.ready())
    name = unique("dry")
    path = write_csv(tmp_path / "u.csv", ["user_name"], [[name]])
    session = Session(environ=env)
    result = invoke(["import", "users", str(path), "--dry-run"], env, session=session)
    assert result.code == 0 and "1 to create" in result.err
    assert set(session.counter.counts) == {"GET"}
