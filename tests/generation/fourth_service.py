"""A throwaway fourth service, `workshop` (its spec, its table and one line of spec/services.yaml),
written into a copy of the project: what adding a service costs, and nothing else.

Its document follows the project's lint rules like every service's (tags, summaries, security,
4xx answers, examples), has an organization parameter marked `x-organization-id` (as the License
Accountant's `accountId`), a paged list, a create, and a get/replace pair (so `patch`), and a
tenant level (`tenantworkshop_`)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SERVICE_LINE = (
    "  workshop: {spec: workshop/openapi.yaml, prefix: workshop_, tenantPrefix: tenantworkshop_, client: workshop}\n"
)
GIZMO = {"id": "7d3c1a52-0b6e-4c1f-9a8d-2e5f6a7b8c9d", "name": "sprocket", "color": "red"}
SCOPES = {"Workshop.Read": "Read gizmos.", "Workshop.Write": "Make and change gizmos."}


def _json(schema: str, example: Any) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}, "example": example}}


PROBLEM = {"$ref": "#/components/responses/Problem"}
REFUSED = {"$ref": "#/components/responses/Refused"}  # 401 and 403: JwtBearer may answer them empty
TOKEN_URL = "https://cloud.uipath.com/identity_/connect/token"


def _operation(op_id: str, summary: str, scope: str, ok: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "tags": ["Gizmos"],
        "summary": summary,
        "description": f"{summary} (a throwaway operation).",
        "security": [{"OAuth2ClientCredentials": [scope]}],
        "responses": {
            **ok, "400": PROBLEM, "401": REFUSED, "403": REFUSED, "404": PROBLEM,
            **({"415": PROBLEM} if "requestBody" in extra else {}),
        },
        **extra,
    }  # fmt: skip


def document(identity: dict[str, Any]) -> dict[str, Any]:
    """The workshop service's OpenAPI document (ProblemDetails copied from Identity's, as D125 asks)."""
    account = {"$ref": "#/components/parameters/AccountId"}
    gizmo_id = {"name": "gizmoId", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}
    body = {"required": True, "content": _json("GizmoWrite", {"name": "sprocket", "color": "red"})}
    page = {"totalCount": 1, "results": [GIZMO]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Workshop (throwaway) API", "version": "0.1.0"},
        "servers": [{"url": "https://cloud.uipath.com/{org}/workshop_", "variables": {"org": {"default": "myorg"}}}],
        "tags": [{"name": "Gizmos", "description": "A throwaway service's one resource."}],
        "paths": {
            "/api/account/{accountId}/gizmo": {
                "parameters": [account],
                "get": _operation(
                    "listGizmos", "List gizmos", "Workshop.Read",
                    {"200": {"description": "A page.", "content": _json("GizmoPage", page)}},
                    parameters=[
                        {"name": "top", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                        {"name": "skip", "in": "query",
                         "schema": {"type": "integer", "minimum": 0, "maximum": 2147483647}},
                    ],
                ),
                "post": _operation(
                    "createGizmo", "Make a gizmo", "Workshop.Write",
                    {"201": {"description": "Made.", "content": _json("Gizmo", GIZMO)}}, requestBody=body,
                ),
            },
            "/api/account/{accountId}/gizmo/{gizmoId}": {
                "parameters": [account, gizmo_id],
                "get": _operation(
                    "getGizmo", "Get a gizmo", "Workshop.Read",
                    {"200": {"description": "The gizmo.", "content": _json("Gizmo", GIZMO)}},
                ),
                "put": _operation(
                    "updateGizmo", "Replace a gizmo", "Workshop.Write",
                    {"200": {"description": "The gizmo.", "content": _json("Gizmo", GIZMO)}}, requestBody=body,
                ),
            },
        },
        "components": {
            "securitySchemes": {
                "OAuth2ClientCredentials": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": SCOPES}},
                }
            },
            "parameters": {
                "AccountId": {
                    "name": "accountId", "in": "path", "required": True, "x-organization-id": True,
                    "schema": {"type": "string", "format": "uuid"}, "example": ORG,
                }
            },
            "responses": {
                "Problem": {
                    "description": "A problem.",
                    "content": {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}
                    },
                },
                "Refused": {
                    "description": "No valid token, or not one of the scopes; the body may be absent.",
                    "x-body-optional": True,
                    "content": {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetails"}}
                    },
                },
            },
            "schemas": {
                "ProblemDetails": copy.deepcopy(identity["components"]["schemas"]["ProblemDetails"]),
                "Gizmo": {
                    "type": "object",
                    "required": ["id", "name", "color"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "name": {"type": "string", "maxLength": 64},
                        "color": {"type": "string"},
                    },
                },
                "GizmoWrite": {
                    "type": "object",
                    "required": ["name", "color"],
                    "properties": {"name": {"type": "string", "maxLength": 64}, "color": {"type": "string"}},
                },
                "GizmoPage": {
                    "type": "object",
                    "required": ["totalCount", "results"],
                    "properties": {
                        "totalCount": {"type": "integer"},
                        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Gizmo"}},
                    },
                },
            },
        },
    }  # fmt: skip


TABLE = {
    "resources": {"gizmo": {"naming": "name"}},
    "operations": {
        "listGizmos": {"resource": "gizmo", "action": "list", "live": "read"},
        "createGizmo": {"resource": "gizmo", "action": "create", "live": "write-own"},
        "getGizmo": {"resource": "gizmo", "action": "get", "live": "read"},
        "updateGizmo": {"resource": "gizmo", "action": "replace", "live": "write-own"},
    },
}


def add_fourth_service(root: Path) -> Path:
    """Write the workshop service into the project copy at `root`: its spec, its table, its line."""
    spec = root / "spec"
    identity = yaml.safe_load((spec / "openapi.yaml").read_text())
    folder = spec / "workshop"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(yaml.safe_dump(document(identity), sort_keys=False))
    (folder / "operations.yaml").write_text(yaml.safe_dump(TABLE, sort_keys=False))
    services = spec / "services.yaml"
    services.write_text(services.read_text().rstrip("\n") + "\n" + SERVICE_LINE)
    return folder / "openapi.yaml"
