"""Multi-record writes are atomic under `kill -9` (issue 19, item 3), their audit events with them
(issue 17): the server (`--db` mode, a
subprocess) kills itself at each write statement of a membership-changing operation in turn (the
store's $UIPATH_MOCK_CRASH_AT test hook, counted after seeding), then a restart must show all of
the operation or none of it, and no link to a record that is gone. Then random kills from outside
while such writes stream in; every acknowledged write must survive. On main d2ffc2c the same
writes were several transactions: a kill left a group with members whose `groupIds` were empty.

Cost: about 30 server starts of ~1 s each, ~40 s on a quiet machine (marked slow)."""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_harness import ORG_IDS, in_process, start_mock

from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.store import CRASH_ENV, Store

pytestmark = pytest.mark.slow
C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
BIG, OTHER = "6f1b3a52-0c1e-4b8e-9d7a-1a2b3c4d5e6f", "7a2c4b63-1d2f-4c9f-8e8b-2b3c4d5e6f70"
MEMBERS = [str(uuid.uuid5(uuid.NAMESPACE_DNS, f"member-{i}")) for i in range(120)]
NEWCOMERS = [str(uuid.uuid5(uuid.NAMESPACE_DNS, f"newcomer-{i}")) for i in range(25)]

Request = tuple[str, str, Any]


def _setup_requests() -> list[Request]:
    users = [{"userName": f"member-{i}", "id": ident} for i, ident in enumerate(MEMBERS)]
    return [
        ("POST", f"{API}/Group", {"partitionGlobalId": C, "name": "big", "id": BIG}),
        ("POST", f"{API}/Group", {"partitionGlobalId": C, "name": "other", "id": OTHER}),
        ("POST", f"{API}/User/BulkCreate", {"partitionGlobalId": C, "users": users, "groupIDs": [BIG]}),
    ]


# Each multi-record write, and what "all of it" and "none of it" look like afterwards.
# How many audit events each records (issue 17): they are in the log if and only if the write is.
EVENTS = {
    "delete a 120-member group": 1,
    "bulk create 25 users into two groups": 25,
    "move 40 members and rename": 1,
    "bulk delete 30 users": 30,
}
SCENARIOS: dict[str, Request] = {
    "delete a 120-member group": ("DELETE", f"{API}/Group/{C}/{BIG}", None),
    "bulk create 25 users into two groups": (
        "POST",
        f"{API}/User/BulkCreate",
        {
            "partitionGlobalId": C,
            "users": [{"userName": f"newcomer-{i}", "id": ident} for i, ident in enumerate(NEWCOMERS)],
            "groupIDs": [BIG, OTHER],
        },
    ),
    "move 40 members and rename": (
        "PUT",
        f"{API}/Group/{OTHER}",
        {"partitionGlobalId": C, "name": "renamed", "directoryUserIDsToAdd": MEMBERS[:40]},
    ),
    "bulk delete 30 users": ("DELETE", f"{API}/User", {"partitionGlobalId": C, "userIds": MEMBERS[-30:]}),
}


def _state(db: Path) -> dict[str, Any]:
    """What the database holds: users, groups and their members (checkpointed, read directly)."""
    with sqlite3.connect(db) as raw:
        docs = {(r, i.lower()) for r, i in raw.execute("SELECT resource, id FROM docs WHERE org_id = ?", (C,))}
        links = [
            (o.lower(), m.lower()) for o, m in raw.execute("SELECT owner, member FROM links WHERE org_id = ?", (C,))
        ]
        names = dict(raw.execute("SELECT id, json_extract(doc, '$.name') FROM docs WHERE resource = 'group'"))
        events = raw.execute("SELECT count(*) FROM events WHERE org_id = ?", (C,)).fetchone()[0]
    members: dict[str, set[str]] = {}
    for owner, member in links:
        members.setdefault(owner, set()).add(member)
    names = {k.lower(): v for k, v in names.items()}
    return {"docs": docs, "links": links, "members": members, "names": names, "events": events}


def _no_dangling_links(state: dict[str, Any]) -> None:
    ids = {i for _, i in state["docs"]}
    dangling = [(o, m) for o, m in state["links"] if o not in ids or m not in ids]
    assert not dangling, dangling[:5]


def _all_or_nothing(name: str, state: dict[str, Any]) -> bool:
    """True if the operation is wholly there, False if wholly absent; fails on anything between."""
    users = {i for r, i in state["docs"] if r == "user"}
    big, other = state["members"].get(BIG, set()), state["members"].get(OTHER, set())
    if name.startswith("delete a"):
        gone = ("group", BIG) not in state["docs"]
        assert gone == (not big), "the group and its links must go together"
        assert gone or big == set(MEMBERS)
        return gone
    if name.startswith("bulk create"):
        made = users & set(NEWCOMERS)
        assert made in (set(), set(NEWCOMERS)), f"{len(made)} of {len(NEWCOMERS)} users"
        assert (set(NEWCOMERS) <= big) == bool(made) and (set(NEWCOMERS) <= other) == bool(made)
        return bool(made)
    if name.startswith("move"):
        moved = set(MEMBERS[:40]) & other
        assert moved in (set(), set(MEMBERS[:40])), f"{len(moved)} of 40 moved"
        assert (state["names"][OTHER] == "renamed") == bool(moved), "rename and members commit together"
        return bool(moved)
    deleted = set(MEMBERS[-30:]) - users
    assert deleted in (set(), set(MEMBERS[-30:])), f"{len(deleted)} of 30 deleted"
    assert not (deleted & big), "a deleted user left no link"
    return bool(deleted)


