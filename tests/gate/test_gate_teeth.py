"""The gate has teeth on both behaviour profiles of the mock (default and aspnet), for every service:
with each fault switched on it fails and names, under each service the fault breaks, the check
that caught it; with none it passes. The faults are generic over the operations tables and the
spec (faults.py), so each run is restricted (`--operation`) to representative operations of each
service instead of the whole surface: for Identity a group, robot-account or directory-search
operation per fault on the default profile and the external client's create, read, replace and
delete on the aspnet profile; for the unified audit service (both levels), the classic audit
service and the License Accountant a read, a write or a CSV download each. Small example counts,
the examples phase (coverage or stateful where a fault needs them) and a fixed seed keep it
fast: 6-12 s a run."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

IDENTITY, ORGAUDIT, AUDIT, LEASE = "identity", "orgaudit", "audit", "lease"
TENANT_AUDIT = "orgaudit (tenant DefaultTenant)"  # the mock's tenant level of the unified audit service
EVERY = (IDENTITY, ORGAUDIT, TENANT_AUDIT, AUDIT, LEASE)
NEW = (ORGAUDIT, TENANT_AUDIT, AUDIT, LEASE)

# The check each fault must trip, under each service it breaks (a fault the mock adds later must at
# least fail the gate). A "leniency:" check is a NEW "spec stricter than the service" finding.
EXPECTED: dict[str, dict[str, str]] = {
    "server-error": {IDENTITY: "not_a_server_error"},  # 500 where a body names what it writes
    "wrong-content-type": dict.fromkeys(EVERY, "content_type_conformance"),
    "missing-required-field": dict.fromkeys(EVERY, "response_schema_conformance"),
    "wrong-field-type": dict.fromkeys(EVERY, "response_schema_conformance"),
    "wrong-success-status": dict.fromkeys(EVERY, "status_code_conformance"),
    "undocumented-status": dict.fromkeys(EVERY, "status_code_conformance"),
    "auth-not-enforced": dict.fromkeys(EVERY, "ignored_auth"),
    "invalid-input-accepted": dict.fromkeys(EVERY, "leniency:negative_data_rejection"),
    # Identity's read after its delete; the License Accountant allocating to the group kept.
    "deleted-still-readable": {IDENTITY: "use_after_free", LEASE: "deleted_reference"},
    "scope-not-enforced": dict.fromkeys(EVERY, "scope_enforcement"),
    "cross-org-leak": dict.fromkeys(EVERY, "organization_isolation"),
    "filter-ignored": {ORGAUDIT: "read_semantics", TENANT_AUDIT: "read_semantics"},
    "page-size-ignored": {AUDIT: "read_semantics"},
    "broken-csv": {ORGAUDIT: "csv_conformance", TENANT_AUDIT: "csv_conformance", AUDIT: "csv_conformance"},
    "dangling-reference-accepted": {LEASE: "deleted_reference"},
}
# Faults only a workflow test can see (what schemas cannot say): the workflow that must fail.
WORKFLOW_CAUGHT = {
    "license-limits-ignored": ("test_a_quota_caps_how_many_members_lease", "test_no_allocation_beyond_the_units_bought")
}

# Each service's representative operations (a tenant level runs its service's).
SERVICE_OPERATIONS = {
    ORGAUDIT: ("listAuditEvents", "downloadAuditEvents"),
    AUDIT: ("listClassicAuditLogs", "downloadClassicAuditLogs"),
    LEASE: ("allocateGroupLicenses", "getGroupLicenseAllocation"),
}
# Identity's operations per fault on the default profile: a group, a robot-account and a
# directory-search operation between them (DEFAULT_OPERATIONS for a fault the mock adds later).
FAULT_OPERATIONS = {
    "server-error": ("createRobotAccount",),
    "wrong-content-type": ("searchDirectory",),
    "missing-required-field": ("listGroups",),
    "wrong-field-type": ("listRobotAccounts",),
    "wrong-success-status": ("createGroup",),
    "undocumented-status": ("searchDirectory",),
    "auth-not-enforced": ("getGroup",),
    "invalid-input-accepted": ("searchDirectory",),
    # A chain: use_after_free needs the create, the delete and the read the spec's links join.
    "deleted-still-readable": ("createRobotAccount", "getRobotAccount", "deleteRobotAccount"),
    "scope-not-enforced": ("listRobotAccounts",),
    "cross-org-leak": ("getGroup",),
}
DEFAULT_OPERATIONS = ("listGroups", "createRobotAccount", "searchDirectory")
PROFILES = ("default", "aspnet")
# The aspnet profile's Identity operations: one resource's create, read, replace and delete.
ASPNET_OPERATIONS = ("createExternalClient", "getExternalClient", "updateExternalClient", "deleteExternalClient")
PHASES = "examples"
# Faults seen only in what the coverage phase generates (negative cases, filter combinations), or
# along a chain the stateful phase walks.
FAULT_PHASES = {
    "invalid-input-accepted": "examples,coverage",
    "wrong-content-type": "examples,coverage",  # searchDirectory's example is refused (entityType with sourceFilter)
    "undocumented-status": "examples,coverage",
    "filter-ignored": "examples,coverage",
    "broken-csv": "examples,coverage",
    "deleted-still-readable": "examples,stateful",
}
ALL_PHASES = "examples,coverage,stateful"


def identity_operations(fault: str | None, profile: str) -> tuple[str, ...]:
    if profile == "aspnet":
        if fault == "deleted-still-readable":  # the create/delete/read chain alone, so the stateful phase walks it
            return tuple(op for op in ASPNET_OPERATIONS if op != "updateExternalClient")
        return ASPNET_OPERATIONS
    if fault is None:  # every operation the faulty runs use
        return tuple(dict.fromkeys(op for ops in FAULT_OPERATIONS.values() for op in ops))
    return FAULT_OPERATIONS.get(fault, DEFAULT_OPERATIONS)


def operations_for(fault: str | None, profile: str) -> tuple[str, ...]:
    """Identity's operations for the fault (if it breaks Identity) and those of every other service
    the fault breaks (every service without a fault, or for a fault this test does not know)."""
    if fault in WORKFLOW_CAUGHT:
        return SERVICE_OPERATIONS[LEASE]
    services = set(EXPECTED[fault]) if fault in EXPECTED else set(EVERY)
    ops = identity_operations(fault, profile) if IDENTITY in services else ()
    for service, more in SERVICE_OPERATIONS.items():
        if service in services or (service == ORGAUDIT and TENANT_AUDIT in services):
            ops += more
    return tuple(dict.fromkeys(ops))


def mock_faults() -> list[str]:
    listing = subprocess.run(
        [sys.executable, "-m", "contract_tests.mock_server", "--list-faults"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.split()[0] for line in listing.stdout.splitlines() if line.strip()]


def only(operations: tuple[str, ...]) -> list[str]:
    return [arg for op in operations for arg in ("--operation", op)]


def run_gate(reports: Path, *args: str, workflows: bool = False) -> tuple[int, str, str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests.gate",
            "--skip-drift-check",
            "--skip-spec-validation",
            *(() if workflows else ("--skip-workflows",)),
            "--max-examples",
            "10",
            "--seed",
            "1",
            "--reports",
            str(reports),
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    return result.returncode, result.stdout, (reports / "summary.md").read_text()


def sections(summary: str) -> dict[str, str]:
    """Each service's part of the summary (its table and findings), by its label."""
    return {chunk.split(":")[0]: chunk for chunk in summary.split("\n## ")[1:] if ": " in chunk.splitlines()[0]}


