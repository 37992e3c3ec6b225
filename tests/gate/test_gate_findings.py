"""Three kinds of finding: violations fail the gate; "the spec is stricter than the service" is
reported with the field, its kind and a suggested spec change, and fails only when the leniency
baseline does not know it (or with --strict); spec questions fail only with --strict. Long values
in reproductions are cut with their length shown."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from contract_tests.gate.leniency import DEFAULT_BASELINE, Baseline, Leniency
from contract_tests.gate.reports import GateReport, Section, render_junit, render_markdown, render_text
from contract_tests.gate.results import Failure, RunResults, curl

BASELINE = Baseline.load(DEFAULT_BASELINE)


def accepted(field: str, kind: str) -> Failure:
    return Failure(
        "coverage",
        "POST /api/ExternalClient",
        "negative_data_rejection",
        "Schema-violating request accepted",
        f"Invalid data should have been rejected\nInvalid component: in body - {field}\nLeniency: {kind} {field}",
        ["curl -X POST http://127.0.0.1/api/ExternalClient"],
    )


KNOWN = accepted("clientCertificates", "null-reference")  # ASP.NET Core binds null (baseline)
GARBAGE = accepted("isConfidential", "type")  # a string for a boolean: not in the baseline
VIOLATION = Failure(
    "fuzzing", "GET /x", "not_a_server_error", "Server error", "500", ["curl -X GET http://127.0.0.1/x"]
)
QUESTION = Failure(
    "coverage",
    "GET /x",
    "response_schema_conformance",
    "Enum values differ only in letter case",
    "`type`",
    [],
    question=True,
)


def report(*failures: Failure, strict: bool = False) -> GateReport:
    results = RunResults(failures=list(failures), complete=True, baseline=BASELINE)
    section = Section("identity", ["POST /api/ExternalClient"], results)
    return GateReport("t", 1, ("coverage",), [section], strict=strict)


def test_known_leniency_passes_new_leniency_fails() -> None:
    assert report(KNOWN).passed
    assert not report(GARBAGE).passed
    assert not report(KNOWN, strict=True).passed
    assert not report(KNOWN, VIOLATION).passed


def test_a_spec_question_fails_only_with_strict() -> None:
    assert report(QUESTION).passed and not report(QUESTION, strict=True).passed


def test_the_finding_names_the_field_its_kind_and_a_spec_change() -> None:
    assert KNOWN.lenient and not VIOLATION.lenient
    assert KNOWN.leniencies == [Leniency("POST /api/ExternalClient", "clientCertificates", "null-reference")]
    assert "allow null" in KNOWN.suggestion
    text, markdown = render_text(report(KNOWN, GARBAGE)), render_markdown(report(KNOWN, GARBAGE))
    for rendered in (text, markdown):
        assert "The spec is stricter than the service" in rendered and "`clientCertificates`" in rendered
        assert "`isConfidential`: accepted a value of the wrong JSON type [type, NEW]" in rendered
        assert "[null-reference, known (baseline)]" in rendered
    assert "### Violations (identity)" in markdown and "None." in markdown


def test_junit_fails_new_leniency_only() -> None:
    known = render_junit(report(KNOWN)).decode()
    assert 'name="spec-stricter-than-service identity"' in known and "<failure" not in known
    assert 'type="spec-stricter"' in render_junit(report(GARBAGE)).decode()
    assert 'type="spec-stricter"' in render_junit(report(KNOWN, strict=True)).decode()


def test_the_baseline_update_adds_entries_for_new_findings_only(tmp_path: Path) -> None:
    path = tmp_path / "baseline.yaml"
    path.write_text(DEFAULT_BASELINE.read_text())
    baseline = Baseline.load(path)
    new = Leniency("POST /api/ExternalClient", "isConfidential", "type")
    path.write_text(baseline.with_findings([new, KNOWN.leniencies[0]], "accepted by a test"))
    updated = Baseline.load(path)
    assert updated.knows(new) and len(updated.known) == len(baseline.known) + 1
    assert not updated.knows(Leniency("POST /api/ExternalClient", "name", "type"))


def test_a_baseline_entry_needs_a_known_kind(tmp_path: Path) -> None:
    path = tmp_path / "baseline.yaml"
    path.write_text("known:\n  - {kind: anything-goes}\n")
    with pytest.raises(ValueError, match="kind"):
        Baseline.load(path)


def test_reproductions_cut_long_values_and_show_their_length() -> None:
    body = {"name": "x" * 4096, "scopes": [{"name": f"s{i}"} for i in range(40)]}
    request = {
        "method": "POST",
        "uri": "http://127.0.0.1/api/ExternalClient?q=" + "y" * 500,
        "headers": {"Authorization": ["Bearer secret-token"]},
        "body": {"$base64": base64.b64encode(json.dumps(body).encode()).decode()},
    }
    short, full = curl(request, short=True), curl(request)
    assert "4,096 chars" in short and "40 items" in short and "500 chars" in short
    assert len(short) < 1200 and "x" * 4096 in full and "secret-token" not in short + full
