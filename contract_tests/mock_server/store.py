"""State of the mock: organizations, external clients and their secrets, robot accounts and the
directory. One SQLite code path for both modes (`:memory:` by default, a WAL file with --db);
every call holds one lock, so concurrent requests are serialized and lose nothing."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

INT64_MAX = 2**63 - 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE IF NOT EXISTS clients (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE COLLATE NOCASE,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    name TEXT NOT NULL,
    is_confidential INTEGER NOT NULL,
    redirect_uri TEXT,
    scopes TEXT NOT NULL,
    certificates TEXT NOT NULL,
    system INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS clients_by_org ON clients(org_id, seq);
CREATE TABLE IF NOT EXISTS secrets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL COLLATE NOCASE,
    org_id TEXT NOT NULL,
    hash TEXT NOT NULL,
    description TEXT,
    creation_time TEXT NOT NULL,
    expiry_time TEXT,
    protected INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS secrets_by_client ON secrets(client_id);
CREATE INDEX IF NOT EXISTS secrets_by_org ON secrets(org_id);
CREATE TABLE IF NOT EXISTS robots (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    creation_time TEXT NOT NULL,
    group_ids TEXT NOT NULL,
    UNIQUE (org_id, name COLLATE NOCASE)
);
CREATE TABLE IF NOT EXISTS directory (
    org_id TEXT NOT NULL,
    identifier TEXT NOT NULL COLLATE NOCASE,
    entity_type TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (org_id, identifier)
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


@dataclass(frozen=True)
class Robot:
    id: str
    org_id: str
    name: str
    display_name: str
    creation_time: str
    group_ids: list[str]


class Conflict(Exception):
    """A unique name is already taken."""


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
        # Rendered reads keyed by the caller, each stored with the org version it was made at.
        self.read_cache: dict[tuple[str, str], tuple[int, Any, bytes]] = {}

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self, org_id: str) -> sqlite3.Connection:
        self._versions[org_id] = self._versions.get(org_id, 0) + 1
        return self._db

    def version(self, org_id: str) -> int:
        return self._versions.get(org_id, 0)

    # Organizations and seed data

    def ensure_org(self, org_id: str, name: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO orgs (id, name) VALUES (?, ?)", (org_id, name))

    def orgs(self) -> list[Org]:
        with self._lock:
            return [Org(r["id"], r["name"]) for r in self._db.execute("SELECT id, name FROM orgs")]

    def ensure_system_client(self, org_id: str, client_id: str, scopes: list[dict[str, Any]], secret: str) -> None:
        """The seeded admin client: (re)created with exactly one secret, the current one."""
        with self._lock:
            db = self._write(org_id)
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM clients WHERE id = ?", (client_id,))
                db.execute("DELETE FROM secrets WHERE client_id = ?", (client_id,))
                db.execute(
                    "INSERT INTO clients (id, org_id, name, is_confidential, redirect_uri, scopes, certificates,"
                    " system) VALUES (?, ?, ?, 1, NULL, ?, '[]', 1)",
                    (client_id, org_id, "Mock administrator", json.dumps(scopes)),
                )
                db.execute(
                    "INSERT INTO secrets (client_id, org_id, hash, description, creation_time, protected)"
                    " VALUES (?, ?, ?, ?, ?, 1)",
                    (client_id, org_id, hash_secret(secret), "seeded by the mock", utc_now()),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def seed_directory(self, org_id: str, entities: list[tuple[str, str, dict[str, Any]]]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR IGNORE INTO directory (org_id, identifier, entity_type, doc) VALUES (?, ?, ?, ?)",
                [(org_id, ident, kind, json.dumps(doc)) for ident, kind, doc in entities],
            )

    # External clients

    def _client(self, row: sqlite3.Row, secrets: list[Secret]) -> Client:
        return Client(
            id=row["id"],
            org_id=row["org_id"],
            name=row["name"],
            is_confidential=bool(row["is_confidential"]),
            redirect_uri=row["redirect_uri"],
            scopes=json.loads(row["scopes"]),
            certificates=json.loads(row["certificates"]),
            system=bool(row["system"]),
            secrets=secrets,
        )

    @staticmethod
    def _secret(row: sqlite3.Row) -> Secret:
        return Secret(
            row["id"], row["client_id"], row["hash"], row["description"], row["creation_time"], row["expiry_time"]
        )

    def create_client(
        self,
        org_id: str,
        name: str,
        is_confidential: bool,
        redirect_uri: str | None,
        scopes: list[dict[str, Any]],
        certificates: list[Any],
        first_secret: str | None,
        client_id: str | None = None,
    ) -> Client:
        client_id = client_id or str(uuid.uuid4())
        with self._lock:
            db = self._write(org_id)
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(
                    "INSERT INTO clients (id, org_id, name, is_confidential, redirect_uri, scopes, certificates)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        client_id,
                        org_id,
                        name,
                        int(is_confidential),
                        redirect_uri,
                        json.dumps(scopes),
                        json.dumps(certificates),
                    ),
                )
                secrets: list[Secret] = []
                if first_secret is not None:
                    created, digest = utc_now(), hash_secret(first_secret)
                    cursor = db.execute(
                        "INSERT INTO secrets (client_id, org_id, hash, description, creation_time)"
                        " VALUES (?, ?, ?, NULL, ?)",
                        (client_id, org_id, digest, created),
                    )
                    assert cursor.lastrowid is not None
                    secrets.append(Secret(cursor.lastrowid, client_id, digest, None, created, None))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return Client(client_id, org_id, name, is_confidential, redirect_uri, scopes, certificates, False, secrets)

    def list_clients(self, org_id: str) -> list[Client]:
        """The org's clients in creation order, each with its secrets oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT * FROM clients WHERE org_id = ? ORDER BY seq", (org_id,)).fetchall()
            by_client: dict[str, list[Secret]] = {}
            for row in self._db.execute("SELECT * FROM secrets WHERE org_id = ? ORDER BY id", (org_id,)):
                by_client.setdefault(row["client_id"].lower(), []).append(self._secret(row))
        return [self._client(r, by_client.get(r["id"].lower(), [])) for r in rows]

    def get_client(self, org_id: str, client_id: str) -> Client | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM clients WHERE id = ? AND org_id = ?", (client_id, org_id)).fetchone()
            if row is None:
                return None
            secrets = [
                self._secret(s)
                for s in self._db.execute("SELECT * FROM secrets WHERE client_id = ? ORDER BY id", (row["id"],))
            ]
        return self._client(row, secrets)

    def find_client(self, client_id: str) -> Client | None:
        """A client of any organization (the token endpoint's lookup)."""
        with self._lock:
            row = self._db.execute("SELECT org_id FROM clients WHERE id = ?", (client_id,)).fetchone()
            return None if row is None else self.get_client(row["org_id"], client_id)

    def update_client(
        self,
        org_id: str,
        client_id: str,
        name: str,
        redirect_uri: str | None,
        scopes: list[dict[str, Any]],
        certificates: list[Any],
    ) -> Client | None:
        with self._lock:
            cursor = self._write(org_id).execute(
                "UPDATE clients SET name = ?, redirect_uri = ?, scopes = ?, certificates = ?"
                " WHERE id = ? AND org_id = ? AND system = 0",
                (name, redirect_uri, json.dumps(scopes), json.dumps(certificates), client_id, org_id),
            )
            return self.get_client(org_id, client_id) if cursor.rowcount else None

    def delete_client(self, org_id: str, client_id: str) -> bool:
        with self._lock:
            db = self._write(org_id)
            db.execute("BEGIN IMMEDIATE")
            try:
                cursor = db.execute(
                    "DELETE FROM clients WHERE id = ? AND org_id = ? AND system = 0", (client_id, org_id)
                )
                if cursor.rowcount:
                    db.execute("DELETE FROM secrets WHERE client_id = ?", (client_id,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return cursor.rowcount > 0

    def add_secret(
        self, org_id: str, client_id: str, value: str, description: str | None, expiry_time: str | None
    ) -> Secret:
        with self._lock:
            cursor = self._write(org_id).execute(
                "INSERT INTO secrets (client_id, org_id, hash, description, creation_time, expiry_time)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (client_id, org_id, hash_secret(value), description, utc_now(), expiry_time),
            )
            row = self._db.execute("SELECT * FROM secrets WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return self._secret(row)

    def delete_secret(self, org_id: str, secret_id: int) -> str:
        """Deletes a secret of the org: "deleted", "missing", or "protected" (the seeded admin's)."""
        if not 0 < secret_id <= INT64_MAX:
            return "missing"
        with self._lock:
            row = self._db.execute(
                "SELECT protected FROM secrets WHERE id = ? AND org_id = ?", (secret_id, org_id)
            ).fetchone()
            if row is None:
                return "missing"
            if row["protected"]:
                return "protected"
            self._write(org_id).execute("DELETE FROM secrets WHERE id = ?", (secret_id,))
            return "deleted"

    # Robot accounts

    def create_robot(self, org_id: str, name: str, display_name: str, group_ids: list[str]) -> Robot:
        robot = Robot(str(uuid.uuid4()), org_id, name, display_name, utc_now(), group_ids)
        with self._lock:
            try:
                self._write(org_id).execute(
                    "INSERT INTO robots (id, org_id, name, display_name, creation_time, group_ids)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (robot.id, org_id, name, display_name, robot.creation_time, json.dumps(group_ids)),
                )
            except sqlite3.IntegrityError as exc:
                raise Conflict(name) from exc
        return robot

    def get_robot(self, org_id: str, robot_id: str) -> Robot | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM robots WHERE id = ? COLLATE NOCASE AND org_id = ?", (robot_id, org_id)
            ).fetchone()
        if row is None:
            return None
        return Robot(
            row["id"],
            row["org_id"],
            row["name"],
            row["display_name"],
            row["creation_time"],
            json.loads(row["group_ids"]),
        )

    # Directory

    def directory_entity(self, org_id: str, identifier: str) -> tuple[str, dict[str, Any]] | None:
        """A seeded entity: (entity type, document)."""
        with self._lock:
            row = self._db.execute(
                "SELECT entity_type, doc FROM directory WHERE org_id = ? AND identifier = ?", (org_id, identifier)
            ).fetchone()
        return None if row is None else (row["entity_type"], json.loads(row["doc"]))

    def group_exists(self, org_id: str, identifier: str) -> bool:
        found = self.directory_entity(org_id, identifier)
        return found is not None and found[0] == "Group"
