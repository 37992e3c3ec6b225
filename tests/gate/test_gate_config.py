"""The gate's one configuration crosses the process boundary whole (one environment variable),
keeps secrets out of its repr, and the gate is a plan of steps each saying when it applies."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

from contract_tests.gate import config, gate
from contract_tests.gate.config import Credentials, GateConfig
from contract_tests.gate.options import parse
from contract_tests.gate.reports import GateReport
from contract_tests.gate.schemathesis_run import StRun, probe_interval, shards, shared_rate
from contract_tests.spec_model import load

SETTINGS = GateConfig(
    base_url="http://127.0.0.1:1/acme/identity_",
    partition_global_id="5f0f9e3c-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
    credentials=Credentials("http://127.0.0.1:1/acme/identity_/connect/token", "app", "the-secret", scope=None),
    granted_scopes=("PM.Group.Read",),
    other=Credentials("http://t", "other", "other-secret", scope="PM.Group"),
    live=True,
    callable_operations=("listGroups",),
)


def test_it_round_trips_through_one_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    env = SETTINGS.to_env()
    assert list(env) == [config.ENV]
    monkeypatch.setenv(config.ENV, env[config.ENV])
    assert config.current() == SETTINGS
    assert SETTINGS.may_call("listGroups") and not SETTINGS.may_call("deleteGroup")
    assert SETTINGS.holds("PM.Group.Read") and not SETTINGS.holds("PM.Group")


def test_secrets_stay_out_of_its_repr() -> None:
    assert "the-secret" not in repr(SETTINGS) and "other-secret" not in repr(SETTINGS)


def test_workers_are_processes_each_with_a_share_of_the_operations() -> None:
    spec = load()
    run = StRun(SETTINGS, 1, 2, ("examples", "coverage", "fuzzing", "stateful"), None, None, None)
    first, later, notes = shards(run, spec)
    assert [s.phases for s in first] == [("examples", "coverage", "fuzzing")] * 2
    ops = [op for s in first for op in s.operation_ids or ()]
    assert sorted(ops) == sorted(op.operation_id for op in spec.operations)  # each once
    assert [(s.name, s.phases, s.operation_ids) for s in later] == [("stateful", ("stateful",), None)] and not notes


def test_a_rate_limit_is_shared_out() -> None:
    assert shared_rate("30/m", 4) == "7/m" and shared_rate("1/m", 4) == "1/m" and shared_rate(None, 4) is None
    assert probe_interval("30/m") == 2.0 and probe_interval(None) == 0.0


def test_the_plan_lists_its_steps_in_order(tmp_path: Path) -> None:
    assert [step.name for step in gate.PLAN] == [
        "drift check",
        "spec validation",
        "API changes",
        "target",
        "workflow tests",
        "schemathesis",
    ]
    options = parse(["--skip-drift-check", "--reports", str(tmp_path)], {})
    with ExitStack() as stack:
        run = gate.GateRun(options, load(), GateReport("", 1, (), []), stack)
    assert [step.name for step in gate.PLAN if step.applies(run)] == ["spec validation", "API changes", "target"]
