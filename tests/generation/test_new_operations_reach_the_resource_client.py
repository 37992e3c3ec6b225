"""A new tag and operations in the spec reach `IdentityClient` with no code written for them.

Regenerates the package from a copy of the spec with a throwaway tag `Widgets`: a paged list
(`top`/`skip`/`searchTerm`, answering `{totalCount, results}`), a get/put pair (whose body repeats
the path's `widgetId`) and a bulk delete with a bare-array body. Then a child Python imports that
package and drives the new resource over an httpx.MockTransport: the methods exist,
`partitionGlobalId` is filled in, `iter` pages through `top`/`skip`, and `patch` reads before it
replaces. The regenerated package stays `mypy --strict` clean.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow
ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

WIDGET_PATHS = {
    "/api/Widget/{partitionGlobalId}": {
        "parameters": [{"$ref": "#/components/parameters/PartitionGlobalId"}],
        "get": {
            "operationId": "listWidgets",
            "tags": ["Widgets"],
            "summary": "List widgets",
            "parameters": [
                {"name": "top", "in": "query", "schema": {"type": "integer"}},
                {"name": "skip", "in": "query", "schema": {"type": "integer"}},
                {"name": "searchTerm", "in": "query", "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "A page.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetPage"}}},
                }
            },
        },
        "delete": {
            "operationId": "bulkDeleteWidgets",
            "x-method-name": "purge",  # the optional override of the derived name (`bulk_delete`)
            "tags": ["Widgets"],
            "summary": "Delete widgets",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}},
            },
            "responses": {"204": {"description": "Deleted."}},
        },
    },
    "/api/Widget/{partitionGlobalId}/{widgetId}": {
        "parameters": [
            {"$ref": "#/components/parameters/PartitionGlobalId"},
            {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "get": {
            "operationId": "getWidget",
            "tags": ["Widgets"],
            "summary": "Get a widget",
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                }
            },
        },
        "put": {
            "operationId": "updateWidget",
            "tags": ["Widgets"],
            "summary": "Replace a widget",
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetUpdate"}}},
            },
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                }
            },
        },
    },
}
WIDGET_SCHEMAS = {
    "Widget": {
        "type": "object",
        "required": ["id", "name", "color"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "color": {"type": "string"}},
    },
    "WidgetUpdate": {
        "type": "object",
        "required": ["name", "color"],
        "properties": {"name": {"type": "string"}, "color": {"type": "string"}, "widgetId": {"type": "string"}},
    },
    "WidgetPage": {
        "type": "object",
        "required": ["totalCount", "results"],
        "properties": {
            "totalCount": {"type": "integer"},
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
        },
    },
}

DRIVER = textwrap.dedent(
    f"""
    import json
    import httpx
    from uipath_identity_client import IdentityClient

    WIDGETS = [{{"id": str(i), "name": f"w{{i}}", "color": "red"}} for i in range(7)]
    seen = []

    def handler(request):
        seen.append((request.method, request.url.path, dict(request.url.params), request.content))
        if request.method == "GET" and request.url.path.endswith("/api/Widget/{ORG}"):
            top, skip = int(request.url.params["top"]), int(request.url.params.get("skip", 0))
            page = WIDGETS[skip : skip + top]
            return httpx.Response(200, json={{"totalCount": len(WIDGETS), "results": page}})
        if request.method == "GET":
            return httpx.Response(200, json=WIDGETS[3])
        if request.method == "PUT":
            return httpx.Response(200, json={{"id": "3", **json.loads(request.content)}})
        return httpx.Response(204)

    client = IdentityClient("http://127.0.0.1:9/org/identity_", token="t", organization_id="{ORG}",
                            transport=httpx.MockTransport(handler))
    names = [w.name for w in client.widgets.iter(search_term="w", page_size=3)]
    assert names == [f"w{{i}}" for i in range(7)], names
    pages = [(p["top"], p["skip"], p["searchTerm"]) for m, path, p, _ in seen]
    assert pages == [("3", "0", "w"), ("3", "3", "w"), ("3", "6", "w")], pages
    assert client.widgets.list(top=2).total_count == 7
    patched = client.widgets.patch("3", name="renamed")
    assert (patched.name, patched.color) == ("renamed", "red"), patched
    assert json.loads(seen[-1][3]) == {{"name": "renamed", "color": "red", "widgetId": "3"}}
    client.widgets.update("4", name="n", color="blue")  # widgetId, also a path parameter, comes from it
    assert json.loads(seen[-1][3]) == {{"name": "n", "color": "blue", "widgetId": "4"}}
    client.widgets.purge(body=["1", "2"])
    assert json.loads(seen[-1][3]) == ["1", "2"]
    print("WIDGETS OK")
    """
)


def test_a_new_tag_appears_on_the_resource_client(project_copy: Path) -> None:
    tmp_path = project_copy
    spec_path = tmp_path / "spec" / "openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    spec["paths"].update(WIDGET_PATHS)
    spec["components"]["schemas"].update(WIDGET_SCHEMAS)
    spec["tags"].append({"name": "Widgets", "description": "Throwaway."})
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))

    result = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "regenerate")], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    package = tmp_path / "generated" / "uipath-identity-client"
    resource = (package / "uipath_identity_client" / "api" / "widgets" / "resource.py").read_text()
    for method in ("def list(", "def iter(", "def get(", "def update(", "def patch(", "def purge("):
        assert method in resource

    run = subprocess.run(
        [sys.executable, "-c", DRIVER], cwd=tmp_path, env={"PYTHONPATH": str(package)}, capture_output=True, text=True
    )
    assert run.returncode == 0 and "WIDGETS OK" in run.stdout, run.stdout + run.stderr

    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".mypy"), "uipath_identity_client"],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert typed.returncode == 0, typed.stdout + typed.stderr
