"""A small correct server for the external-client operations and resolve that behaves the way an
ASP.NET Core service does where the real service may differ from our mock, to prove the gate raises
no false alarm against it:

- routing by path first, then method: `GET /api/ExternalClient/GenerateSecret` reaches the list
  action (`{partitionGlobalId}` = "GenerateSecret", answered 404), and a 405 lists the methods of
  every template matching the path in `Allow`;
- lenient binding: `null` for `clientCertificates`, a missing `entityType` binds to `user`, enum
  names match without regard to case (the service writes them in lower case, D21);
- a foreign `partitionGlobalId` in a create body: 400 (or 404, `foreign_body_status`);
- 401 with an empty body and `WWW-Authenticate: Bearer` (JwtBearer's default);
- update answered 200 with an empty body (the published description declares no content).

Everything else follows the spec: request bodies are validated against the spec's own schemas, so
every valid request is accepted. A personal access token `test-pat` is the only credential.
"""

from __future__ import annotations

import itertools
import json
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

ROOT = Path(__file__).resolve().parents[2]
BASE_PATH = "/acme/identity_"
ORGANIZATION = "5f0f9e3c-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
PAT = "test-pat"
USER_ID = "aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890"
_SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())

Handler = Callable[["AspNetLikeServer", Request, dict[str, str]], Awaitable[Response]]


def _validator(schema_name: str) -> jsonschema.protocols.Validator:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": _SPEC["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


_VALIDATORS = {
    name: _validator(name)
    for name in (
        "CreateExternalClientRequest",
        "UpdateExternalClientRequest",
        "GenerateSecretRequest",
        "ResolveDirectoryEntityRequest",
    )
}


def problem(status: int, title: str, errors: dict[str, list[str]] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"title": title, "status": status}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status, media_type="application/problem+json")


@dataclass
class AspNetLikeServer:
    foreign_body_status: int = 400
    breaks_on_non_ascii: bool = False  # a seeded fault: 500 for any non-ASCII text in a body
    clients: dict[str, dict[str, Any]] = field(default_factory=dict)
    secret_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def body(self, request: Request, schema: str) -> Any:
        try:
            data = json.loads(await request.body())
        except ValueError:
            return problem(400, "Malformed JSON", {"$": ["The body is not JSON."]})
        if self.breaks_on_non_ascii and not json.dumps(data, ensure_ascii=False).isascii():
            raise UnicodeEncodeError("ascii", "", 0, 1, "the seeded fault")
        data = self.bind(data, schema)
        error = next(iter(_VALIDATORS[schema].iter_errors(data)), None)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "$"
            return problem(400, "Validation failed", {where: [error.message[:200]]})
        return data

    @staticmethod
    def bind(data: Any, schema: str) -> Any:
        """ASP.NET model binding's leniency, before the spec's own validation."""
        if not isinstance(data, dict):
            return data
        if data.get("clientCertificates", []) is None:  # null binds to an absent list
            del data["clientCertificates"]
        if schema == "ResolveDirectoryEntityRequest":
            kind = data.get("entityType", "user")  # a missing enum binds to its default
            if isinstance(kind, str) and kind.lower() in ("user", "group", "application"):
                data["entityType"] = kind.lower()  # case-insensitive enum converter
        return data

    def view(self, client: dict[str, Any], with_secret: bool) -> dict[str, Any]:
        secrets = [{**s, "secret": s["secret"] if with_secret else None} for s in client["secrets"]]
        return {
            "id": client["id"],
            "name": client["name"],
            "isConfidential": client["isConfidential"],
            "redirectUri": client.get("redirectUri"),
            "secret": secrets[0]["secret"] if secrets and with_secret else None,
            "resources": [],
            "secrets": secrets,
        }

    def new_secret(self, expiry: Any = None, description: str | None = None) -> dict[str, Any]:
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        secret = {"id": next(self.secret_ids), "description": description, "secret": uuid.uuid4().hex}
        return {**secret, "creationTime": now, "expiryTime": expiry}  # every field always sent (D66)

    async def create(self, request: Request, params: dict[str, str]) -> Response:
        data = await self.body(request, "CreateExternalClientRequest")
        if isinstance(data, Response):
            return data
        if data["partitionGlobalId"].lower() != ORGANIZATION:
            errors = {"partitionGlobalId": ["Not the caller's organization."]}
            return problem(self.foreign_body_status, "Unknown organization", errors)
        client_id = str(uuid.uuid4())
        confidential = data.get("isConfidential", True)
        client = {
            "id": client_id,
            "name": data["name"],
            "isConfidential": confidential,
            "redirectUri": data.get("redirectUri"),
            "secrets": [self.new_secret()] if confidential else [],
        }
        self.clients[client_id] = client
        location = f"{request.base_url}{BASE_PATH.lstrip('/')}/api/ExternalClient/{ORGANIZATION}/{client_id}"
        return JSONResponse(self.view(client, with_secret=True), 201, headers={"Location": location})

    def own(self, partition: str) -> bool:
        return partition.lower() == ORGANIZATION

    async def list(self, request: Request, params: dict[str, str]) -> Response:
        if not self.own(params["partitionGlobalId"]):
            return problem(404, "Not found")
        return JSONResponse([self.view(c, with_secret=False) for c in self.clients.values()])

    async def get(self, request: Request, params: dict[str, str]) -> Response:
        client = self.clients.get(params["clientId"])
        if not self.own(params["partitionGlobalId"]) or client is None:
            return problem(404, "Not found")
        return JSONResponse(self.view(client, with_secret=False))

    async def update(self, request: Request, params: dict[str, str]) -> Response:
        data = await self.body(request, "UpdateExternalClientRequest")
        if isinstance(data, Response):
            return data
        client = self.clients.get(params["clientId"])
        if not self.own(params["partitionGlobalId"]) or client is None:
            return problem(404, "Not found")
        client["name"] = data["name"]
        client["redirectUri"] = data.get("redirectUri")
        return Response(status_code=200)  # the published description declares no content

    async def delete(self, request: Request, params: dict[str, str]) -> Response:
        if not self.own(params["partitionGlobalId"]) or self.clients.pop(params["clientId"], None) is None:
            return problem(404, "Not found")
        return Response(status_code=204)

    async def generate_secret(self, request: Request, params: dict[str, str]) -> Response:
        data = await self.body(request, "GenerateSecretRequest")
        if isinstance(data, Response):
            return data
        client = self.clients.get(data["clientId"])
        if not self.own(data["partitionGlobalId"]) or client is None:
            return problem(404, "Not found")
        if not client["isConfidential"]:
            return problem(409, "Not a confidential client")
        secret = self.new_secret(data.get("expiryTime"), data.get("description"))
        client["secrets"].append(secret)
        return JSONResponse(secret)

    async def delete_secret(self, request: Request, params: dict[str, str]) -> Response:
        if not self.own(params["partitionGlobalId"]) or not re.fullmatch(r"[1-9]\d{0,18}", params["secretId"]):
            return problem(404, "Not found")
        for client in self.clients.values():
            kept = [s for s in client["secrets"] if s["id"] != int(params["secretId"])]
            if len(kept) != len(client["secrets"]):
                client["secrets"] = kept
                return Response(status_code=204)
        return problem(404, "Not found")

    async def resolve(self, request: Request, params: dict[str, str]) -> Response:
        data = await self.body(request, "ResolveDirectoryEntityRequest")
        if isinstance(data, Response):
            return data
        if not self.own(params["partitionGlobalId"]) or data["entityId"] != USER_ID or data["entityType"] != "user":
            return problem(404, "Not found")
        user = {"objectType": "DirectoryUser", "source": "aad", "identifier": USER_ID, "name": "john.doe"}
        return JSONResponse({**user, "displayName": "John Doe"})


