"""`python -m contract_tests.gate`: a plan of steps (drift check, spec validation, API changes, the
target, the workflow tests, Schemathesis), run in order against the embedded mock (default) or a
live organization; reports under reports/, exit 0 pass, 1 fail, 2 usage, 130 interrupted.

Each step says when it applies and what it does; the target step opens what later steps need
(the mock process, or the live token) and registers what must happen at the end whatever happens
(stopping the mock, the live clean-up), so a failure, Ctrl-C or SIGTERM still cleans up."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from contract_tests import spec_lint
from contract_tests.api_changes import gate_step as api_changes
from contract_tests.mock_server import process as mock_process
from contract_tests.spec_model import SpecModel

from . import live_policy, workflows
from .cleanup import delete_prefixed, read_created
from .leniency import Baseline
from .options import GateOptions, UsageError, parse
from .reports import GateReport, Step, render_text, write_reports
from .results import read_events
from .schemathesis_run import StRun, run_schemathesis
from .targets import WRITE_PREFIX, Target, created_log, live_target, mock_target

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["WRITE_PREFIX", "main"]


@dataclass
class GateRun:
    """What the steps share."""

    options: GateOptions
    spec: SpecModel
    report: GateReport
    stack: ExitStack
    target: Target | None = None


@dataclass(frozen=True)
class PlanStep:
    name: str
    applies: Callable[[GateRun], bool]
    run: Callable[[GateRun], Step | None]  # a report line, or None for a step that only prepares


def timed(name: str, action: Callable[[], tuple[bool, str]]) -> Step:
    started = time.monotonic()
    ok, detail = action()
    return Step(name, ok, detail, time.monotonic() - started)


def drift_check(run: GateRun) -> Step:
    def check() -> tuple[bool, str]:
        command = [sys.executable, str(ROOT / "scripts" / "regenerate"), "--check"]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        tail = " / ".join((result.stdout + result.stderr).strip().splitlines()[-3:])
        return result.returncode == 0, "" if result.returncode == 0 else f"generated/ differs from the spec: {tail}"

    return timed("drift check (scripts/regenerate --check)", check)


def spec_validation(run: GateRun) -> Step:
    def check() -> tuple[bool, str]:
        problems = [f"{rule}: {p}" for rule, found in spec_lint.lint().items() for p in found]
        return not problems, "; ".join(problems[:5])

    return timed("spec validation (contract_tests/spec_lint.py)", check)


def api_changes_check(run: GateRun) -> Step:
    return timed("API changes (scripts/api_changes)", lambda: api_changes.check(run.options.reports))


def open_target(run: GateRun) -> None:
    """The mock (stopped when the run ends) or the live organization (cleaned up when it ends)."""
    options = run.options
    if options.live is not None:
        run.target = live_target(options.live, options, run.spec)
        if run.target.config.write_prefix:
            run.stack.callback(lambda: run.report.steps.append(timed("clean-up", lambda: cleanup(run))))
        return
    fault_args = [arg for fault in options.faults for arg in ("--fault", fault)]
    mock = run.stack.enter_context(mock_process.running(*fault_args, profile=options.mock_profile))
    run.target = mock_target(mock.ready, options, run.spec)


def workflow_tests(run: GateRun) -> Step:
    assert run.target is not None and run.target.workflow_env is not None
    where = "live, prefixed" if run.target.config.live else "generated client"
    env = run.target.workflow_env
    return timed(
        f"workflow tests (tests/workflow, {where})",
        lambda: workflows.run_workflows(env, run.options.reports / "workflow-junit.xml"),
    )


def contract(run: GateRun) -> Step:
    """Schemathesis over the target's operations; the findings go into the report."""
    options, target, report = run.options, run.target, run.report
    assert target is not None
    report.target = target.description
    report.skipped_checks += target.notes
    report.not_covered += target.not_covered
    if target.operation_ids is not None:
        report.operations = [op.label for op in run.spec.operations if op.operation_id in target.operation_ids]
    st_run = StRun(
        target.config,
        options.seed,
        options.workers,
        options.phases,
        options.max_examples,
        options.rate_limit,
        target.operation_ids,
    )
    baseline = Baseline.load(options.leniency_baseline)
    outcome = run_schemathesis(st_run, options.reports, run.spec)
    results = read_events(outcome.events, run.spec, baseline)
    report.skipped_checks += outcome.notes
    report.not_covered += read_notes(target)
    for code, log in zip(outcome.exit_codes, outcome.logs, strict=True):
        if code not in (0, 1) or (code == 1 and not results.failures):
            results.errors.append(f"Schemathesis exited {code}; see {log}")
    if options.update_leniency_baseline and results.new_leniencies:
        text = baseline.with_findings((f.leniency for f in results.new_leniencies), f"accepted by {target.description}")
        options.leniency_baseline.write_text(text, encoding="utf-8")
        results.baseline = Baseline.load(options.leniency_baseline)
        report.skipped_checks.append(f"leniency baseline updated: {options.leniency_baseline}")
    report.results = results
    ok = results.passed_with(options.strict)
    return Step("schemathesis", ok, "" if ok else "contract violations", outcome.seconds)


