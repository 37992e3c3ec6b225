"""The gate's reports: per service (each deployment: a service at the organization level or a
tenant's, deployments.py) a table of operations x phases and the findings under it, with curl
reproductions, written as markdown (reports/summary.md) and JUnit XML (reports/junit.xml) and
printed on stdout.

Three kinds of finding (results.py): violations (they fail the gate), places where the spec is
stricter than the service (a leniency the baseline does not know fails the gate, a known one only
with --strict; each names the field, its kind and a suggested spec change) and spec questions
(only with --strict). Then what was not covered and why. Reproductions have long values cut with
their length shown; the full requests are in the event streams (reports/*/events.ndjson)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
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
class Section:
    """One deployment's Schemathesis results: a service, at the organization level or a tenant's."""

    label: str  # deployments.Deployment.label, e.g. "lease", "orgaudit (tenant DefaultTenant)"
    operations: list[str]  # the labels of the operations it ran
    results: RunResults
    base_url: str = ""


@dataclass
class GateReport:
    target: str
    seed: int
    phases: tuple[str, ...]
    sections: list[Section] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    skipped_checks: list[str] = field(default_factory=list)  # notes on the run
    not_covered: list[str] = field(default_factory=list)
    strict: bool = False  # --strict: known leniency and spec questions fail the gate too

    @property
    def passed(self) -> bool:
        return all(s.ok for s in self.steps) and all(s.results.passed_with(self.strict) for s in self.sections)

    @property
    def violations(self) -> list[Failure]:
        return [f for s in self.sections for f in s.results.violations]

    @property
    def leniencies(self) -> list[LeniencyFinding]:
        return [f for s in self.sections for f in s.results.leniency_findings]

    @property
    def questions(self) -> list[Failure]:
        return [f for s in self.sections for f in s.results.questions]

    @property
    def errors(self) -> list[str]:
        return [f"{s.label}: {e}" for s in self.sections for e in s.results.errors]


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


def table(report: GateReport, section: Section) -> list[list[str]]:
    header = ["operation", *report.phases]
    rows = [header]
    results = section.results
    for operation in section.operations:
        row = [operation]
        for phase in report.phases:
            cell = results.cells.get((operation, phase))
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


def numbered(report: GateReport) -> Iterator[tuple[Section, int, Failure]]:
    """Every violation with its section and its number (counted across the sections)."""
    index = 0
    for section in report.sections:
        for failure in section.results.violations:
            index += 1
            yield section, index, failure


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


def _section_verdict(report: GateReport, section: Section) -> str:
    return "pass" if section.results.passed_with(report.strict) else "FAIL"


def render_text(report: GateReport) -> str:
    out = [f"Contract gate {_verdict(report)} against {report.target} (seed {report.seed})", ""]
    out += [
        f"  {'ok  ' if s.ok else 'FAIL'} {s.name} ({s.seconds:.1f}s){': ' + s.detail if s.detail else ''}"
        for s in report.steps
    ]
    out.append("")
    numbers = {id(failure): index for _, index, failure in numbered(report)}
    for section in report.sections:
        count = len(section.operations)
        out += [f"== {section.label}: {_section_verdict(report, section)} ({count} operations) ==", ""]
        out += [_text_table(table(report, section)), ""]
        for failure in section.results.violations:
            out.append(
                f"{numbers[id(failure)]}. [{failure.check}] {section.label}: {failure.operation} "
                f"({_where(failure)}{failure.count}x): {failure.title}"
            )
            out += [f"     {line}" for line in failure.message.splitlines()[:6]]
            out += [f"     $ {command}" for command in failure.short_curl]
        findings = section.results.leniency_findings
        if findings:
            new = sum(not f.known for f in findings)
            rule = "every finding fails the gate (--strict)" if report.strict else "NEW ones fail the gate"
            out += ["", f"{LENIENCY_HEADING} ({section.label}: {len(findings)}, {new} new; {rule}):"]
            for finding in findings:
                out.append(f"  - [{finding.example.check}] {_leniency_line(finding)}")
                out += [f"     $ {command}" for command in finding.example.short_curl[-1:]]
        questions = section.results.questions
        if questions:
            rule = "they fail the gate (--strict)" if report.strict else "they do not fail the gate without --strict"
            out += ["", f"{QUESTIONS_HEADING} ({section.label}: {len(questions)}; {rule}):"]
            for failure in questions:
                out.append(f"  - [{failure.check}] {failure.operation}: {failure.title}")
                out += [f"     {line}" for line in failure.message.splitlines()[:4]]
        out += [f"error: {section.label}: {error}" for error in section.results.errors]
        out.append("")
    if report.not_covered:
        out += ["", f"{NOT_COVERED_HEADING}:"] + [f"  - {line}" for line in report.not_covered]
    out += [f"note: {note}" for note in report.skipped_checks]
    if report.violations or report.leniencies:
        out.append(
            "note: long values in reproductions are cut, their length shown; reports/*/events.ndjson has them whole"
        )
    return "\n".join(out).rstrip() + "\n"


def _markdown_section(report: GateReport, section: Section, numbers: dict[int, int]) -> list[str]:
    results = section.results
    where = f" (`{section.base_url}`)" if section.base_url else ""
    out = [
        "",
        f"## {section.label}: {_section_verdict(report, section)}",
        "",
        f"{len(section.operations)} operations{where}. Cells: test cases run, or the checks that failed.",
        "",
        _markdown_table(table(report, section)),
    ]
    if results.phase_seconds:
        out += ["", "Phase times: " + ", ".join(f"{p} {s:.1f}s" for p, s in results.phase_seconds.items())]
    out += ["", f"### Violations ({section.label})", "", "Responses that break clients; each fails the gate.", ""]
    if not results.violations and not results.errors:
        out.append("None.")
    for failure in results.violations:
        out += [
            f"#### {numbers[id(failure)]}. `{failure.check}`: {failure.title}",
            "",
            f"{section.label}: {failure.operation}, {_where(failure)}{failure.count} time(s).",
            "",
            "```",
            failure.message.strip(),
            "```",
            "",
        ]
        if failure.short_curl:
            out += ["Reproduce with (long values cut; the event stream has them whole):", "", "```sh"]
            out += [*failure.short_curl, "```", ""]
    out += [f"- error: {error}" for error in results.errors]
    rule = (
        "every one fails the gate (--strict)"
        if report.strict
        else "a NEW one (not in the leniency baseline) fails the gate, a known one does not"
    )
    out += ["", f"### {LENIENCY_HEADING} ({section.label})", ""]
    out += [f"Input the spec forbids and the service accepted; {rule}.", ""]
    if not results.leniency_findings:
        out.append("None.")
    for finding in results.leniency_findings:
        out += [
            f"- `{finding.example.check}` {_leniency_line(finding)}",
            "",
            "  ```sh",
            *[f"  {c}" for c in finding.example.short_curl[-1:]],
            "  ```",
        ]
    rule = "they fail the gate (--strict)" if report.strict else "they do not fail the gate unless --strict"
    out += ["", f"### {QUESTIONS_HEADING} ({section.label})", ""]
    out += [f"Disagreements only a spec edit settles; {rule}.", ""]
    if not results.questions:
        out.append("None.")
    for failure in results.questions:
        out += [f"- `{failure.check}` {failure.operation}: {failure.title}", "", "  ```"]
        out += [f"  {line}" for line in failure.message.splitlines()] + ["  ```"]
    return out


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
    if report.sections:
        out += ["", "## Services", "", "| service | operations | result |", "| --- | --- | --- |"]
        out += [f"| {s.label} | {len(s.operations)} | {_section_verdict(report, s)} |" for s in report.sections]
        phases: dict[str, float] = {}
        for section in report.sections:
            for phase, seconds in section.results.phase_seconds.items():
                phases[phase] = max(phases.get(phase, 0.0), seconds)
        if phases:
            out += ["", "Phase times: " + ", ".join(f"{p} {s:.1f}s" for p, s in phases.items())]
    numbers = {id(failure): index for _, index, failure in numbered(report)}
    for section in report.sections:
        out += _markdown_section(report, section, numbers)
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
    for section in report.sections:
        _junit_section(suites, report, section)
    xml: bytes = ET.tostring(suites, encoding="utf-8", xml_declaration=True)
    return xml


def _junit_section(suites: ET.Element, report: GateReport, section: Section) -> None:
    results = section.results
    failing = list(results.violations)
    tests = str(len(section.operations) * len(report.phases))
    contract = ET.SubElement(suites, "testsuite", name=f"contract {section.label}", tests=tests)
    failures = 0
    for operation in section.operations:
        for phase in report.phases:
            cell = results.cells.get((operation, phase))
            case = ET.SubElement(contract, "testcase", classname=f"{section.label}.{phase}", name=operation)
            found = [f for f in failing if f.operation == operation and f.phase in (phase, "")]
            if found:
                failures += 1
                text = "\n\n".join(f"[{f.check}] {f.title}\n{f.message}\n" + "\n".join(f.curl) for f in found)
                message = ", ".join(sorted({f.check for f in found}))
                ET.SubElement(case, "failure", message=message, type="contract").text = text
            elif cell is None or not cell.cases:
                ET.SubElement(case, "skipped", message="no test cases in this phase")
    findings = results.leniency_findings
    lenient = ET.SubElement(
        suites, "testsuite", name=f"spec-stricter-than-service {section.label}", tests=str(len(findings))
    )
    failed = 0
    for finding in findings:
        name = f"{finding.leniency.operation} {finding.leniency.field} {finding.leniency.kind}"
        case = ET.SubElement(lenient, "testcase", classname=f"{section.label}.{finding.example.check}", name=name)
        text = f"{_leniency_line(finding)}\n" + "\n".join(finding.example.curl[-1:])
        if report.strict or not finding.known:
            failed += 1
            ET.SubElement(case, "failure", message=_leniency_line(finding)[:200], type="spec-stricter").text = text
        else:
            # Not a failure: JUnit has no "warning", so the finding is kept as the case's output.
            ET.SubElement(case, "system-out").text = text
    lenient.set("failures", str(failed))
    questions = ET.SubElement(
        suites, "testsuite", name=f"spec-questions {section.label}", tests=str(len(results.questions))
    )
    for failure in results.questions:
        classname = f"{section.label}.{failure.check}"
        case = ET.SubElement(questions, "testcase", classname=classname, name=failure.operation)
        if report.strict:
            ET.SubElement(case, "failure", message=failure.title, type="spec-question").text = failure.message
        else:
            ET.SubElement(case, "system-out").text = failure.message
    questions.set("failures", str(len(results.questions) if report.strict else 0))
    for error in results.errors:
        failures += 1
        case = ET.SubElement(contract, "testcase", classname=f"{section.label}.schemathesis", name="run error")
        ET.SubElement(case, "error", message=error[:200]).text = error
    contract.set("failures", str(failures))


def write_reports(report: GateReport, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "summary.md").write_text(render_markdown(report), encoding="utf-8")
    (directory / "junit.xml").write_bytes(render_junit(report))
