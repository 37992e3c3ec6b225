"""Inputs worth trying on a request the server has just accepted, so that nothing else in it
stops the server before it reaches the value (a random id is refused with 404 before any field is
read). Each check replays one successful positive request per operation (once per process), with
values derived from the spec alone:

- `boundary_strings`: every string field of the body and every string query parameter, set to
  "" and to blanks, must not make a server error (a 4xx refusal or a success are both fine);
- `minimal_body`: a replace (PUT) sent with only the body's required fields, recursively, must
  succeed as the full body did (omitted optional fields are valid input).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import CheckContext, Response
from schemathesis.core.transport import expand_status_codes

from contract_tests.spec_model import SpecModel

from . import config
from .leniency import properties_of, required_of, types_of
from .probes import AnyCase, operation_of, positive, replay, until_shown
from .st_auth import run_token

BOUNDARY_STRINGS = ("", "   ")


def _string_field(spec: SpecModel, schema: Any) -> bool:
    schema = spec.resolve(schema)
    return isinstance(schema, dict) and "string" in types_of(schema) and not {"enum", "const"} & set(schema)


@schemathesis.check
def boundary_strings(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Empty and blank strings in each string field must not make the server fail."""
    op = operation_of(case)
    if op is None or not 200 <= response.status_code < 300 or not positive(case):
        return None
    with until_shown("boundary_strings", case, ctx, per_phase=False) as due:
        if due:
            _no_server_error(ctx, case, _boundary_changes(case))
    return True


def _boundary_changes(case: AnyCase) -> list[tuple[str, dict[str, Any]]]:
    """(what, replay arguments) for "" and blanks in each string field and string query parameter."""
    op = operation_of(case)
    spec = config.spec()
    tried: list[tuple[str, dict[str, Any]]] = []
    if op is not None and isinstance(case.body, dict) and op.body_schema is not None:
        for name, schema in properties_of(spec, op.body_schema).items():
            if _string_field(spec, schema):
                tried += [(f"body `{name}` = {v!r}", {"body": {**case.body, name: v}}) for v in BOUNDARY_STRINGS]
    for param in op.parameters if op is not None else ():
        if param.location == "query" and _string_field(spec, param.schema):
            query = dict(case.query or {})
            tried += [(f"query `{param.name}` = {v!r}", {"query": {**query, param.name: v}}) for v in BOUNDARY_STRINGS]
    return tried


def _no_server_error(ctx: CheckContext, case: AnyCase, tried: list[tuple[str, dict[str, Any]]]) -> None:
    token = run_token()
    for what, change in tried:
        answer = replay(ctx, case, "boundary_strings", token, **change)
        if answer.status_code >= 500:
            raise AssertionError(
                f"Server error on a boundary string: `{case.operation.label}` answered {answer.status_code} "
                f"to the accepted request with {what} (expected a 4xx refusal or a success)"
            )


def minimal(spec: SpecModel, schema: Any, value: Any) -> Any:
    """`value` with every optional property left out, in nested objects too (arrays kept as they are)."""
    if not isinstance(value, dict):
        return value
    required = required_of(spec, schema)
    properties = properties_of(spec, schema)
    return {name: minimal(spec, properties.get(name, {}), item) for name, item in value.items() if name in required}


@schemathesis.check
def minimal_body(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A replace with only the required fields must be accepted like the full body was."""
    op = operation_of(case)
    if op is None or op.method != "put" or not 200 <= response.status_code < 300 or not positive(case):
        return None
    if not isinstance(case.body, dict) or op.body_schema is None:
        return None
    spec = config.spec()
    body = minimal(spec, op.body_schema, case.body)
    if body == case.body:
        return None
    with until_shown("minimal_body", case, ctx, per_phase=False) as due:
        if due:
            _minimal_accepted(ctx, case, body)
    return True


def _minimal_accepted(ctx: CheckContext, case: AnyCase, body: dict[str, Any]) -> None:
    answer = replay(ctx, case, "minimal_body", run_token(), body=body)
    expected = expand_status_codes(
        [s for s in ctx.config.positive_data_acceptance.expected_statuses or ["2xx"] if not str(s).startswith("5")]
    )
    if answer.status_code not in expected or answer.status_code >= 500:
        dropped = sorted(set(case.body) - set(body)) if isinstance(case.body, dict) else []
        raise AssertionError(
            f"Minimal valid body rejected: `{case.operation.label}` accepted the full body but answered "
            f"{answer.status_code} to the same body with only its required fields (left out: "
            f"{', '.join(dropped) or 'optional fields of nested objects'})"
        )
