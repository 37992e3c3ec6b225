"""Fixtures shared by every test folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What regenerating, releasing or gating needs (scripts/regenerate reads the spec through
# contract_tests/spec_model.py); never the tool caches, which are not project output.
PROJECT_INPUTS = ("spec", "contract_tests", "templates", "scripts", "generated", "pyproject.toml")
CACHES = ("__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".pdm-build")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of the project's inputs in a temporary folder, to edit without touching the checkout."""
    for name in PROJECT_INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns(*CACHES))
        else:
            shutil.copy2(source, tmp_path / name)
    return tmp_path


# --- the session's mock servers (used by tests/client; helpers in tests/client/mock_session.py) ---


@pytest.fixture(scope="session")
def mocks() -> Iterator[Any]:
    """One mock server process per behaviour profile for the session (per xdist worker), started
    on first use, on a real loopback socket (`Mocks` in tests/client/mock_session.py)."""
    from contract_tests.mock_server import process

    class Mocks:
        PATS = "client-full-pat client-test-pat:PM.OAuthApp,PM.Directory client-narrow-pat:PM.Directory"

        def __init__(self) -> None:
            self.running: dict[str, process.MockProcess] = {}

        def ready(self, profile: str = "default") -> dict[str, Any]:
            if profile not in self.running:
                self.running[profile] = process.start(profile=profile, env={"UIPATH_MOCK_PAT": self.PATS})
            return self.running[profile].ready

    started = Mocks()
    try:
        yield started
    finally:
        for mock in started.running.values():
            mock.stop()


@pytest.fixture(params=("default", "aspnet"))
def profile(request: pytest.FixtureRequest) -> str:
    """Each mock behaviour profile in turn."""
    return str(request.param)


@pytest.fixture
def ready(mocks: Any, profile: str) -> dict[str, Any]:
    """The MOCK_READY announcement of the session's mock in `profile`."""
    ready: dict[str, Any] = mocks.ready(profile)
    return ready
