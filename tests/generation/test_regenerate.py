"""scripts/regenerate is deterministic and its --check catches an un-regenerated spec change.

Works on a copy of the inputs in a temporary folder, never on the checkout itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHES = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".pdm-build"}  # not generated output


@pytest.fixture
def workspace(project_copy: Path) -> Path:
    return project_copy


def regenerate(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(workspace / "scripts" / "regenerate"), *args], capture_output=True, text=True, timeout=120
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not CACHES.intersection(p.parts)
    }


def test_check_passes_on_the_committed_tree(workspace: Path) -> None:
    result = regenerate(workspace, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout


def test_check_fails_after_a_one_word_description_change(workspace: Path) -> None:
    spec = workspace / "spec" / "openapi.yaml"
    text = spec.read_text()
    assert "summary: Delete a client secret" in text
    spec.write_text(text.replace("summary: Delete a client secret", "summary: Remove a client secret"))
    result = regenerate(workspace, "--check")
    assert result.returncode == 1
    assert "out of step" in result.stdout
    assert "delete_external_client_secret.py" in result.stdout
    assert "Remove a client secret" in result.stdout  # the summary shows the differing line


def test_two_runs_give_byte_identical_trees(workspace: Path) -> None:
    target = workspace / "generated" / "uipath-identity-client"
    assert regenerate(workspace).returncode == 0
    first = snapshot(target)
    assert regenerate(workspace).returncode == 0
    assert snapshot(target) == first
    assert first == snapshot(ROOT / "generated" / "uipath-identity-client")
