"""Stock Schemathesis checks re-registered under their own names with what a real service may do
and the spec allows, so that answers a correct server gives are not reported as violations.

- `unsupported_method`, `allow_header_conformance`: a method that a sibling template matching the
  same path declares reaches that template's action (ASP.NET Core routing, see routing.py), so it
  is not expected to get 405, and `Allow` may list it.
- `content_type_conformance`, `response_schema_conformance`: a response the spec marks
  `x-body-optional: true` may come with no body at all (e.g. ASP.NET's JwtBearer 401/403, an
  update answered with an empty 200); a body that is present is still checked in full.

Everything else is left to the stock check, which is called unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemathesis import Case, CheckContext, Response
from schemathesis.checks import CHECKS
from schemathesis.openapi.checks import AllowHeaderMismatch
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi import checks as stock

from .routing import Routes, relative_path

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
        routed = routes_of(case).methods_for(_request_path(case, response))
        if mismatch.missing_methods or not {m.lower() for m in mismatch.undocumented_methods} <= routed:
            raise
        return None  # the extra methods are those of sibling templates matching the same path
    return result


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
    result: bool | None = stock.response_schema_conformance(ctx, response, case)
    return result


for _override in (unsupported_method, allow_header_conformance, content_type_conformance, response_schema_conformance):
    # Registered under the stock names: reports and the config's [checks] keep naming them as users know them.
    CHECKS.register(_override)
