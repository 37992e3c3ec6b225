"""A user-style script (tests/client/typed_usage.py) passes `mypy --strict` with no casts or
ignores, and does what it says against the mock on loopback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typed_usage
from uipath_identity_client import AsyncIdentityClient, IdentityClient

from contract_tests.mock_server import process as mock_process

SCRIPT = Path(__file__).with_name("typed_usage.py")
pytestmark = pytest.mark.slow


def test_the_script_has_no_casts_or_ignores() -> None:
    text = SCRIPT.read_text()
    assert "cast(" not in text and "type: ignore" not in text and "Any" not in text


def test_mypy_strict_accepts_the_script(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def ready() -> Iterator[dict[str, Any]]:
    with mock_process.running() as mock:
        yield mock.ready


def test_the_script_runs_against_the_mock(ready: dict[str, Any]) -> None:
    credentials = {"client_id": ready["admin_client_id"], "client_secret": ready["admin_client_secret"]}
    with IdentityClient(ready["base_url"], **credentials) as client:
        assert typed_usage.rotate_and_rename(client)
    assert typed_usage.list_with_asyncio(AsyncIdentityClient(ready["base_url"], **credentials)) >= 1
