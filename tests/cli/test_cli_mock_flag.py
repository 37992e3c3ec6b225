"""`--mock`: the embedded mock, found in a checkout, started as a child process and used only
through its MOCK_READY announcement; a clear message where it is not there; `--mock-seed` makes
it a copy of an organization (from `export`) to rehearse a plan on; the README's walk-through."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cli_harness import environment, invoke, unique
from mock_session_path import Mocks

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated" / "uipath-identity-client" / "README.md"
BIN = Path(sys.executable).parent


def shell_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "UIPATH_IDENTITY_CHECKOUT")}
    return {**env, "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", **extra}


def test_outside_a_checkout_it_says_where_the_mock_is(tmp_path: Path) -> None:
    result = subprocess.run(
        ["uipath-identity", "--mock", "groups", "list"],
        cwd=tmp_path,
        env=shell_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "ships with the project's repository" in result.stderr and "UIPATH_IDENTITY_CHECKOUT" in result.stderr


def test_a_copy_of_an_organization_to_rehearse_on(mocks: Mocks, tmp_path: Path) -> None:
    exported = tmp_path / "org.yaml"
    assert invoke(["export", "-o", str(exported)], environment(mocks.ready())).code == 0
    document = yaml.safe_load(exported.read_text())
    group = unique("rehearsed")
    document["groups"].append({"name": group, "members": {"users": ["albus"]}})
    desired = tmp_path / "desired.yaml"
    desired.write_text(yaml.safe_dump(document))
    result = subprocess.run(
        ["uipath-identity", "--mock", "--mock-seed", str(exported), "plan", "-f", str(desired)],
        cwd=ROOT, env=shell_env(), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "mock: seeded from" in result.stderr
    assert f'+ group "{group}"' in result.stdout and "Plan: 1 to create, 0 to change, 0 to delete." in result.stdout


def walkthrough() -> str:
    """The shell block of the package README's walk-through."""
    text = README.read_text()
    found = re.search(r"<!-- walkthrough -->\s*```bash\n(.*?)```", text, re.S)
    assert found, "the package README has no walk-through block"
    return found.group(1)


@pytest.mark.parametrize("profile", ["default", "aspnet"])
def test_the_readme_walkthrough_runs(tmp_path: Path, profile: str) -> None:
    script = walkthrough().replace("--mock ", f"--mock --mock-profile {profile} ", 1)
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=tmp_path,
        env=shell_env(UIPATH_IDENTITY_CHECKOUT=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr  # the last command: plan, in step
    first, _, rest = result.stdout.partition("Plan: 1 to create, 0 to change, 0 to delete.")
    assert '+ group "nightly-operators"' in first, result.stdout
    assert "Applied: 1 change(s)." in rest
    assert rest.rstrip().endswith("No changes: the organization is in step with the document.")
