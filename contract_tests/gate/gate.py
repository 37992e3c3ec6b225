"""`python -m contract_tests.gate`: drift check, spec validation, then Schemathesis against the
embedded mock (default) or a live organization; reports under reports/, exit 0 pass, 1 fail, 2 usage."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

from contract_tests import spec_lint
from contract_tests.api_changes import gate_step as api_changes
from contract_tests.mock_server import process as mock_process

from . import live_policy, workflows
from .cleanup import delete_prefixed, read_created
from .options import GateOptions, LiveTarget, UsageError, parse
from .reports import GateReport, Step, render_text, write_reports
from .results import read_events
from .schemathesis_run import StRun, run_schemathesis
from .tokens import TokenError, fetch_token, unverified_claims

ROOT = Path(__file__).resolve().parents[2]
WRITE_PREFIX = "contract-gate-"


@dataclass
class Target:
    """Where and as whom Schemathesis runs."""

    description: str
    base_url: str
    auth: str  # "client-credentials" or "pat"
    env: dict[str, str] = field(repr=False)
    partition_global_id: str
    operation_ids: tuple[str, ...] | None
    cleanup_token: str | None = field(default=None, repr=False)
    write_prefix: str | None = None
    created_log: Path | None = None  # ids the live run created (GATE_CREATED_LOG), for the clean-up
    notes: list[str] = field(default_factory=list)


def spec_operations() -> list[tuple[str, str, list[str]]]:
    """(operationId, label, scopes of its first OAuth2 requirement) in spec order."""
    return [(op.operation_id, op.label, list(op.first_oauth_scopes)) for op in live_policy.model().operations]


def default_scopes(operation_ids: tuple[str, ...] | None) -> str:
    scopes: list[str] = []
    for op_id, _, first in spec_operations():
        if operation_ids is None or op_id in operation_ids:
            scopes += [s for s in first[:1] if s not in scopes]
    return " ".join(scopes)


def mock_target(ready: dict[str, Any], options: GateOptions) -> Target:
    other = ready["other_organizations"][0]
    scopes = options.scopes or default_scopes(None)
    env = {
        "GATE_CLIENT_ID": ready["admin_client_id"],
        "GATE_CLIENT_SECRET": ready["admin_client_secret"],
        "GATE_SCOPES": scopes,
        "GATE_TOKEN_URL": ready["token_url"],
        "GATE_OTHER_CLIENT_ID": other["admin_client_id"],
        "GATE_OTHER_CLIENT_SECRET": other["admin_client_secret"],
        "GATE_OTHER_TOKEN_URL": other["token_url"],
        "GATE_OTHER_SCOPES": scopes,
        "GATE_PARTITION_GLOBAL_ID": ready["partition_global_id"],
    }
    faults = f" with faults {', '.join(options.faults)}" if options.faults else ""
    profile = f" (profile {options.mock_profile})" if options.mock_profile else ""
    return Target(
        f"embedded mock {ready['base_url']}{profile}{faults}",
        ready["base_url"],
        "client-credentials",
        env,
        ready["partition_global_id"],
        options.operation_ids,
    )


def preflight(base_url: str, partition: str, token: str) -> None:
    """One authenticated read before fuzzing. Every operation declares 401 and 403, so with rejected
    credentials every answer would conform and the run would pass without testing anything."""
    url = f"{base_url}/api/ExternalClient/{partition}"
    try:
        status = httpx.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30).status_code
    except httpx.HTTPError as error:
        raise UsageError(f"cannot reach {url}: {type(error).__name__}") from error
    if status == 401:
        raise UsageError(f"the server rejected the credentials (401 on GET {url}): check UIPATH_PAT or the client")
    if status == 403:
        raise UsageError(
            f"403 on GET {url}: the token lacks PM.OAuthApp / PM.OAuthApp.Read, "
            "or the partitionGlobalId is not its organization's"
        )


def live_target(live: LiveTarget, options: GateOptions) -> Target:
    # Deny by default: only the operations table's `read` rows, plus `write-own` with --allow-writes.
    spec = live_policy.model()
    operation_ids = live_policy.live_operations(spec, options.allow_writes, options.allow_live)
    # Scopes of every live operation, not only --operation's: the clean-up lists and deletes them all.
    scopes = options.scopes or default_scopes(operation_ids)
    if options.operation_ids is not None:
        operation_ids = tuple(op for op in operation_ids if op in options.operation_ids)
    creds, token_url = live.credentials, f"{live.base_url}/connect/token"
    notes = [
        f"live mode: {'read and write' if options.allow_writes else 'read-only'} operations "
        f"({', '.join(operation_ids)}); never live (spec/operations.yaml): "
        f"{', '.join(live_policy.never_live(spec)) or 'none'}"
    ]
    env: dict[str, str] = {"GATE_LIVE": "1", "GATE_SCOPES": scopes}
    if creds.client_id and creds.client_secret:
        try:
            token = fetch_token(token_url, creds.client_id, creds.client_secret, scopes).access_token
        except TokenError as error:
            raise UsageError(f"cannot obtain a token with UIPATH_CLIENT_ID/UIPATH_CLIENT_SECRET: {error}") from error
        auth = "client-credentials"
        env.update(GATE_CLIENT_ID=creds.client_id, GATE_CLIENT_SECRET=creds.client_secret, GATE_TOKEN_URL=token_url)
    else:
        token, auth = creds.pat, "pat"
        env["GATE_PAT"] = creds.pat
        notes.append("scope_enforcement skipped: a personal access token cannot be narrowed (use client credentials)")
    partition = live.partition_global_id
    if not partition:
        try:
            partition = str(unverified_claims(token)["prt_id"])
        except (TokenError, KeyError) as error:
            raise UsageError(
                "set UIPATH_PARTITION_GLOBAL_ID (or --partition-global-id): the token carries no prt_id claim"
            ) from error
    env["GATE_PARTITION_GLOBAL_ID"] = partition
    preflight(live.base_url, partition, token)
    if live.other_base_url and live.other_credentials:
        env.update(
            GATE_OTHER_CLIENT_ID=live.other_credentials.client_id,
            GATE_OTHER_CLIENT_SECRET=live.other_credentials.client_secret,
            GATE_OTHER_TOKEN_URL=f"{live.other_base_url}/connect/token",
            GATE_OTHER_SCOPES=scopes,
        )
    else:
        notes.append(
            "organization_isolation skipped: no second organization (UIPATH_OTHER_ORGANIZATION, "
            "UIPATH_OTHER_CLIENT_ID, UIPATH_OTHER_CLIENT_SECRET)"
        )
    target = Target(
        f"live organization {live.base_url}", live.base_url, auth, env, partition, operation_ids, notes=notes
    )
    if options.allow_writes:
        target.write_prefix = f"{WRITE_PREFIX}{uuid.uuid4().hex[:8]}-"
        target.env["GATE_WRITE_PREFIX"] = target.write_prefix
        target.cleanup_token = token
        target.created_log = options.reports / "created-ids.ndjson"
        target.created_log.parent.mkdir(parents=True, exist_ok=True)
        target.created_log.write_text("")  # only this run's ids
        target.env[live_policy.CREATED_LOG] = str(target.created_log)
        notes.append(f"everything this run creates is named {target.write_prefix}... and deleted at the end")
    return target


def _timed(name: str, action: Any) -> Step:
    started = time.monotonic()
    ok, detail = action()
    return Step(name, ok, detail, time.monotonic() - started)


def drift_check() -> tuple[bool, str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate"), "--check"], cwd=ROOT, capture_output=True, text=True
    )
    tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
    return result.returncode == 0, "" if result.returncode == 0 else "generated/ differs from the spec: " + " / ".join(
        tail
    )


def workflow_tests(ready: dict[str, Any], reports: Path) -> tuple[bool, str]:
    """tests/workflow (the generated client's workflows) against the gate's mock."""
    return workflows.run_workflows(workflows.mock_env(ready), reports / "workflow-junit.xml")


def live_workflow_tests(target: Target, reports: Path) -> tuple[bool, str]:
    """tests/workflow against the live organization: prefixed resources, deleted when done."""
    assert target.write_prefix and target.cleanup_token
    env = workflows.live_env(target.base_url, target.partition_global_id, target.cleanup_token, target.write_prefix)
    return workflows.run_workflows(env, reports / "workflow-junit.xml")


def spec_validation() -> tuple[bool, str]:
    problems = [f"{rule}: {p}" for rule, found in spec_lint.lint().items() for p in found]
    return not problems, "; ".join(problems[:5])


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


def run_contract(options: GateOptions, target: Target, report: GateReport) -> None:
    report.target = target.description
    report.skipped_checks += target.notes
    if target.operation_ids is not None:
        report.operations = [label for op, label, _ in spec_operations() if op in target.operation_ids]
    st_run = StRun(
        target.base_url,
        target.env,
        target.auth,
        options.seed,
        options.workers,
        options.phases,
        options.max_examples,
        options.rate_limit,
        target.operation_ids,
    )
    try:
        outcome = run_schemathesis(st_run, options.reports)
    finally:
        if target.write_prefix and target.cleanup_token:
            report.steps.append(_timed("clean-up", lambda: _cleanup(target)))
    results = read_events(outcome.events)
    report.skipped_checks += outcome.notes
    if outcome.exit_code not in (0, 1) or (outcome.exit_code == 1 and not results.failures):
        results.errors.append(f"Schemathesis exited {outcome.exit_code}; see {outcome.log}")
    report.results = results
    report.steps.append(
        Step(
            "schemathesis",
            results.passed_with(options.strict),
            "" if results.passed_with(options.strict) else "contract violations",
            outcome.seconds,
        )
    )


def _cleanup(target: Target) -> tuple[bool, str]:
    assert target.write_prefix and target.cleanup_token
    try:
        result = delete_prefixed(
            live_policy.model(),
            target.base_url,
            target.partition_global_id,
            target.cleanup_token,
            target.write_prefix,
            read_created(target.created_log),
        )
    except Exception as error:  # a network failure here must not hide the gate's own result
        return False, f"clean-up failed: {error}"
    detail = f"deleted {len(result.deleted)} record(s) named {target.write_prefix}..."
    return not result.problems, "; ".join([detail, *result.problems])


def main(argv: list[str] | None = None) -> int:
    try:
        options = parse(argv)
        named = (*(options.operation_ids or ()), *options.allow_live)
        unknown = live_policy.unknown_operations(live_policy.model(), named)
        if unknown:
            raise UsageError(f"no operationId {', '.join(unknown)} in the spec")
    except UsageError as error:
        print(f"gate: error: {error}", file=sys.stderr)
        return 2
    options.reports.mkdir(parents=True, exist_ok=True)
    report = GateReport("", options.seed, options.phases, [label for _, label, _ in spec_operations()])
    report.strict = options.strict
    exit_code = 0
    with _sigterm_as_interrupt():
        try:
            if not options.skip_drift_check:
                report.steps.append(_timed("drift check (scripts/regenerate --check)", drift_check))
            if not options.skip_spec_validation:
                report.steps.append(_timed("spec validation (contract_tests/spec_lint.py)", spec_validation))
                changes = _timed("API changes (scripts/api_changes)", lambda: api_changes.check(options.reports))
                report.steps.append(changes)
            if options.live is not None:
                target = live_target(options.live, options)
                if target.write_prefix and not options.skip_workflows:
                    report.steps.append(
                        _timed(
                            "workflow tests (tests/workflow, live, prefixed)",
                            lambda: live_workflow_tests(target, options.reports),
                        )
                    )
                run_contract(options, target, report)
            else:
                fault_args = [arg for fault in options.faults for arg in ("--fault", fault)]
                with mock_process.running(*fault_args, profile=options.mock_profile) as mock:
                    ready = mock.ready
                    if not options.skip_workflows:
                        step = _timed(
                            "workflow tests (tests/workflow, generated client)",
                            lambda: workflow_tests(ready, options.reports),
                        )
                        report.steps.append(step)
                    run_contract(options, mock_target(ready, options), report)
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
