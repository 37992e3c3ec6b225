"""scripts/api_changes across every service of spec/services.yaml: one package version (the primary
document's `info.version`), changes of any service reported under its name, a breaking change in
any service needing a major version, and a new service an addition. On a committed copy of the
project (the `repo` fixture), never the checkout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from release_repo import git, repo, run

from contract_tests.api_changes import gate_step, versioning
from contract_tests.api_changes.differ import diff_versions
from contract_tests.api_changes.sources import WORKTREE, load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generation"))
from fourth_service import add_fourth_service

__all__ = ["repo"]  # the fixture
pytestmark = pytest.mark.slow


def test_a_version_is_every_service_and_the_package_version_is_the_primarys(repo: Path) -> None:
    version = load(WORKTREE, repo)
    assert version.primary == "identity"
    assert [d.name for d in version.others] == ["orgaudit", "audit", "lease"]
    assert all(d.table for d in version.others)
    git(repo, "tag", "before")
    lease = repo / "spec" / "lease" / "openapi.yaml"
    text = lease.read_text()
    assert '\n  version: "0.1.0"\n' in text
    lease.write_text(text.replace('\n  version: "0.1.0"\n', '\n  version: "9.9.9"\n', 1))
    after = load(WORKTREE, repo)
    assert after.version == version.version  # only the primary's info.version is the package's
    assert [c.kind for c in diff_versions(load("before", repo), after)] == []  # nor is it an API change


def test_a_breaking_change_in_another_service_needs_a_major_and_a_new_service_is_an_addition(repo: Path) -> None:
    current = load(WORKTREE, repo).version
    lease = repo / "spec" / "lease" / "openapi.yaml"
    text = lease.read_text()
    assert "operationId: releaseGroupLicenses\n" in text
    lease.write_text(text.replace("operationId: releaseGroupLicenses\n", "operationId: removeGroupLicenses\n"))
    ok, detail = gate_step.check(repo / "reports", repo)
    assert not ok
    assert f"needs {versioning.bumped(current, 'major')} or later" in detail
    assert "`remove_group_licenses()`: operation renamed: lease: DELETE /api/account/{accountId}" in detail
    assert "GroupLicensesResource.release: Public object was removed" in detail  # griffe, through client.licenses

    lease.write_text(text)
    add_fourth_service(repo)
    ok, detail = gate_step.check(repo / "reports", repo)
    assert ok, detail
    assert "unreleased (minor)" in detail
    report = json.loads((repo / "reports" / "api-changes.json").read_text())
    added = {c["where"] for c in report["changes"] if c["kind"] == "operation-added"}
    assert "workshop: GET /api/account/{accountId}/gizmo" in added
    assert "model added: schema `Gizmo`" in {c["text"] for c in report["changes"]}
    assert not any("ProblemDetails" in c["where"] for c in report["changes"])  # already a model of the package

    released = run(repo, "release", "--date", "2026-12-05", "--no-regenerate")
    assert released.returncode == 0, released.stderr
    minor = versioning.bumped(current, "minor")
    assert f'version: "{minor}"' in (repo / "spec" / "openapi.yaml").read_text()
