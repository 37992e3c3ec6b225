"""A committed copy of the project to release from (the `repo` fixture, tests/api_changes/conftest.py),
and the commands a maintainer runs in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=test", "-c", "user.email=test@localhost", *args]
    return subprocess.run(command, cwd=repo, check=True, capture_output=True, text=True).stdout


def run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "api_changes"), *args], cwd=repo, capture_output=True, text=True
    )


def committed(project: Path) -> Path:
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "the last release")
    return project


@pytest.fixture
def repo(project_copy: Path) -> Path:
    """A copy of the project's inputs, committed as the last release (a test module imports it)."""
    return committed(project_copy)
