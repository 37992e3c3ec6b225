"""Inputs that commonly break servers, tried on every writable operation on every run: not left to
what the fuzzer happens to generate (a server that answers 500 for non-ASCII names was caught in
one run and missed in the next with the same settings).

From each request body example in the spec, one valid variant per field and kind (array items
are not varied, see `variants`):
- `non-ascii`: accented Latin, CJK, right-to-left script and an emoji (outside the BMP) in a string;
- `max-length`: a string of exactly `maxLength` characters (non-ASCII, all inside the BMP, so a
  service counting UTF-16 units agrees on the length);
- `empty`: an empty array where the schema allows one;
- `minimum` / `maximum`: an integer at a declared bound.
The variants are added to the spec Schemathesis runs as named request-body examples
(`gate-<field>-<kind>`), so its examples phase sends each one in mock and live mode with every
check and hook applied (the live prefix, the caller's organization). A variant the schema would
reject is never added: these are positive cases.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

NON_ASCII = "Zürich 東京 عربي ✓ 🚀"
MAX_LENGTH_CHARACTER = "é"
WRITE_METHODS = ("post", "put", "patch")
_DEPTH = 4


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema, seen = node, seen + 1
    if not isinstance(schema, dict):
        return {}
    if "allOf" in schema:
        merged: dict[str, Any] = {"properties": {}}
        for part in (_resolve(spec, s) for s in schema["allOf"]):
            merged["properties"].update(part.get("properties", {}))
        return merged
    return schema


def _types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type", [])
    return {declared} if isinstance(declared, str) else set(declared)


def _free_text(schema: dict[str, Any]) -> bool:
    # A `pattern` stays in: a variant it rejects is dropped by the validity check, one it accepts
    # (a name that must not be blank) is exactly the text worth trying.
    return "string" in _types(schema) and not {"enum", "const", "format"} & set(schema)


def variants(spec: dict[str, Any], schema: Any, value: Any, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """(label, value with one hostile change) for `value` and every field inside it."""
    schema = _resolve(spec, schema)
    if depth > _DEPTH:
        return
    if isinstance(value, str) and _free_text(schema):
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        text = NON_ASCII if high is None else NON_ASCII[:high]
        if len(text) >= max(low, 1):
            yield "non-ascii", text
        if high:
            yield "max-length", MAX_LENGTH_CHARACTER * high
    elif isinstance(value, bool):
        return
    elif isinstance(value, int) and "integer" in _types(schema):
        for bound in ("minimum", "maximum"):
            if isinstance(schema.get(bound), int):
                yield bound, schema[bound]
    elif isinstance(value, list) and "array" in _types(schema):
        # Items are not varied: they often name things the service must know (scopes, group ids),
        # so a hostile item would be refused for a reason the spec cannot express.
        if value and schema.get("minItems", 0) == 0:
            yield "empty", []
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                for label, changed in variants(spec, properties[name], item, depth + 1):
                    yield f"{name}-{label}", {**value, name: changed}


def _validator(spec: dict[str, Any], schema: Any) -> jsonschema.protocols.Validator:
    rooted = {**schema, "components": spec.get("components", {})} if isinstance(schema, dict) else schema
    return jsonschema.Draft202012Validator(rooted, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def add_hostile_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec whose writable operations carry the hostile variants as body examples."""
    spec = copy.deepcopy(spec)
    for item in spec.get("paths", {}).values():
        for method in WRITE_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            content = ((operation or {}).get("requestBody") or {}).get("content", {})
            for media in content.values():
                examples = media.setdefault("examples", {})
                if "example" in media:
                    examples.setdefault("default", {"value": media.pop("example")})
                base = next((e["value"] for e in examples.values() if isinstance(e, dict) and "value" in e), None)
                if base is None:
                    continue
                validator = _validator(spec, media.get("schema", {}))
                for label, value in variants(spec, media.get("schema", {}), base):
                    if validator.is_valid(value):
                        examples[f"gate-{label}"] = {"summary": f"hostile input: {label}", "value": value}
    return spec


def write_spec(source: dict[str, Any], directory: Path) -> Path:
    """The spec Schemathesis runs: ours plus the hostile examples (JSON, in the report directory)."""
    path = directory / "openapi.gate.json"
    path.write_text(json.dumps(add_hostile_examples(source), ensure_ascii=False), encoding="utf-8")
    return path
