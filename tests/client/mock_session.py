"""The client tests' shared mock servers: one process per behaviour profile for the whole session
(per xdist worker), started on first use, on a real loopback socket (conftest.py's fixtures).

Tests that share a mock create what they change under unique names (`unique()`), so they do not
depend on each other's order."""

from __future__ import annotations

import itertools
import os
from typing import Any

from uipath_identity_client import AsyncIdentityClient

from contract_tests.mock_server import process as mock_process

PROFILES = ("default", "aspnet")
#: Static bearer tokens of the mock's primary organization: all PM scopes, and one narrow one.
PATS = "client-full-pat client-test-pat:PM.OAuthApp,PM.Directory client-narrow-pat:PM.Directory"
_counter = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test in this session uses (per process)."""
    return f"{prefix}-{os.getpid()}-{next(_counter)}"


class Mocks:
    """The session's mock processes, one per profile, started when first asked for."""

    def __init__(self) -> None:
        self.running: dict[str, mock_process.MockProcess] = {}

    def ready(self, profile: str = "default") -> dict[str, Any]:
        if profile not in self.running:
            self.running[profile] = mock_process.start(profile=profile, env={"UIPATH_MOCK_PAT": PATS})
        return self.running[profile].ready

    def stop(self) -> None:
        for mock in self.running.values():
            mock.stop()


def credentials(ready: dict[str, Any]) -> dict[str, str]:
    return {"client_id": ready["admin_client_id"], "client_secret": ready["admin_client_secret"]}


def async_client(ready: dict[str, Any]) -> AsyncIdentityClient:
    return AsyncIdentityClient(ready["base_url"], **credentials(ready))
