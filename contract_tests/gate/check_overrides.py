"""Stock Schemathesis checks re-registered under their own names with what a real service may do
and the spec allows, so that answers a correct server gives are not reported as violations.

- `unsupported_method`, `allow_header_conformance`: a method that a sibling template matching the
  same path declares reaches that template's action (ASP.NET Core routing, see routing.py), so it
  is not expected to get 405, and `Allow` may list it; `Allow` may leave out the method of an
  operation the spec marks `x-unconfirmed` (the report says whether the server serves it).
- `content_type_conformance`, `response_schema_conformance`: a response the spec marks
  `x-body-optional: true` may come with no body at all (e.g. ASP.NET's JwtBearer 401/403, an
  update answered with an empty 200, routing's empty 404 for a path no template accepts); a body
  that is present is still checked in full. An answered enum value that differs from the spec's
  only in letter case is reported as such (findings.EnumLetterCase, a spec question), not as a
  schema violation.
- `negative_data_rejection`: what the service accepted is classified (leniency.py) and reported
  once per field and kind (findings.AcceptedInvalidInput), for the leniency baseline.

Everything else is left to the stock check, which is called unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
from schemathesis import Case, CheckContext, Response
from schemathesis.checks import CHECKS
from schemathesis.core.failures import AcceptedNegativeData, Failure, FailureGroup
from schemathesis.openapi.checks import AllowHeaderMismatch
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi import checks as stock

from contract_tests.spec_model import SpecModel

from . import config, leniency
from .findings import AcceptedInvalidInput, EnumLetterCase
from .probes import operation_of
from .routing import Routes, relative_path, template_pattern

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
Check = Callable[[CheckContext, Response, AnyCase], "bool | None"]
BODY_OPTIONAL = "x-body-optional"


_ROUTES: dict[int, Routes] = {}  # by id of the loaded spec's paths: computed once per run


def routes_of(case: AnyCase) -> Routes:
    paths = case.operation.schema.raw_schema.get("paths") or {}
    routes = _ROUTES.get(id(paths))
    if routes is None:
        routes = _ROUTES[id(paths)] = Routes.from_paths(paths)
    return routes


def _request_path(case: AnyCase, response: Response) -> str:
    return relative_path(str(response.request.url), str(case.operation.base_url or ""))


def unsupported_method(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    method = str(response.request.method or "")
    if routes_of(case).routed_elsewhere(case.operation.path, method, _request_path(case, response)):
        return None  # a sibling template's action answered: 405 is not what this service gives
    result: bool | None = stock.unsupported_method(ctx, response, case)
    return result


def allow_header_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    try:
        result: bool | None = stock.allow_header_conformance(ctx, response, case)
    except AllowHeaderMismatch as mismatch:
        path = _request_path(case, response)
        routed = routes_of(case).methods_for(path)
        missing = {m.lower() for m in mismatch.missing_methods} - _unconfirmed_methods(case, path)
        if missing or not {m.lower() for m in mismatch.undocumented_methods} <= routed:
            raise
        # The extra methods are those of sibling templates matching the same path; a missing one
        # belongs to an operation the spec holds on weak evidence (x-unconfirmed, D164).
        return None
    return result


def _unconfirmed_methods(case: AnyCase, path: str) -> set[str]:
    """Methods of `x-unconfirmed` operations whose template matches the path (lower case)."""
    return {op.method for op in config.spec().operations if op.unconfirmed and template_pattern(op.path).match(path)}


def body_may_be_absent(case: AnyCase, response: Response) -> bool:
    """An empty response whose definition in the spec says the body is optional."""
    if response.content:
        return False
    definition = case.operation.responses.find_by_status_code(response.status_code)
    return definition is not None and definition.definition.get(BODY_OPTIONAL) is True


def content_type_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    if body_may_be_absent(case, response):
        return None
    result: bool | None = stock.content_type_conformance(ctx, response, case)
    return result


def response_schema_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    if body_may_be_absent(case, response):
        return None
    try:
        result: bool | None = stock.response_schema_conformance(ctx, response, case)
    except (Failure, FailureGroup):
        differs = _letter_case_only(case, response)
        if differs is None:
            raise
        raise differs from None
    return result


def _schema_errors(spec: SpecModel, schema: dict[str, Any], body: Any) -> list[jsonschema.ValidationError]:
    return list(leniency.leaf_errors(leniency.validator_for(spec, schema).iter_errors(body)))


def _letter_case_only(case: AnyCase, response: Response) -> EnumLetterCase | None:
    """An EnumLetterCase finding if every way the body breaks its schema is an enum value that
    differs from the spec's only in letter case (oneOf branches are judged as a whole)."""
    op = operation_of(case)
    media = (response.headers.get("content-type") or [""])[0].split(";")[0].strip().lower()
    schema = (op.responses.get(str(response.status_code)) or {}).get(media) if op is not None else None
    if op is None or schema is None:
        return None
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    spec = config.spec()
    errors = _schema_errors(spec, schema, body)
    if not errors:
        return None
    spellings = [(error, spelling) for error in errors if (spelling := leniency.spec_spelling(error)) is not None]
    if len(spellings) != len(errors):
        return None
    normalized = _respelled(body, [(list(e.absolute_path), s) for e, s in spellings])
    if _schema_errors(spec, schema, normalized):
        return None
    pairs = sorted({(str(e.instance), str(s), leniency._field(e.absolute_path) or "body") for e, s in spellings})
    lines = [
        f"`{field}`: the service writes `{sent}`, the spec's enum has `{spec_value}`: they differ only in "
        f"letter case. Suggested spec change: spell the enum value `{sent}` (what the service writes), "
        "or confirm the spec's spelling and report the service"
        for sent, spec_value, field in pairs
    ]
    return EnumLetterCase(
        operation=case.operation.label, message="\n".join(lines), key="|".join(f"{a}>{b}" for a, b, _ in pairs)
    )


def _respelled(body: Any, changes: list[tuple[list[Any], str]]) -> Any:
    copy = json.loads(json.dumps(body))
    for path, spelling in changes:
        if not path:
            return spelling
        node = copy
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = spelling
    return copy


def negative_data_rejection(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    try:
        result: bool | None = stock.negative_data_rejection(ctx, response, case)
    except AcceptedNegativeData as accepted:
        op = operation_of(case)
        if op is None or case.meta is None:
            raise
        negative = [loc.name.lower() for loc, info in case.meta.components.items() if not info.mode.is_positive]
        sent = {
            "body": case.body,
            "query": case.query,
            "path_parameters": case.path_parameters,
            "headers": case.headers,
        }
        kinds = leniency.classify(config.spec(), op, sent, negative)
        raise AcceptedInvalidInput(
            operation=accepted.operation or case.operation.label,
            message=accepted.message,
            status_code=accepted.status_code,
            expected_statuses=accepted.expected_statuses,
            kinds=kinds,
        ) from None
    return result


for _override in (
    unsupported_method,
    allow_header_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
):
    # Registered under the stock names: reports and the config's [checks] keep naming them as users know them.
    CHECKS.register(_override)