ROUTES: tuple[tuple[str, str, Handler], ...] = (
    ("/api/ExternalClient", "POST", AspNetLikeServer.create),
    ("/api/ExternalClient/{partitionGlobalId}", "GET", AspNetLikeServer.list),
    ("/api/ExternalClient/{partitionGlobalId}/{clientId}", "GET", AspNetLikeServer.get),
    ("/api/ExternalClient/{partitionGlobalId}/{clientId}", "PUT", AspNetLikeServer.update),
    ("/api/ExternalClient/{partitionGlobalId}/{clientId}", "DELETE", AspNetLikeServer.delete),
    ("/api/ExternalClient/GenerateSecret", "POST", AspNetLikeServer.generate_secret),
    ("/api/ExternalClient/{partitionGlobalId}/secrets/{secretId}", "DELETE", AspNetLikeServer.delete_secret),
    ("/api/Directory/Resolve/{partitionGlobalId}", "POST", AspNetLikeServer.resolve),
)


# The operations this server implements: the gate runs only these against it.
OPERATION_IDS = tuple(_SPEC["paths"][template][method.lower()]["operationId"] for template, method, _ in ROUTES)


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")


_COMPILED = [(_compile(t), t.count("{"), m, h) for t, m, h in ROUTES]


def app(foreign_body_status: int = 400, breaks_on_non_ascii: bool = False) -> ASGIApp:
    server = AspNetLikeServer(foreign_body_status, breaks_on_non_ascii)

    async def dispatch(request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {PAT}":
            return Response(status_code=401, headers={"WWW-Authenticate": "Bearer"})  # JwtBearer's default
        path = request.url.path.removeprefix(BASE_PATH)
        matches = [(p.match(path), n, m, h) for p, n, m, h in _COMPILED]
        found = [(match, n, m, h) for match, n, m, h in matches if match]
        allowed = [(match, n, h) for match, n, m, h in found if m == request.method]
        if not allowed:
            if not found:
                return problem(404, "Not found")
            methods = ", ".join(sorted({m for _, _, m, _ in found}))
            return Response(status_code=405, headers={"Allow": methods})
        match, _, handler = min(allowed, key=lambda a: a[1])  # literal segments win over parameters
        try:
            return await handler(server, request, match.groupdict())
        except UnicodeEncodeError:
            return Response("Internal Server Error", 500)
        except (KeyError, TypeError, AttributeError, ValueError):
            return problem(400, "Bad request", {"$": ["The request cannot be bound."]})

    async def asgi(scope: Scope, receive: Receive, send: Send) -> None:
        # Every request reaches dispatch, whatever its method or path (a Starlette route's path
        # pattern would answer a path holding a newline with its own text/plain 404).
        await (await dispatch(Request(scope, receive)))(scope, receive, send)

    return asgi
