"""No false alarms against a correct server that behaves like an ASP.NET Core service behind
IdentityServer (tests/gate/aspnet_like_app.py, written apart from the mock): the gate's
Schemathesis run, with its own configuration, checks and hooks, against it on loopback. Each test
first shows the server does the thing that used to be reported, then that the gate reports no
violation for it (issue 11's false alarms 1-9, issue 16's 1-7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aspnet_like_app
import httpx
import pytest
import yaml
from against_app import described, gate_run, serving
from aspnet_like_app import ADMIN, NOT_ROUTED, ORGANIZATION, PAT, USER_ID

from contract_tests.gate.results import RunResults

ROOT = Path(__file__).resolve().parents[2]
FOREIGN = "3fa85f64-5717-4562-b3fc-2c963f66afa6"  # the spec examples' organization
pytestmark = pytest.mark.slow


@pytest.fixture(
    scope="module",
    params=[(400, "user"), (404, "User")],
    ids=["foreign-body-400-type-user", "foreign-body-404-type-User"],
)
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    status, spelling = request.param
    with serving(aspnet_like_app.app(foreign_body_status=status, type_spelling=spelling)) as url:
        yield url


@pytest.fixture(scope="module")
def results(server: str, tmp_path_factory: pytest.TempPathFactory) -> RunResults:
    return gate_run(server, tmp_path_factory.mktemp("st"))


def violations(results: RunResults, check: str, operation: str | None = None) -> list[str]:
    return [
        f"{f.operation} ({f.phase}): {f.title}\n{f.message}\n" + "\n".join(f.curl)
        for f in results.violations
        if f.check == check and (operation is None or f.operation == operation)
    ]


def findings(results: RunResults, operation: str) -> list[str]:
    """Violations and spec questions (known leniency aside: test_nothing_fails_the_gate covers new)."""
    return [f"[{f.check}] {f.title}" for f in results.failures if f.operation == operation and not f.lenient]


def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {PAT}"}


def new_client(organization: str) -> dict[str, object]:
    return {"partitionGlobalId": organization, "name": "n", "isConfidential": True, "scopes": []}


def test_nothing_fails_the_gate(results: RunResults) -> None:
    assert described(results) == []


def test_get_on_a_literal_path_is_routed_to_the_templated_sibling(server: str, results: RunResults) -> None:
    answer = httpx.get(f"{server}/api/ExternalClient/GenerateSecret", headers=auth())
    assert answer.status_code == 404  # the list action, with "GenerateSecret" as the organization
    assert violations(results, "unsupported_method") == []


def test_allow_lists_the_sibling_templates_methods(server: str, results: RunResults) -> None:
    answer = httpx.options(f"{server}/api/ExternalClient/GenerateSecret", headers=auth())
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, POST"
    assert violations(results, "allow_header_conformance") == []


def test_lenient_binding_is_known_leniency_not_a_violation(server: str, results: RunResults) -> None:
    body = {**new_client(ORGANIZATION), "clientCertificates": None}
    assert httpx.post(f"{server}/api/ExternalClient", json=body, headers=auth()).status_code == 201
    resolve = f"{server}/api/Directory/Resolve/{ORGANIZATION}"
    assert httpx.post(resolve, json={"entityId": USER_ID}, headers=auth()).status_code == 200
    assert httpx.post(resolve, json={"entityId": USER_ID, "entityType": "User"}, headers=auth()).status_code == 200
    assert violations(results, "negative_data_rejection") == []
    known = {(f.leniency.operation, f.leniency.field, f.leniency.kind) for f in results.leniency_findings if f.known}
    assert ("POST /api/ExternalClient", "clientCertificates", "null-reference") in known, known
    assert results.new_leniencies == []


def test_chains_follow_the_links_and_find_what_they_created(results: RunResults) -> None:
    assert violations(results, "ensure_resource_availability") == []
    assert results.cell("GET /api/ExternalClient/{partitionGlobalId}/{clientId}", "stateful").cases > 0


def test_empty_401_with_www_authenticate(server: str, results: RunResults) -> None:
    answer = httpx.get(f"{server}/api/ExternalClient/{ORGANIZATION}")
    assert answer.status_code == 401 and answer.content == b"" and answer.headers["www-authenticate"] == "Bearer"
    assert violations(results, "content_type_conformance") == []


def test_update_answered_200_with_an_empty_body(server: str, results: RunResults) -> None:
    created = httpx.post(f"{server}/api/ExternalClient", json=new_client(ORGANIZATION), headers=auth()).json()
    answer = httpx.put(
        f"{server}/api/ExternalClient/{ORGANIZATION}/{created['id']}", json={"name": "m"}, headers=auth()
    )
    assert answer.status_code == 200 and answer.content == b""
    operation = "PUT /api/ExternalClient/{partitionGlobalId}/{clientId}"
    assert violations(results, "response_schema_conformance", operation) == []


# --- issue 16's false alarms --------------------------------------------------------------------


def test_2_a_domain_refusal_is_a_plain_problem_document(server: str, results: RunResults) -> None:
    answer = httpx.post(f"{server}/api/SamlCertificate/{ORGANIZATION}/switch", headers=auth())
    assert answer.status_code == 400 and "errors" not in answer.json()
    assert findings(results, "POST /api/SamlCertificate/{partitionGlobalId}/switch") == []


def test_3_positive_cases_send_the_organization_under_test_in_a_query(server: str, results: RunResults) -> None:
    foreign = httpx.get(f"{server}/api/Setting", params={"partitionGlobalId": FOREIGN, "key": "k"}, headers=auth())
    assert foreign.status_code == 404  # the spec example's organization is not the caller's
    assert findings(results, "GET /api/Setting") == []
    assert results.cell("GET /api/Setting", "examples").cases > 0


def test_4_an_operation_the_server_does_not_route_is_one_finding_naming_its_spec_entry(
    server: str, results: RunResults
) -> None:
    assert httpx.delete(f"{server}/api/Setting/1201", headers=auth()).content == b""
    operation = "DELETE /api/Setting/{settingId}"
    (only,) = [f for f in results.failures if f.operation == operation]
    assert only.check == "operation_served" and only.question  # x-unconfirmed: a spec question
    assert "`deleteSetting`" in only.message and "D47" in only.message and "unconfirmed" in only.message
    assert {cell.status for (label, _), cell in results.cells.items() if label == operation} == {"question"}


def test_5_a_directory_entity_without_a_display_name(server: str, results: RunResults) -> None:
    hits = httpx.get(f"{server}/api/Directory/Search/{ORGANIZATION}", params={"startsWith": "svc"}, headers=auth())
    assert [h["displayName"] for h in hits.json()] == [None]
    assert violations(results, "response_schema_conformance") == []


def test_6_a_path_no_route_accepts_gets_the_frameworks_empty_404(server: str, results: RunResults) -> None:
    answer = httpx.get(f"{server}/api/Rule/{ORGANIZATION[:8]}%0A{ORGANIZATION[9:]}", headers=auth())
    assert answer.status_code == 404 and answer.content == b"" and "content-type" not in answer.headers
    assert findings(results, "GET /api/Rule/{partitionGlobalId}") == []


def test_7_an_enum_in_another_letter_case_is_a_spec_question(server: str, results: RunResults) -> None:
    hits = httpx.get(f"{server}/api/Directory/Search/{ORGANIZATION}", params={"startsWith": "john"}, headers=auth())
    # How the server spells its user hits (what the run created may be other entities named john...).
    spelled = {hit["type"] for hit in hits.json() if hit["type"].lower() == "user"}
    questions = [f for f in results.questions if f.failure_type == "EnumLetterCase"]
    if spelled == {"User"}:
        assert questions, results.failures
        assert "differ only in letter case" in questions[0].message and "`User`" in questions[0].message
        assert "Suggested spec change" in questions[0].message
    else:
        assert questions == []


def test_1_a_deleted_secret_refused_with_400_passes_the_live_workflow(server: str, tmp_path: Path) -> None:
    """IdentityServer answers form-posted credentials it refuses with 400 `invalid_client`."""
    token_url = f"{server}/connect/token"
    refused = httpx.post(token_url, data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"})
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_client"
    form = {"grant_type": "client_credentials", "client_id": ADMIN[0], "client_secret": ADMIN[1]}
    token = httpx.post(token_url, data=form).json()["access_token"]
    live = {
        "base_url": server,
        "token_url": token_url,
        "partition_global_id": ORGANIZATION,
        "token": token,
        "write_prefix": "contract-gate-test-",
    }
    test = "tests/workflow/test_workflow_client.py::test_external_client_lifecycle_with_secret_rotation"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env={**os.environ, "WORKFLOW_LIVE": json.dumps(live)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_not_routed_operation_is_in_the_spec() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    assert spec["paths"]["/api/Setting/{settingId}"]["delete"]["operationId"] == NOT_ROUTED


def test_every_operation_with_an_organization_in_its_body_declares_404() -> None:
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
    with serving(aspnet_like_app.app(("non-ascii-500",))) as url:
        found = gate_run(url, tmp_path, ("examples",), seed=seed)
    caught = {f.operation for f in found.violations if f.check == "not_a_server_error"}
    assert {"POST /api/ExternalClient", "PUT /api/ExternalClient/{partitionGlobalId}/{clientId}"} <= caught, caught
