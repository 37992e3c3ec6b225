"""The gate's own Schemathesis run (its configuration, checks, hooks and derived spec) against the
ASP.NET-like server (aspnet_like_app.py) served by uvicorn on loopback, as the gate runs it
against any server: client credentials from its token endpoint, asking for no scope."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from aspnet_like_app import ADMIN, BASE_PATH, OPERATION_IDS, ORGANIZATION
from starlette.types import ASGIApp

from contract_tests import spec_model
from contract_tests.gate.config import Credentials, GateConfig
from contract_tests.gate.leniency import DEFAULT_BASELINE, Baseline
from contract_tests.gate.results import RunResults, read_events
from contract_tests.gate.schemathesis_run import StRun, run_schemathesis
from contract_tests.gate.tokens import obtain

PHASES = ("examples", "coverage", "fuzzing", "stateful")


@contextmanager
def serving(application: ASGIApp) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(application, log_level="warning", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not running.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}{BASE_PATH}"
    finally:
        running.should_exit = True
        thread.join(5)


def gate_run(
    url: str,
    reports: Path,
    phases: tuple[str, ...] = PHASES,
    operations: tuple[str, ...] = OPERATION_IDS,
    seed: int = 11,
    max_examples: int = 15,
) -> RunResults:
    spec = spec_model.load()
    token_url = f"{url}/connect/token"
    grant = obtain(token_url, ADMIN[0], ADMIN[1], spec.all_scopes)
    settings = GateConfig(
        base_url=url,
        partition_global_id=ORGANIZATION,
        credentials=Credentials(token_url, ADMIN[0], ADMIN[1], scope=grant.requested),
        granted_scopes=grant.scopes,
        notes_log=str(reports / "not-covered.ndjson"),
        callable_operations=operations,
    )
    run = StRun(settings, seed, 1, phases, max_examples, None, operations)
    outcome = run_schemathesis(run, reports, spec)
    found = read_events(outcome.events, spec, Baseline.load(DEFAULT_BASELINE))
    assert found.complete, (outcome.log.read_text()[-3000:], found.errors)
    return found


def described(results: RunResults) -> list[str]:
    """Every finding that fails the gate, one line each (what a failing assertion shows)."""
    lines = [f"[{f.check}] {f.operation} ({f.phase}): {f.title}: {f.message[:300]}" for f in results.violations]
    lines += [f"[new leniency] {f.leniency}" for f in results.new_leniencies]
    return lines + [f"[error] {e}" for e in results.errors]
