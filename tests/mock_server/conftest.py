"""Fixtures shared by the in-process mock tests: one mock per test module, and its admin token."""

from __future__ import annotations

import pytest
from mock_harness import CheckedClient, in_process


@pytest.fixture(scope="module")
def mock() -> CheckedClient:
    client, _ = in_process()
    return client


@pytest.fixture(scope="module")
def admin(mock: CheckedClient) -> str:
    return mock.get_token()
