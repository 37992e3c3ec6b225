"""A mock organization of its own per behaviour profile for the plan/apply scenarios (they
delete with --prune, so they do not share the session's mocks with other tests), and helpers to
read and edit desired-state files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from uipath_identity_client import IdentityClient

from contract_tests.mock_server import process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from cli_harness import Result, environment, invoke, unique

__all__ = ("Result", "environment", "invoke", "unique")


@pytest.fixture(scope="module", params=("default", "aspnet"))
def org(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """A fresh mock in each profile for the module: its MOCK_READY announcement."""
    with process.running(profile=str(request.param)) as mock:
        yield mock.ready


def client(ready: dict[str, Any]) -> IdentityClient:
    return IdentityClient(
        ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
    )


def export(ready: dict[str, Any], path: Path) -> dict[str, Any]:
    result = invoke(["export", "-o", str(path)], environment(ready))
    assert result.code == 0, result
    document: dict[str, Any] = yaml.safe_load(path.read_text())
    return document


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def named(items: list[dict[str, Any]], name: str, key: str = "name") -> dict[str, Any]:
    return next(item for item in items if item[key] == name)
