"""The gate's reports: a table of operations x phases, findings with curl reproductions, written
as markdown (reports/summary.md) and JUnit XML (reports/junit.xml) and printed on stdout.

Three kinds of finding (results.py): violations (they fail the gate), places where the spec is
stricter than the service (a leniency the baseline does not know fails the gate, a known one only
with --strict; each names the field, its kind and a suggested spec change) and spec questions
(only with --strict). Then what was not covered and why. Reproductions have long values cut with
their length shown; the full requests are in the event streams (reports/*/events.ndjson)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .results import Failure, LeniencyFinding, RunResults, suggest_spec_change


@dataclass
class Step:
    """A gate step outside Schemathesis (drift check, spec validation, clean-up)."""

    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0


@dataclass
class GateReport:
    target: str
    seed: int
    phases: tuple[str, ...]
    operations: list[str]
    steps: list[Step] = field(default_factory=list)
    results: RunResults | None = None
    skipped_checks: list[str] = field(default_factory=list)  # notes on the run
    not_covered: list[str] = field(default_factory=list)
    strict: bool = False  # --strict: known leniency and spec questions fail the gate too

    @property
    def passed(self) -> bool:
        return all(s.ok for s in self.steps) and (self.results is None or self.results.passed_with(self.strict))

    @property
    def violations(self) -> list[Failure]:
        return self.results.violations if self.results else []

    @property
    def leniencies(self) -> list[LeniencyFinding]:
        return self.results.leniency_findings if self.results else []

    @property
    def questions(self) -> list[Failure]:
        return self.results.questions if self.results else []


LENIENCY_HEADING = "The spec is stricter than the service"
QUESTIONS_HEADING = "Spec questions"
NOT_COVERED_HEADING = "Not covered"


def _leniency_line(finding: LeniencyFinding) -> str:
    lenient = finding.leniency
    status = "known (baseline)" if finding.known else "NEW"
    return (
        f"{lenient.operation} `{lenient.field}`: accepted {lenient.describe()} [{lenient.kind}, {status}]; "
        f"suggested spec change: {suggest_spec_change(lenient)}"
    )


def table(report: GateReport) -> list[list[str]]:
    header = ["operation", *report.phases]
    rows = [header]
    results = report.results
    for operation in report.operations:
        row = [operation]
        for phase in report.phases:
            cell = results.cells.get((operation, phase)) if results else None
            if cell is None or not (cell.cases or cell.failed_checks or cell.errors):
                row.append("-")
            elif cell.status == "FAIL":
                row.append(f"FAIL ({', '.join(sorted(cell.failed_checks)) or 'error'})")
            elif cell.status == "question":
                row.append(f"question ({', '.join(sorted(cell.questions))})")
            elif cell.lenient_checks:
                row.append(f"pass ({cell.cases}; spec stricter: {', '.join(sorted(cell.lenient_checks))})")
            else:
                row.append(f"pass ({cell.cases})")
        rows.append(row)
    return rows


def _text_table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "|".join(" --- " for _ in rows[0]) + "|")
    return "\n".join(lines)


def _verdict(report: GateReport) -> str:
    return "PASSED" if report.passed else "FAILED"


def _where(failure: Failure) -> str:
    return f"{failure.phase}, " if failure.phase else ""


def render_text(report: GateReport) -> str:
    out = [f"Contract gate {_verdict(report)} against {report.target} (seed {report.seed})", ""]
    out += [
        f"  {'ok  ' if s.ok else 'FAIL'} {s.name} ({s.seconds:.1f}s){': ' + s.detail if s.detail else ''}"
        for s in report.steps
    ]
    out.append("")
    if report.results is not None:
        out += [_text_table(table(report)), ""]
        for index, failure in enumerate(report.violations, 1):
            out.append(
                f"{index}. [{failure.check}] {failure.operation} ({_where(failure)}{failure.count}x): {failure.title}"
            )
            out += [f"     {line}" for line in failure.message.splitlines()[:6]]
            out += [f"     $ {command}" for command in failure.short_curl]
        if report.leniencies:
            new = sum(not f.known for f in report.leniencies)
            rule = "every finding fails the gate (--strict)" if report.strict else "NEW ones fail the gate"
            out += ["", f"{LENIENCY_HEADING} ({len(report.leniencies)}, {new} new; {rule}):"]
            for finding in report.leniencies:
                out.append(f"  - [{finding.example.check}] {_leniency_line(finding)}")
                out += [f"     $ {command}" for command in finding.example.short_curl[-1:]]
        if report.questions:
            rule = "they fail the gate (--strict)" if report.strict else "they do not fail the gate without --strict"
            out += ["", f"{QUESTIONS_HEADING} ({len(report.questions)}; {rule}):"]
            for failure in report.questions:
                out.append(f"  - [{failure.check}] {failure.operation}: {failure.title}")
                out += [f"     {line}" for line in failure.message.splitlines()[:4]]
        out += [f"error: {error}" for error in report.results.errors]
    if report.not_covered:
        out += ["", f"{NOT_COVERED_HEADING}:"] + [f"  - {line}" for line in report.not_covered]
    out += [f"note: {note}" for note in report.skipped_checks]
    if report.results is not None and (report.violations or report.leniencies):
        out.append(
            "note: long values in reproductions are cut, their length shown; reports/*/events.ndjson has them whole"
        )
    return "\n".join(out).rstrip() + "\n"


def render_markdown(report: GateReport) -> str:
    out = [
        f"# Contract gate: {_verdict(report)}",
        "",
        f"Target: `{report.target}`; seed `{report.seed}` (re-run with `--seed {report.seed}`).",
        "",
        "## Steps",
        "",
        "| step | result | time |",
        "| --- | --- | --- |",
    ]
    out += [f"| {s.name} | {'ok' if s.ok else 'FAIL: ' + s.detail} | {s.seconds:.1f}s |" for s in report.steps]
    if report.results is not None:
        out += [
            "",
            "## Operations x phases",
            "",
            "Cells: test cases run, or the checks that failed.",
            "",
            _markdown_table(table(report)),
        ]
        if report.results.phase_seconds:
            out += ["", "Phase times: " + ", ".join(f"{p} {s:.1f}s" for p, s in report.results.phase_seconds.items())]
        out += ["", "## Violations", "", "Responses that break clients; each fails the gate.", ""]
        if not report.violations and not report.results.errors:
            out.append("None.")
        for index, failure in enumerate(report.violations, 1):
            out += [
                f"### {index}. `{failure.check}`: {failure.title}",
                "",
                f"{failure.operation}, {_where(failure)}{failure.count} time(s).",
                "",
                "```",
                failure.message.strip(),
                "```",
                "",
            ]
            if failure.short_curl:
                out += ["Reproduce with (long values cut; the event stream has them whole):", "", "```sh"]
                out += [*failure.short_curl, "```", ""]
        out += [f"- error: {error}" for error in report.results.errors]
        rule = (
            "every one fails the gate (--strict)"
            if report.strict
            else "a NEW one (not in the leniency baseline) fails the gate, a known one does not"
        )
        out += ["", f"## {LENIENCY_HEADING}", "", f"Input the spec forbids and the service accepted; {rule}.", ""]
        if not report.leniencies:
            out.append("None.")
        for finding in report.leniencies:
            out += [
                f"- `{finding.example.check}` {_leniency_line(finding)}",
                "",
                "  ```sh",
                *[f"  {c}" for c in finding.example.short_curl[-1:]],
                "  ```",
            ]
        rule = "they fail the gate (--strict)" if report.strict else "they do not fail the gate unless --strict"
        out += ["", f"## {QUESTIONS_HEADING}", "", f"Disagreements only a spec edit settles; {rule}.", ""]
        if not report.questions:
            out.append("None.")
        for failure in report.questions:
            out += [f"- `{failure.check}` {failure.operation}: {failure.title}", "", "  ```"]
            out += [f"  {line}" for line in failure.message.splitlines()] + ["  ```"]
    if report.not_covered:
        out += ["", f"## {NOT_COVERED_HEADING}", ""] + [f"- {line}" for line in report.not_covered]
    if report.skipped_checks:
        out += ["", "## Notes", ""] + [f"- {note}" for note in report.skipped_checks]
    return "\n".join(out).rstrip() + "\n"


def render_junit(report: GateReport) -> bytes:
    suites = ET.Element("testsuites", name="contract-gate")
    steps = ET.SubElement(
        suites,
        "testsuite",
        name="gate-steps",
        tests=str(len(report.steps)),
        failures=str(sum(not s.ok for s in report.steps)),
    )
    for step in report.steps:
        case = ET.SubElement(steps, "testcase", classname="gate", name=step.name, time=f"{step.seconds:.3f}")
        if not step.ok:
            ET.SubElement(case, "failure", message=step.detail[:200]).text = step.detail
    results = report.results
    if results is not None:
        failing = list(results.violations)
        contract = ET.SubElement(
            suites, "testsuite", name="contract", tests=str(len(report.operations) * len(report.phases))
        )
        failures = 0
        for operation in report.operations:
            for phase in report.phases:
                cell = results.cells.get((operation, phase))
                case = ET.SubElement(contract, "testcase", classname=phase, name=operation)
                found = [f for f in failing if f.operation == operation and f.phase in (phase, "")]
                if found:
                    failures += 1
                    text = "\n\n".join(f"[{f.check}] {f.title}\n{f.message}\n" + "\n".join(f.curl) for f in found)
                    message = ", ".join(sorted({f.check for f in found}))
                    ET.SubElement(case, "failure", message=message, type="contract").text = text
                elif cell is None or not cell.cases:
                    ET.SubElement(case, "skipped", message="no test cases in this phase")
        findings = results.leniency_findings
        lenient = ET.SubElement(suites, "testsuite", name="spec-stricter-than-service", tests=str(len(findings)))
        failed = 0
        for finding in findings:
            name = f"{finding.leniency.operation} {finding.leniency.field} {finding.leniency.kind}"
            case = ET.SubElement(lenient, "testcase", classname=finding.example.check, name=name)
            text = f"{_leniency_line(finding)}\n" + "\n".join(finding.example.curl[-1:])
            if report.strict or not finding.known:
                failed += 1
                ET.SubElement(case, "failure", message=_leniency_line(finding)[:200], type="spec-stricter").text = text
            else:
                # Not a failure: JUnit has no "warning", so the finding is kept as the case's output.
                ET.SubElement(case, "system-out").text = text
        lenient.set("failures", str(failed))
        questions = ET.SubElement(suites, "testsuite", name="spec-questions", tests=str(len(results.questions)))
        for failure in results.questions:
            case = ET.SubElement(questions, "testcase", classname=failure.check, name=failure.operation)
            if report.strict:
                ET.SubElement(case, "failure", message=failure.title, type="spec-question").text = failure.message
            else:
                ET.SubElement(case, "system-out").text = failure.message
        questions.set("failures", str(len(results.questions) if report.strict else 0))
        for error in results.errors:
            failures += 1
            case = ET.SubElement(contract, "testcase", classname="schemathesis", name="run error")
            ET.SubElement(case, "error", message=error[:200]).text = error
        contract.set("failures", str(failures))
    xml: bytes = ET.tostring(suites, encoding="utf-8", xml_declaration=True)
    return xml


def write_reports(report: GateReport, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "summary.md").write_text(render_markdown(report), encoding="utf-8")
    (directory / "junit.xml").write_bytes(render_junit(report))
