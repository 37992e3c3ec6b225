"""What the hostile-input tests share: a well-formed request for every operation of every service
the mock serves (its path filled from the parameters' examples, its body from the first request
example) to mutate, the checks every answer to hostile input must pass, and the clients list that
must survive it."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import httpx
from mock_harness import ORG_IDS, CheckedClient, service_of, specs

from contract_tests.mock_server.spec import Operation

C = ORG_IDS["contoso"]
API = "/contoso/identity_"
MAX_ERROR_BODY = 32 * 1024  # 200 errors (ASP.NET's MaxModelValidationErrors) of bounded text
HUGE = "HUGE" * 50_000  # 200 KB; an answer must never echo it
ECHO_PROBE = "HUGE" * 64


def operations() -> list[Operation]:
    """Every operation of every service."""
    return [op for one in specs().values() for op in one.operations]


def operation_ids() -> list[str]:
    return [op.operation_id for op in operations()]


def _document(op: Operation) -> dict[str, Any]:
    return specs()[service_of(op.operation_id).name].document


def _resolve(node: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _raw(op: Operation) -> dict[str, Any]:
    item = _document(op)["paths"][op.path]
    raw: dict[str, Any] = item[op.method.lower()]
    return raw


def path_examples(op: Operation) -> dict[str, str]:
    """Each path parameter's example (or a plausible value from its schema)."""
    document = _document(op)
    item = document["paths"][op.path]
    values: dict[str, str] = {}
    for node in [*item.get("parameters", []), *_raw(op).get("parameters", [])]:
        param = _resolve(node, document)
        if param["in"] != "path":
            continue
        schema = _resolve(param.get("schema", {}), document)
        fallback = "1" if schema.get("type") == "integer" else C if schema.get("format") == "uuid" else "x"
        values[param["name"]] = str(param.get("example", schema.get("example", fallback)))
    return values


def base(op: Operation) -> str:
    """The operation's service's base path under the primary org (`/contoso/identity_`)."""
    return f"/contoso/{service_of(op.operation_id).prefix}"


def url(op: Operation, values: dict[str, str] | None = None) -> str:
    """The operation's URL under the primary org; `values` (already percent-encoded) override the examples."""
    filled = {k: quote(v, safe="") for k, v in path_examples(op).items()} | (values or {})
    return base(op) + re.sub(r"\{([^}]+)\}", lambda m: filled[m.group(1)], op.path)


def example_body(op: Operation) -> Any:
    """The first request example, or an empty object when the spec gives none."""
    body = _raw(op).get("requestBody")
    if body is None:
        return None
    document = _document(op)
    media = _resolve(body, document)["content"]["application/json"]
    examples = media.get("examples")
    if examples:
        return _resolve(next(iter(examples.values())), document)["value"]
    return media.get("example", {})


def assert_sane(response: httpx.Response) -> None:
    """Hostile input earns a bounded problem+json 4xx (or a documented 2xx, which CheckedClient
    already held to the spec), never a 5xx, and never an echo of a huge value."""
    assert response.status_code < 500, response.text[:500]
    if response.status_code in (401, 403) and response.content == b"":
        # JwtBearer's empty challenge (the aspnet profile; the spec marks these bodies optional, D60).
        assert response.headers["www-authenticate"].startswith("Bearer")
    elif response.status_code >= 400:
        media = response.headers["content-type"]
        # User writes refuse with an IdentityResult (D32), held to the spec by CheckedClient.
        refused = media.startswith("application/json") and response.json().get("succeeded") is False
        assert media.startswith("application/problem+json") or refused, response.text[:300]
        assert len(response.content) <= MAX_ERROR_BODY, f"{len(response.content)}-byte error body"
        assert ECHO_PROBE not in response.text, "the error echoes a huge value"


def clients(mock: CheckedClient, token: str) -> list[dict[str, Any]]:
    listing = mock.request("GET", f"{API}/api/ExternalClient/{C}", token)
    assert listing.status_code == 200, listing.text
    found: list[dict[str, Any]] = listing.json()
    return found


def send(
    mock: CheckedClient, token: str, op: Operation, path: str, content: bytes, content_type: str
) -> httpx.Response:
    headers = {"Content-Type": content_type} if content_type else {}
    return mock.request(op.method, path, token, content=content, headers=headers)


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()
