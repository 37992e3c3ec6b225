"""The Schemathesis run of the gate: `st run` processes over each deployment's document (one
service at one level, deployments.py), configured by schemathesis.toml plus the gate's
configuration (config.py, one environment variable, one per deployment).

Workers are processes, not threads: `--workers N` runs N single-threaded `st run` processes side by
side. The operations of every deployment are split into shards of about equal size (a deployment's
own operations into one shard or more: `st run` takes one document and one base URL), each run
for the examples, coverage and fuzzing phases, the longest first; then the stateful phase (chains
across operations along the spec's links) once per deployment whose links connect operations of
the run. Schemathesis' own
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
from collections.abc import Sequence
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
    """Schemathesis over one deployment (config.py: its base URL and its service's document)."""

    config: GateConfig = field(repr=False)
    seed: int
    workers: int  # processes running the unit phases side by side
    phases: tuple[str, ...]
    max_examples: int | None
    rate_limit: str | None  # Schemathesis' "N/s|m|h", for the whole run
    operation_ids: tuple[str, ...] | None  # None: every operation
    folder: str = ""  # where under the report directory its reports go ("": straight in it)

    @property
    def spec(self) -> SpecModel:
        return self.config.spec


@dataclass(frozen=True)
class Shard:
    name: str
    phases: tuple[str, ...]
    operation_ids: tuple[str, ...] | None
    run: StRun | None = field(default=None, repr=False, compare=False)  # the deployment it belongs to

    @property
    def size(self) -> int:
        """How many operations it runs (the longest shards start first)."""
        return len(self.operation_ids) if self.operation_ids is not None else len(self.owner.spec.operations)

    @property
    def owner(self) -> StRun:
        assert self.run is not None
        return self.run


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


def _chosen(run: StRun, spec: SpecModel) -> list[str]:
    return [
        op.operation_id for op in spec.operations if run.operation_ids is None or op.operation_id in run.operation_ids
    ]


def shards(
    run: StRun, spec: SpecModel, per_shard: int | None = None
) -> tuple[list[Shard], list[Shard], tuple[str, ...]]:
    """(shards of the unit phases, the stateful phase's shard, notes). The operations are split
    into shards of at most `per_shard` (default: into `run.workers` shards)."""
    chosen = _chosen(run, spec)
    unit = tuple(p for p in run.phases if p in UNIT_PHASES)
    first: list[Shard] = []
    if unit and chosen:
        count = max(1, min(run.workers, len(chosen))) if per_shard is None else -(-len(chosen) // max(1, per_shard))
        first = [Shard(f"shard-{i + 1}", unit, tuple(chosen[i::count]), run) for i in range(count)]
    later: list[Shard] = []
    notes: tuple[str, ...] = ()
    if "stateful" in run.phases and chosen:
        if linked(spec, run.operation_ids):
            later.append(Shard("stateful", ("stateful",), run.operation_ids, run))
        else:
            where = f" for {run.config.deployment}" if run.config.deployment else ""
            notes = (f"stateful phase skipped{where}: no link of the spec connects two operations this run may call",)
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


def _start(shard: Shard, spec: Path, reports: Path, rate: str | None) -> tuple[subprocess.Popen[bytes], Path, Path]:
    run = shard.owner
    directory = reports / run.folder / shard.name
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
    return process, directory / "events.ndjson", log


Finished = tuple[Shard, int, Path, Path]  # a shard, its exit code, event stream and log


def _run_pool(queue: list[Shard], specs: dict[str, Path], reports: Path, workers: int) -> list[Finished]:
    """Every shard, at most `workers` at a time, in the queue's order."""
    if not queue:
        return []
    # Each process's generated requests and its checks' probes get equal parts of the limit.
    rate = shared_rate(queue[0].owner.rate_limit, 2 * min(workers, len(queue)))
    pending = list(queue)
    running: list[tuple[Shard, subprocess.Popen[bytes], Path, Path]] = []
    done: list[Finished] = []
    try:
        while pending or running:
            while pending and len(running) < workers:
                shard = pending.pop(0)
                running.append((shard, *_start(shard, specs[shard.owner.folder], reports, rate)))
            time.sleep(0.05)
            for entry in list(running):
                shard, process, events, log = entry
                code = process.poll()
                if code is not None:
                    running.remove(entry)
                    done.append((shard, code, events, log))
        return done
    except KeyboardInterrupt:
        # Ctrl-C reached st too (same process group); let each finish its reports, then go on.
        for _, process, _, _ in running:
            _wait_after_interrupt(process)
        raise


def run_all(runs: Sequence[StRun], reports: Path, workers: int) -> dict[str, StOutcome]:
    """Schemathesis over several deployments, their shards sharing `workers` processes (the
    longest first, the stateful phases last); the outcome of each, by its folder."""
    reports.mkdir(parents=True, exist_ok=True)
    specs: dict[str, Path] = {}
    total = sum(len(_chosen(run, run.spec)) for run in runs)
    per_shard = max(1, -(-total // max(1, workers)))
    unit: list[Shard] = []
    stateful: list[Shard] = []
    notes: dict[str, tuple[str, ...]] = {}
    for run in runs:
        (reports / run.folder).mkdir(parents=True, exist_ok=True)
        # The spec plus hostile request-body examples, so the examples phase always tries them.
        specs[run.folder] = hostile_inputs.write_spec(run.spec.document, reports / run.folder)
        first, later, notes[run.folder] = shards(run, run.spec, per_shard if len(runs) > 1 else None)
        unit += first
        stateful += later
    started = time.monotonic()
    queue = sorted(unit, key=lambda s: -s.size) + stateful
    done = _run_pool(queue, specs, reports, workers)
    seconds = time.monotonic() - started
    outcomes = {}
    for run in runs:
        mine = [(code, events, log) for shard, code, events, log in done if shard.owner is run]
        outcomes[run.folder] = StOutcome(
            tuple(code for code, _, _ in mine),
            tuple(events for _, events, _ in mine),
            tuple(log for _, _, log in mine),
            seconds,
            notes[run.folder],
        )
    return outcomes


def run_schemathesis(run: StRun, reports: Path, spec: SpecModel | None = None) -> StOutcome:
    """Schemathesis over one deployment, in `run.workers` processes."""
    return run_all([run], reports, run.workers)[run.folder]


def _wait_after_interrupt(process: subprocess.Popen[bytes]) -> int:
    # A Ctrl-C in a terminal reaches st as well; a signal sent to the gate alone does not.
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        return process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
