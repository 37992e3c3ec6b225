"""Request validation against the spec: path parameters and JSON bodies, with errors keyed by
the field path (`name`, `scopes[0].type`, `partitionGlobalId`) as ASP.NET Core reports them."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, cast

from jsonschema import ValidationError

from .json_body import field_path, parse_json_body
from .spec import Operation, python_pattern

Errors = dict[str, list[str]]
_INTEGER = re.compile(r"-?[0-9]{1,19}")
_BLANK = ("\\S", python_pattern("\\S"))  # the spec's "not blank" pattern, as each validator reads it
MAX_ERRORS = 200  # ASP.NET Core's MvcOptions.MaxModelValidationErrors: an error body stays bounded
__all__ = ["Errors", "parse_json_body", "schema_errors", "validate_body", "validate_parameters"]


def _short(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def _message(error: ValidationError) -> str:
    """A message that says what is wrong without dumping large values."""
    v, arg = error.validator, cast(Any, error.validator_value)
    if v == "required":
        return "The field is required."
    if v == "type":
        types = arg if isinstance(arg, list) else [arg]
        return f"The value {_short(error.instance)} is not of type {' or '.join(map(str, types))}."
    if v == "format":
        return f"The value {_short(error.instance)} is not a valid {arg}."
    if v == "enum":
        return f"The value {_short(error.instance)} is not one of {', '.join(map(str, arg))}."
    if v == "minLength":
        return "The field must not be empty." if arg == 1 else f"The field must be at least {arg} characters."
    if v == "maxLength":
        return f"The field must be at most {arg} characters."
    if v == "maxItems":
        return f"The list must have at most {arg} items."
    if v == "pattern":
        if arg in _BLANK:
            return "The field must not be blank."
        shown = str(arg).replace("\\Z", "$")  # as the spec writes it (spec.python_pattern)
        return f"The value {_short(error.instance)} does not match the pattern {shown}."
    if v == "minimum":
        return f"The value must be at least {arg}."
    return error.message if len(error.message) <= 200 else error.message[:197] + "..."


def schema_errors(validator: Any, instance: Any, prefix: tuple[str | int, ...] = ()) -> Errors:
    errors: Errors = {}
    for count, error in enumerate(validator.iter_errors(instance)):
        if count == MAX_ERRORS:
            errors.setdefault("body", []).append(f"More than {MAX_ERRORS} errors; the rest are not listed.")
            break
        parts: tuple[str | int, ...] = (*prefix, *error.absolute_path)
        if error.validator == "required":
            missing = re.match(r"'(.*)' is a required property", error.message)
            if missing:
                parts = (*parts, missing.group(1))
        key = field_path(parts) or "body"
        errors.setdefault(key, []).append(_message(error))
    return errors


def coerce_path_value(schema: Mapping[str, Any], raw: str) -> Any:
    """Path values arrive as text; an integer parameter is parsed when it looks like one."""
    if schema.get("type") == "integer" and _INTEGER.fullmatch(raw):
        return int(raw)
    return raw


def validate_parameters(
    op: Operation,
    path_params: Mapping[str, str],
    query: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], Errors]:
    """Path, query and header parameters as the spec declares them: values coerced from text,
    required ones present, each checked against its schema."""
    values: dict[str, Any] = {}
    errors: Errors = {}
    sources: dict[str, Mapping[str, str]] = {"path": path_params, "query": query or {}, "header": headers or {}}
    for param in op.parameters:
        source = sources.get(param.location, {})
        raw = source.get(param.name)
        if raw is None:
            if param.required:
                errors.setdefault(param.name, []).append("The field is required.")
            continue
        if param.schema.get("type") == "array" and hasattr(source, "getlist"):
            # A repeated query parameter (`style: form`, `explode: true`): every value, in order.
            items = [_array_item(param.schema, item, param.name, errors) for item in source.getlist(param.name)]
            for error in param.validator.iter_errors(items):
                errors.setdefault(param.name, []).append(_message(error))
            values[param.name] = items
            continue
        if "\ufffd" in raw:  # what the server's percent-decoding leaves of non-UTF-8 bytes
            errors.setdefault(param.name, []).append("The value is not UTF-8 text once percent-decoded.")
        value = coerce_path_value(param.schema, raw)
        for error in param.validator.iter_errors(value):
            errors.setdefault(param.name, []).append(_message(error))
        values[param.name] = value
    return values, errors


def _array_item(schema: Mapping[str, Any], raw: str, name: str, errors: Errors) -> Any:
    if "\ufffd" in raw:
        errors.setdefault(name, []).append("The value is not UTF-8 text once percent-decoded.")
    return coerce_path_value(schema.get("items") or {}, raw)


def validate_body(op: Operation, body: Any) -> Errors:
    assert op.body_validator is not None
    return schema_errors(op.body_validator, body)
