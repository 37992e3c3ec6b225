"""ASP.NET Core's string-enum converter reads enum names case-insensitively (`User` binds to
`user`, D21): request values that match a declared string enum but for case are rewritten to the
declared spelling before validation, so a capitalized value is accepted and stored in the
spec's (lower) case. Anything else is left for the validator to refuse."""

from __future__ import annotations

from typing import Any

from contract_tests.spec_model import SpecModel

_MAX_DEPTH = 32  # a hostile, deeply nested body is the validator's to refuse


def canonical(model: SpecModel, schema: Any, value: Any, depth: int = 0) -> Any:
    if depth > _MAX_DEPTH or not isinstance(schema, dict):
        return value
    schema = model.resolve(schema)
    if isinstance(value, str):
        members = schema.get("enum")
        if isinstance(members, list) and value not in members:
            folded = value.lower()
            return next((m for m in members if isinstance(m, str) and m.lower() == folded), value)
        return value
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [canonical(model, schema["items"], item, depth + 1) for item in value]
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        props = schema["properties"]
        return {k: canonical(model, props[k], v, depth + 1) if k in props else v for k, v in value.items()}
    return value
