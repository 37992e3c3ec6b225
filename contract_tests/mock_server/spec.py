"""Reads spec/openapi.yaml once at start-up into per-operation facts: route, parameters,
request schema, accepted scopes and response schemas, with validators compiled up front."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

JSON = Any
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class RequestValidator:
    """Validates requests against one schema of the spec. jsonschema-rs (compiled, already pinned
    through Schemathesis) gives the verdict on the hot path; only a request it rejects goes through
    the Python validator, whose errors word the per-field problems. The two are held to the same
    verdicts by tests/mock_server/test_mock_validation_equivalence.py."""

    def __init__(self, schema: dict[str, Any], python: Draft202012Validator, checker: FormatChecker) -> None:
        self.python = python
        # Formats are checked by the Python checker's own functions, so both validators agree on
        # them (jsonschema-rs alone accepts e.g. the leap second 23:59:60, which .NET rejects).
        formats: dict[str, Callable[..., bool]] = {
            name: partial(checker.conforms, format=name) for name in checker.checkers
        }
        self.fast = jsonschema_rs.Draft202012Validator(schema, validate_formats=True, formats=formats)

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        if self.fast.is_valid(instance):
            return iter(())
        return self.python.iter_errors(instance)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header
    required: bool
    schema: dict[str, Any]
    validator: RequestValidator


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the spec's path, e.g. /api/ExternalClient/{partitionGlobalId}
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_validator: RequestValidator | None
    # Alternatives of the security requirement: any one scope listed suffices.
    scopes: frozenset[str]
    # status code (string) -> media type -> schema (resolved through the registry when validated)
    responses: dict[str, dict[str, dict[str, Any]]]
    success_status: int
    success_examples: dict[str, JSON] = field(default_factory=dict)


class Spec:
    """The parsed document with a `referencing` registry so `$ref`s resolve inside it."""

    URI = "urn:uipath-identity-spec"

    def __init__(self, path: Path) -> None:
        with path.open(encoding="utf-8") as handle:
            self.document: dict[str, Any] = yaml.safe_load(handle)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(self.URI, resource)
        self.format_checker = FormatChecker()
        self.operations: list[Operation] = [
            self._operation(path_name, method.upper(), item, op)
            for path_name, item in self.document["paths"].items()
            for method, op in item.items()
            if method in HTTP_METHODS
        ]
        self.by_id = {op.operation_id: op for op in self.operations}
        self.all_scopes: list[str] = list(
            self.document["components"]["securitySchemes"]["OAuth2ClientCredentials"]["flows"]["clientCredentials"][
                "scopes"
            ]
        )

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A validator whose `$ref`s resolve against this document, checking formats."""
        # Inlining the (non-recursive) refs once saves a registry lookup per request.
        return Draft202012Validator(self._inline(schema, 0), registry=self.registry, format_checker=self.format_checker)

    def request_validator(self, schema: dict[str, Any]) -> RequestValidator:
        inlined: dict[str, Any] = self._inline(schema, 0)
        python = Draft202012Validator(inlined, registry=self.registry, format_checker=self.format_checker)
        return RequestValidator(inlined, python, self.format_checker)

    def _inline(self, node: Any, depth: int) -> Any:
        if depth > 32:  # a recursive schema: leave the ref for the registry to resolve
            return _absolute_refs(node, self.URI)
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                siblings = {k: self._inline(v, depth + 1) for k, v in node.items() if k != "$ref"}
                target = self._inline(self.resolve({"$ref": ref}), depth + 1)
                return {"allOf": [target], **siblings} if siblings else target
            return {k: self._inline(v, depth + 1) for k, v in node.items()}
        if isinstance(node, list):
            return [self._inline(v, depth + 1) for v in node]
        return node

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (parameters, responses) to the object it names."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _operation(self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]) -> Operation:
        params: list[Parameter] = []
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            p = self.resolve(raw)
            params.append(
                Parameter(
                    p["name"],
                    p["in"],
                    bool(p.get("required")),
                    p["schema"],
                    self.request_validator(p["schema"]),
                )
            )
        body_validator = None
        body_required = False
        if "requestBody" in op:
            body = self.resolve(op["requestBody"])
            body_required = bool(body.get("required"))
            body_validator = self.request_validator(body["content"]["application/json"]["schema"])
        security = op.get("security", self.document.get("security", []))
        scopes = frozenset(scope for requirement in security for names in requirement.values() for scope in names)
        responses: dict[str, dict[str, dict[str, Any]]] = {}
        examples: dict[str, JSON] = {}
        for status, raw in op["responses"].items():
            response = self.resolve(raw)
            content = response.get("content", {})
            responses[status] = {media: spec.get("schema", {}) for media, spec in content.items()}
            for spec in content.values():
                for example in spec.get("examples", {}).values():
                    examples.setdefault(status, example.get("value"))
        success = min(int(s) for s in responses if s.startswith("2"))
        return Operation(
            operation_id=op["operationId"],
            method=method,
            path=path,
            parameters=tuple(params),
            body_required=body_required,
            body_validator=body_validator,
            scopes=scopes,
            responses=responses,
            success_status=success,
            success_examples=examples,
        )

    def response_validator(self, operation_id: str, status: int, media_type: str) -> Draft202012Validator:
        """The validator of the response schema the spec declares for this operation and status."""
        op = self.by_id[operation_id]
        by_media = op.responses.get(str(status))
        if by_media is None:
            raise LookupError(f"{operation_id} declares no {status} response")
        if media_type not in by_media:
            raise LookupError(f"{operation_id} {status} declares {sorted(by_media)}, not {media_type}")
        return self.validator(by_media[media_type])


def _absolute_refs(node: Any, base: str) -> Any:
    """Copy of a schema cut out of the document, its local `#/...` refs made absolute so they
    resolve in the whole document rather than in the fragment."""
    if isinstance(node, dict):
        return {
            k: (base + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _absolute_refs(v, base))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(v, base) for v in node]
    return node
