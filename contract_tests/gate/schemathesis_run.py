"""One `st run` of the spec against a base URL, configured by schemathesis.toml plus an auth block."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import hostile_inputs

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPEC = ROOT / "spec" / "openapi.yaml"


@dataclass(frozen=True)
class StRun:
    base_url: str
    env: dict[str, str] = field(repr=False)  # the GATE_* variables (credentials included)
    auth: str  # "client-credentials" or "pat"
    seed: int
    workers: int
    phases: tuple[str, ...]
    max_examples: int | None
    rate_limit: str | None
    operation_ids: tuple[str, ...] | None  # None: every operation


@dataclass(frozen=True)
class StOutcome:
    exit_code: int
    events: Path  # NDJSON event stream
    log: Path
    seconds: float
    notes: tuple[str, ...] = ()


def linked(spec: dict[str, Any], operation_ids: tuple[str, ...] | None) -> bool:
    """Whether a link of the spec connects two operations the run may call (the stateful phase
    follows links only; without one, Schemathesis reports an error instead of skipping)."""
    for item in spec.get("paths", {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            source = operation.get("operationId")
            for response in operation["responses"].values():
                for link in (response.get("links") or {}).values() if isinstance(response, dict) else ():
                    target = link.get("operationId")
                    if operation_ids is None or (source in operation_ids and target in operation_ids):
                        return True
    return False


def write_config(reports: Path, auth: str) -> Path:
    """The run's config: the gate's settings plus the auth block; it holds ${GATE_*} names, no secrets."""
    config = reports / "schemathesis.toml"
    text = (HERE / "schemathesis.toml").read_text() + (HERE / f"auth-{auth}.toml").read_text()
    config.write_text(text)
    return config


def command(run: StRun, config: Path, reports: Path, spec: Path = SPEC, phases: tuple[str, ...] = ()) -> list[str]:
    args = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        str(spec),
        "--url",
        run.base_url,
        "--seed",
        str(run.seed),
        "--workers",
        str(run.workers),
        "--phases",
        ",".join(phases or run.phases),
        "--report",
        "junit,ndjson",
        "--report-junit-path",
        str(reports / "schemathesis-junit.xml"),
        "--report-ndjson-path",
        str(reports / "events.ndjson"),
        "--no-color",
    ]
    if run.max_examples is not None:
        args += ["--max-examples", str(run.max_examples)]
    if run.rate_limit:
        args += ["--rate-limit", run.rate_limit]
    for operation_id in run.operation_ids or ():
        args += ["--include-operation-id", operation_id]
    return args


def run_schemathesis(run: StRun, reports: Path) -> StOutcome:
    reports.mkdir(parents=True, exist_ok=True)
    config = write_config(reports, run.auth)
    # The spec plus hostile request-body examples, so the examples phase always tries them.
    source = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec = hostile_inputs.write_spec(source, reports)
    phases, notes = run.phases, tuple[str, ...]()
    if "stateful" in phases and len(phases) > 1 and not linked(source, run.operation_ids):
        phases = tuple(p for p in phases if p != "stateful")
        notes = ("stateful phase skipped: no link of the spec connects two operations this run may call",)
    log = reports / "schemathesis.log"
    env = {
        **os.environ,
        **run.env,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    started = time.monotonic()
    with log.open("w") as output:
        process = subprocess.Popen(
            command(run, config, reports, spec, phases), cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            exit_code = process.wait()
        except KeyboardInterrupt:
            # Ctrl-C reached st too (same process group); let it finish its reports, then go on.
            exit_code = _wait_after_interrupt(process)
            raise
    return StOutcome(exit_code, reports / "events.ndjson", log, time.monotonic() - started, notes)


def _wait_after_interrupt(process: subprocess.Popen[bytes]) -> int:
    # A Ctrl-C in a terminal reaches st as well; a signal sent to the gate alone does not.
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