def failed_checks(summary: str) -> set[str]:
    return set(re.findall(r"^#### \d+\. `([a-z_]+)`", summary, re.MULTILINE))


def leniencies(summary: str, status: str = "NEW") -> set[tuple[str, str, str, str]]:
    """(check, operation, field, kind) of each "spec stricter than the service" finding whose
    status is NEW (the baseline does not know it) or known."""
    pattern = r"^- `([a-z_]+)` ([A-Z]+ \S+) `([^`]*)`: accepted .*?\[([a-z-]+), " + re.escape(status)
    return set(re.findall(pattern, summary, re.MULTILINE))


def caught_by(section: str) -> set[str]:
    """The checks that failed in a service's section, a NEW leniency as `leniency:<check>`."""
    return failed_checks(section) | {f"leniency:{check}" for check, *_ in leniencies(section)}


REPORTS_OF: dict[str, Path] = {}
_BASELINES: dict[str, tuple[int, str, str]] = {}


def baseline_of(profile: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str]:
    """A profile without faults (once per test process): the gate's verdict and what the profile's
    leniency alone reports."""
    if profile not in _BASELINES:
        REPORTS_OF[profile] = tmp_path_factory.mktemp(profile)
        args = ("--mock-profile", profile, "--phases", ALL_PHASES)
        _BASELINES[profile] = run_gate(REPORTS_OF[profile], *args, *only(operations_for(None, profile)))
    return _BASELINES[profile]


