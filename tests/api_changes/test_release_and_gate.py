"""The release flow and the gate step on a real git repository: a copy of the project's inputs,
committed, then edited the way a maintainer would. Never touches the checkout itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from release_repo import git, repo, run

from contract_tests.api_changes import gate_step, versioning
from contract_tests.api_changes.sources import WORKTREE, load
from contract_tests.gate.reports import GateReport, Step, render_junit, render_markdown

__all__ = ["repo"]  # the fixture
ROOT = Path(__file__).resolve().parents[2]


def edit_spec(repo: Path, old: str, new: str) -> None:
    spec = repo / "spec" / "openapi.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))


def test_unchanged_spec_passes_without_parsing(repo: Path) -> None:
    ok, detail = gate_step.check(None, repo)
    assert ok and detail == f"spec unchanged since release {load(WORKTREE, repo).version}"


def test_without_history_there_is_nothing_to_compare(tmp_path: Path) -> None:
    (tmp_path / "spec" / "changes").mkdir(parents=True)
    (tmp_path / "spec" / "changes" / "0.1.0.json").write_text("{}")
    ok, detail = gate_step.check(None, tmp_path)
    assert ok and "nothing to compare" in detail


@pytest.mark.slow
def test_minor_release_then_a_breaking_change_needs_a_major(repo: Path) -> None:
    # An optional response field: an addition. The gate passes and says a minor release is due.
    schema = repo / "spec" / "openapi.yaml"
    # Versions relative to the spec's own, so the test holds before and after real releases.
    current = load(WORKTREE, repo).version
    minor = versioning.bumped(current, "minor")
    major = versioning.bumped(minor, "major")
    new_field = "        email:\n          type: [string, 'null']\n"
    edit_spec(repo, "        lastLoginTime:\n", new_field + "        lastLoginTime:\n")
    ok, detail = gate_step.check(repo / "reports", repo)
    assert ok, detail
    assert "unreleased (minor)" in detail
    report = json.loads((repo / "reports" / "api-changes.json").read_text())
    assert report["bump"] == "minor" and report["python_api"] == []

    released = run(repo, "release", "--date", "2026-12-01")
    assert released.returncode == 0, released.stdout + released.stderr
    assert f'version: "{minor}"' in schema.read_text()
    record = json.loads((repo / "spec" / "changes" / f"{minor}.json").read_text())
    assert (record["bump"], record["previous"], record["client"]) == ("minor", current, "addition")
    changelog = (repo / "generated" / "uipath-identity-client" / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {minor} (2026-12-01)") < changelog.index(f"## {current}")
    assert "`create_robot_account()`: response field added optional" in changelog
    assert f'version = "{minor}"' in (repo / "generated" / "uipath-identity-client" / "pyproject.toml").read_text()
    check = subprocess.run(
        [sys.executable, str(repo / "scripts" / "regenerate"), "--check"], cwd=repo, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", f"release {minor}")
    assert gate_step.check(None, repo) == (True, f"spec unchanged since release {minor}")

    # Rename an operationId: breaking for client code. Without a major version the gate fails.
    edit_spec(repo, "operationId: createRobotAccount\n", "operationId: addRobotAccount\n")
    ok, detail = gate_step.check(repo / "reports", repo)
    assert not ok
    assert f"needs {major} or later" in detail
    assert "`add_robot_account()`: operation renamed" in detail
    assert "create_robot_account: Public object was removed" in detail  # griffe's finding
    gate_report = GateReport("test", 1, ("examples",), [], steps=[Step("API changes", ok, detail)])
    assert "`add_robot_account()`: operation renamed" in render_markdown(gate_report)
    assert f"needs {major} or later".encode() in render_junit(gate_report)
    assert "operation renamed" in (repo / "reports" / "api-changes.txt").read_text()
    assert run(repo, "check").returncode == 1

    released = run(repo, "release", "--date", "2026-12-02", "--no-regenerate")
    assert released.returncode == 0, released.stderr
    assert f'version: "{major}"' in schema.read_text()
    ok, detail = gate_step.check(None, repo)
    assert ok, detail


@pytest.mark.slow
def test_release_refuses_a_version_lower_than_the_report_calls_for(repo: Path) -> None:
    new_field = "        email:\n          type: [string, 'null']\n"
    edit_spec(repo, "        lastLoginTime:\n", new_field + "        lastLoginTime:\n")  # an addition: minor
    current = load(WORKTREE, repo).version
    patch, minor = versioning.bumped(current, "patch"), versioning.bumped(current, "minor")
    refused = run(repo, "release", "--version", patch, "--no-regenerate")
    assert refused.returncode == 2
    assert f"lower than the minor release the report calls for: {minor}" in refused.stderr
    assert not (repo / "spec" / "changes" / f"{patch}.json").exists()
    assert f'version: "{patch}"' not in (repo / "spec" / "openapi.yaml").read_text()


@pytest.mark.slow
def test_a_spec_the_generator_rejects_fails_the_step_without_crashing(repo: Path) -> None:
    # A path parameter that the path does not template: openapi-python-client refuses the operation.
    edit_spec(repo, "  /api/RobotAccount:\n", "  /api/RobotAccount/{accountId}:\n")
    ok, detail = gate_step.check(None, repo)
    assert not ok
    assert "scripts/regenerate into package-1 failed" in detail
