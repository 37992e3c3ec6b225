"""The mock's view of the spec: contract_tests.spec_model's per-operation facts (route, parameters,
request schema, scopes, responses, table binding) with validators compiled up front."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from contract_tests import spec_model
from contract_tests.spec_model import OperationModel, Param, SpecModel

JSON = Any


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
class Parameter(Param):
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
    model: OperationModel = field(repr=False)
    success_examples: dict[str, JSON] = field(default_factory=dict)


class Spec:
    """The parsed document with a `referencing` registry so `$ref`s resolve inside it."""

    URI = "urn:uipath-identity-spec"

    def __init__(self, path: Path) -> None:
        self.model: SpecModel = spec_model.load(path)
        self.document: dict[str, Any] = self.model.document
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(self.URI, resource)
        self.format_checker = FormatChecker()
        self.operations: list[Operation] = [self._operation(op) for op in self.model.operations]
        self.by_id = {op.operation_id: op for op in self.operations}
        self.all_scopes: list[str] = self.model.all_scopes

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """A validator whose `$ref`s resolve against this document, checking formats."""
        # Inlining the (non-recursive) refs once saves a registry lookup per request.
        return Draft202012Validator(self._inline(schema, 0), registry=self.registry, format_checker=self.format_checker)

    def request_validator(self, schema: dict[str, Any]) -> RequestValidator:
        inlined: dict[str, Any] = self._inline(schema, 0)
        python = Draft202012Validator(
            _python_patterns(inlined), registry=self.registry, format_checker=self.format_checker
        )
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
            return _with_integer_bounds({k: self._inline(v, depth + 1) for k, v in node.items()})
        if isinstance(node, list):
            return [self._inline(v, depth + 1) for v in node]
        return node

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a local `$ref` (parameters, responses) to the object it names."""
        resolved: dict[str, Any] = self.model.resolve(node)
        return resolved

    def _operation(self, op: OperationModel) -> Operation:
        return Operation(
            operation_id=op.operation_id,
            method=op.method.upper(),
            path=op.path,
            parameters=tuple(
                Parameter(
                    p.name,
                    p.location,
                    p.required,
                    self.model.resolve(p.schema),  # a `$ref`ed schema's type decides how its text is read
                    p.organization,
                    self.request_validator(p.schema),
                )
                for p in op.parameters
            ),
            body_required=op.body_required,
            body_validator=None if op.body_schema is None else self.request_validator(op.body_schema),
            scopes=op.scopes,
            responses=op.responses,
            success_status=op.success_status,
            model=op,
            success_examples=op.examples,
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


# OpenAPI's integer formats as .NET reads them: a value beyond the type's range (1e300, 10**30) is
# refused (System.Text.Json's TryGetInt64), so the format's bounds join the schema, as
# Schemathesis reads them when it generates data.
_INTEGER_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _with_integer_bounds(node: dict[str, Any]) -> dict[str, Any]:
    bounds = _INTEGER_RANGES.get(str(node.get("format")))
    if bounds is None:
        return node
    return {"minimum": bounds[0], "maximum": bounds[1], **node}


def _python_patterns(node: Any) -> Any:
    """The schema with its `pattern`s read by Python's `re` as jsonschema-rs (and .NET) read them:
    `\\s` without U+001C-U+001F, which only Python counts as white space, and `$` only at the very
    end (Python's also matches before a final newline)."""
    if isinstance(node, dict):
        return {
            k: python_pattern(v) if k == "pattern" and isinstance(v, str) else _python_patterns(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_python_patterns(v) for v in node]
    return node


def python_pattern(pattern: str) -> str:
    pattern = re.sub(r"(?<!\\)\$", r"\\Z", pattern)
    return pattern.replace("\\S", "(?:\\S|[\\x1c-\\x1f])").replace("\\s", "[^\\S\\x1c-\\x1f]")


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
