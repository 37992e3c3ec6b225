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

from contract_tests import spec_lint, spec_model
from contract_tests.api_changes import gate_step as api_changes
from contract_tests.mock_server import process as mock_process
from contract_tests.spec_model import SpecModel

from . import deployments, live_policy, workflows
from .cleanup import delete_prefixed, read_created
from .leniency import Baseline
from .options import GateOptions, UsageError, parse
from .reports import GateReport, Section, Step, render_text, write_reports
from .results import read_events
from .schemathesis_run import StRun, run_all
from .targets import WRITE_PREFIX, Target, created_log, live_target, mock_target

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["WRITE_PREFIX", "main"]
# What the embedded mock starts with besides its seeds: audit events in the organization's and its
# tenant's logs, so the audit reads answer pages to judge (filters, page sizes, CSV rows).
MOCK_DATA = ("--seed-audit-events", "300", "--seed-tenant-audit-events", "300")


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
        run.target = live_target(options.live, options)
        if run.target.config.write_prefix:
            run.stack.callback(lambda: run.report.steps.append(timed("clean-up", lambda: cleanup(run))))
        return
    fault_args = [arg for fault in options.faults for arg in ("--fault", fault)]
    mock = run.stack.enter_context(mock_process.running(*fault_args, *MOCK_DATA, profile=options.mock_profile))
    run.target = mock_target(mock.ready, options)


def workflow_tests(run: GateRun) -> Step:
    assert run.target is not None and run.target.workflow_env is not None
    where = "live, prefixed" if run.target.config.live else "generated client"
    env = run.target.workflow_env
    return timed(
        f"workflow tests (tests/workflow, {where})",
        lambda: workflows.run_workflows(env, run.options.reports / "workflow-junit.xml"),
    )


def contract(run: GateRun) -> Step:
    """Schemathesis over every deployment of the target; the findings go into the report, per service."""
    options, target, report = run.options, run.target, run.report
    assert target is not None
    report.target = target.description
    report.skipped_checks += target.notes
    report.not_covered += target.not_covered
    runs = []
    for deployment in target.deployments:
        operation_ids = target.operations_of(deployment)
        if not operation_ids:
            continue
        every = len(operation_ids) == len(deployment.spec.operations)
        runs.append(
            (
                deployment,
                StRun(
                    target.config_for(deployment),
                    options.seed,
                    options.workers,
                    options.phases,
                    options.max_examples,
                    options.rate_limit,
                    None if every else operation_ids,
                    deployment.slug,
                ),
            )
        )
    baseline = Baseline.load(options.leniency_baseline)
    outcomes = run_all([st_run for _, st_run in runs], options.reports, options.workers)
    seconds = max((o.seconds for o in outcomes.values()), default=0.0)
    new_leniencies = []
    for deployment, st_run in runs:
        outcome = outcomes[st_run.folder]
        results = read_events(outcome.events, deployment.spec, baseline)
        report.skipped_checks += outcome.notes
        for code, log in zip(outcome.exit_codes, outcome.logs, strict=True):
            if code not in (0, 1) or (code == 1 and not results.failures):
                results.errors.append(f"Schemathesis exited {code}; see {log}")
        labels = [op.label for op in deployment.spec.operations if op.operation_id in target.operations_of(deployment)]
        report.sections.append(Section(deployment.label, labels, results, deployment.base_url))
        new_leniencies += results.new_leniencies
    report.not_covered += read_notes(target)
    if options.update_leniency_baseline and new_leniencies:
        text = baseline.with_findings((f.leniency for f in new_leniencies), f"accepted by {target.description}")
        options.leniency_baseline.write_text(text, encoding="utf-8")
        updated = Baseline.load(options.leniency_baseline)
        for section in report.sections:
            section.results.baseline = updated
        report.skipped_checks.append(f"leniency baseline updated: {options.leniency_baseline}")
    ok = all(section.results.passed_with(options.strict) for section in report.sections)
    return Step("schemathesis", ok, "" if ok else "contract violations", seconds)


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
    """Every service's clean-up plan, the services that refer to others' records first (a license
    allocation before the group it names): what carries the prefix and what the run recorded."""
    target = run.target
    assert target is not None and target.config.write_prefix and target.cleanup_token
    created = read_created(created_log(target))
    deleted, problems = 0, []
    for service in reversed(spec_model.services()):
        base_url = target.config.service_urls.get(service.name)
        if base_url is None:
            continue
        try:
            result = delete_prefixed(
                service.model,
                base_url,
                target.config.partition_global_id,
                target.cleanup_token,
                target.config.write_prefix,
                created,
                run.options.allow_live,
            )
        except Exception as error:  # a network failure here must not hide the gate's own result
            problems.append(f"clean-up of {service.name} failed: {type(error).__name__}: {error}")
            continue
        deleted += len(result.deleted)
        problems += [f"{service.name}: {p}" for p in result.problems]
    detail = f"deleted {deleted} record(s) named {target.config.write_prefix}... or recorded"
    return not problems, "; ".join([detail, *problems])


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
        unknown_services = deployments.unknown_services(options.services)
        if unknown_services:
            known = ", ".join(s.name for s in spec_model.services())
            raise UsageError(f"no service {', '.join(unknown_services)} in spec/services.yaml ({known})")
        every = live_policy.every_operation()
        unknown = live_policy.unknown_operations(every, (*(options.operation_ids or ()), *options.allow_live))
        if unknown:
            raise UsageError(f"no operationId {', '.join(unknown)} in the services' specs")
        Baseline.load(options.leniency_baseline)
    except (UsageError, ValueError) as error:
        print(f"gate: error: {error}", file=sys.stderr)
        return 2
    options.reports.mkdir(parents=True, exist_ok=True)
    report = GateReport("", options.seed, options.phases, strict=options.strict)
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
