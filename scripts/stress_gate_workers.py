#!/usr/bin/env python3
"""Run the gate's coverage phase many times under CPU load and count Schemathesis runtime errors.

    .venv/bin/python scripts/stress_gate_workers.py [--runs 20] [--workers 2] [--load 2] [--threads]

Each run is the gate's own Schemathesis run (its configuration, checks and hooks) over every
operation of the spec against the embedded mock, coverage phase only, while `--load` busy
processes keep the cores saturated. By default the workers are processes (what the gate does);
`--threads` runs one `st` with Schemathesis' thread workers instead, the set-up that raised
"AST constructor recursion depth mismatch" (CPython 3.11's AST constructor is not thread-safe).
Prints each run's time and errors, then the totals.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contract_tests import spec_model  # noqa: E402
from contract_tests.gate import schemathesis_run  # noqa: E402
from contract_tests.gate.config import Credentials, GateConfig  # noqa: E402
from contract_tests.gate.results import read_events  # noqa: E402
from contract_tests.gate.schemathesis_run import StRun, run_schemathesis  # noqa: E402
from contract_tests.mock_server import process as mock_process  # noqa: E402


def busy() -> None:
    while True:
        pass


def threaded(command: list[str], workers: int) -> list[str]:
    """The same `st run`, with Schemathesis' own (thread) workers."""
    at = command.index("--workers")
    return [*command[: at + 1], str(workers), *command[at + 2 :]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--load", type=int, default=2, help="busy processes beside the run")
    parser.add_argument("--threads", action="store_true", help="Schemathesis thread workers (the old set-up)")
    parser.add_argument("--max-examples", type=int, default=100)
    args = parser.parse_args()
    spec = spec_model.load()
    if args.threads:
        original = schemathesis_run.command

        def with_threads(run: StRun, shard: schemathesis_run.Shard, *rest: object) -> list[str]:
            return threaded(original(run, shard, *rest), args.workers)  # type: ignore[arg-type]

        schemathesis_run.command = with_threads  # type: ignore[assignment]
    load = [multiprocessing.Process(target=busy, daemon=True) for _ in range(args.load)]
    for worker in load:
        worker.start()
    mode = f"{args.workers} thread workers in one st" if args.threads else f"{args.workers} st processes"
    print(f"python {platform.python_version()}, {mode}, coverage phase, {args.load} busy processes", flush=True)
    failed_runs = 0
    try:
        with mock_process.running() as mock:
            ready = mock.ready
            settings = GateConfig(
                base_url=ready["base_url"],
                partition_global_id=ready["partition_global_id"],
                credentials=Credentials(ready["token_url"], ready["admin_client_id"], ready["admin_client_secret"]),
            )
            for index in range(args.runs):
                with tempfile.TemporaryDirectory() as reports:
                    run = StRun(settings, index + 1, args.workers, ("coverage",), args.max_examples, None, None)
                    if args.threads:
                        run = replace(run, workers=1)  # one shard; its st gets the thread workers
                    started = time.monotonic()
                    outcome = run_schemathesis(run, Path(reports), spec)
                    results = read_events(outcome.events, spec)
                    logs = "".join(log.read_text(errors="replace") for log in outcome.logs)
                    errors = results.errors + (["AST constructor"] if "AST constructor" in logs else [])
                failed_runs += bool(errors)
                print(
                    f"run {index + 1:3d}: {time.monotonic() - started:5.1f}s, {len(errors)} error(s)"
                    + (f": {errors[0][:600]}" if errors else ""),
                    flush=True,
                )
    finally:
        for worker in load:
            worker.terminate()
    print(f"\n{failed_runs} of {args.runs} runs had a Schemathesis runtime error ({mode})")
    return 1 if failed_runs else 0


if __name__ == "__main__":
    raise SystemExit(main())
