"""ruff and mypy --strict stay clean, for our own code and for the generated package.

Caches go to a temporary folder so that a run never leaves files inside generated/
(the drift check would report them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "uipath-identity-client"
OUR_CODE = ["contract_tests", "tests", "scripts"]
pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(("folder", "targets"), [(ROOT, OUR_CODE), (GENERATED, ["."])], ids=["ours", "generated"])
def test_ruff_check_and_format(folder: Path, targets: list[str]) -> None:
    check = run("ruff", "check", "--no-cache", *targets, cwd=folder)
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = run("ruff", "format", "--check", "--no-cache", *targets, cwd=folder)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_on_our_code(tmp_path: Path) -> None:
    py_scripts = [str(p.relative_to(ROOT)) for p in (ROOT / "scripts").rglob("*.py")]
    # Test modules import their folder's helpers by bare name (pytest puts the folder on sys.path),
    # so each test folder is a base of its own; that also tells tests/conftest.py (`tests.conftest`)
    # from a folder's conftest.py (`conftest`).
    folders = os.pathsep.join(str(p.relative_to(ROOT)) for p in sorted((ROOT / "tests").iterdir()) if p.is_dir())
    result = run(
        "mypy", "--strict", "--explicit-package-bases", "--cache-dir", str(tmp_path),
        "contract_tests", "tests", *py_scripts, env={**os.environ, "MYPYPATH": folders},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_the_generated_package(tmp_path: Path) -> None:
    result = run("mypy", "--strict", "--cache-dir", str(tmp_path), "uipath_identity_client", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr
