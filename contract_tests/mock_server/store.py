"""State of the mock: organizations and one table of JSON documents, one row per stored thing of
any resource of the operations table (external clients, their secrets, robot accounts, directory
entities, ...), plus one-per-organization singletons. One SQLite code path for both modes
(`:memory:` by default, a WAL file with --db); every call holds one lock, so concurrent requests
are serialized and lose nothing."""

from __future__ import annotations

import bisect
import hashlib
import hmac
import json
import sqlite3
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

INT64_MAX = 2**63 - 1
_JOURNAL_MAX = 20_000
CLIENTS, SECRETS = "externalClient", "clientSecret"  # read by the token endpoint

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
CREATE INDEX IF NOT EXISTS docs_by_id ON docs(resource, id);
CREATE TABLE IF NOT EXISTS singletons (
    resource TEXT NOT NULL,
    org_id TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (resource, org_id)
);
"""


def utc_now() -> str:
    return format_time(datetime.now(UTC))


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(text: str) -> datetime:
    """An RFC 3339 date-time (already format-checked) as an aware UTC datetime."""
    normalized = text.upper().replace(" ", "T")
    if normalized[17:19] == "60":  # a leap second; Python's datetime has none
        normalized = normalized[:17] + "59" + normalized[19:]
    moment = datetime.fromisoformat(normalized)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def hash_secret(value: str) -> str:
    # Secret values are 256-bit random strings, so one SHA-256 suffices (no password stretching).
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass(frozen=True)
class Org:
    id: str
    name: str


@dataclass(frozen=True)
class Secret:
    id: int
    client_id: str
    hash: str = field(repr=False)
    description: str | None
    creation_time: str
    expiry_time: str | None

    def matches(self, value: str) -> bool:
        return hmac.compare_digest(self.hash, hash_secret(value))

    def expired(self, now: datetime) -> bool:
        return self.expiry_time is not None and parse_time(self.expiry_time) <= now


@dataclass(frozen=True)
class Client:
    id: str
    org_id: str
    name: str
    is_confidential: bool
    redirect_uri: str | None
    scopes: list[dict[str, Any]]
    certificates: list[Any]
    system: bool
    secrets: list[Secret]


class Conflict(Exception):
    """A unique name is already taken."""


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
    record_id: str | None = None  # a fixed id (seeded records); else one is made


class Store:
    def __init__(self, path: str | None = None) -> None:
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        # Bumped on every write to an org; callers may cache reads keyed on it.
        self._versions: dict[str, int] = {}
        # Per org, (version, id) of each write, so a cached list can re-render only what changed.
        self._journal: dict[str, list[tuple[int, str]]] = {}
        self._journal_floor: dict[str, int] = {}
        # Rendered reads keyed by the caller, each stored with the org version it was made at.
        self.read_cache: dict[tuple[str, str], tuple[int, Any, bytes]] = {}
        # Resources whose ids are integers (the operations table's `idKind: int`).
        self.int_id_resources: set[str] = set()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, org_id: str, *ids: str | None) -> sqlite3.Connection:
        """Bumps the org's version, journalling the ids written (a child's write names its parent)."""
        version = self._versions[org_id] = self._versions.get(org_id, 0) + 1
        journal = self._journal.setdefault(org_id, [])
        journal += [(version, i.lower()) for i in ids if i]
        if len(journal) > _JOURNAL_MAX:  # forget the older half; caches older than that render anew
            self._journal_floor[org_id] = journal[len(journal) // 2][0] - 1
            del journal[: len(journal) // 2]
        return self._db

    def version(self, org_id: str) -> int:
        return self._versions.get(org_id, 0)

    def written_since(self, org_id: str, version: int) -> set[str] | None:
        """The ids (lower case) written after `version`, or None when the journal no longer knows."""
        with self._lock:
            if version < self._journal_floor.get(org_id, 0):
                return None
            journal = self._journal.get(org_id, [])
            start = bisect.bisect_right(journal, (version, "\U0010ffff"))
            return {ident for _, ident in journal[start:]}

    # Organizations

    def ensure_org(self, org_id: str, name: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO orgs (id, name) VALUES (?, ?)", (org_id, name))

    def orgs(self) -> list[Org]:
        with self._lock:
            return [Org(r["id"], r["name"]) for r in self._db.execute("SELECT id, name FROM orgs")]

    # Documents

    def _record(self, row: sqlite3.Row, id_field: str) -> Record:
        doc = json.loads(row["doc"])
        ident: Any = row["id"]
        if row["resource"] in self.int_id_resources:
            ident = int(ident)
        doc[id_field] = ident
        return Record(row["resource"], row["id"], row["org_id"], row["parent"], bool(row["protected"]), doc, row["seq"])

    def create(self, org_id: str, new: NewDoc, children: Sequence[NewDoc] = (), unique: bool = False) -> list[Record]:
        """Stores `new` and its `children` (their parent set to its id) in one transaction."""
        with self._lock:
            db = self._write(org_id)
            db.execute("BEGIN IMMEDIATE")
            try:
                if unique and new.name is not None and self._named(new.resource, org_id, new.name):
                    raise Conflict(new.name)
                made = [self._insert(org_id, new, new.parent)]
                made += [self._insert(org_id, child, made[0].id) for child in children]
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return made

    def _named(self, resource: str, org_id: str, name: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM docs WHERE resource = ? AND org_id = ? AND name = ? COLLATE NOCASE",
            (resource, org_id, name),
        ).fetchone()
        return row is not None

    def _insert(self, org_id: str, new: NewDoc, parent: str | None) -> Record:
        doc = {k: v for k, v in new.doc.items() if k != new.id_field}
        ident = new.record_id or ("" if new.int_id else str(uuid.uuid4()))
        cursor = self._db.execute(
            "INSERT INTO docs (resource, org_id, id, parent, name, protected, doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                new.resource,
                org_id,
                ident or f"pending-{uuid.uuid4()}",
                parent,
                new.name,
                int(new.protected),
                json.dumps(doc),
            ),
        )
        if not ident:  # integer ids are the row's sequence number
            ident = str(cursor.lastrowid)
            self._db.execute("UPDATE docs SET id = ? WHERE seq = ?", (ident, cursor.lastrowid))
        self._write(org_id, ident, parent)
        value: Any = int(ident) if new.int_id else ident
        seq = cursor.lastrowid or 0
        return Record(new.resource, ident, org_id, parent, new.protected, {**doc, new.id_field: value}, seq)

    def records(self, resource: str, org_id: str, id_field: str = "id") -> list[Record]:
        """The org's records of a resource in creation order."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM docs WHERE resource = ? AND org_id = ? ORDER BY seq", (resource, org_id)
            ).fetchall()
        return [self._record(r, id_field) for r in rows]

    def children(self, org_id: str, parent: str, resource: str, id_field: str = "id") -> list[Record]:
        with self._lock:
            rows = self._db.execute(
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
        with self._lock:
            query: tuple[str, tuple[str, ...]]
            if org_id is None:
                query = "SELECT * FROM docs WHERE resource = ? AND id = ?", (resource, key)
            else:
                query = "SELECT * FROM docs WHERE resource = ? AND org_id = ? AND id = ?", (resource, org_id, key)
            row = self._db.execute(*query).fetchone()
        return None if row is None else self._record(row, id_field)

    def replace(self, record: Record, doc: dict[str, Any], name: str | None, id_field: str = "id") -> Record:
        stored = {k: v for k, v in doc.items() if k != id_field}
        with self._lock:
            self._write(record.org_id, record.id, record.parent).execute(
                "UPDATE docs SET doc = ?, name = ? WHERE resource = ? AND org_id = ? AND id = ?",
                (json.dumps(stored), name, record.resource, record.org_id, record.id),
            )
        return Record(
            record.resource,
            record.id,
            record.org_id,
            record.parent,
            record.protected,
            {**stored, id_field: record.doc[id_field]},
            record.seq,
        )

    def delete(self, record: Record, child_resources: list[str]) -> None:
        """Deletes a record and its children (of the given resources)."""
        with self._lock:
            db = self._write(record.org_id, record.id, record.parent)
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(
                    "DELETE FROM docs WHERE resource = ? AND org_id = ? AND id = ?",
                    (record.resource, record.org_id, record.id),
                )
                for child in child_resources:
                    args = (child, record.id, record.org_id)
                    kids = db.execute("SELECT id FROM docs WHERE resource = ? AND parent = ? AND org_id = ?", args)
                    self._write(record.org_id, *(row["id"] for row in kids.fetchall()))
                    db.execute("DELETE FROM docs WHERE resource = ? AND parent = ? AND org_id = ?", args)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def seed(self, org_id: str, new: NewDoc) -> None:
        """A seeded record: (re)created with its fixed id, replacing any children of its old self."""
        assert new.record_id is not None
        with self._lock:
            self._write(org_id, new.record_id).execute(
                "DELETE FROM docs WHERE org_id = ? AND ((resource = ? AND id = ?) OR parent = ?)",
                (org_id, new.resource, new.record_id, new.record_id),
            )
            self._insert(org_id, new, new.parent)

    # Singletons (one document per organization)

    def singleton(self, resource: str, org_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM singletons WHERE resource = ? AND org_id = ?", (resource, org_id)
            ).fetchone()
        return None if row is None else dict(json.loads(row["doc"]))

    def put_singleton(self, resource: str, org_id: str, doc: dict[str, Any] | None) -> None:
        with self._lock:
            db = self._write(org_id)
            if doc is None:
                db.execute("DELETE FROM singletons WHERE resource = ? AND org_id = ?", (resource, org_id))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO singletons (resource, org_id, doc) VALUES (?, ?, ?)",
                    (resource, org_id, json.dumps(doc)),
                )

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
