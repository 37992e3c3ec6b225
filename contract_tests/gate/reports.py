"""The gate's reports: a table of operations x phases, findings with curl reproductions, written
as markdown (reports/summary.md) and JUnit XML (reports/junit.xml) and printed on stdout.

Two kinds of finding: violations (they break clients and fail the gate) and places where the spec
is stricter than the service (it accepts input the spec forbids; they fail the gate only with
--strict). Each of the latter names the field and a suggested spec change."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from .results import Failure, RunResults


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
    skipped_checks: list[str] = field(default_factory=list)
    strict: bool = False  # --strict: the spec being stricter than the service fails the gate too

    @property
    def passed(self) -> bool:
        return all(s.ok for s in self.steps) and (self.results is None or self.results.passed_with(self.strict))

    @property
    def violations(self) -> list[Failure]:
        return self.results.violations if self.results else []

    @property
    def leniencies(self) -> list[Failure]:
        return self.results.leniencies if self.results else []


LENIENCY_HEADING = "The spec is stricter than the service"


def _leniency_line(failure: Failure) -> str:
    where = f" `{failure.field}`" if failure.field else ""
    return (
        f"{failure.operation}{where}: accepted ({failure.component or failure.title}); "
        f"suggested spec change: {failure.suggestion}"
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
                f"{index}. [{failure.check}] {failure.operation} ({failure.phase}, {failure.count}x): {failure.title}"
            )
            out += [f"     {line}" for line in failure.message.splitlines()[:6]]
            out += [f"     $ {command}" for command in failure.curl]
        if report.leniencies:
            fails = "fails the gate: --strict" if report.strict else "does not fail the gate without --strict"
            out += ["", f"{LENIENCY_HEADING} ({len(report.leniencies)}; {fails}):"]
            for failure in report.leniencies:
                out.append(f"  - [{failure.check}] {_leniency_line(failure)}")
                out += [f"     $ {command}" for command in failure.curl[-1:]]
        out += [f"error: {error}" for error in report.results.errors]
    out += [f"note: {note}" for note in report.skipped_checks]
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
                f"{failure.operation}, {failure.phase} phase, {failure.count} time(s).",
                "",
                "```",
                failure.message.strip(),
                "```",
                "",
                "Reproduce with:",
                "",
                "```sh",
                *failure.curl,
                "```",
                "",
            ]
        out += [f"- error: {error}" for error in report.results.errors]
        fails = "they fail the gate (--strict)" if report.strict else "they do not fail the gate unless --strict"
        out += ["", f"## {LENIENCY_HEADING}", "", f"Input the spec forbids and the service accepted; {fails}.", ""]
        if not report.leniencies:
            out.append("None.")
        for failure in report.leniencies:
            out += [
                f"- `{failure.check}` {_leniency_line(failure)}",
                "",
                "  ```sh",
                *[f"  {c}" for c in failure.curl[-1:]],
                "  ```",
            ]
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
                found = [f for f in failing if f.operation == operation and f.phase == phase]
                if found:
                    failures += 1
                    text = "\n\n".join(f"[{f.check}] {f.title}\n{f.message}\n" + "\n".join(f.curl) for f in found)
                    message = ", ".join(sorted({f.check for f in found}))
                    ET.SubElement(case, "failure", message=message, type="contract").text = text
                elif cell is None or not cell.cases:
                    ET.SubElement(case, "skipped", message="no test cases in this phase")
        lenient = ET.SubElement(
            suites, "testsuite", name="spec-stricter-than-service", tests=str(len(results.leniencies))
        )
        for finding in results.leniencies:
            case = ET.SubElement(
                lenient, "testcase", classname=finding.check, name=f"{finding.operation} {finding.field}"
            )
            text = f"{_leniency_line(finding)}\n" + "\n".join(finding.curl[-1:])
            if report.strict:
                ET.SubElement(case, "failure", message=finding.suggestion[:200], type="spec-stricter").text = text
            else:
                # Not a failure: JUnit has no "warning", so the finding is kept as the case's output.
                ET.SubElement(case, "system-out").text = text
        lenient.set("failures", str(len(results.leniencies) if report.strict else 0))
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
