"""Hostile input, as issue 8 found it, over HTTP: each case once answered 500, a traceback or an
echo of a huge value. In process for what the app decides; a real uvicorn subprocess on loopback
for what only a socket shows (aborted connections, Host headers, argv)."""

from __future__ import annotations

import base64
import copy
import json
import re
import socket
import time
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from hostile_harness import (
    API,
    C,
    assert_sane,
    clients,
    example_body,
    operations,
    path_examples,
    send,
    url,
)
from mock_harness import ADMIN_SECRET, CheckedClient, create_client_body, start_mock

from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.__main__ import config_from_args, parse_args
from contract_tests.mock_server.config import PAT_ENV
from contract_tests.mock_server.spec import Operation

BODY_OPS = [op for op in operations() if op.body_validator is not None]
PATH_OPS = [op for op in operations() if "{" in op.path]
TOKEN = f"{API}/connect/token"
# RFC 6749 section 5.2: error_description is printable ASCII without `"` and `\`.
DESCRIPTION = re.compile(r"[\x20\x21\x23-\x5b\x5d-\x7e]*")
PLACEHOLDER = "\u2603HOSTILE\u2603"


def _leaves(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, (*path, i))]
    return [(path, value)]


def _key(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _inject(body: Any, path: tuple[str | int, ...], fragment: str) -> bytes:
    """The example body with the value at `path` replaced by raw JSON text `fragment`."""
    doc = copy.deepcopy(body)
    node = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = PLACEHOLDER
    return json.dumps(doc).replace(json.dumps(PLACEHOLDER), fragment).encode()


def _errors(response: httpx.Response) -> dict[str, list[str]]:
    assert response.status_code == 400, response.text[:500]
    assert_sane(response)
    errors: dict[str, list[str]] = response.json()["errors"]
    return errors


def _string_fields() -> list[tuple[Operation, tuple[str | int, ...]]]:
    return [
        (op, path) for op in BODY_OPS for path, value in _leaves(example_body(op)) if isinstance(value, str) and path
    ]


def _top_fields() -> list[tuple[Operation, tuple[str | int, ...]]]:
    def keys(body: Any) -> list[str | int]:  # a bare-array body's first item, an object's fields
        first: list[str | int] = [0]
        return [*body, "extra"] if isinstance(body, dict) else first[: len(body or [])]

    return [(op, (key,)) for op in BODY_OPS for key in keys(example_body(op))]


def _ids(cases: list[tuple[Operation, tuple[str | int, ...]]]) -> list[str]:
    return [f"{op.operation_id}-{_key(path)}" for op, path in cases]


# --- 1. nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("op", BODY_OPS, ids=lambda op: op.operation_id)
def test_deeply_nested_json_is_a_400_on_every_operation_with_a_body(
    mock: CheckedClient, admin: str, op: Operation
) -> None:
    response = send(mock, admin, op, url(op), b"[" * 20_000 + b"]" * 20_000, "application/json")
    [(key, [message])] = _errors(response).items()
    assert key == "[0]" * 64 and "maximum depth of 64" in message


def test_deep_objects_inside_a_field_are_refused_naming_it(mock: CheckedClient, admin: str) -> None:
    op = next(op for op in BODY_OPS if "clientCertificates" in (example_body(op) or {}))
    deep = '[{"a":' * 900 + "1" + "}]" * 900
    errors = _errors(
        send(mock, admin, op, url(op), _inject(example_body(op), ("clientCertificates",), deep), "application/json")
    )
    [(key, [message])] = errors.items()
    assert key.startswith("clientCertificates[0].a[0]") and "maximum depth of 64" in message


def test_the_depth_limit_is_64_as_in_system_text_json(mock: CheckedClient, admin: str) -> None:
    op = BODY_OPS[0]
    at_limit = _errors(send(mock, admin, op, url(op), b"[" * 64 + b"]" * 64, "application/json"))
    assert "depth" not in str(at_limit)  # parsed; the schema then refuses an array for an object
    beyond = _errors(send(mock, admin, op, url(op), b"[" * 65 + b"]" * 65, "application/json"))
    assert "maximum depth of 64" in str(beyond)


# --- 2. lone surrogates -------------------------------------------------------------------------


@pytest.mark.parametrize(("op", "path"), _string_fields(), ids=_ids(_string_fields()))
def test_a_lone_surrogate_in_any_string_field_is_a_400_naming_it(
    mock: CheckedClient, admin: str, op: Operation, path: tuple[str | int, ...]
) -> None:
    before = clients(mock, admin)
    body = _inject(example_body(op), path, '"ab\\ud800cd"')
    errors = _errors(send(mock, admin, op, url(op), body, "application/json"))
    assert "surrogate" in " ".join(errors[_key(path)])
    assert clients(mock, admin) == before


def test_a_lone_surrogate_in_a_property_name_is_a_400(mock: CheckedClient, admin: str) -> None:
    op = BODY_OPS[0]
    errors = _errors(send(mock, admin, op, url(op), b'{"\\udfff": 1}', "application/json"))
    assert "surrogate" in str(errors)


def test_a_surrogate_pair_is_ordinary_text(mock: CheckedClient, admin: str) -> None:
    response = mock.request(
        "POST", f"{API}/api/ExternalClient", admin, json=create_client_body(name="robot \U0001f916")
    )
    assert response.status_code == 201 and response.json()["name"] == "robot \U0001f916"


@pytest.mark.parametrize("op", PATH_OPS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("encoded", ["%FF", "%ED%A0%80", "ab%C3"])
def test_a_path_parameter_that_is_not_utf8_is_a_400_naming_it(
    mock: CheckedClient, admin: str, op: Operation, encoded: str
) -> None:
    for name in path_examples(op):
        errors = _errors(send(mock, admin, op, url(op, {name: encoded}), b"{}", "application/json"))
        assert "UTF-8" in " ".join(errors[name]), errors


def test_invalid_utf8_bytes_in_a_body_are_a_400(mock: CheckedClient, admin: str) -> None:
    op = BODY_OPS[0]
    errors = _errors(send(mock, admin, op, url(op), b'{"name": "ab\xff\xfe"}', "application/json"))
    assert "UTF-8" in errors["body"][0]


# --- 3. numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("op", "path"), _top_fields(), ids=_ids(_top_fields()))
@pytest.mark.parametrize("literal", ["9" * 5000, "-" + "9" * 400, "1e999", "NaN", "-Infinity"])
def test_a_number_json_cannot_hold_is_a_400_naming_its_field(
    mock: CheckedClient, admin: str, op: Operation, path: tuple[str | int, ...], literal: str
) -> None:
    errors = _errors(send(mock, admin, op, url(op), _inject(example_body(op), path, literal), "application/json"))
    assert _key(path) in errors, errors
    assert "9" * 60 not in str(errors)


# --- 4. the token endpoint ----------------------------------------------------------------------


def _token_form(mock: CheckedClient, content: str, **headers: str) -> httpx.Response:
    response = mock.client.post(
        TOKEN, content=content.encode(), headers={"Content-Type": "application/x-www-form-urlencoded", **headers}
    )
    assert response.status_code < 500
    if response.status_code >= 400:
        description = response.json()["error_description"]
        assert DESCRIPTION.fullmatch(description) and len(description) <= 400, description
    return response


ADMIN_FORM = f"grant_type=client_credentials&client_id=mock-admin&client_secret={ADMIN_SECRET}"


def test_a_huge_scope_is_not_echoed(mock: CheckedClient) -> None:
    response = _token_form(mock, ADMIN_FORM + "&scope=" + "Evil.Everything%20" * 50_000)  # ~900 KB
    assert response.json()["error"] == "invalid_scope"
    assert len(response.content) < 1024


@pytest.mark.parametrize("scope", ["%C3%89vil.Everything", "%22quoted%22", "back%5Cslash", "x" * 500, "%00"])
def test_unsafe_scope_text_is_not_echoed(mock: CheckedClient, scope: str) -> None:
    response = _token_form(mock, ADMIN_FORM + "&scope=PM.Nope%20" + scope)
    assert response.json()["error"] == "invalid_scope"
    assert "PM.Nope" in response.json()["error_description"]  # a well-formed scope token is still named


@pytest.mark.parametrize("repeated", ["grant_type=client_credentials", "client_id=mock-admin", "scope=PM.OAuthApp"])
def test_a_repeated_parameter_is_invalid_request(mock: CheckedClient, repeated: str) -> None:
    response = _token_form(mock, f"{ADMIN_FORM}&scope=PM.OAuthApp&{repeated}")
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")
    assert "repeated" in response.json()["error_description"]


def test_basic_authentication_plus_a_form_secret_is_invalid_request(mock: CheckedClient) -> None:
    basic = base64.b64encode(f"mock-admin:{ADMIN_SECRET}".encode()).decode()
    response = _token_form(
        mock, f"grant_type=client_credentials&client_secret={ADMIN_SECRET}", Authorization=f"Basic {basic}"
    )
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")
    alone = _token_form(mock, "grant_type=client_credentials", Authorization=f"Basic {basic}")
    assert alone.status_code == 200


def test_a_form_that_is_not_utf8_is_invalid_request(mock: CheckedClient) -> None:
    response = _token_form(mock, "grant_type=client_credentials&client_id=%FF%FE&client_secret=x")
    assert response.json()["error"] == "invalid_request"


# --- 6. Location --------------------------------------------------------------------------------


def test_location_is_not_built_from_the_host_header(mock: CheckedClient, admin: str) -> None:
    response = mock.request(
        "POST", f"{API}/api/ExternalClient", admin, json=create_client_body(), headers={"Host": "evil.example"}
    )
    location = response.headers["location"]
    assert "evil" not in location and location.startswith(f"{API}/api/ExternalClient/{C}/")
    assert mock.request("GET", location, admin).status_code == 200


# --- tokens outlive their client ----------------------------------------------------------------


def test_a_token_stays_valid_after_its_client_is_deleted_until_it_expires(mock: CheckedClient, admin: str) -> None:
    created = mock.request(
        "POST", f"{API}/api/ExternalClient", admin, json=create_client_body(scopes=["PM.OAuthApp.Read"])
    ).json()
    token = mock.get_token(client_id=created["id"], secret=created["secret"])
    deleted = mock.request("DELETE", f"{API}/api/ExternalClient/{C}/{created['id']}", admin)
    assert deleted.status_code == 204
    # A signed JWT, like the real service's: no revocation list, so it works until `exp`.
    assert mock.request("GET", f"{API}/api/ExternalClient/{C}", token).status_code == 200
    assert mock.token_request(client_id=created["id"], secret=created["secret"]).status_code == 401


# --- 7. PAT out of argv -------------------------------------------------------------------------


def test_pats_come_from_the_environment_and_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PAT_ENV, "env-one env-two:PM.Directory")
    config = config_from_args(parse_args(["--pat", "argv-three"]))
    assert [(p.token, p.scopes) for p in config.pats] == [
        ("env-one", ()),
        ("env-two", ("PM.Directory",)),
        ("argv-three", ()),
    ]


def test_our_launcher_refuses_secrets_in_argv() -> None:
    for args in (("--pat", "x"), ("--pat=x",), ("--admin-client-secret", "x")):
        with pytest.raises(ValueError, match="env"):
            mock_process.start(*args)


@pytest.mark.slow
def test_a_pat_from_the_environment_authenticates_and_stays_out_of_argv() -> None:
    mock = start_mock(env={PAT_ENV: "pat-from-env-0123:PM.OAuthApp.Read"})
    try:
        assert "pat-from-env" not in repr(mock.process.args)
        listing = httpx.get(
            f"{mock.ready['base_url']}/api/ExternalClient/{C}",
            headers={"Authorization": "Bearer pat-from-env-0123"},
        )
        assert listing.status_code == 200
    finally:
        assert "pat-from-env" not in mock.stop()


# --- 5 and 6 over a real socket ------------------------------------------------------------------


def _abort_mid_body(host: str, port: int, path: str, content_type: str) -> None:
    with socket.create_connection((host, port), timeout=5) as sock:
        head = f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\nContent-Length: 100000\r\n\r\n"
        sock.sendall(head.encode() + b"grant_type=client_cre")


@pytest.mark.slow
def test_aborted_requests_leave_no_tracebacks_and_the_server_answers() -> None:
    mock = start_mock()
    try:
        root = urlsplit(mock.root)
        host, port = root.hostname, root.port
        assert host and port
        token_path = urlsplit(mock.ready["token_url"]).path
        for _ in range(400):
            _abort_mid_body(host, port, token_path, "application/x-www-form-urlencoded")
        api_path = urlsplit(mock.ready["base_url"]).path + "/api/ExternalClient"
        for _ in range(50):
            _abort_mid_body(host, port, api_path, "application/json")
        time.sleep(1)  # let the server notice the last disconnects
        headers = {"Authorization": f"Bearer {mock_process.admin_token(mock.ready)}"}
        assert httpx.get(f"{mock.ready['base_url']}/api/ExternalClient/{C}", headers=headers).status_code == 200
    finally:
        output = mock.stop()
    after_ready = output.partition("MOCK_READY")[2].partition("\n")[2]
    assert "Traceback" not in after_ready and len(after_ready) < 2000, after_ready[:2000]


@pytest.mark.slow
def test_location_works_for_127_0_0_1_and_localhost_and_ignores_host() -> None:
    mock = start_mock()
    try:
        token = mock_process.admin_token(mock.ready)
        port = urlsplit(mock.root).port
        for root in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
            api = CheckedClient(httpx.Client(base_url=root, headers={"Authorization": f"Bearer {token}"}))
            for host in ({}, {"Host": "evil.example"}):
                created = api.request("POST", f"{API}/api/ExternalClient", json=create_client_body(), headers=host)
                location = created.headers["location"]
                assert "evil" not in location
                assert api.request("GET", urljoin(f"{root}{API}/api/ExternalClient", location)).status_code == 200
    finally:
        mock.stop()
