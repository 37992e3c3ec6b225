"""Issue 17's "done when", the mock's part: a throwaway fourth service added to a COPY of the project
(its spec, its table rows and one line of spec/services.yaml; generic CRUD actions only, no Python)
is served by the copy's mock with no other change: under its prefix, with Identity's tokens, its
own scopes, validation, its records and its writes in the audit log. Over a real socket (the copy's
`python -m contract_tests.mock_server`). Cost: one mock start, ~3 s."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import httpx
import yaml

from contract_tests.mock_server import process as mock_process

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}}
ERRORS = {code: {"description": code, "content": PROBLEM} for code in ("400", "401", "403", "404")}


def _operation(operation_id: str, scope: str, ok: str, schema: Any, body: str | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["Widgets"],
        "summary": operation_id,
        "security": [{"OAuth2ClientCredentials": [scope]}],
        "responses": {
            ok: {"description": "ok", **({"content": {"application/json": {"schema": schema}}} if schema else {})},
            **copy.deepcopy(ERRORS),
        },
    }
    if body is not None:
        ref = {"$ref": f"#/components/schemas/{body}"}
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref}}}
    return op


def widget_document() -> dict[str, Any]:
    """A service of widgets: create, list, get, replace, delete; its own scopes."""
    widget = {"$ref": "#/components/schemas/Widget"}
    fields = {
        "name": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": "\\S"},
        "size": {"type": "integer", "minimum": 0, "maximum": 100},
    }
    org = {"name": "partitionGlobalId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    one = {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string", "maxLength": 64}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "0.1.0"},
        "servers": [{"url": "https://cloud.uipath.com/{org}/widgets_", "variables": {"org": {"default": "myorg"}}}],
        "security": [{"OAuth2ClientCredentials": []}],
        "paths": {
            "/api/Widget": {"post": _operation("createWidget", "PM.Widget", "201", widget, "CreateWidgetRequest")},
            "/api/Widget/{partitionGlobalId}": {
                "parameters": [org],
                "get": _operation("listWidgets", "PM.Widget.Read", "200", {"type": "array", "items": widget}),
            },
            "/api/Widget/{partitionGlobalId}/{widgetId}": {
                "parameters": [org, one],
                "get": _operation("getWidget", "PM.Widget.Read", "200", widget),
                "put": _operation("replaceWidget", "PM.Widget", "200", widget, "ReplaceWidgetRequest"),
                "delete": _operation("deleteWidget", "PM.Widget", "204", None),
            },
        },
        "components": {
            "securitySchemes": {
                "OAuth2ClientCredentials": {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://cloud.uipath.com/identity_/connect/token",
                            "scopes": {"PM.Widget": "Manage widgets", "PM.Widget.Read": "Read widgets"},
                        }
                    },
                }
            },
            "schemas": {
                "ProblemDetails": {"type": "object", "properties": {"status": {"type": "integer"}}},
                "Widget": {
                    "type": "object",
                    "required": ["id", "name", "size"],
                    "properties": {"id": {"type": "string"}, **fields},
                },
                "CreateWidgetRequest": {
                    "type": "object",
                    "required": ["partitionGlobalId", "name", "size"],
                    "properties": {"partitionGlobalId": {"type": "string", "format": "uuid"}, **fields},
                },
                "ReplaceWidgetRequest": {"type": "object", "required": ["name", "size"], "properties": fields},
            },
        },
    }


def add_widget_service(project: Path) -> None:
    """The three things a fourth service costs: its document, its table, its line."""
    folder = project / "spec" / "widgets"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(widget_document(), sort_keys=False))
    table = {
        "auditSource": "Widgets",
        "resources": {"widget": {"naming": "name", "unique": True, "audit": {"target": "Widgets", "item": "Widget"}}},
        "operations": {
            name: {"resource": "widget", "action": action, "live": "never"}
            for name, action in (
                ("createWidget", "create"),
                ("listWidgets", "list"),
                ("getWidget", "get"),
                ("replaceWidget", "replace"),
                ("deleteWidget", "delete"),
            )
        },
    }
    (folder / "operations.yaml").write_text(yaml.safe_dump(table, sort_keys=False))
    services = project / "spec" / "services.yaml"
    services.write_text(services.read_text() + "  widgets:  {spec: widgets/openapi.yaml, prefix: widgets_}\n")


def test_a_fourth_service_is_served_from_its_spec_rows_and_one_line(project_copy: Path) -> None:
    add_widget_service(project_copy)
    with mock_process.running(env={"UIPATH_MOCK_ADMIN_CLIENT_SECRET": "widget-secret"}, cwd=project_copy) as mock:
        base = mock.ready["services"]["widgets"]
        assert base == f"{mock.root}/contoso/widgets_" and "PM.Widget" in mock.ready["scopes"]
        token = mock_process.admin_token(mock.ready)  # Identity's token endpoint, the admin's every scope
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
            made = http.post("/api/Widget", json={"partitionGlobalId": ORG, "name": "=sprocket", "size": 3})
            assert made.status_code == 201, made.text
            widget = made.json()
            assert set(widget) == {"id", "name", "size"}
            assert (
                http.post("/api/Widget", json={"partitionGlobalId": ORG, "name": "=Sprocket", "size": 1}).status_code
                == 409
            )
            bad = http.post("/api/Widget", json={"partitionGlobalId": ORG, "name": " ", "size": 101})
            assert bad.status_code == 400 and {"name", "size"} <= set(bad.json()["errors"])
            url = f"/api/Widget/{ORG}/{widget['id']}"
            assert http.put(url, json={"name": "cog", "size": 4}).json() == {**widget, "name": "cog", "size": 4}
            assert [w["name"] for w in http.get(f"/api/Widget/{ORG}").json()] == ["cog"]
            assert http.delete(url).status_code == 204 and http.get(url).status_code == 404
        narrow = mock_process.admin_token(mock.ready, scope="PM.Widget.Read")
        refused = httpx.post(f"{base}/api/Widget", json={}, headers={"Authorization": f"Bearer {narrow}"})
        assert refused.status_code == 403
        assert httpx.get(f"{base}/api/Widget/{ORG}").status_code == 401
        # Its writes are in the organization's audit log, under the source its table names.
        audit = mock.ready["services"]["orgaudit"]
        events = httpx.get(f"{audit}/api/query/events", headers={"Authorization": f"Bearer {token}"}).json()
        assert [(e["eventSource"], e["eventTarget"], e["eventType"]) for e in events["auditEvents"]] == [
            ("Widgets", "Widgets", "Widget Deleted"),
            ("Widgets", "Widgets", "Widget Updated"),
            ("Widgets", "Widgets", "Widget Created"),
        ]
        assert events["auditEvents"][1]["eventSummary"] == "Widget =sprocket was renamed to cog"
        sources = httpx.get(f"{audit}/api/query/sources", headers={"Authorization": f"Bearer {token}"}).json()
        assert "Widgets" in [s["name"] for s in sources]
