"""What the gate's own checks share: sending a replay of a request (or a request to a sibling
operation) as a recorded child of the case, marked with PROBE_HEADER so the report shows each
failure's own replay; the table row of a case's operation; and "shown once per operation and
phase" (until_shown), which keeps every check at a few requests per operation instead of a few per
request."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from requests.structures import CaseInsensitiveDict
from schemathesis import Case, CheckContext, Response
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi._auth_retry import send_probe

from contract_tests.spec_model import OperationModel, SpecModel

from . import config
from .config import PROBE_HEADER
from .live_safety import record_created

AnyCase = Case[APIOperation[Any, Any, Any, Any]]

_DONE: set[tuple[str, str, str | None]] = set()
_DONE_LOCK = threading.Lock()


def operation_of(case: AnyCase) -> OperationModel | None:
    """The spec model's operation of a case (None for an operation the spec model does not know)."""
    return config.spec().by_id.get(str(case.operation.definition.raw.get("operationId", "")))


@contextmanager
def until_shown(check: str, case: AnyCase, ctx: CheckContext, key: str = "", per_phase: bool = True) -> Iterator[bool]:
    """Yields whether (check, operation + key, phase or run) is still to be shown; it counts as
    shown once the body ran without raising. A failure is not remembered, so Hypothesis replaying
    the failing case sees the same failure (a check that passed on replay would be "flaky")."""
    entry = (check, case.operation.label + key, ctx.phase if per_phase else None)
    with _DONE_LOCK:
        due = entry not in _DONE
    yield due
    if due:
        with _DONE_LOCK:
            _DONE.add(entry)


def positive(case: AnyCase) -> bool:
    """Whether every part of the request was generated valid (a negative case proves nothing here)."""
    meta = case.meta
    return meta is None or meta.generation.mode.is_positive


def headers_with(case: AnyCase, token: str | None, check: str) -> CaseInsensitiveDict[str]:
    headers = CaseInsensitiveDict({k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"})
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    headers[PROBE_HEADER] = check
    return headers


def replay(
    ctx: CheckContext,
    case: AnyCase,
    check: str,
    token: str | None,
    *,
    body: Any = None,
    path_parameters: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
) -> Response:
    """The same request with another token and, optionally, another body, path or query."""
    probe = case.derive(headers=headers_with(case, token, check), query=query)
    if path_parameters is not None:
        probe.path_parameters = path_parameters
    if body is not None:
        probe.body = body
    return _send(ctx, case, probe)


def call(
    ctx: CheckContext,
    case: AnyCase,
    check: str,
    operation_id: str,
    token: str | None,
    *,
    path_parameters: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
    body: Any = None,
) -> Response:
    """A request to another operation of the spec, recorded as a child of `case`."""
    operation = case.operation.schema.find_operation_by_id(operation_id)
    headers = headers_with(case, token, check)
    if body is None:
        probe = operation.Case(path_parameters=path_parameters, query=query, headers=headers)
    else:
        probe = operation.Case(
            path_parameters=path_parameters, query=query, headers=headers, body=body, media_type="application/json"
        )
    return _send(ctx, case, probe)


_PACE = threading.Lock()
_LAST = [0.0]


def paced() -> None:
    """Live: keep the probes of this process within their share of the rate limit."""
    settings = config.current()
    interval = settings.probe_interval if settings is not None else 0.0
    if interval <= 0:
        return
    with _PACE:
        wait = _LAST[0] + interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        _LAST[0] = time.monotonic()


def _send(ctx: CheckContext, case: AnyCase, probe: AnyCase) -> Response:
    paced()
    response = send_probe(ctx, case, probe)
    record_created(probe, response)  # live: what a probe created is cleaned up with the rest
    return response


def request_example(spec: SpecModel, op: OperationModel) -> Any:
    """The first example of the operation's JSON request body (None if it has none)."""
    body = spec.resolve(op.raw.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json") or {}
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        value = spec.resolve(example)
        if isinstance(value, dict) and "value" in value:
            return value["value"]
    return None


def json_of(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
