"""No false alarms against a correct server that behaves like an ASP.NET Core service (issue 11,
false alarms 1-9): the gate's Schemathesis run, with its own configuration and hooks, against
tests/gate/aspnet_like_app.py on loopback. Each test first shows the server does the thing that
used to be reported, then that the gate reports no violation for it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aspnet_like_app
import httpx
import pytest
import uvicorn
import yaml
from aspnet_like_app import BASE_PATH, OPERATION_IDS, ORGANIZATION, PAT
from starlette.types import ASGIApp

from contract_tests.gate.results import RunResults, read_events
from contract_tests.gate.schemathesis_run import StRun, run_schemathesis

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


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
    yield f"http://127.0.0.1:{sock.getsockname()[1]}{BASE_PATH}"
    running.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module", params=[400, 404], ids=["foreign-body-400", "foreign-body-404"])
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    with serving(aspnet_like_app.app(request.param)) as url:
        yield url


def gate_run(url: str, reports: Path, phases: tuple[str, ...], seed: int = 11) -> RunResults:
    """The gate's own Schemathesis run (its config, hooks and derived spec) with a PAT."""
    env = {"GATE_PAT": PAT, "GATE_PARTITION_GLOBAL_ID": ORGANIZATION}
    run = StRun(url, env, "pat", seed, 1, phases, max_examples=15, rate_limit=None, operation_ids=OPERATION_IDS)
    outcome = run_schemathesis(run, reports)
    found = read_events(outcome.events)
    assert found.complete, (outcome.log.read_text()[-2000:], found.errors)
    return found


@pytest.fixture(scope="module")
def results(server: str, tmp_path_factory: pytest.TempPathFactory) -> RunResults:
    return gate_run(server, tmp_path_factory.mktemp("st"), ("examples", "coverage", "fuzzing", "stateful"))


def violations(results: RunResults, check: str, operation: str | None = None) -> list[str]:
    return [
        f"{f.operation} ({f.phase}): {f.title}\n{f.message}\n" + "\n".join(f.curl)
        for f in results.violations
        if f.check == check and (operation is None or f.operation == operation)
    ]


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {PAT}"}


def new_client(organization: str) -> dict[str, object]:
    return {"partitionGlobalId": organization, "name": "n", "isConfidential": True, "scopes": []}


def test_no_violation_at_all(results: RunResults) -> None:
    assert not results.errors
    assert [f"[{f.check}] {f.operation}: {f.title}" for f in results.violations] == []


def test_1_get_on_a_literal_path_is_routed_to_the_templated_sibling(server: str, results: RunResults) -> None:
    answer = httpx.get(f"{server}/api/ExternalClient/GenerateSecret", headers=auth())
    assert answer.status_code == 404  # the list action, with "GenerateSecret" as the organization
    assert violations(results, "unsupported_method") == []


def test_5_allow_lists_the_sibling_templates_methods(server: str, results: RunResults) -> None:
    answer = httpx.options(f"{server}/api/ExternalClient/GenerateSecret", headers=auth())
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, POST"
    assert violations(results, "allow_header_conformance") == []


def test_2_6_lenient_binding_is_reported_as_spec_stricter_not_a_violation(server: str, results: RunResults) -> None:
    body = {**new_client(ORGANIZATION), "clientCertificates": None}
    assert httpx.post(f"{server}/api/ExternalClient", json=body, headers=auth()).status_code == 201
    resolve = f"{server}/api/Directory/Resolve/{ORGANIZATION}"
    assert httpx.post(resolve, json={"entityId": aspnet_like_app.USER_ID}, headers=auth()).status_code == 200
    spelled = {"entityId": aspnet_like_app.USER_ID, "entityType": "user"}
    assert httpx.post(resolve, json=spelled, headers=auth()).status_code == 200
    assert violations(results, "negative_data_rejection") == []
    lenient = {(f.operation, f.field) for f in results.leniencies}
    assert ("POST /api/ExternalClient", "clientCertificates") in lenient, lenient
    assert all(f.suggestion for f in results.leniencies)


def test_3_9_positive_cases_use_the_organization_under_test(server: str, results: RunResults) -> None:
    foreign = new_client("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    refused = httpx.post(f"{server}/api/ExternalClient", json=foreign, headers=auth())
    assert refused.status_code in (400, 404)
    assert violations(results, "positive_data_acceptance") == []
    assert violations(results, "status_code_conformance") == []


def test_4_chains_follow_the_links_and_find_what_they_created(results: RunResults) -> None:
    assert violations(results, "ensure_resource_availability") == []
    assert results.cell("GET /api/ExternalClient/{partitionGlobalId}/{clientId}", "stateful").cases > 0


def test_7_empty_401_with_www_authenticate(server: str, results: RunResults) -> None:
    answer = httpx.get(f"{server}/api/ExternalClient/{ORGANIZATION}")
    assert answer.status_code == 401 and answer.content == b"" and answer.headers["www-authenticate"] == "Bearer"
    assert violations(results, "content_type_conformance") == []
    assert violations(results, "response_schema_conformance") == []


def test_8_update_answered_200_with_an_empty_body(server: str, results: RunResults) -> None:
    created = httpx.post(f"{server}/api/ExternalClient", json=new_client(ORGANIZATION), headers=auth()).json()
    url = f"{server}/api/ExternalClient/{ORGANIZATION}/{created['id']}"
    answer = httpx.put(url, json={"name": "m"}, headers=auth())
    assert answer.status_code == 200 and answer.content == b""
    operation = "PUT /api/ExternalClient/{partitionGlobalId}/{clientId}"
    assert violations(results, "response_schema_conformance", operation) == []
    assert violations(results, "content_type_conformance", operation) == []


def test_9_every_operation_with_an_organization_in_its_body_declares_404() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    schemas = spec["components"]["schemas"]
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            ref = (
                (operation.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema", {})
                if isinstance(operation, dict)
                else {}
            ).get("$ref", "")
            body = schemas.get(ref.rpartition("/")[2], {})
            if "partitionGlobalId" in body.get("properties", {}):
                assert "404" in operation["responses"], f"{method.upper()} {path}"


@pytest.mark.parametrize("seed", [1, 2])
def test_hostile_inputs_are_always_tried(seed: int, tmp_path: Path) -> None:
    """A server that answers 500 for non-ASCII text is caught by the examples phase alone, whatever
    the seed: the hostile inputs do not depend on what the fuzzer generates."""
    with serving(aspnet_like_app.app(breaks_on_non_ascii=True)) as url:
        found = gate_run(url, tmp_path, ("examples",), seed)
    caught = {f.operation for f in found.violations if f.check == "not_a_server_error"}
    assert {"POST /api/ExternalClient", "PUT /api/ExternalClient/{partitionGlobalId}/{clientId}"} <= caught, caught
