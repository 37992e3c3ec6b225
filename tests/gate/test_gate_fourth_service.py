"""Issue 17's "done when", the gate's part: the throwaway fourth service of a COPY of the project
(tests/generation/fourth_service.py: its spec, its table rows and one line of spec/services.yaml,
nothing else) is covered by the copy's gate with no other change: its spec linted, every operation
in every phase at the organization level and at its tenant level (the copy's mock announces both),
the gate's own checks on it, and a fault of the mock failing the gate under it. The drift check is
left out: the copy's generated/ is the client's business (tests/generation/test_a_fourth_service.py
regenerates it). Over real sockets; ~30 s."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generation"))
from fourth_service import add_fourth_service

pytestmark = pytest.mark.slow
SECTIONS = ("workshop", "workshop (tenant DefaultTenant)")
LABELS = (
    "GET /api/account/{accountId}/gizmo ",
    "POST /api/account/{accountId}/gizmo ",
    "GET /api/account/{accountId}/gizmo/{gizmoId} ",
    "PUT /api/account/{accountId}/gizmo/{gizmoId} ",
)


def gate(project: Path, reports: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "contract_tests.gate", "--skip-drift-check", "--skip-workflows"]
    command += ["--service", "workshop", "--max-examples", "10", "--seed", "1", "--reports", str(reports), *args]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300)


def probes(reports: Path) -> set[str]:
    """The gate's own checks that sent a probe in the run (marked with their name)."""
    text = "".join(p.read_text() for p in reports.glob("*/*/events.ndjson"))
    return set(re.findall(r'"X-Contract-Gate-Probe": ?\["?([a-z_]+)', text))


@pytest.mark.parametrize("profile", ["default", "aspnet"])
def test_the_gate_covers_a_fourth_service_from_its_spec_rows_and_one_line(
    project_copy: Path, profile: str, tmp_path: Path
) -> None:
    add_fourth_service(project_copy)
    result = gate(project_copy, tmp_path / "pass", "--mock-profile", profile)
    summary = (tmp_path / "pass" / "summary.md").read_text()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| spec validation (contract_tests/spec_lint.py) | ok |" in summary
    for section in SECTIONS:
        assert f"\n## {section}: pass" in summary, section
        part = summary.split(f"\n## {section}: ")[1].split("\n## ")[0]
        for label in LABELS:
            row = next(line for line in part.splitlines() if line.startswith(f"| {label}"))
            assert row.count("pass (") == 3, row  # examples, coverage, fuzzing (no link: no stateful)
    own = {"scope_enforcement", "organization_isolation", "foreign_partition", "boundary_strings", "minimal_body"}
    assert own <= probes(tmp_path / "pass"), probes(tmp_path / "pass")


def test_a_fault_fails_the_gate_under_the_fourth_service(project_copy: Path, tmp_path: Path) -> None:
    add_fourth_service(project_copy)
    faults = ("--fault", "missing-required-field", "--fault", "scope-not-enforced")
    result = gate(project_copy, tmp_path, *faults, "--phases", "examples")
    summary = (tmp_path / "summary.md").read_text()
    assert result.returncode == 1, result.stdout
    for section in SECTIONS:
        part = summary.split(f"\n## {section}: ")[1].split("\n## ")[0]
        found = set(re.findall(r"^#### \d+\. `([a-z_]+)`", part, re.MULTILINE))
        assert {"response_schema_conformance", "scope_enforcement"} <= found, (section, found)
