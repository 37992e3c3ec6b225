"""Create or refresh .venv with the project's pinned tools and the generated client.

Called by scripts/gate and scripts/test before they do anything, so a fresh clone needs only
python3 and the package registries. Idempotent: a stamp of the inputs (pyproject.toml,
constraints.txt, the generated package's pyproject) skips the install when nothing changed.

    python3 scripts/bootstrap.py            # ensure .venv is current
    python3 scripts/bootstrap.py --freeze   # re-pin transitive dependencies into constraints.txt
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
GENERATED = ROOT / "generated" / "uipath-identity-client"
CONSTRAINTS = ROOT / "constraints.txt"
STAMP = VENV / ".bootstrap-stamp"
LOCAL_PACKAGES = {"uipath-identity-client": GENERATED}


def venv_python() -> Path:
    return VENV / "bin" / "python"


def _stamp() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS, GENERATED / "pyproject.toml"):
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


def _pinned_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [req for req in project["dependencies"] if req not in LOCAL_PACKAGES]


def _pip(*args: str) -> None:
    cmd = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "-q", *args]
    subprocess.run(cmd, check=True)


def ensure() -> Path:
    """Make .venv current and return its python."""
    if STAMP.exists() and venv_python().exists() and STAMP.read_text() == _stamp():
        return venv_python()
    if not venv_python().exists():
        print("bootstrap: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("bootstrap: installing pinned dependencies into .venv", file=sys.stderr)
    constraints = ["-c", str(CONSTRAINTS)] if CONSTRAINTS.exists() else []
    _pip("install", *constraints, *_pinned_requirements())
    if (GENERATED / "pyproject.toml").exists():
        # pdm-backend is pinned above, so the local build needs no download (--no-build-isolation).
        _pip("install", "--no-deps", "--no-build-isolation", "-e", str(GENERATED))
    STAMP.write_text(_stamp())
    return venv_python()


def freeze() -> None:
    ensure()
    out = subprocess.run(
        [str(venv_python()), "-m", "pip", "freeze", "--exclude-editable"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line for line in out.splitlines() if line and not line.startswith("-e ")]
    header = "# Transitive pins for .venv; refresh with: python3 scripts/bootstrap.py --freeze\n"
    CONSTRAINTS.write_text(header + "\n".join(sorted(lines, key=str.lower)) + "\n")
    print(f"bootstrap: wrote {len(lines)} pins to {CONSTRAINTS.name}", file=sys.stderr)


def exec_in_venv(argv: list[str]) -> None:
    """Replace this process with `.venv/bin/python argv...`, run from the repository root."""
    python = ensure()
    os.chdir(ROOT)
    env = dict(os.environ)
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    os.execve(python, [str(python), *argv], env)


if __name__ == "__main__":
    if "--freeze" in sys.argv[1:]:
        freeze()
    else:
        print(ensure())
