"""scripts/examples/rotate_secret.py runs end to end against the embedded mock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_rotate_secret_example_against_the_mock(tmp_path: Path) -> None:
    secret_file = tmp_path / "secret.txt"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "examples" / "rotate_secret.py"),
            "--mock",
            "--older-than-days",
            "0",
            "--secret-file",
            str(secret_file),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "a token can be obtained with it" in result.stdout
    assert "1 old secret(s) deleted" in result.stdout
    secret = secret_file.read_text().strip()
    assert secret and secret not in result.stdout + result.stderr
    assert secret_file.stat().st_mode & 0o077 == 0
