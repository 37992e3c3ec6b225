"""Two kinds of finding: violations fail the gate; "the spec is stricter than the service" is
reported with the field and a suggested spec change and fails only with --strict."""

from __future__ import annotations

from contract_tests.gate.reports import GateReport, render_junit, render_markdown, render_text
from contract_tests.gate.results import Failure, RunResults

LENIENT = Failure(
    "coverage",
    "POST /api/ExternalClient",
    "negative_data_rejection",
    "Schema-violating request accepted",
    "Invalid component: in body - clientCertificates: None is not of type 'array' (null)",
    ["curl -X POST http://127.0.0.1/api/ExternalClient"],
)
VIOLATION = Failure(
    "fuzzing", "GET /x", "not_a_server_error", "Server error", "500", ["curl -X GET http://127.0.0.1/x"]
)


def report(*failures: Failure, strict: bool = False) -> GateReport:
    results = RunResults(failures=list(failures), complete=True)
    return GateReport("t", 1, ("coverage",), ["POST /api/ExternalClient"], results=results, strict=strict)


def test_a_lenient_service_passes_unless_strict() -> None:
    assert report(LENIENT).passed
    assert not report(LENIENT, strict=True).passed
    assert not report(LENIENT, VIOLATION).passed


def test_the_finding_names_the_field_and_a_spec_change() -> None:
    assert LENIENT.lenient and not VIOLATION.lenient
    assert LENIENT.field == "clientCertificates"
    assert "allow null" in LENIENT.suggestion
    text, markdown = render_text(report(LENIENT)), render_markdown(report(LENIENT))
    for rendered in (text, markdown):
        assert "The spec is stricter than the service" in rendered and "`clientCertificates`" in rendered
    assert "## Violations" in markdown and "None." in markdown


def test_junit_lists_it_without_failing_unless_strict() -> None:
    lenient = render_junit(report(LENIENT)).decode()
    assert 'name="spec-stricter-than-service"' in lenient and "<failure" not in lenient
    assert 'type="spec-stricter"' in render_junit(report(LENIENT, strict=True)).decode()
