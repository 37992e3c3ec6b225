"""External clients' secrets: how a value is made, stored (a digest) and checked, and the client as
the token endpoint sees it."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .times import parse_time, utc_now


def hash_secret(value: str) -> str:
    # Secret values are 256-bit random strings, so one SHA-256 suffices (no password stretching).
    return hashlib.sha256(value.encode()).hexdigest()


def new_secret_value() -> str:
    return secrets.token_urlsafe(32)


def secret_doc(value: str, description: str | None = None, expiry: str | None = None) -> dict[str, Any]:
    """A secret as stored: its digest, never its value."""
    return {"hash": hash_secret(value), "description": description, "creationTime": utc_now(), "expiryTime": expiry}


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
