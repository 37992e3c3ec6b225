"""Behaviour profiles of the mock: where the real service may answer differently from our spec's
strictest reading, a profile picks one plausible behaviour. The pipeline (app.py) consults the
active profile at a few points; everything a profile does is computed from the spec (schemas,
`x-body-optional`, path templates), never per operation.

- `default`: the spec read strictly: problem+json 401/403, a foreign organization answered 403,
  exact enum spelling, a path's literal template answers 405 for its other methods.
- `aspnet`: an ASP.NET Core service with [ApiController] defaults: lenient model binding (`null`
  for an optional reference-type field binds to null, a missing required bool or enum binds to its
  default, enum names match without regard to case, property names too, unknown fields are
  ignored), a foreign `partitionGlobalId` answered 400 in a body (model validation) and 404 in a
  path (no such organization), routing by path first (a method a sibling template declares for the
  same path reaches that template's action; `Allow` lists every matching template's methods),
  JwtBearer's empty 401/403 with `WWW-Authenticate`, an empty answer wherever the spec marks a
  success body `x-body-optional` (the published description declares no content there), and a
  repeated single-valued query parameter bound to its first value (the default profile: a 400).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .problems import Reply, problem, unauthorized, validation_problem
from .spec import Operation

BODY_OPTIONAL = "x-body-optional"
# Strings that .NET binds to value types (Guid, DateTime...): `null` for them is a binding error.
_VALUE_FORMATS = frozenset({"uuid", "date-time", "date", "time", "duration"})
_ABSENT = object()

Resolve = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    lenient_binding: bool = False
    sibling_routing: bool = False
    empty_auth_bodies: bool = False
    omit_optional_bodies: bool = False
    foreign_org_not_found: bool = False
    first_query_value: bool = False  # a repeated single-valued query parameter binds its first value

    def bind(self, op: Operation, body: Any, resolve: Resolve) -> Any:
        """The body as the service's model binder sees it, before validation."""
        if not self.lenient_binding or op.model.body_schema is None:
            return body
        return _bind(body, op.model.body_schema, resolve, 0)

    def unauthorized(self, detail: str, error: str | None) -> Reply:
        if self.empty_auth_bodies:
            challenge = "Bearer" if error is None else f'Bearer error="{error}"'
            return Reply(401, None, {"WWW-Authenticate": challenge}, empty=True)
        return unauthorized(detail, error)

    def forbidden(self, detail: str, *, scope: bool = False) -> Reply:
        if self.empty_auth_bodies:
            challenge = 'Bearer error="insufficient_scope"' if scope else "Bearer"
            return Reply(403, None, {"WWW-Authenticate": challenge}, empty=True)
        return problem(403, detail)

    def foreign_organization(self, op: Operation) -> Reply:
        """The answer to a `partitionGlobalId` that is not the caller's organization."""
        declared = op.model.raw.get("responses") or {}
        if self.foreign_org_not_found:
            if op.model.partition_in == "body" and "400" in declared:
                return validation_problem({op.model.organization_param: ["The organization is not the caller's."]})
            if op.model.partition_in == "path" and "404" in declared:
                return problem(404, "Organization not found.")
        return self.forbidden("The token is not valid for this organization.")

    def finish(self, op: Operation, reply: Reply, resolve: Resolve) -> Reply:
        """A success whose body the spec marks optional goes out empty."""
        if self.omit_optional_bodies and 200 <= reply.status < 300 and reply.body is not None:
            response = (op.model.raw.get("responses") or {}).get(str(reply.status))
            if isinstance(response, dict) and resolve(response).get(BODY_OPTIONAL) is True:
                return Reply(reply.status, None, reply.headers, empty=True)
        return reply


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("default", "the spec read strictly (problem+json 401/403, foreign organization 403, exact enums)"),
        Profile(
            "aspnet",
            "an ASP.NET Core service: lenient binding, foreign organization 400 in a body / 404 in a path, "
            "routing by path first, empty 401/403 with WWW-Authenticate, empty x-body-optional successes",
            lenient_binding=True,
            sibling_routing=True,
            empty_auth_bodies=True,
            omit_optional_bodies=True,
            foreign_org_not_found=True,
            first_query_value=True,
        ),
    )
}
DEFAULT_PROFILE = "default"


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return {str(t) for t in declared}
    return {str(declared)} if declared else ({"object"} if "properties" in schema else set())


def _reference_type(schema: dict[str, Any]) -> bool:
    """Whether .NET would bind the field to a reference type (null is a valid value for it)."""
    types = _types(schema) - {"null"}
    if "enum" in schema or types & {"boolean", "integer", "number"}:
        return False
    if types == {"string"}:
        return schema.get("format") not in _VALUE_FORMATS
    return bool(types & {"array", "object"})


def _default(schema: dict[str, Any]) -> Any:
    """default(T) for a bool or an enum (its first member); nothing for other types."""
    if schema.get("enum"):
        return schema["enum"][0]
    if _types(schema) == {"boolean"}:
        return False
    return _ABSENT


def _bind(value: Any, schema: dict[str, Any], resolve: Resolve, depth: int) -> Any:
    schema = resolve(schema) if "$ref" in schema else schema
    if depth > 16:
        return value
    properties: dict[str, Any] = schema.get("properties") or {}
    if isinstance(value, dict) and properties:
        by_lower = {name.lower(): name for name in properties}
        required = set(schema.get("required") or ())
        bound: dict[str, Any] = {}
        for key, item in value.items():
            name = key if key in properties else by_lower.get(key.lower()) if isinstance(key, str) else None
            if name is None:
                if "additionalProperties" in schema and schema["additionalProperties"] is not False:
                    bound[key] = item
                continue  # an unknown field: ignored
            if name != key and name in value:
                continue  # the exact spelling wins
            field = resolve(properties[name]) if "$ref" in properties[name] else properties[name]
            if item is None and name not in required and _reference_type(field):
                continue  # binds to null: as if absent
            bound[name] = _bind(item, field, resolve, depth + 1)
        for name in sorted(required - bound.keys()):
            field = resolve(properties[name]) if "$ref" in properties[name] else properties[name]
            default = _default(field)
            if default is not _ABSENT:
                bound[name] = default
        return bound
    items = schema.get("items")
    if isinstance(value, list) and isinstance(items, dict):
        return [_bind(item, items, resolve, depth + 1) for item in value]
    members = schema.get("enum")
    if isinstance(value, str) and isinstance(members, list) and value not in members:
        matches = [m for m in members if isinstance(m, str) and m.lower() == value.lower()]
        return matches[0] if matches else value
    return value
