"""scripts/examples/rotate_secret.py: end to end against the embedded mock; the secret file is
written with mode 0600 (also over an existing 0644 file); a missing folder stops the script before
anything changes; and the script runs outside the repository (only the package needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mock_session import Mocks

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "examples" / "rotate_secret.py"
pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def test_rotate_secret_example_against_the_mock(tmp_path: Path) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("old\n")
    secret_file.chmod(0o644)
    result = run("--mock", "--older-than-days", "0", "--secret-file", str(secret_file))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stored before anything was retired" in result.stdout
    assert "1 old secret(s) deleted" in result.stdout
    secret = secret_file.read_text().strip()
    assert secret and secret != "old" and secret not in result.stdout + result.stderr
    assert secret_file.stat().st_mode & 0o077 == 0


def test_a_missing_folder_stops_before_anything_changes(tmp_path: Path, mocks: Mocks) -> None:
    ready: dict[str, Any] = mocks.ready("default")
    result = run(
        "--client-id", ready["admin_client_id"], "--older-than-days", "0",
        "--secret-file", str(tmp_path / "missing" / "s.txt"), cwd=tmp_path,
        env={"UIPATH_URI": ready["base_url"].rsplit("/", 2)[0], "UIPATH_ORGANIZATION": ready["organization"],
             "UIPATH_CLIENT_ID": ready["admin_client_id"], "UIPATH_CLIENT_SECRET": ready["admin_client_secret"],
             "PYTHONPATH": ""},
    )  # fmt: skip
    assert result.returncode == 2 and "does not exist" in result.stderr
    # run from outside the repository: the script imported only the package


def test_the_script_runs_outside_the_repository(tmp_path: Path) -> None:
    copy = tmp_path / "rotate_secret.py"
    copy.write_text(SCRIPT.read_text())
    result = subprocess.run([sys.executable, str(copy), "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and "--secret-file" in result.stdout, result.stderr
