"""Issue 8's "done when": a throwaway CRUD resource added to a COPY of the spec plus its table
rows, and no other code, is served by the mock, covered by the gate's Schemathesis run, and
refused by the live policy until the rows give it one."""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
import yaml

from contract_tests import spec_model
from contract_tests.gate import live_policy
from contract_tests.gate.config import Credentials, GateConfig
from contract_tests.gate.results import read_events
from contract_tests.gate.schemathesis_run import StRun, run_schemathesis
from contract_tests.mock_server import MockConfig, create_app
from contract_tests.mock_server.config import PRIMARY_ORG_ID
from contract_tests.spec_model import SPEC_PATH

WIDGET_OPS = ("createWidget", "listWidgets", "getWidget", "replaceWidget", "deleteWidget")
ROWS = {
    "createWidget": {"resource": "widget", "action": "create"},
    "listWidgets": {"resource": "widget", "action": "list"},
    "getWidget": {"resource": "widget", "action": "get"},
    "replaceWidget": {"resource": "widget", "action": "replace"},
    "deleteWidget": {"resource": "widget", "action": "delete"},
}
SECRET = "widget-test-secret"


def _widget_spec(document: dict[str, Any]) -> dict[str, Any]:
    """Five widget operations, built from the spec's own client operations (same security and
    error responses) with widget schemas; list has top/skip/sortBy/sortOrder."""
    doc = copy.deepcopy(document)
    paths, schemas = doc["paths"], doc["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "required": ["id", "name", "size", "creationTime"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "size": {"type": "integer"},
            "creationTime": {"type": "string", "format": "date-time"},
            "note": {"type": ["string", "null"]},
        },
    }
    fields = {
        "name": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "\\S"},
        "size": {"type": "integer", "minimum": 0, "maximum": 100},
        "note": {"type": ["string", "null"], "maxLength": 100},
    }
    schemas["CreateWidgetRequest"] = {
        "type": "object",
        "required": ["partitionGlobalId", "name", "size"],
        "properties": {"partitionGlobalId": {"type": "string", "format": "uuid"}, **fields},
    }
    schemas["ReplaceWidgetRequest"] = {"type": "object", "required": ["name", "size"], "properties": fields}
    widget = {"$ref": "#/components/schemas/Widget"}

    def derived(path: str, method: str, operation_id: str, body: str | None, ok: str, schema: Any) -> dict[str, Any]:
        op: dict[str, Any] = copy.deepcopy(document["paths"][path][method])
        op["operationId"], op["summary"], op["tags"] = operation_id, operation_id, ["ExternalClients"]
        op.pop("description", None)
        if body is not None:
            op["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}},
            }
        original = next(v for k, v in op["responses"].items() if k.startswith("2"))
        success = {"description": "ok", **({"headers": original["headers"]} if "headers" in original else {})}
        if schema is not None:
            success["content"] = {"application/json": {"schema": schema}}
        op["responses"] = {
            ok: success,
            **{k: v for k, v in op["responses"].items() if not k.startswith("2")},
        }
        return op

    widget_id = {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string", "maxLength": 64}}
    create = derived("/api/ExternalClient", "post", "createWidget", "CreateWidgetRequest", "201", widget)
    # The stateful phase follows the spec's links only: create -> get, replace, delete.
    create["responses"]["201"]["links"] = {
        f"{verb}CreatedWidget": {
            "operationId": f"{verb}Widget",
            "parameters": {"partitionGlobalId": "$request.body#/partitionGlobalId", "widgetId": "$response.body#/id"},
        }
        for verb in ("get", "replace", "delete")
    }
    paths["/api/Widget"] = {"post": create}
    listing = derived(
        "/api/ExternalClient/{partitionGlobalId}", "get", "listWidgets", None, "200", {"type": "array", "items": widget}
    )
    listing["parameters"] = [
        {"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
        {"name": "skip", "in": "query", "schema": {"type": "integer", "minimum": 0}},
        {"name": "sortBy", "in": "query", "schema": {"type": "string", "enum": ["name", "size"]}},
        {"name": "sortOrder", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
    ]
    paths["/api/Widget/{partitionGlobalId}"] = {
        "parameters": [{"$ref": "#/components/parameters/PartitionGlobalId"}],
        "get": listing,
    }
    one = "/api/ExternalClient/{partitionGlobalId}/{clientId}"
    paths["/api/Widget/{partitionGlobalId}/{widgetId}"] = {
        "parameters": [{"$ref": "#/components/parameters/PartitionGlobalId"}, widget_id],
        "get": derived(one, "get", "getWidget", None, "200", widget),
        "put": derived(one, "put", "replaceWidget", "ReplaceWidgetRequest", "200", widget),
        "delete": derived(one, "delete", "deleteWidget", None, "204", None),
    }
    return doc


def write_copy(folder: Path, live: str | None) -> Path:
    """A copy of the spec with the widget operations, and of the table with their rows."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "openapi.yaml"
    spec.write_text(yaml.safe_dump(_widget_spec(spec_model.load().document), sort_keys=False))
    table = yaml.safe_load(SPEC_PATH.with_name(spec_model.TABLE_NAME).read_text())
    table["resources"]["widget"] = {"naming": "name"}
    for name, row in ROWS.items():
        table["operations"][name] = {**row, **({"live": live} if live else {})}
    if live:
        table["operations"]["replaceWidget"]["touches"] = {"widgetId": "widget"}
        table["operations"]["deleteWidget"]["touches"] = {"widgetId": "widget"}
    (folder / spec_model.TABLE_NAME).write_text(yaml.safe_dump(table, sort_keys=False))
    return spec


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    spec = write_copy(tmp_path_factory.mktemp("widget"), live=None)
    config = MockConfig(port=0, spec_path=spec, admin_client_secret=SECRET, second_admin_client_secret=SECRET)
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the mock did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield spec, f"http://127.0.0.1:{port}/contoso/identity_"
    finally:
        server.should_exit = True
        thread.join(10)


def _token(base: str) -> str:
    form = {"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": SECRET}
    token: str = httpx.post(f"{base}/connect/token", data=form).json()["access_token"]
    return token


def test_the_mock_serves_the_new_resource(served: tuple[Path, str]) -> None:
    _, base = served
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {_token(base)}"}) as http:
        made = [
            http.post("/api/Widget", json={"partitionGlobalId": PRIMARY_ORG_ID, "name": f"w{i}", "size": 10 - i})
            for i in range(3)
        ]
        assert [m.status_code for m in made] == [201, 201, 201], made[0].text
        first = made[0].json()
        assert first["note"] is None and first["creationTime"]  # projected onto the schema
        assert made[0].headers["location"].endswith(f"/api/Widget/{PRIMARY_ORG_ID}/{first['id']}")
        listed = http.get(f"/api/Widget/{PRIMARY_ORG_ID}", params={"sortBy": "size", "top": 2, "skip": 0})
        assert [w["name"] for w in listed.json()] == ["w2", "w1"]
        bad = http.get(f"/api/Widget/{PRIMARY_ORG_ID}", params={"top": "0", "sortBy": "colour"})
        assert bad.status_code == 400 and {"top", "sortBy"} <= set(bad.json()["errors"])
        url = f"/api/Widget/{PRIMARY_ORG_ID}/{first['id']}"
        replaced = http.put(url, json={"name": "renamed", "size": 5})
        assert replaced.status_code == 200 and replaced.json()["name"] == "renamed"
        assert http.get(url).json()["size"] == 5
        assert http.delete(url).status_code == 204
        assert http.get(url).status_code == 404


def test_the_gate_covers_the_new_resource(served: tuple[Path, str], tmp_path: Path) -> None:
    spec, base = served
    other = base.replace("/contoso/", "/fabrikam/")
    settings = GateConfig(
        base_url=base,
        partition_global_id=PRIMARY_ORG_ID,
        credentials=Credentials(f"{base}/connect/token", "mock-admin", SECRET),
        other=Credentials(f"{other}/connect/token", "mock-admin-fabrikam", SECRET),
        spec_path=str(spec),
    )
    phases = ("examples", "coverage", "fuzzing", "stateful")
    model = spec_model.load(spec)
    outcome = run_schemathesis(StRun(settings, 1, 1, phases, 10, None, WIDGET_OPS), tmp_path, model)
    assert set(outcome.exit_codes) == {0}, outcome.log.read_text()[-4000:]
    results = read_events(outcome.events, model)
    assert results.complete and not results.violations and not results.errors
    for operation in ("POST /api/Widget", "GET /api/Widget/{partitionGlobalId}", "DELETE /api/Widget/"):
        assert any(label.startswith(operation) and cell.cases for (label, _), cell in results.cells.items()), operation


def test_the_live_policy_refuses_the_new_resource_until_given_one(tmp_path: Path) -> None:
    without = spec_model.load(write_copy(tmp_path / "without", live=None))
    assert not set(WIDGET_OPS) & set(live_policy.live_operations(without, allow_writes=True))
    assert "widget" not in [s.resource.name for s in live_policy.cleanup_plan(without)]
    given = spec_model.load(write_copy(tmp_path / "given", live="write-own"))
    shared = frozenset(r for service in spec_model.services() for r in service.model.resources)
    assert given.binding_problems(shared) == []  # Identity's rows may name the audit log's `auditEvent`
    assert set(WIDGET_OPS) <= set(live_policy.live_operations(given, allow_writes=True))
    assert not set(WIDGET_OPS) & set(live_policy.live_operations(given, allow_writes=False))
    assert "widget" in [s.resource.name for s in live_policy.cleanup_plan(given)]
    assert given.naming_max_length(given.by_id["createWidget"]) == ("name", 64)


def test_singletons_and_bulk_delete_come_from_rows_alone(tmp_path: Path) -> None:
    """The other generic actions: a per-organization singleton and a bulk delete."""
    spec = write_copy(tmp_path, live=None)
    doc = yaml.safe_load(spec.read_text())
    one = "/api/ExternalClient/{partitionGlobalId}/{clientId}"
    settings = {"type": "object", "properties": {"colour": {"type": ["string", "null"]}}}
    ops = {}
    for method, operation_id in (("get", "getWidgetSettings"), ("put", "setWidgetSettings")):
        op = copy.deepcopy(doc["paths"]["/api/Widget/{partitionGlobalId}/{widgetId}"][method])
        op["operationId"] = operation_id
        op["responses"]["200"]["content"]["application/json"]["schema"] = settings
        if method == "put":
            op["requestBody"]["content"]["application/json"]["schema"] = settings
        ops[method] = op
    delete = copy.deepcopy(doc["paths"][one]["delete"])
    delete["operationId"] = "clearWidgetSettings"
    doc["paths"]["/api/WidgetSettings/{partitionGlobalId}"] = {
        "parameters": [{"$ref": "#/components/parameters/PartitionGlobalId"}],
        **ops,
        "delete": delete,
    }
    bulk = copy.deepcopy(doc["paths"]["/api/Widget"]["post"])
    bulk["operationId"] = "deleteWidgets"
    bulk["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "required": ["partitionGlobalId", "widgetIds"],
        "properties": {
            "partitionGlobalId": {"type": "string", "format": "uuid"},
            "widgetIds": {"type": "array", "items": {"type": "string"}},
        },
    }
    bulk["responses"] = {"204": {"description": "deleted"}, **{k: v for k, v in bulk["responses"].items() if k >= "4"}}
    doc["paths"]["/api/Widget/BulkDelete"] = {"post": bulk}
    spec.write_text(yaml.safe_dump(doc, sort_keys=False))
    table_path = tmp_path / spec_model.TABLE_NAME
    table = yaml.safe_load(table_path.read_text())
    table["resources"]["widgetSettings"] = {}
    table["operations"].update(
        getWidgetSettings={"resource": "widgetSettings", "action": "singleton-get"},
        setWidgetSettings={"resource": "widgetSettings", "action": "singleton-replace"},
        clearWidgetSettings={"resource": "widgetSettings", "action": "singleton-delete"},
        deleteWidgets={"resource": "widget", "action": "bulk-delete", "ids": "widgetIds"},
    )
    table_path.write_text(yaml.safe_dump(table, sort_keys=False))

    from starlette.testclient import TestClient

    app = create_app(MockConfig(spec_path=spec, admin_client_secret=SECRET, second_admin_client_secret=SECRET))
    http = TestClient(app, base_url="http://127.0.0.1")
    form = {"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": SECRET}
    http.headers["Authorization"] = (
        "Bearer " + http.post("/contoso/identity_/connect/token", data=form).json()["access_token"]
    )
    api = "/contoso/identity_/api"
    url = f"{api}/WidgetSettings/{PRIMARY_ORG_ID}"
    assert http.get(url).status_code == 404  # nothing stored and no example to fall back on
    assert http.put(url, json={"colour": "blue", "extra": 1}).json() == {"colour": "blue"}
    assert http.get(url).json() == {"colour": "blue"}
    assert http.delete(url).status_code == 204 and http.get(url).status_code == 404
    made = [
        http.post(f"{api}/Widget", json={"partitionGlobalId": PRIMARY_ORG_ID, "name": f"b{i}", "size": i}).json()
        for i in range(3)
    ]
    ids = [made[0]["id"].upper(), made[1]["id"], "not-a-widget"]
    answer = http.post(f"{api}/Widget/BulkDelete", json={"partitionGlobalId": PRIMARY_ORG_ID, "widgetIds": ids})
    assert answer.status_code == 204, answer.text
    assert [w["id"] for w in http.get(f"{api}/Widget/{PRIMARY_ORG_ID}").json()] == [made[2]["id"]]
