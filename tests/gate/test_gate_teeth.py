"""The gate has teeth on both behaviour profiles of the mock (default and aspnet): with each fault
switched on it fails and names the check that caught the fault; with none it passes. The faults are
generic over the operations table, so each run is restricted (`--operation`) to representative
operations instead of the whole spec: on the default profile a group, robot-account or
directory-search operation per fault; on the aspnet profile the external client's create, read,
replace and delete (every fault, the links and the stateful phase). Small example counts and a
fixed seed keep it fast."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The check each fault must trip (a fault the mock adds later must at least fail the gate).
EXPECTED_CHECK = {
    "server-error": "not_a_server_error",
    "wrong-content-type": "content_type_conformance",
    "missing-required-field": "response_schema_conformance",
    "wrong-field-type": "response_schema_conformance",
    "wrong-success-status": "status_code_conformance",
    "undocumented-status": "status_code_conformance",
    "auth-not-enforced": "ignored_auth",
    "invalid-input-accepted": "negative_data_rejection",  # a NEW leniency (not in the baseline)
    "deleted-still-readable": "use_after_free",
    "scope-not-enforced": "scope_enforcement",
    "cross-org-leak": "organization_isolation",
}
# The operations each fault's run is restricted to: between them a group, a robot-account and a
# directory-search operation (a fault the mock adds later runs on DEFAULT_OPERATIONS).
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
# The aspnet profile's runs: one resource's create, read, replace and delete.
ASPNET_OPERATIONS = ("createExternalClient", "getExternalClient", "updateExternalClient", "deleteExternalClient")


def operations_for(fault: str | None, profile: str) -> tuple[str, ...]:
    if profile == "aspnet":
        if fault == "deleted-still-readable":  # the create/delete/read chain alone, so the stateful phase walks it
            return tuple(op for op in ASPNET_OPERATIONS if op != "updateExternalClient")
        return ASPNET_OPERATIONS
    if fault is None:  # every operation the faulty runs use
        return tuple(dict.fromkeys(op for ops in FAULT_OPERATIONS.values() for op in ops))
    return FAULT_OPERATIONS.get(fault, DEFAULT_OPERATIONS)


# Faults where the mock is more lenient than the spec: reported as "the spec is stricter than the
# service"; what they accept (a wrong type, a value outside an enum) is no kind the leniency
# baseline knows, so they fail the gate without --strict.
LENIENT_FAULTS = {"invalid-input-accepted"}


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


def run_gate(reports: Path, *args: str) -> tuple[int, str, str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "contract_tests.gate",
            "--skip-drift-check",
            "--skip-spec-validation",
            "--skip-workflows",
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


def failed_checks(summary: str) -> set[str]:
    return set(re.findall(r"^### \d+\. `([a-z_]+)`", summary, re.MULTILINE))


def leniencies(summary: str, status: str = "NEW") -> set[tuple[str, str, str, str]]:
    """(check, operation, field, kind) of each "spec stricter than the service" finding whose
    status is NEW (the baseline does not know it) or known."""
    section = summary.partition("## The spec is stricter")[2].partition("\n## ")[0]
    pattern = r"^- `([a-z_]+)` ([A-Z]+ \S+) `([^`]*)`: accepted .*?\[([a-z-]+), " + re.escape(status)
    return set(re.findall(pattern, section, re.MULTILINE))


REPORTS_OF: dict[str, Path] = {}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str, str]]:
    """Each profile without faults: the gate's verdict and what the profile's leniency alone reports."""
    runs = {}
    for profile in PROFILES:
        REPORTS_OF[profile] = tmp_path_factory.mktemp(profile)
        runs[profile] = run_gate(REPORTS_OF[profile], "--mock-profile", profile, *only(operations_for(None, profile)))
    return runs


pytestmark = pytest.mark.slow


def test_every_fault_has_an_expected_check() -> None:
    assert set(mock_faults()) >= set(EXPECTED_CHECK), "a fault this test expects is gone from the mock"


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("fault", mock_faults())
def test_gate_fails_and_names_the_check(
    fault: str, profile: str, baseline: dict[str, tuple[int, str, str]], tmp_path: Path
) -> None:
    operations = operations_for(fault, profile)
    code, stdout, summary = run_gate(tmp_path, "--fault", fault, "--mock-profile", profile, *only(operations))
    assert code == 1, stdout
    assert "# Contract gate: FAILED" in summary
    if fault in EXPECTED_CHECK:
        lenient = {check for check, *_ in leniencies(summary)}
        named = lenient if fault in LENIENT_FAULTS else failed_checks(summary)
        assert EXPECTED_CHECK[fault] in named, (fault, named)
        assert f"[{EXPECTED_CHECK[fault]}]" in stdout
    # Every failure comes with a reproduction, and no credential leaks into it.
    assert "curl -X" in summary
    assert "Bearer [REDACTED]" in summary
    assert not re.search(r"Bearer (?!\[REDACTED\])\S{20,}", summary + stdout)


def test_known_leniency_is_reported_but_passes_without_strict(
    baseline: dict[str, tuple[int, str, str]], tmp_path: Path
) -> None:
    """The aspnet profile binds like ASP.NET Core (null, defaults, case, unknown fields): leniency
    the baseline knows, listed with its field, kind and spec change, failing only with --strict."""
    code, stdout, summary = baseline["aspnet"]
    assert code == 0, stdout
    known = leniencies(summary, "known (baseline)")
    assert known and not leniencies(summary), summary
    assert "suggested spec change:" in summary and "The spec is stricter than the service" in stdout
    junit = (REPORTS_OF["aspnet"] / "junit.xml").read_text()
    assert 'name="spec-stricter-than-service"' in junit and 'type="spec-stricter"' not in junit
    strict, _, _ = run_gate(tmp_path, "--mock-profile", "aspnet", "--strict", *only(operations_for(None, "aspnet")))
    assert strict == 1


def test_every_fault_runs_on_operations_of_the_spec() -> None:
    from contract_tests.spec_model import load

    known = set(load().by_id)
    assert {op for ops in FAULT_OPERATIONS.values() for op in ops} | set(DEFAULT_OPERATIONS) <= known


@pytest.mark.parametrize("profile", PROFILES)
def test_gate_passes_without_faults(profile: str, baseline: dict[str, tuple[int, str, str]]) -> None:
    """On the operations the faulty runs use (the whole surface passes in the CI gate run)."""
    code, stdout, summary = baseline[profile]
    assert code == 0, stdout
    assert failed_checks(summary) == set()
    assert "<failure" not in summary
