"""Helpers around the session's mock servers (the `mocks`, `profile` and `ready` fixtures of
tests/conftest.py: one process per behaviour profile, shared, on a real loopback socket).

Tests that share a mock create what they change under unique names (`unique()`), so they do not
depend on each other's order."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import Any, Protocol, TypedDict

import pytest
from uipath_identity_client import AsyncIdentityClient, IdentityClient

PROFILES = ("default", "aspnet")
_counter = itertools.count(1)


class Mocks(Protocol):
    """The `mocks` fixture: the MOCK_READY announcement of the session's mock in a profile."""

    def ready(self, profile: str = "default") -> dict[str, Any]: ...


def unique(prefix: str) -> str:
    """A name no other test in this session uses (per process)."""
    return f"{prefix}-{os.getpid()}-{next(_counter)}"


class Credentials(TypedDict):
    client_id: str
    client_secret: str


def credentials(ready: dict[str, Any]) -> Credentials:
    """The seeded admin client's credentials, as keyword arguments of `IdentityClient`."""
    return {"client_id": ready["admin_client_id"], "client_secret": ready["admin_client_secret"]}


def async_client(ready: dict[str, Any]) -> AsyncIdentityClient:
    return AsyncIdentityClient(ready["base_url"], **credentials(ready))


@pytest.fixture(name="client")
def identity_client(ready: dict[str, Any]) -> Iterator[IdentityClient]:
    """The `client` fixture: an `IdentityClient` of the session's mock in `profile` (a test
    module imports `identity_client` to use it)."""
    with IdentityClient(ready["base_url"], **credentials(ready)) as identity:
        yield identity
