"""Helpers shared by the mock server tests: spec conformance of responses, an in-process harness
and a real uvicorn subprocess."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from starlette.testclient import TestClient

from contract_tests.mock_server import MockConfig, create_app
from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.config import PRIMARY_ORG_ID, SECOND_ORG_ID, SPEC_PATH
from contract_tests.mock_server.spec import Spec

ROOT = Path(__file__).resolve().parents[2]
ORG_IDS = {"contoso": PRIMARY_ORG_ID, "fabrikam": SECOND_ORG_ID}
ADMIN_SECRET = "test-admin-secret"


@functools.cache
def spec() -> Spec:
    return Spec(SPEC_PATH)


@functools.cache
def _validator(operation_id: str, status: int, media: str) -> Any:
    return spec().response_validator(operation_id, status, media)


@functools.cache
def _problem_validator() -> Any:
    return spec().validator({"$ref": "#/components/schemas/ProblemDetails"})


def assert_conforms(response: httpx.Response, operation_id: str | None) -> None:
    """The response's status is documented for the operation, and its body has the documented
    media type and schema. `None`: no operation (unknown path or method) -> a problem+json."""
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if operation_id is None:
        assert media == "application/problem+json", response.text
        _problem_validator().validate(response.json())
        return
    documented = spec().by_id[operation_id].responses
    status = str(response.status_code)
    assert status in documented, f"{operation_id} answered undocumented {status}: {response.text[:300]}"
    raw = spec().model.resolve(spec().by_id[operation_id].model.raw["responses"][status])
    if response.content == b"" and raw.get("x-body-optional") is True:
        return  # the spec allows this answer without a body (the aspnet profile gives it so)
    if not documented[status]:
        assert response.content == b"", f"{status} should have no body"
        return
    assert media in documented[status], f"{operation_id} {status} served {media!r}"
    _validator(operation_id, response.status_code, media).validate(response.json())


def route_operation(method: str, path: str) -> str | None:
    """The operationId of a request to `/{org}/identity_{spec path}`, by matching the spec path."""
    import re

    suffix = path.split("/identity_", 1)[1].split("?", 1)[0]

    # The mock's route order: literal segments first; the first path shape that matches owns the
    # request, and the method picks among that shape's templates.
    def shape(p: str) -> str:
        return re.sub(r"\{[^}]+\}", "[^/]+", p)

    for pattern in sorted({shape(o.path) for o in spec().operations}, key=lambda p: p.count("[^/]+")):
        if re.match("^" + pattern + "$", suffix):
            wanted = "GET" if method.upper() == "HEAD" else method.upper()
            ops = spec().operations
            return next((o.operation_id for o in ops if shape(o.path) == pattern and o.method == wanted), None)
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
