"""Fixtures of the client tests: the session's mock servers (mock_session.py), one per profile."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mock_session import PROFILES, Mocks, credentials
from uipath_identity_client import IdentityClient


@pytest.fixture(scope="session")
def mocks() -> Iterator[Mocks]:
    started = Mocks()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(params=PROFILES)
def profile(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def ready(mocks: Mocks, profile: str) -> dict[str, Any]:
    """The MOCK_READY announcement of the mock in `profile` (both profiles, one test each)."""
    return mocks.ready(profile)


@pytest.fixture
def client(ready: dict[str, Any]) -> Iterator[IdentityClient]:
    with IdentityClient(ready["base_url"], **credentials(ready)) as identity:
        yield identity
