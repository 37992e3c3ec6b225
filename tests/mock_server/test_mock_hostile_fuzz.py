"""Hypothesis throws malformed and adversarial requests at every operation of the spec (read from
it, so new operations are covered without a change here): bodies built from the operation's own
example with one value swapped for something hostile (lone surrogates, 5,000-digit integers,
NaN/Infinity, deep nesting, huge strings, odd Unicode, wrong types, duplicate keys, extra
fields), then perhaps a BOM, invalid UTF-8 bytes or a truncation; odd content types; path values
that are not UTF-8. Every answer: no 5xx; a bounded problem+json 4xx that does not echo huge
values, or a 2xx the spec documents (CheckedClient holds both to the spec); and a rejected request
leaves the stored clients as they were."""

from __future__ import annotations

import base64
import json
import re
from typing import Any
from urllib.parse import quote

import pytest
from hostile_harness import (
    HUGE,
    assert_sane,
    clients,
    example_body,
    operations,
    path_examples,
    send,
    tenant_url,
    url,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mock_harness import ADMIN_SECRET, CheckedClient, in_process

from contract_tests.mock_server.spec import Operation


@pytest.fixture(scope="module")
def aspnet() -> CheckedClient:
    """The mock in its aspnet profile (lenient binding, routing by path first, empty 401/403)."""
    client, _ = in_process(profile="aspnet")
    return client


EXAMPLES_PER_OPERATION = 20  # x every operation: seconds in CI, and the fixed cases below always run
MARK = "\u2603FUZZ\u2603"

HOSTILE_FRAGMENTS = [
    '"\\ud800"',
    '"ok \\udfff"',
    '"\\udc00\\ud800"',
    "9" * 5000,
    "-" + "9" * 400,
    "1e999",
    "-1e400",
    "1.5e-400",
    "NaN",
    "Infinity",
    "-Infinity",
    "[" * 20_000 + "]" * 20_000,
    '{"a":' * 70 + "1" + "}" * 70,
    json.dumps(HUGE),
    '"\\u0000\\u202e\\ufeff\\u200b"',
    '{"k": 1, "k": "two"}',
    "-0",
    "1E+2",
    "[]",
    "{}",
    "null",
]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["", " ", "\u00e9", "\U0001f916", "\u202e", "x" * 300]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
fragments = st.sampled_from(HOSTILE_FRAGMENTS) | json_values.map(json.dumps)
CONTENT_TYPES = [
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json; charset=utf-16",
    "application/json;;=",
    "application/problem+json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "*/*",
    "",
]
PATH_VALUES = ["%FF", "%ED%A0%80", "%00", "%2e%2e", quote(HUGE[:5000]), "%E2%80%AE", "-1", "9" * 40]


def _paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in the example a value could be swapped, plus a new field at each object."""
    found = [path] if path else []
    if isinstance(value, dict):
        found.append((*path, "extraField"))
        found += [p for k, v in value.items() for p in _paths(v, (*path, k))]
    elif isinstance(value, list):
        found += [p for i, v in enumerate(value) for p in _paths(v, (*path, i))]
    return found


def _swap(example: Any, path: tuple[str | int, ...], fragment: str) -> bytes:
    text = json.dumps(_set(example, path, MARK), ensure_ascii=False)
    return text.replace(json.dumps(MARK, ensure_ascii=False), fragment).encode("utf-8", "surrogatepass")


def _set(value: Any, path: tuple[str | int, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _set(value.get(head), rest, new)}
    copied = list(value)
    copied[int(head)] = _set(copied[int(head)], rest, new)
    return copied


@st.composite
def hostile_bodies(draw: st.DrawFn, op: Operation) -> bytes:
    example = example_body(op)
    places = _paths(example)
    if draw(st.booleans()) and places:
        body = _swap(example, draw(st.sampled_from(places)), draw(fragments))
    else:
        body = draw(fragments).encode("utf-8", "surrogatepass") if draw(st.booleans()) else draw(st.binary(max_size=64))
    mangle = draw(st.sampled_from(["none", "bom", "bad-utf8", "truncate"]))
    cut = draw(st.integers(0, max(len(body) - 1, 0)))
    if mangle == "bom":
        body = b"\xef\xbb\xbf" + body
    elif mangle == "bad-utf8":
        body = body[:cut] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"])) + body[cut:]
    elif mangle == "truncate":
        body = body[:cut]
    return body


@st.composite
def hostile_paths(draw: st.DrawFn, op: Operation) -> str:
    names = list(path_examples(op))
    if not names or draw(st.booleans()):
        return url(op)
    # "." and ".." are dot segments: the client removes them (RFC 3986 5.2.4), so the request would
    # reach another route (`PUT /api/Group/.` is `PUT /api/Group`), whose 405 is right, not a defect.
    text = st.text(min_size=1, max_size=30).map(lambda t: quote(t, safe="")).filter(lambda v: v not in (".", ".."))
    value = draw(st.sampled_from(PATH_VALUES) | text)
    return url(op, {draw(st.sampled_from(names)): value})


def _check(mock: CheckedClient, admin: str, op: Operation, path: str, body: bytes, content_type: str) -> None:
    before = clients(mock, admin)
    response = send(mock, admin, op, path, body, content_type)
    assert_sane(response)
    if response.status_code >= 400:
        assert clients(mock, admin) == before, "a rejected request changed the stored clients"


@pytest.mark.parametrize("profile", ["default", "aspnet"])
@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_every_operation_survives_hostile_requests(
    mock: CheckedClient, aspnet: CheckedClient, profile: str, op: Operation
) -> None:
    """On both behaviour profiles: the aspnet one binds leniently before validating, so the same
    hostile bodies take other paths through it."""
    server = aspnet if profile == "aspnet" else mock
    admin = server.get_token()

    @settings(
        max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    @given(path=hostile_paths(op), body=hostile_bodies(op), content_type=st.sampled_from(CONTENT_TYPES))
    def run(path: str, body: bytes, content_type: str) -> None:
        _check(server, admin, op, path, body, content_type)

    run()


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.operation_id)
def test_every_operation_survives_each_hostile_fragment_in_each_place(
    mock: CheckedClient, admin: str, op: Operation
) -> None:
    """The fixed catalogue, exhaustively: each fragment as the whole body and in every place of the
    example. Stored clients are compared once per fragment (when every request was rejected), to stay fast."""
    example = example_body(op)
    for fragment in HOSTILE_FRAGMENTS:
        before = clients(mock, admin)
        statuses = []
        for body in [fragment.encode(), *(_swap(example, place, fragment) for place in _paths(example))]:
            response = send(mock, admin, op, url(op), body, "application/json")
            assert_sane(response)
            statuses.append(response.status_code)
        if min(statuses) >= 400:
            assert clients(mock, admin) == before, f"rejected requests with {fragment[:40]} changed the stored clients"


QUERY_VALUES = [
    "%FF",
    "%ED%A0%80",
    "%00",
    quote(HUGE[:5000]),
    "9" * 40,
    "-1",
    "1e999",
    "NaN",
    "0001-01-01T00:00:00%2B01:00",
    "9999-12-31T23:59:59-01:00",
    "2026-02-30T00:00:00Z",
    "%7B%22d%22:%22newer%22%7D",
    "eyJkIjoibmV3ZXIiLCJjIjoieCJ9",
    "",
]


def query_operations() -> list[Operation]:
    return [op for op in operations() if any(p.location == "query" for p in op.parameters)]


@st.composite
def hostile_queries(draw: st.DrawFn, op: Operation) -> str:
    """A query string: some of the operation's own parameters (perhaps repeated) and perhaps an
    unknown one, each with a hostile value (already percent-encoded)."""
    names = [p.name for p in op.parameters if p.location == "query"]
    chosen = draw(st.lists(st.sampled_from([*names, "unknown"]), min_size=1, max_size=4))
    text = st.text(max_size=40).map(lambda t: quote(t, safe=""))
    return "&".join(f"{quote(name)}={draw(st.sampled_from(QUERY_VALUES) | text)}" for name in chosen)


@pytest.mark.parametrize("profile", ["default", "aspnet"])
@pytest.mark.parametrize("op", query_operations(), ids=lambda op: op.operation_id)
def test_every_operation_survives_hostile_query_parameters(
    mock: CheckedClient, aspnet: CheckedClient, profile: str, op: Operation
) -> None:
    """Query parameters are all the input the audit queries take: never a 5xx, a bounded 4xx or a
    documented 2xx, at the organization level and, where the service has one, the tenant level."""
    server = aspnet if profile == "aspnet" else mock
    admin = server.get_token()
    tenant = tenant_url(op)

    @settings(
        max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None
    )
    @given(query=hostile_queries(op), at_tenant=st.booleans())
    def run(query: str, at_tenant: bool) -> None:
        path = tenant if at_tenant and tenant is not None else url(op)
        _check(server, admin, op, f"{path}?{query}", b"", "")

    run()


FORM_VALUES = st.sampled_from(["client_credentials", "mock-admin", ADMIN_SECRET, "PM.OAuthApp", "%FF", "%00", "%22%5C"])
form_pairs = st.lists(
    st.tuples(
        st.sampled_from(["grant_type", "client_id", "client_secret", "scope", "x"]) | st.text(max_size=8),
        FORM_VALUES | st.text(max_size=40) | st.just("Evil.Everything%20" * 2000) | st.just("%C3%89vil%20PM.x"),
    ),
    max_size=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(
    pairs=form_pairs,
    raw=st.none() | st.binary(max_size=64),
    content_type=st.sampled_from(["application/x-www-form-urlencoded", "application/json", "", "text/plain"]),
    basic=st.none() | st.sampled_from([f"mock-admin:{ADMIN_SECRET}", "mock-admin:wrong", "\u00e9:x", "no-colon"]),
)
def test_the_token_endpoint_survives_hostile_forms(
    mock: CheckedClient, pairs: list[tuple[str, str]], raw: bytes | None, content_type: str, basic: str | None
) -> None:
    """Never a 5xx; every error is RFC 6749 JSON whose description is bounded printable ASCII without `"` or `\\`."""
    valid = [("grant_type", "client_credentials"), ("client_id", "mock-admin"), ("client_secret", ADMIN_SECRET)]
    form = (valid if len(pairs) % 3 else valid[:1]) + pairs  # mostly valid credentials, to get past them
    content = raw if raw is not None else "&".join(f"{quote(k)}={v}" for k, v in form).encode()
    headers = {"Content-Type": content_type} if content_type else {}
    if basic is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(basic.encode()).decode()
    response = mock.client.post("/contoso/identity_/connect/token", content=content, headers=headers)
    assert response.status_code in (200, 400, 401), response.text[:300]
    if response.status_code != 200:
        description = response.json()["error_description"]
        assert re.fullmatch(r"[\x20\x21\x23-\x5b\x5d-\x7e]{0,400}", description), description[:200]
        assert len(response.content) < 1024