def read_notes(target: Target) -> list[str]:
    """What the gate's checks could not cover, one line per (check, note)."""
    path = Path(target.config.notes_log) if target.config.notes_log else None
    if path is None or not path.exists():
        return []
    by_note: dict[tuple[str, str], list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        by_note.setdefault((entry["check"], entry["note"]), []).append(entry["operation"])
    return [
        f"not covered by {check}: {note} ({', '.join(sorted(set(ops)))})"
        for (check, note), ops in sorted(by_note.items())
    ]


def cleanup(run: GateRun) -> tuple[bool, str]:
    target = run.target
    assert target is not None and target.config.write_prefix and target.cleanup_token
    try:
        result = delete_prefixed(
            run.spec,
            target.config.base_url,
            target.config.partition_global_id,
            target.cleanup_token,
            target.config.write_prefix,
            read_created(created_log(target)),
            run.options.allow_live,
        )
    except Exception as error:  # a network failure here must not hide the gate's own result
        return False, f"clean-up failed: {type(error).__name__}: {error}"
    detail = f"deleted {len(result.deleted)} record(s) named {target.config.write_prefix}... or recorded"
    return not result.problems, "; ".join([detail, *result.problems])


def _has_workflows(run: GateRun) -> bool:
    return run.target is not None and run.target.workflow_env is not None


PLAN: tuple[PlanStep, ...] = (
    PlanStep("drift check", lambda run: not run.options.skip_drift_check, drift_check),
    PlanStep("spec validation", lambda run: not run.options.skip_spec_validation, spec_validation),
    PlanStep("API changes", lambda run: not run.options.skip_spec_validation, api_changes_check),
    PlanStep("target", lambda run: True, lambda run: open_target(run)),
    PlanStep("workflow tests", _has_workflows, workflow_tests),
    PlanStep("schemathesis", lambda run: run.target is not None, contract),
)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (CI cancelling a job) gets the same clean-up as Ctrl-C."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    try:
        options = parse(argv)
        spec = live_policy.model()
        unknown = live_policy.unknown_operations(spec, (*(options.operation_ids or ()), *options.allow_live))
        if unknown:
            raise UsageError(f"no operationId {', '.join(unknown)} in the spec")
        Baseline.load(options.leniency_baseline)
    except (UsageError, ValueError) as error:
        print(f"gate: error: {error}", file=sys.stderr)
        return 2
    options.reports.mkdir(parents=True, exist_ok=True)
    report = GateReport("", options.seed, options.phases, [op.label for op in spec.operations], strict=options.strict)
    exit_code = 0
    with _sigterm_as_interrupt():
        try:
            with ExitStack() as stack:
                run = GateRun(options, spec, report, stack)
                for step in PLAN:
                    if step.applies(run):
                        line = step.run(run)
                        if line is not None:
                            report.steps.append(line)
        except UsageError as error:
            print(f"gate: error: {error}", file=sys.stderr)
            return 2
        except mock_process.MockStartError as error:
            report.steps.append(Step("embedded mock", False, str(error)))
        except KeyboardInterrupt:
            report.steps.append(Step("interrupted", False, "the run was interrupted; reports are partial"))
            exit_code = 130
    write_reports(report, options.reports)
    print(render_text(report), end="")
    print(f"Reports: {options.reports / 'summary.md'}, {options.reports / 'junit.xml'}")
    return exit_code or (0 if report.passed else 1)
