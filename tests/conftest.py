"""Fixtures shared by every test folder."""

from __future__ import annotations

import shutil
from pathlib import Path

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