def _checkpoint(db: Path) -> None:
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the set-up done through the API, as a file to copy for each run."""
    db = tmp_path_factory.mktemp("crash") / "template.db"
    mock = start_mock("--db", str(db))
    try:
        with _client(mock) as http:
            for method, path, body in _setup_requests():
                assert http.request(method, path, json=body).status_code < 300
    finally:
        mock.stop()
    _checkpoint(db)
    return db


@contextmanager
def _client(mock: mock_process.MockProcess) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {mock_process.admin_token(mock.ready)}"}
    with httpx.Client(base_url=mock.root, headers=headers, timeout=30) as http:
        yield http


def _statements(name: str) -> int:
    """How many write statements (and the commit) the operation makes, counted in process."""
    client, app = in_process()
    token = client.get_token()
    for method, path, body in _setup_requests():
        assert client.request(method, path, token, json=body).status_code < 300
    store: Store = app.state.mock.store
    counted = [0]
    original = store._step

    def count() -> None:
        counted[0] += 1
        original()

    store._step = count  # type: ignore[method-assign]
    method, path, body = SCENARIOS[name]
    assert client.request(method, path, token, json=body).status_code < 300
    return counted[0]


def _points(total: int) -> list[int]:
    """Every statement of a short operation; of a long one, the first two, the middle one, the last
    one and the commit."""
    if total <= 5:
        return list(range(1, total + 1))
    return sorted({1, 2, total // 2, total - 1, total})


def _crash_then_check(template: Path, folder: Path, name: str, point: int, restart: bool) -> bool:
    db = folder / f"{point}.db"
    shutil.copy(template, db)
    mock = start_mock("--db", str(db), env={CRASH_ENV: str(point)})
    method, path, body = SCENARIOS[name]
    try:
        with _client(mock) as http:
            try:
                http.request(method, path, json=body)
                crashed = False
            except httpx.TransportError:
                crashed = True
        mock.process.wait(timeout=10) if crashed else None
    finally:
        mock.stop()
    assert not crashed or mock.process.returncode == -9, mock.output()[-2000:]
    if restart:  # the server opens what the crash left (SQLite recovers the WAL, as below)
        restarted = start_mock("--db", str(db))
        try:
            with _client(restarted) as http:
                answer = http.get(f"{API}/Group/{C}/{OTHER}")
                assert answer.status_code == 200, answer.text
        finally:
            restarted.stop()
    _checkpoint(db)
    state = _state(db)
    _no_dangling_links(state)
    done = _all_or_nothing(name, state)
    assert done or crashed, "a request answered without a crash must be whole"
    assert state["events"] == _state(template)["events"] + (EVENTS[name] if done else 0), "events and write together"
    return crashed


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_kill_at_any_statement_leaves_all_of_the_write_or_none(template: Path, tmp_path: Path, name: str) -> None:
    total = _statements(name)
    assert total >= 3, total
    points = _points(total)
    crashes = [_crash_then_check(template, tmp_path, name, p, restart=p == points[len(points) // 2]) for p in points]
    assert all(crashes), "every point is inside the operation, so each run must have crashed"


def test_random_kills_lose_no_acknowledged_write(template: Path, tmp_path: Path) -> None:
    rng = random.Random(19)  # fixed: the same kill times on every run
    db = tmp_path / "random.db"
    shutil.copy(template, db)
    acknowledged: list[str] = []
    for round_ in range(3):
        mock = start_mock("--db", str(db))
        stop = threading.Event()

        def writer(mock: mock_process.MockProcess = mock, round_: int = round_, stop: threading.Event = stop) -> None:
            with _client(mock) as http:
                for batch in range(1000):
                    if stop.is_set():
                        return
                    tag = f"r{round_}b{batch}"
                    users = [{"userName": f"{tag}-{i}"} for i in range(20)]
                    body = {"partitionGlobalId": C, "users": users, "groupIDs": [OTHER]}
                    try:
                        if http.post(f"{API}/User/BulkCreate", json=body).status_code == 200:
                            acknowledged.append(tag)
                    except httpx.TransportError:
                        return

        thread = threading.Thread(target=writer)
        thread.start()
        time.sleep(0.3 + rng.random() * 1.2)
        mock.process.kill()  # SIGKILL, from outside
        mock.process.wait()
        stop.set()
        thread.join(30)
        mock.stop()
    restarted = start_mock("--db", str(db))
    try:
        with _client(restarted) as http:
            for tag in rng.sample(acknowledged, min(5, len(acknowledged))):  # as a user would look
                found = http.get(f"{API}/User/users/{C}", params={"searchTerm": f"{tag}-", "top": 50}).json()
                assert found["totalCount"] == 20, tag
    finally:
        restarted.stop()
    _checkpoint(db)
    state = _state(db)
    _no_dangling_links(state)
    with sqlite3.connect(db) as raw:
        counts = dict(
            raw.execute(
                "SELECT substr(json_extract(doc, '$.userName'), 1, instr(json_extract(doc, '$.userName'), '-') - 1)"
                " AS tag, count(*) FROM docs WHERE resource = 'user' AND json_extract(doc, '$.userName') GLOB 'r*b*-*'"
                " GROUP BY tag"
            ).fetchall()
        )
    assert acknowledged and all(counts.get(tag) == 20 for tag in acknowledged)  # none lost
    assert all(n == 20 for n in counts.values()), counts  # every batch whole, none torn
    members = state["members"].get(OTHER, set())
    users = {i for r, i in state["docs"] if r == "user"}
    assert len(users & members) == 20 * len(counts)