pytestmark = pytest.mark.slow


def test_every_fault_has_an_expectation() -> None:
    faults = set(mock_faults())
    assert faults >= set(EXPECTED) | set(WORKFLOW_CAUGHT), "a fault this test expects is gone from the mock"


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("fault", [f for f in mock_faults() if f not in WORKFLOW_CAUGHT])
def test_gate_fails_and_names_the_check_under_each_service(fault: str, profile: str, tmp_path: Path) -> None:
    args = ("--fault", fault, "--mock-profile", profile, "--phases", FAULT_PHASES.get(fault, PHASES))
    code, stdout, summary = run_gate(tmp_path, *args, *only(operations_for(fault, profile)))
    assert code == 1, stdout
    assert "# Contract gate: FAILED" in summary
    found = sections(summary)
    for service, check in EXPECTED.get(fault, {}).items():
        assert service in found, (fault, service, list(found))
        assert check in caught_by(found[service]), (fault, service, caught_by(found[service]))
    # Every failure comes with a reproduction, and no credential leaks into it.
    assert "curl -X" in summary
    assert "Bearer [REDACTED]" in summary
    assert not re.search(r"Bearer (?!\[REDACTED\])\S{20,}", summary + stdout)


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("fault", sorted(WORKFLOW_CAUGHT))
def test_gate_fails_in_the_workflow_that_sees_the_fault(fault: str, profile: str, tmp_path: Path) -> None:
    args = ("--fault", fault, "--mock-profile", profile, "--phases", "examples")
    code, stdout, summary = run_gate(tmp_path, *args, *only(operations_for(fault, profile)), workflows=True)
    assert code == 1, stdout
    assert "| workflow tests (tests/workflow, generated client) | FAIL" in summary
    junit = ET.parse(tmp_path / "workflow-junit.xml").getroot()
    failed = {case.get("name") for case in junit.iter("testcase") if case.find("failure") is not None}
    assert set(WORKFLOW_CAUGHT[fault]) <= failed, failed


def test_known_leniency_is_reported_but_passes_without_strict(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    """The aspnet profile binds like ASP.NET Core (null, defaults, case, unknown fields): leniency
    the baseline knows, listed with its field, kind and spec change, failing only with --strict."""
    code, stdout, summary = baseline_of("aspnet", tmp_path_factory)
    assert code == 0, stdout
    known = leniencies(summary, "known (baseline)")
    assert known and not leniencies(summary), summary
    assert "suggested spec change:" in summary and "The spec is stricter than the service" in stdout
    junit = (REPORTS_OF["aspnet"] / "junit.xml").read_text()
    assert 'name="spec-stricter-than-service identity"' in junit and 'type="spec-stricter"' not in junit
    operations = only(operations_for(None, "aspnet"))
    strict, _, _ = run_gate(tmp_path, "--mock-profile", "aspnet", "--strict", "--phases", ALL_PHASES, *operations)
    assert strict == 1


def test_every_fault_runs_on_operations_of_the_specs() -> None:
    from contract_tests import spec_model

    known = {op for service in spec_model.services() for op in service.model.by_id}
    used = {op for fault in [*EXPECTED, None] for profile in PROFILES for op in operations_for(fault, profile)}
    assert used <= known, used - known


@pytest.mark.parametrize("profile", PROFILES)
def test_gate_passes_without_faults_on_every_service(profile: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """On the operations the faulty runs use (the whole surface passes in the CI gate run)."""
    code, stdout, summary = baseline_of(profile, tmp_path_factory)
    assert code == 0, stdout
    assert failed_checks(summary) == set()
    assert "<failure" not in summary
    assert set(sections(summary)) == set(EVERY), list(sections(summary))
