"""The Schemathesis run of the gate: `st run` processes over the spec, configured by
schemathesis.toml plus the gate's configuration (config.py, one environment variable).

Workers are processes, not threads: `--workers N` splits the operations into N shards, each run by
its own single-threaded `st run` for the examples, coverage and fuzzing phases, side by side; the
stateful phase (chains across operations) then runs once over all of them. Schemathesis' own
workers are threads that generate data concurrently, and CPython 3.11's AST constructor, which
Hypothesis reaches when it describes a filtered strategy, is not thread-safe ("AST constructor
recursion depth mismatch", a random runtime error of whichever operation was being generated).
A rate limit is shared out between the processes running at once, and within each between the
requests Schemathesis generates and the probes the gate's checks send (probes.py paces them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from contract_tests.spec_model import SpecModel

from . import hostile_inputs
from .config import GateConfig

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
UNIT_PHASES = ("examples", "coverage", "fuzzing")


@dataclass(frozen=True)
class StRun:
    config: GateConfig = field(repr=False)
    seed: int
    workers: int  # processes running the unit phases side by side
    phases: tuple[str, ...]
    max_examples: int | None
    rate_limit: str | None  # Schemathesis' "N/s|m|h", for the whole run
    operation_ids: tuple[str, ...] | None  # None: every operation


@dataclass(frozen=True)
class Shard:
    name: str
    phases: tuple[str, ...]
    operation_ids: tuple[str, ...] | None


@dataclass(frozen=True)
class StOutcome:
    exit_codes: tuple[int, ...]
    events: tuple[Path, ...]  # one NDJSON event stream per shard
    logs: tuple[Path, ...]
    seconds: float
    notes: tuple[str, ...] = ()

    @property
    def log(self) -> Path:
        return self.logs[0] if self.logs else Path()


def linked(spec: SpecModel, operation_ids: tuple[str, ...] | None) -> bool:
    """Whether a link of the spec connects two operations the run may call (the stateful phase
    follows links only; without one, Schemathesis reports an error instead of skipping)."""
    for op in spec.operations:
        for response in op.raw.get("responses", {}).values():
            for link in (spec.resolve(response).get("links") or {}).values():
                target = link.get("operationId")
                if operation_ids is None or (op.operation_id in operation_ids and target in operation_ids):
                    return True
    return False


def shards(run: StRun, spec: SpecModel) -> tuple[list[Shard], list[Shard], tuple[str, ...]]:
    """(shards run side by side, shards run after them, notes)."""
    chosen = [
        op.operation_id for op in spec.operations if run.operation_ids is None or op.operation_id in run.operation_ids
    ]
    unit = tuple(p for p in run.phases if p in UNIT_PHASES)
    first: list[Shard] = []
    if unit:
        count = max(1, min(run.workers, len(chosen)))
        first = [Shard(f"shard-{i + 1}", unit, tuple(chosen[i::count])) for i in range(count)]
    later: list[Shard] = []
    notes: tuple[str, ...] = ()
    if "stateful" in run.phases:
        if linked(spec, run.operation_ids):
            later.append(Shard("stateful", ("stateful",), run.operation_ids))
        else:
            notes = ("stateful phase skipped: no link of the spec connects two operations this run may call",)
    return first, later, notes


def shared_rate(rate: str | None, processes: int) -> str | None:
    """Each of `processes` concurrent runs' part of the rate limit "N/unit" (at least 1)."""
    if not rate or processes <= 1:
        return rate
    limit, _, unit = rate.partition("/")
    return f"{max(1, int(limit) // processes)}/{unit}"


def command(run: StRun, shard: Shard, spec: Path, reports: Path, rate: str | None) -> list[str]:
    args = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        str(spec),
        "--url",
        run.config.base_url,
        "--seed",
        str(run.seed),
        "--workers",
        "1",
        "--phases",
        ",".join(shard.phases),
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
    if rate:
        args += ["--rate-limit", rate]
    for operation_id in shard.operation_ids or ():
        args += ["--include-operation-id", operation_id]
    return args


def probe_interval(rate: str | None) -> float:
    """Seconds between probes for a Schemathesis rate "N/unit" (0: no limit)."""
    if not rate:
        return 0.0
    limit, _, unit = rate.partition("/")
    return {"s": 1.0, "m": 60.0, "h": 3600.0}[unit[0]] / max(1, int(limit))


def _environment(run: StRun, rate: str | None) -> dict[str, str]:
    settings = run.config.with_(probe_interval=probe_interval(rate))
    return {
        **os.environ,
        **settings.to_env(),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }


def _run_together(run: StRun, group: list[Shard], spec: Path, reports: Path) -> list[tuple[int, Path, Path]]:
    # Each process's generated requests and its checks' probes get equal parts of the limit.
    rate = shared_rate(run.rate_limit, 2 * len(group))
    started: list[tuple[subprocess.Popen[bytes], Path, Path]] = []
    try:
        for shard in group:
            directory = reports / shard.name
            directory.mkdir(parents=True, exist_ok=True)
            log = directory / "schemathesis.log"
            with log.open("w") as output:
                process = subprocess.Popen(
                    command(run, shard, spec, directory, rate),
                    cwd=ROOT,
                    env=_environment(run, rate),
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            started.append((process, directory / "events.ndjson", log))
        return [(process.wait(), events, log) for process, events, log in started]
    except KeyboardInterrupt:
        # Ctrl-C reached st too (same process group); let each finish its reports, then go on.
        for process, _, _ in started:
            _wait_after_interrupt(process)
        raise


def run_schemathesis(run: StRun, reports: Path, spec: SpecModel) -> StOutcome:
    reports.mkdir(parents=True, exist_ok=True)
    # The spec plus hostile request-body examples, so the examples phase always tries them.
    gate_spec = hostile_inputs.write_spec(spec.document, reports)
    first, later, notes = shards(run, spec)
    started = time.monotonic()
    results: list[tuple[int, Path, Path]] = []
    for group in (first, later):
        if group:
            results += _run_together(run, group, gate_spec, reports)
    return StOutcome(
        tuple(code for code, _, _ in results),
        tuple(events for _, events, _ in results),
        tuple(log for _, _, log in results),
        time.monotonic() - started,
        notes,
    )


def _wait_after_interrupt(process: subprocess.Popen[bytes]) -> int:
    # A Ctrl-C in a terminal reaches st as well; a signal sent to the gate alone does not.
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
