"""Helpers shared by the mock server tests: spec conformance of responses, an in-process harness
and a real uvicorn subprocess."""

from __future__ import annotations

import csv
import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from starlette.testclient import TestClient

from contract_tests.mock_server import MockConfig, create_app
from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.config import PRIMARY_ORG_ID, SECOND_ORG_ID, SPEC_PATH, Service
from contract_tests.mock_server.spec import Operation, Spec

ROOT = Path(__file__).resolve().parents[2]
ORG_IDS = {"contoso": PRIMARY_ORG_ID, "fabrikam": SECOND_ORG_ID}
ADMIN_SECRET = "test-admin-secret"


@functools.cache
def services() -> tuple[Service, ...]:
    """Every service the mock serves (spec/services.yaml), Identity first."""
    return tuple(MockConfig().services)


@functools.cache
def specs() -> dict[str, Spec]:
    """Each service's spec, by service name."""
    return {s.name: (spec() if i == 0 else Spec(s.spec_path)) for i, s in enumerate(services())}


@functools.cache
def spec() -> Spec:
    """Identity's spec (the primary service's)."""
    return Spec(SPEC_PATH)


@functools.cache
def service_of(operation_id: str) -> Service:
    """The service an operation belongs to (operationIds are unique across services)."""
    return next(s for s in services() if operation_id in specs()[s.name].by_id)


def operation(operation_id: str) -> Operation:
    return specs()[service_of(operation_id).name].by_id[operation_id]


@functools.cache
def _validator(operation_id: str, status: int, media: str) -> Any:
    return specs()[service_of(operation_id).name].response_validator(operation_id, status, media)


@functools.cache
def _problem_validator() -> Any:
    return spec().validator({"$ref": "#/components/schemas/ProblemDetails"})


def assert_csv(text: str) -> list[dict[str, str]]:
    """RFC 4180 text: a header row, CRLF line ends, every row as wide as the header. The rows."""
    assert text == "" or text.endswith("\r\n"), text[-200:]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows, "a CSV answer has at least its header row"
    assert all(len(row) == len(rows[0]) for row in rows), "a row is not as wide as the header"
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def assert_conforms(response: httpx.Response, operation_id: str | None) -> None:
    """The response's status is documented for the operation, and its body has the documented
    media type and schema (a CSV answer: well-formed RFC 4180). `None`: no operation (unknown
    path or method) -> a problem+json."""
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if operation_id is None:
        assert media == "application/problem+json", response.text
        _problem_validator().validate(response.json())
        return
    op = operation(operation_id)
    model = specs()[service_of(operation_id).name].model
    documented = op.responses
    status = str(response.status_code)
    assert status in documented, f"{operation_id} answered undocumented {status}: {response.text[:300]}"
    raw = model.resolve(op.model.raw["responses"][status])
    if response.content == b"" and raw.get("x-body-optional") is True:
        return  # the spec allows this answer without a body (the aspnet profile gives it so)
    if not documented[status]:
        assert response.content == b"", f"{status} should have no body"
        return
    assert media in documented[status], f"{operation_id} {status} served {media!r}"
    if media == "text/csv":
        assert_csv(response.text)
        return
    _validator(operation_id, response.status_code, media).validate(response.json())


def route_operation(method: str, path: str) -> str | None:
    """The operationId of a request to `/{org}/<prefix>{spec path}` (or, for a tenant-level
    service, `/{org}/{tenant}/<tenant prefix>{spec path}`), by matching the service's spec paths."""
    import re

    segments = urlsplit(path).path.split("/")
    found = next(((s, 2) for s in services() if len(segments) > 2 and segments[2] == s.prefix), None)
    if found is None:
        found = next(((s, 3) for s in services() if len(segments) > 3 and segments[3] == s.tenant_prefix), None)
    if found is None:
        return None
    service, depth = found
    suffix = "/" + "/".join(segments[depth + 1 :])
    operations = specs()[service.name].operations

    # The mock's route order: literal segments first; the first path shape that matches owns the
    # request, and the method picks among that shape's templates.
    def shape(p: str) -> str:
        return re.sub(r"\{[^}]+\}", "[^/]+", p)

    for pattern in sorted({shape(o.path) for o in operations}, key=lambda p: p.count("[^/]+")):
        if re.match("^" + pattern + "$", suffix):
            wanted = "GET" if method.upper() == "HEAD" else method.upper()
            return next((o.operation_id for o in operations if shape(o.path) == pattern and o.method == wanted), None)
    return None


class CheckedClient:
    """An httpx-like client that validates every API response against the spec."""

    def __init__(self, client: httpx.Client | TestClient) -> None:
        self.client = client

    def request(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        response = self.client.request(method, path, headers=headers, **kwargs)
        if "/connect/token" not in path:
            op = route_operation(method, path)
            assert_conforms(response, op)
        return response

    def get_token(
        self, org: str = "contoso", client_id: str | None = None, secret: str | None = None, scope: str | None = None
    ) -> str:
        response = self.token_request(org, client_id, secret, scope)
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    def token_request(
        self,
        org: str = "contoso",
        client_id: str | None = None,
        secret: str | None = None,
        scope: str | None = None,
        **extra: str,
    ) -> httpx.Response:
        form = {
            "grant_type": "client_credentials",
            "client_id": client_id or ("mock-admin" if org == "contoso" else f"mock-admin-{org}"),
            "client_secret": secret or ADMIN_SECRET,
            **extra,
        }
        if scope is not None:
            form["scope"] = scope
        return self.client.post(f"/{org}/identity_/connect/token", data=form)


def in_process(**options: Any) -> tuple[CheckedClient, Any]:
    config = MockConfig(admin_client_secret=ADMIN_SECRET, second_admin_client_secret=ADMIN_SECRET, **options)
    app = create_app(config)
    return CheckedClient(TestClient(app, raise_server_exceptions=False)), app


def create_client_body(
    org: str = "contoso", name: str = "ci job", scopes: list[str] | None = None, confidential: bool = True, **extra: Any
) -> dict[str, Any]:
    return {
        "partitionGlobalId": ORG_IDS[org],
        "name": name,
        "isConfidential": confidential,
        "scopes": [{"name": s, "type": "application"} for s in (scopes or ["PM.OAuthApp.Read"])],
        **extra,
    }


RunningMock = mock_process.MockProcess
start_mock = mock_process.start


def iter_json_lines(text: str) -> Iterator[dict[str, Any]]:
    for line in text.splitlines():
        if line.startswith("MOCK_READY "):
            yield json.loads(line.removeprefix("MOCK_READY "))
