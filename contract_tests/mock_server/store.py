"""State of the mock: organizations; one table of JSON documents, one row per stored thing of any
resource of the operations table (external clients, their secrets, users, groups, ...); the links
of the table's relations (a group's members), one row per pair, so both sides always agree; a
lower-cased index of the names and other looked-up fields (uniqueness, directory look-ups); and
one-per-organization singletons. One SQLite code path for both modes (`:memory:` by default, a WAL
file with --db), indexed so a read or write of one thing costs the same in any organization.

Every change happens in a transaction (`transaction()`; a write outside one gets its own): an
operation's writes commit once, so a crash leaves all of them or none. Commit listeners run inside
the transaction, just before COMMIT, with what it changed: the place where a committed write emits
an event (an audit trail) atomically with it. One lock serializes callers."""

from __future__ import annotations

import bisect
import json
import os
import signal
import sqlite3
import tempfile
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .credentials import Client, Secret

INT64_MAX = 2**63 - 1
_JOURNAL_MAX = 20_000
_SCHEMA_VERSION = 3  # 2: relations in `links`, looked-up fields in `lookup`; 3: the audit log `events`
_UPGRADABLE = (2,)  # versions whose files gain the new tables and open as the current one
_CHUNK = 500  # ids per `IN (...)` query
_METER_STEPS = 16
CLIENTS, SECRETS = "externalClient", "clientSecret"  # read by the token endpoint
# Test hook: the process kills itself (SIGKILL) at this write statement after start-up
# (tests/mock_server/test_mock_crash.py); unset in any real use.
CRASH_ENV = "UIPATH_MOCK_CRASH_AT"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    org_id TEXT NOT NULL,
    id TEXT NOT NULL COLLATE NOCASE,
    parent TEXT COLLATE NOCASE,
    name TEXT,
    protected INTEGER NOT NULL DEFAULT 0,
    doc TEXT NOT NULL,
    UNIQUE (resource, org_id, id)
);
CREATE INDEX IF NOT EXISTS docs_by_org ON docs(resource, org_id, seq);
CREATE INDEX IF NOT EXISTS docs_by_parent ON docs(parent, resource);
CREATE TABLE IF NOT EXISTS links (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    relation TEXT NOT NULL,
    org_id TEXT NOT NULL,
    owner TEXT NOT NULL COLLATE NOCASE,
    member TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (relation, org_id, owner, member)
);
CREATE INDEX IF NOT EXISTS links_by_owner ON links(relation, org_id, owner, seq);
CREATE INDEX IF NOT EXISTS links_by_member ON links(relation, org_id, member, seq);
CREATE TABLE IF NOT EXISTS lookup (
    org_id TEXT NOT NULL,
    resource TEXT NOT NULL,
    field TEXT NOT NULL,
    key TEXT NOT NULL,
    id TEXT NOT NULL COLLATE NOCASE
);
CREATE INDEX IF NOT EXISTS lookup_by_key ON lookup(org_id, key, resource, field);
CREATE INDEX IF NOT EXISTS lookup_by_id ON lookup(org_id, resource, id);
CREATE TABLE IF NOT EXISTS counts (
    resource TEXT NOT NULL,
    org_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (resource, org_id)
);
CREATE TABLE IF NOT EXISTS singletons (
    resource TEXT NOT NULL,
    org_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (resource, org_id)
);
CREATE TABLE IF NOT EXISTS events (
    org_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    created INTEGER NOT NULL,
    id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    type_id TEXT NOT NULL,
    actor_id TEXT,
    status INTEGER NOT NULL,
    search TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (org_id, tenant_id, created, id)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class Org:
    id: str
    name: str


class Conflict(Exception):
    """A unique name is already taken."""


class StoreError(RuntimeError):
    """The database file cannot be used (made by an incompatible version of the mock)."""


@dataclass(frozen=True)
class Record:
    """One stored document; `doc` carries its id under the resource's id field."""

    resource: str
    id: str
    org_id: str
    parent: str | None
    protected: bool
    doc: dict[str, Any]
    seq: int = 0  # creation order


@dataclass(frozen=True)
class NewDoc:
    """A document to create: its resource, content and place."""

    resource: str
    doc: dict[str, Any]
    id_field: str = "id"
    int_id: bool = False
    parent: str | None = None
    name: str | None = None
    protected: bool = False
    record_id: str | None = None  # a fixed id (seeded records, a caller's id); else one is made


@dataclass(frozen=True)
class Layout:
    """What the store needs from the operations tables (of every service: one state for all):
    integer-id resources, the fields indexed per resource (its naming field first), and each
    relation's owner and member resources."""

    int_ids: frozenset[str] = frozenset()
    naming: dict[str, str] = field(default_factory=dict)
    indexed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    relations: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # For commit listeners: how each audited resource's writes read in the audit log (the
    # table's `audit:` with its `auditSource` as `source`, and `naming` as the default `label`).
    audit: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    """One change a transaction made. `kind`: create, replace, delete, link, unlink, singleton;
    `resource`: the resource (the relation, for link and unlink); `other`: a link's member; `doc`:
    the stored document after the change (before it, for a delete; None when a singleton is
    removed), `before` the one it replaced; `parent`: a child's parent."""

    kind: str
    resource: str
    org_id: str
    id: str | None
    other: str | None = None
    doc: Any = field(default=None, repr=False, compare=False)
    before: Any = field(default=None, repr=False, compare=False)
    parent: str | None = None


@dataclass(frozen=True)
class Event:
    """One event of an audit log: the log is the organization's (`tenant_id` empty) or one of its
    tenants'; `created` in microseconds since the epoch (UTC), strictly increasing in each log;
    `doc` the event as answered (JSON text); `search` what a search term is looked for in (lower
    case). Source, target and type are ids of the log's catalogue."""

    org_id: str
    tenant_id: str
    created: int
    id: str
    source_id: str
    target_id: str
    type_id: str
    actor_id: str | None
    status: int
    search: str
    doc: str


@dataclass(frozen=True)
class EventFilter:
    """Which events of a log a query keeps: a time window (microseconds, both ends inclusive) and
    any of the catalogue ids, actors and status; `search` (lower case) contained in `search`."""

    start: int
    end: int
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    status: int | None = None
    search: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, args = ["created >= ?", "created <= ?"], [self.start, self.end]
        for column, values in (
            ("source_id", self.sources),
            ("target_id", self.targets),
            ("type_id", self.types),
            ("actor_id", self.actors),
        ):
            if values:
                clauses.append(f"{column} IN ({_marks(values)})")
                args += list(values)
        if self.status is not None:
            clauses.append("status = ?")
            args.append(self.status)
        if self.search:
            clauses.append("instr(search, ?) > 0")
            args.append(self.search)
        return " AND ".join(clauses), args


@dataclass
class Transaction:
    """The writes of one operation. `info`: who made them and how (the pipeline's WriteInfo; None
    for the mock's own writes, such as seeding); `changes` in the order they were made."""

    info: Any = None
    changes: list[Change] = field(default_factory=list)
    aborted: bool = False

    def abort(self) -> None:
        """Roll back instead of committing (an operation that answers an error stores nothing)."""
        self.aborted = True


CommitListener = Callable[["Store", Transaction], None]


class Store:
    """`path` None: a private temporary file (removed at close or exit), so that reads never wait
    for a write: each thread reads through its own connection (WAL readers see the last commit),
    while writes go through one connection and one lock."""

    def __init__(self, path: str | None = None, layout: Layout | None = None) -> None:
        self._lock = threading.RLock()
        self._scratch = None if path else tempfile.TemporaryDirectory(prefix="uipath-mock-")
        self.path = path or os.path.join(self._scratch.name if self._scratch else "", "state.db")
        self._db = self._connect()
        self._db.execute("PRAGMA journal_mode=WAL")
        # A --db file survives a crash of the process (NORMAL); the scratch file need not (OFF).
        self._db.execute(f"PRAGMA synchronous={'NORMAL' if path else 'OFF'}")
        self._db.execute("PRAGMA cache_size = -262144")  # up to 256 MiB: the indexes of a big org stay in memory
        # Checkpoints (copying the WAL back into the database) happen in a thread of their own, not
        # in whichever request's commit crosses the threshold.
        self._db.execute("PRAGMA wal_autocheckpoint = 0")
        self._check_version()
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
        last = self._db.execute("SELECT max(seq) FROM docs").fetchone()[0]
        self._last_seq = int(last or 0)
        self._readers = threading.local()
        self._metering: Callable[[], int] | None = None
        self._all_readers: list[sqlite3.Connection] = []
        self.layout = layout or Layout()
        self.listeners: list[CommitListener] = []
        self._tx: Transaction | None = None
        self._tx_thread: int | None = None
        self._tx_written: dict[str, set[str]] = {}
        self._tx_counts: dict[tuple[str, str], int] = {}
        # Bumped at every commit that wrote to an org; callers may cache reads keyed on it.
        self._versions: dict[str, int] = {}
        # Per org, (version, id) of each write, so a cached list can re-render only what changed.
        self._journal: dict[str, list[tuple[int, str]]] = {}
        self._journal_floor: dict[str, int] = {}
        self._journal_lock = threading.Lock()
        self._closed = threading.Event()
        threading.Thread(target=_checkpoints, args=(self.path, self._closed), daemon=True).start()
        weakref.finalize(self, self._closed.set)
        crash_at = os.environ.get(CRASH_ENV, "")
        self._crash_at = int(crash_at) if crash_at.isdigit() else None
        self._armed = False
        self._statements = 0

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.row_factory = sqlite3.Row
        return db

    def _check_version(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = self._db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'docs'").fetchone()[0]
        if tables and version != _SCHEMA_VERSION and version not in _UPGRADABLE:
            raise StoreError(f"the database was made by another version of the mock (schema {version}); remove it")

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            for reader in self._all_readers:
                reader.close()
            self._db.close()
            if self._scratch is not None:
                self._scratch.cleanup()

    def arm_crash_point(self) -> None:
        """From now on, count write statements towards $UIPATH_MOCK_CRASH_AT (after seeding)."""
        self._armed = True
        self._statements = 0

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The connection a read goes through: inside this thread's transaction, the writer's (it
        sees its own writes); else this thread's reader, which never waits for a writer."""
        if self._tx is not None and self._tx_thread == threading.get_ident():
            yield self._db
            return
        reader: sqlite3.Connection | None = getattr(self._readers, "db", None)
        if reader is None:
            reader = self._readers.db = self._connect()
            reader.execute("PRAGMA query_only = ON")
            if self._metering is not None:
                reader.set_progress_handler(self._metering, _METER_STEPS)
            with self._lock:
                self._all_readers.append(reader)
        yield reader

    @contextmanager
    def meter(self) -> Iterator[list[int]]:
        """Counts the SQLite virtual-machine steps (to the nearest 16) of every connection while
        open: a measure of a request's work that does not depend on the machine's load
        (test_mock_scale.py)."""
        counter = [0]

        def tick() -> int:
            counter[0] += _METER_STEPS
            return 0

        self._metering = tick
        connections = [self._db, *self._all_readers]
        for db in connections:
            db.set_progress_handler(tick, _METER_STEPS)
        try:
            yield counter
        finally:
            self._metering = None
            for db in [self._db, *self._all_readers]:
                db.set_progress_handler(None, _METER_STEPS)

    def busy(self) -> bool:
        """Whether another thread holds the write lock (a write now would wait for it)."""
        if not self._lock.acquire(blocking=False):
            return True
        self._lock.release()
        return False

    # Transactions

    @contextmanager
    def transaction(self, info: Any = None) -> Iterator[Transaction]:
        """One transaction for everything written inside (nested calls join the outer one)."""
        with self._lock:
            if self._tx is not None:
                yield self._tx
                return
            tx = self._tx = Transaction(info)
            self._tx_thread = threading.get_ident()
            self._tx_written = {}
            self._tx_counts = {}
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield tx
                if tx.aborted:
                    self._db.execute("ROLLBACK")
                    return
                if tx.changes:
                    for listener in self.listeners:  # inside the transaction: its writes commit with it
                        listener(self, tx)
                self._write_counts()
                self._step()
                self._db.execute("COMMIT")
                self._journal_commit()
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            finally:
                self._tx = self._tx_thread = None

    def _step(self) -> None:
        if self._armed and self._crash_at is not None:
            self._statements += 1
            if self._statements >= self._crash_at:
                os.kill(os.getpid(), signal.SIGKILL)

    def _exec(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        """A write statement (inside the current transaction)."""
        assert self._tx is not None, "writes happen in a transaction"
        self._step()
        return self._db.execute(sql, args)

    def _changed(self, change: Change, *ids: str | None) -> None:
        assert self._tx is not None
        self._tx.changes.append(change)
        self._tx_written.setdefault(change.org_id, set()).update(i.lower() for i in ids if i)

    def _journal_commit(self) -> None:
        """After COMMIT: bumps each written org's version, journalling the ids written (a child's
        write names its parent). A cache that read the version before its query is never newer
        than what it rendered."""
        with self._journal_lock:
            for org_id, ids in self._tx_written.items():
                version = self._versions[org_id] = self._versions.get(org_id, 0) + 1
                journal = self._journal.setdefault(org_id, [])
                journal += [(version, i) for i in sorted(ids)]
                if len(journal) > _JOURNAL_MAX:  # forget the older half; caches older than that render anew
                    self._journal_floor[org_id] = journal[len(journal) // 2][0] - 1
                    del journal[: len(journal) // 2]
            self._tx_written = {}

    def version(self, org_id: str) -> int:
        return self._versions.get(org_id, 0)

    def written_since(self, org_id: str, version: int) -> set[str] | None:
        """The ids (lower case) written after `version`, or None when the journal no longer knows."""
        with self._journal_lock:
            if version < self._journal_floor.get(org_id, 0):
                return None
            journal = self._journal.get(org_id, [])
            start = bisect.bisect_right(journal, (version, "\U0010ffff"))
            return {ident for _, ident in journal[start:]}

    # Organizations

    def ensure_org(self, org_id: str, name: str) -> None:
        with self.transaction():
            self._exec("INSERT OR REPLACE INTO orgs (id, name) VALUES (?, ?)", (org_id, name))

    def orgs(self) -> list[Org]:
        with self._reading() as db:
            return [Org(r["id"], r["name"]) for r in db.execute("SELECT id, name FROM orgs")]

    # Documents

    def _record(self, row: sqlite3.Row, id_field: str) -> Record:
        doc = json.loads(row["doc"])
        ident: Any = row["id"]
        if row["resource"] in self.layout.int_ids:
            ident = int(ident)
        doc[id_field] = ident
        return Record(row["resource"], row["id"], row["org_id"], row["parent"], bool(row["protected"]), doc, row["seq"])

    def create(self, org_id: str, new: NewDoc, children: Sequence[NewDoc] = (), unique: bool = False) -> list[Record]:
        """Stores `new` and its `children` (their parent set to its id) in one transaction."""
        with self.transaction():
            if unique and new.name is not None and self.named(new.resource, org_id, new.name) is not None:
                raise Conflict(new.name)
            made = [self._insert(org_id, new, new.parent)]
            made += [self._insert(org_id, child, made[0].id) for child in children]
        return made

    def named(self, resource: str, org_id: str, name: str) -> str | None:
        """The id of the org's record of `resource` whose naming field is `name` (any case)."""
        naming = self.layout.naming.get(resource)
        if naming is None:
            return None
        with self._reading() as db:
            row = db.execute(
                "SELECT id FROM lookup WHERE org_id = ? AND key = ? AND resource = ? AND field = ?",
                (org_id, name.lower(), resource, naming),
            ).fetchone()
        return None if row is None else str(row["id"])

    def _insert(self, org_id: str, new: NewDoc, parent: str | None) -> Record:
        doc = {k: v for k, v in new.doc.items() if k != new.id_field}
        ident = new.record_id or ("" if new.int_id else str(uuid.uuid4()))
        seq = None
        if not ident:  # an integer id is the row's sequence number, chosen here (writes hold the lock)
            seq = self._last_seq + 1
            ident = str(seq)
        cursor = self._exec(
            "INSERT INTO docs (seq, resource, org_id, id, parent, name, protected, doc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, new.resource, org_id, ident, parent, new.name, int(new.protected), json.dumps(doc)),
        )
        seq = cursor.lastrowid or 0
        self._last_seq = max(self._last_seq, seq)
        self._index(org_id, new.resource, ident, doc, fresh=True)
        self._count(new.resource, org_id, 1)
        value: Any = int(ident) if new.int_id else ident
        change = Change("create", new.resource, org_id, ident, doc={**doc, new.id_field: value}, parent=parent)
        self._changed(change, ident, parent)
        return Record(new.resource, ident, org_id, parent, new.protected, {**doc, new.id_field: value}, seq)

    def _index(self, org_id: str, resource: str, ident: str, doc: dict[str, Any] | None, fresh: bool = False) -> None:
        """Keeps the look-up index of one record in step with its document (None: deleted; fresh:
        just created, nothing to replace)."""
        fields = self.layout.indexed.get(resource)
        if not fields:
            return
        if not fresh:
            self._exec("DELETE FROM lookup WHERE org_id = ? AND resource = ? AND id = ?", (org_id, resource, ident))
        if doc is None:
            return
        rows = [(org_id, resource, f, doc[f].lower(), ident) for f in fields if isinstance(doc.get(f), str)]
        if rows:
            self._step()
            self._db.executemany("INSERT INTO lookup (org_id, resource, field, key, id) VALUES (?, ?, ?, ?, ?)", rows)

    def records(self, resource: str, org_id: str, id_field: str = "id") -> list[Record]:
        """The org's records of a resource in creation order (the whole list: off the event loop)."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT * FROM docs WHERE resource = ? AND org_id = ? ORDER BY seq", (resource, org_id)
            ).fetchall()
        return [self._record(r, id_field) for r in rows]

    def count(self, resource: str, org_id: str) -> int:
        """How many records of a resource the org has (kept by every insert and delete, not counted)."""
        with self._reading() as db:
            row = db.execute("SELECT n FROM counts WHERE resource = ? AND org_id = ?", (resource, org_id)).fetchone()
            pending = self._tx_counts.get((resource, org_id), 0) if db is self._db else 0
        return (0 if row is None else int(row[0])) + pending

    def _count(self, resource: str, org_id: str, delta: int) -> None:
        """Counted in the transaction, written once per resource when it commits."""
        key = (resource, org_id)
        self._tx_counts[key] = self._tx_counts.get(key, 0) + delta

    def _write_counts(self) -> None:
        if self._tx_counts:
            self._step()
            self._db.executemany(
                "INSERT INTO counts (resource, org_id, n) VALUES (?, ?, ?) "
                "ON CONFLICT (resource, org_id) DO UPDATE SET n = n + excluded.n",
                [(resource, org_id, delta) for (resource, org_id), delta in self._tx_counts.items()],
            )
            self._tx_counts = {}

    def page(
        self,
        resource: str,
        org_id: str,
        offset: int,
        limit: int | None,
        sort: str | None = None,
        descending: bool = False,
        contains: tuple[tuple[str, ...], str] | None = None,
        id_field: str = "id",
    ) -> tuple[int, list[Record]]:
        """(how many match, one page of them): sorted by a document field (absent values last), or
        in creation order; `contains`: (fields, text) keeps records where a field contains the text
        (case-insensitive)."""
        where, args = "resource = ? AND org_id = ?", [resource, org_id]
        if contains is not None:
            fields, text = contains
            tests = ["instr(lower(json_extract(doc, ?)), ?) > 0" for f in fields if _plain(f)]
            where += f" AND ({' OR '.join(tests) or '0'})"
            for f in (f for f in fields if _plain(f)):
                args += [f'$."{f}"', text.lower()]
        order = "seq"
        if sort is not None:
            direction = "DESC" if descending else "ASC"
            if sort == id_field:
                order = f"id {direction}, seq"
            elif _plain(sort):
                value = "json_extract(doc, ?)"
                order = (
                    f"{value} IS NULL, typeof({value}) = 'text' {direction}, "
                    f"CASE WHEN typeof({value}) = 'text' THEN lower({value}) ELSE {value} END {direction}, seq"
                )
        order_args = [f'$."{sort}"'] * 5 if sort is not None and sort != id_field and _plain(sort) else []
        with self._reading() as db:
            if contains is None:
                total = self.count(resource, org_id)
            else:
                total = int(db.execute(f"SELECT count(*) FROM docs WHERE {where}", args).fetchone()[0])
            rows = db.execute(
                f"SELECT * FROM docs WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*args, *order_args, -1 if limit is None else limit, offset],
            ).fetchall()
        return total, [self._record(r, id_field) for r in rows]

    def children(self, org_id: str, parent: str, resource: str, id_field: str = "id") -> list[Record]:
        with self._reading() as db:
            rows = db.execute(
                "SELECT * FROM docs WHERE parent = ? AND resource = ? AND org_id = ? ORDER BY seq",
                (parent, resource, org_id),
            ).fetchall()
        return [self._record(r, id_field) for r in rows]

    def children_by_parent(self, org_id: str, resource: str, id_field: str = "id") -> dict[str, list[Record]]:
        """Every record of a child resource in the org, grouped by parent id (lower case)."""
        grouped: dict[str, list[Record]] = {}
        for record in self.records(resource, org_id, id_field):
            grouped.setdefault((record.parent or "").lower(), []).append(record)
        return grouped

    def get(self, resource: str, org_id: str | None, ident: Any, id_field: str = "id") -> Record | None:
        """One record (of any organization when `org_id` is None)."""
        key = str(ident)
        if isinstance(ident, int) and not 0 < ident <= INT64_MAX:
            return None
        with self._reading() as db:
            query: tuple[str, tuple[str, ...]]
            if org_id is None:
                # Each organization's part of the (resource, org_id, id) index: a few look-ups.
                query = (
                    "SELECT * FROM docs WHERE resource = ? AND org_id IN (SELECT id FROM orgs) AND id = ?",
                    (resource, key),
                )
            else:
                query = "SELECT * FROM docs WHERE resource = ? AND org_id = ? AND id = ?", (resource, org_id, key)
            row = db.execute(*query).fetchone()
        return None if row is None else self._record(row, id_field)

    def get_any(self, org_id: str, ident: Any, resources: Sequence[str]) -> Record | None:
        """The org's record with this id among the given resources (the first of them that has one)."""
        with self._reading() as db:
            rows = db.execute(
                f"SELECT * FROM docs WHERE org_id = ? AND id = ? AND resource IN ({_marks(resources)})",
                (org_id, str(ident), *resources),
            ).fetchall()
        found = {r["resource"]: r for r in rows}
        first = next((found[r] for r in resources if r in found), None)
        return None if first is None else self._record(first, "id")

    def get_many(self, org_id: str, ids: Sequence[str], resources: Sequence[str]) -> dict[str, Record]:
        """Records by id (lower case) among the given resources, in chunks (a big group's members)."""
        found: dict[str, Record] = {}
        with self._reading() as db:
            for start in range(0, len(ids), _CHUNK):
                chunk = list(ids[start : start + _CHUNK])
                rows = db.execute(
                    f"SELECT * FROM docs WHERE org_id = ? AND resource IN ({_marks(resources)}) "
                    f"AND id IN ({_marks(chunk)})",
                    (org_id, *resources, *chunk),
                ).fetchall()
                for row in rows:
                    found.setdefault(str(row["id"]).lower(), self._record(row, "id"))
        return found

    def looked_up(
        self, org_id: str, key: str, fields: dict[str, tuple[str, ...]], prefix: bool = False
    ) -> list[Record]:
        """Records whose indexed field equals `key` (or starts with it), any case; `fields`: the
        fields searched per resource. In creation order within each resource, resources in the
        order given."""
        wanted = key.lower()
        clause = "key >= ? AND key < ?" if prefix else "key = ?"
        bounds = (wanted, wanted + "\U0010ffff") if prefix else (wanted,)
        hits: dict[tuple[str, str], None] = {}
        with self._reading() as db:
            for resource, names in fields.items():
                rows = db.execute(
                    f"SELECT DISTINCT l.id FROM lookup l JOIN docs d ON d.resource = l.resource "
                    f"AND d.org_id = l.org_id AND d.id = l.id WHERE l.org_id = ? AND {clause} AND l.resource = ? "
                    f"AND l.field IN ({_marks(names)}) ORDER BY d.seq",
                    (org_id, *bounds, resource, *names),
                ).fetchall()
                hits.update({(resource, str(r["id"])): None for r in rows})
            found = []
            for resource, ident in hits:
                record = self.get(resource, org_id, ident)
                if record is not None:
                    found.append(record)
        return found

    def replace(self, record: Record, doc: dict[str, Any], name: str | None, id_field: str = "id") -> Record:
        stored = {k: v for k, v in doc.items() if k != id_field}
        with self.transaction():
            self._exec(
                "UPDATE docs SET doc = ?, name = ? WHERE resource = ? AND org_id = ? AND id = ?",
                (json.dumps(stored), name, record.resource, record.org_id, record.id),
            )
            self._index(record.org_id, record.resource, record.id, stored)
            owners = [  # the records that show this one (its groups): their cached answers change too
                str(row[0])
                for relation, (_, members) in self.layout.relations.items()
                if record.resource in members
                for row in self._db.execute(
                    "SELECT owner FROM links INDEXED BY links_by_member "
                    "WHERE relation = ? AND org_id = ? AND member = ?",
                    (relation, record.org_id, record.id),
                )
            ]
            change = Change(
                "replace",
                record.resource,
                record.org_id,
                record.id,
                doc={**stored, id_field: record.doc.get(id_field, record.id)},
                before=record.doc,
                parent=record.parent,
            )
            self._changed(change, record.id, record.parent, *owners)
        return Record(
            record.resource,
            record.id,
            record.org_id,
            record.parent,
            record.protected,
            {**stored, id_field: record.doc[id_field]},
            record.seq,
        )

    def delete(self, record: Record, child_resources: Sequence[str]) -> None:
        """Deletes a record, its children (of the given resources) and the links of all of them."""
        with self.transaction():
            doomed = [record]
            for child in child_resources:
                rows = self._db.execute(
                    "SELECT * FROM docs WHERE resource = ? AND parent = ? AND org_id = ?",
                    (child, record.id, record.org_id),
                ).fetchall()
                doomed += [self._record(row, "id") for row in rows]
            for gone in reversed(doomed):  # children first, as a clean-up would
                self._unlink_all(gone)
                self._index(gone.org_id, gone.resource, gone.id, None)
                self._exec(
                    "DELETE FROM docs WHERE resource = ? AND org_id = ? AND id = ?",
                    (gone.resource, gone.org_id, gone.id),
                )
                change = Change("delete", gone.resource, gone.org_id, gone.id, doc=gone.doc, parent=gone.parent)
                self._changed(change, gone.id, gone.parent)

    def seed(self, org_id: str, new: NewDoc) -> None:
        """A seeded record: (re)created with its fixed id, replacing any children of its old self."""
        assert new.record_id is not None
        with self.transaction():
            old = self.get(new.resource, org_id, new.record_id)
            if old is not None:
                for child in self._db.execute(
                    "SELECT resource FROM docs WHERE org_id = ? AND parent = ?", (org_id, new.record_id)
                ).fetchall():
                    self._count(child["resource"], org_id, -1)
                self._exec(
                    "DELETE FROM docs WHERE org_id = ? AND parent = ?", (org_id, new.record_id)
                )  # its children (e.g. the admin client's secrets)
                self._exec(
                    "DELETE FROM docs WHERE org_id = ? AND resource = ? AND id = ?",
                    (org_id, new.resource, new.record_id),
                )
                self._count(new.resource, org_id, -1)
                self._index(org_id, new.resource, new.record_id, None)
            self._insert(org_id, new, new.parent)

    # Relations: one row per (owner, member) pair, in the order they were linked

    def link(self, relation: str, org_id: str, owner: str, member: str) -> bool:
        """Links the pair (True) unless it already is (False)."""
        with self.transaction():
            cursor = self._exec(
                "INSERT OR IGNORE INTO links (relation, org_id, owner, member) VALUES (?, ?, ?, ?)",
                (relation, org_id, owner, member),
            )
            if cursor.rowcount:
                self._changed(Change("link", relation, org_id, owner, member), owner, member)
            return bool(cursor.rowcount)

    def unlink(self, relation: str, org_id: str, owner: str, member: str) -> bool:
        with self.transaction():
            cursor = self._exec(
                "DELETE FROM links WHERE relation = ? AND org_id = ? AND owner = ? AND member = ?",
                (relation, org_id, owner, member),
            )
            if cursor.rowcount:
                self._changed(Change("unlink", relation, org_id, owner, member), owner, member)
            return bool(cursor.rowcount)

    def members(self, relation: str, org_id: str, owner: str) -> list[str]:
        """The owner's members, in the order they were linked."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT member FROM links INDEXED BY links_by_owner "
                "WHERE relation = ? AND org_id = ? AND owner = ? ORDER BY seq",
                (relation, org_id, owner),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def owners(self, relation: str, org_id: str, member: str) -> list[str]:
        """The member's owners (a user's groups), in the order they were linked."""
        with self._reading() as db:
            rows = db.execute(
                "SELECT owner FROM links INDEXED BY links_by_member "
                "WHERE relation = ? AND org_id = ? AND member = ? ORDER BY seq",
                (relation, org_id, member),
            ).fetchall()
        return [str(r[0]) for r in rows]

    def member_count(self, relation: str, org_id: str, owner: str) -> int:
        with self._reading() as db:
            row = db.execute(
                "SELECT count(*) FROM links WHERE relation = ? AND org_id = ? AND owner = ?", (relation, org_id, owner)
            ).fetchone()
        return int(row[0])

    def links_of(self, relation: str, org_id: str, side: str, ids: Iterable[str] | None) -> dict[str, list[str]]:
        """For each id (lower case) on `side` ("owner" or "member"), the ids on the other side;
        `ids` None: every link of the org (a whole list's render)."""
        other = "member" if side == "owner" else "owner"
        grouped: dict[str, list[str]] = {}
        # The index of the side asked about (without it SQLite may scan the org's links).
        base = f"SELECT {side}, {other} FROM links INDEXED BY links_by_{side} WHERE relation = ? AND org_id = ?"
        with self._reading() as db:
            if ids is None:
                batches: list[list[Any]] = [[]]
            else:
                wanted = list(ids)
                batches = [wanted[i : i + _CHUNK] for i in range(0, len(wanted), _CHUNK)]
            for batch in batches:
                if ids is not None and not batch:
                    continue
                where = f" AND {side} IN ({_marks(batch)})" if ids is not None else ""
                rows = db.execute(base + where + " ORDER BY seq", (relation, org_id, *batch)).fetchall()
                for row in rows:
                    grouped.setdefault(str(row[0]).lower(), []).append(str(row[1]))
        return grouped

    def _unlink_all(self, record: Record) -> None:
        """Removes every link of a record being deleted (a group's members, a user's groups)."""
        for relation, (owner, members) in self.layout.relations.items():
            for side, applies in (("owner", record.resource == owner), ("member", record.resource in members)):
                if not applies:
                    continue
                other = "member" if side == "owner" else "owner"
                rows = self._db.execute(
                    f"SELECT {other} FROM links INDEXED BY links_by_{side} WHERE relation = ? AND org_id = ? "
                    f"AND {side} = ? ORDER BY seq",
                    (relation, record.org_id, record.id),
                ).fetchall()
                if not rows:
                    continue
                self._exec(
                    f"DELETE FROM links INDEXED BY links_by_{side} WHERE relation = ? AND org_id = ? AND {side} = ?",
                    (relation, record.org_id, record.id),
                )
                for row in rows:
                    pair = (record.id, str(row[0])) if side == "owner" else (str(row[0]), record.id)
                    self._changed(Change("unlink", relation, record.org_id, *pair), *pair)

    # Singletons (one document per organization)

    def singleton(self, resource: str, org_id: str) -> dict[str, Any] | None:
        with self._reading() as db:
            row = db.execute(
                "SELECT doc FROM singletons WHERE resource = ? AND org_id = ?", (resource, org_id)
            ).fetchone()
        return None if row is None else dict(json.loads(row["doc"]))

    def put_singleton(self, resource: str, org_id: str, doc: dict[str, Any] | None) -> None:
        with self.transaction():
            if doc is None:
                self._exec("DELETE FROM singletons WHERE resource = ? AND org_id = ?", (resource, org_id))
            else:
                self._exec(
                    "INSERT OR REPLACE INTO singletons (resource, org_id, doc) VALUES (?, ?, ?)",
                    (resource, org_id, json.dumps(doc)),
                )
            self._changed(Change("singleton", resource, org_id, None, doc=doc))

    # Audit logs: one per organization and per tenant, append-only, in the order of `created`

    def append_events(self, events: Sequence[Event]) -> None:
        """Appends events (in the current transaction: they commit with the writes they record)."""
        if not events:
            return
        with self.transaction():
            self._step()
            self._db.executemany(
                "INSERT INTO events (org_id, tenant_id, created, id, source_id, target_id, type_id, actor_id, "
                "status, search, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (e.org_id, e.tenant_id, e.created, e.id, e.source_id, e.target_id, e.type_id, e.actor_id)
                    + (e.status, e.search, e.doc)
                    for e in events
                ],
            )
            for org_id, tenant_id in {(e.org_id, e.tenant_id) for e in events}:
                added = sum(1 for e in events if (e.org_id, e.tenant_id) == (org_id, tenant_id))
                self._count(_log(tenant_id), org_id, added)

    def last_event_time(self, org_id: str, tenant_id: str) -> int:
        """The newest event's `created` in the log (0 when it is empty)."""
        with self._reading() as db:
            row = db.execute(
                "SELECT created FROM events WHERE org_id = ? AND tenant_id = ? ORDER BY created DESC, id DESC LIMIT 1",
                (org_id, tenant_id),
            ).fetchone()
        return 0 if row is None else int(row[0])

    def event_count(self, org_id: str, tenant_id: str) -> int:
        """How many events the log holds (kept, not counted)."""
        return self.count(_log(tenant_id), org_id)

    def events(
        self,
        org_id: str,
        tenant_id: str,
        where: EventFilter,
        limit: int,
        before: tuple[int, str] | None = None,
        after: tuple[int, str] | None = None,
    ) -> list[Event]:
        """Up to `limit` events of the log that `where` keeps, newest first: the newest of them, or
        the newest older than the cursor `before` (created, id), or the oldest newer than `after`.
        Walks the log's primary key from the cursor: the cost is the page's (and, with filters,
        the events they skip), not the log's."""
        clause, args = where.where()
        order = "DESC"
        if before is not None:
            clause += " AND (created, id) < (?, ?)"
            args += list(before)
        elif after is not None:
            clause, order = clause + " AND (created, id) > (?, ?)", "ASC"
            args += list(after)
        with self._reading() as db:
            rows = db.execute(
                f"SELECT * FROM events WHERE org_id = ? AND tenant_id = ? AND {clause} "
                f"ORDER BY created {order}, id {order} LIMIT ?",
                (org_id, tenant_id, *args, limit),
            ).fetchall()
        found = [Event(*row) for row in rows]
        return found if order == "DESC" else found[::-1]

    def events_sorted(
        self, org_id: str, tenant_id: str, field: str | None, descending: bool, offset: int, limit: int
    ) -> list[Event]:
        """A page of the whole log: newest first, or sorted by a field of the events' documents
        (then newest first). Sorting by a field reads the whole log (the caller runs it off the
        event loop); the time order walks the primary key."""
        direction = "DESC" if descending else "ASC"
        if field is None or not _plain(field):
            order, args = f"created {direction}, id {direction}", []
        else:
            value = "lower(json_extract(doc, ?))"
            order, args = f"{value} IS NULL, {value} {direction}, created DESC, id DESC", [f'$."{field}"'] * 2
        with self._reading() as db:
            rows = db.execute(
                f"SELECT * FROM events WHERE org_id = ? AND tenant_id = ? ORDER BY {order} LIMIT ? OFFSET ?",
                (org_id, tenant_id, *args, limit, offset),
            ).fetchall()
        return [Event(*row) for row in rows]

    # External clients as the token endpoint and tests see them

    def _client(self, record: Record, secrets: list[Record]) -> Client:
        doc = record.doc
        return Client(
            id=record.id,
            org_id=record.org_id,
            name=doc["name"],
            is_confidential=bool(doc.get("isConfidential", True)),
            redirect_uri=doc.get("redirectUri"),
            scopes=list(doc.get("scopes") or []),
            certificates=list(doc.get("clientCertificates") or []),
            system=record.protected,
            secrets=[
                Secret(
                    s.doc["id"],
                    record.id,
                    s.doc["hash"],
                    s.doc.get("description"),
                    s.doc["creationTime"],
                    s.doc.get("expiryTime"),
                )
                for s in secrets
            ],
        )

    def find_client(self, client_id: str) -> Client | None:
        """A client of any organization (the token endpoint's lookup)."""
        record = self.get(CLIENTS, None, client_id)
        return None if record is None else self._client(record, self.children(record.org_id, record.id, SECRETS))

    def get_client(self, org_id: str, client_id: str) -> Client | None:
        client = self.find_client(client_id)
        return client if client is not None and client.org_id == org_id else None

    def list_clients(self, org_id: str) -> list[Client]:
        """The org's clients in creation order, each with its secrets oldest first."""
        secrets = self.children_by_parent(org_id, SECRETS)
        return [self._client(r, secrets.get(r.id.lower(), [])) for r in self.records(CLIENTS, org_id)]


def _checkpoints(path: str, closed: threading.Event, every: float = 0.5) -> None:
    """Copies committed WAL pages back into the database every half second, without blocking
    readers or the writer (PASSIVE), on a connection of its own, until the store closes."""
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        while not closed.wait(every):
            try:
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:  # busy or closing: the next round will do it
                continue
    finally:
        db.close()


def _log(tenant_id: str) -> str:
    """The `counts` key of an audit log."""
    return f"events/{tenant_id}"


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values)) or "NULL"


def _plain(name: str) -> bool:
    """A field name safe to put in a JSON path (letters, digits, underscores)."""
    return bool(name) and len(name) <= 64 and all(c.isalnum() or c == "_" for c in name) and name.isascii()
