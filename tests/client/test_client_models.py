"""Every model round-trips values generated from the spec's own JSON schemas:
`Model.from_dict(x).to_dict() == x` (date-times compared as instants).

The values come from `json_values(schema)`, a small JSON Schema -> Hypothesis strategy for the
keywords the spec uses (hypothesis-jsonschema 0.23.1 does not run on the pinned Hypothesis)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from uipath_identity_client import models

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
ENUMS = {name for name, schema in SCHEMAS.items() if "enum" in schema}
MODELS = sorted(name for name in SCHEMAS if name not in ENUMS)
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt][\d:.]+([Zz]|[+-]\d\d:\d\d)?")


def inline(schema: Any) -> Any:
    """The schema with every local $ref replaced by its target (the spec has no cycles)."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return inline(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]])
        return {k: inline(v) for k, v in schema.items() if not k.startswith("x-") and k != "discriminator"}
    if isinstance(schema, list):
        return [inline(v) for v in schema]
    return schema


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
FORMATS: dict[str, st.SearchStrategy[str]] = {
    "date-time": st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5))])).map(
        lambda d: d.isoformat()
    ),
    "uuid": st.uuids().map(str),
}


def json_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid against `schema` (type, enum, const, oneOf, allOf, properties, required,
    additionalProperties, items, min/maxItems, min/maxLength, format)."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "oneOf" in schema:
        return st.one_of([json_values(s) for s in schema["oneOf"]])
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return json_values(merged)
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if kinds is None:
        return ANY_JSON
    if isinstance(kinds, list):
        return st.one_of([json_values({**schema, "type": kind}) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(min_value=schema.get("minimum", -(2**53)), max_value=2**53)
    if kinds == "string":
        if schema.get("format") in FORMATS:
            return FORMATS[schema["format"]]
        return st.text(min_size=schema.get("minLength", 0), max_size=min(schema.get("maxLength", 12), 12))
    if kinds == "array":
        return st.lists(
            json_values(schema.get("items", {})),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 3), 3),
        )
    properties: dict[str, Any] = schema.get("properties", {})
    required = [name for name in properties if name in schema.get("required", [])]
    optional = [name for name in properties if name not in required]
    extra = schema.get("additionalProperties", True)
    extra_values = ANY_JSON if extra is True else json_values(extra) if isinstance(extra, dict) else None

    @st.composite
    def objects(draw: st.DrawFn) -> dict[str, Any]:
        value = {name: draw(json_values(properties[name])) for name in required}
        for name in optional:
            if draw(st.booleans()):
                value[name] = draw(json_values(properties[name]))
        if extra_values is not None:
            keys = st.text(min_size=1, max_size=6).filter(lambda k: k not in properties)
            value.update(draw(st.dictionaries(keys, extra_values, max_size=2)))
        return value

    return objects()


def normalized(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str) and DATE_TIME.fullmatch(value):
        try:
            return datetime.fromisoformat(value.upper())
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 36:
        try:
            return str(UUID(value))
        except ValueError:
            return value
    return value


def model_for(name: str, value: dict[str, Any]) -> Any:
    if name == "DirectoryEntity":  # the oneOf: its variant is named by objectType
        return getattr(models, value["objectType"])
    return getattr(models, name)


def test_every_schema_is_covered() -> None:
    assert {"ExternalClient", "ClientSecret", "DirectoryEntity", "ValidationProblemDetails"} <= set(MODELS)
    for name in MODELS:
        if name != "DirectoryEntity":
            assert hasattr(models, name), name


@pytest.mark.parametrize("name", MODELS)
def test_model_round_trips_generated_values(name: str) -> None:
    schema = inline(SCHEMAS[name])

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(json_values(schema))
    def round_trip(value: dict[str, Any]) -> None:
        cls = model_for(name, value)
        parsed = cls.from_dict(value)
        assert type(parsed) is cls
        assert normalized(parsed.to_dict()) == normalized(value)

    round_trip()
