"""Comparing two JSON Schemas (refs already inlined) field by field. The same walk serves request
bodies, parameters and responses: `direction` picks the rule ("request." or "response.")."""

from __future__ import annotations

from typing import Any

from .changes import Change

Schema = dict[str, Any]
# Formats openapi-python-client gives a Python type of their own (datetime, date, UUID, File).
PYTHON_FORMATS = {"date-time", "date", "uuid", "binary"}


def resolve(document: Any) -> Any:
    """A copy of the document with every local `$ref` inlined (a cycle keeps its `$ref`)."""

    def walk(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, stack) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and ref not in stack:
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            resolved = walk(target, (*stack, ref))
            return {**resolved, **walk(siblings, stack)} if isinstance(resolved, dict) else resolved
        return {key: walk(value, stack) for key, value in node.items()}

    return walk(document, ())


def flatten(schema: Any) -> Schema:
    """allOf merged into one schema (properties and required united), so composition is not a change."""
    if not isinstance(schema, dict):
        return {}
    if "allOf" not in schema:
        return schema
    merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in schema["allOf"]:
        part = flatten(part)
        properties.update(part.get("properties", {}))
        required += [name for name in part.get("required", []) if name not in required]
        for key, value in part.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def types(schema: Schema) -> set[str]:
    declared = schema.get("type")
    found = {declared} if isinstance(declared, str) else set(declared or [])
    if "const" in schema and schema["const"] is None:
        found.add("null")
    if None in (schema.get("enum") or []):
        found.add("null")
    for variant in schema.get("oneOf", []) + schema.get("anyOf", []):
        if isinstance(variant, dict) and types(variant) == {"null"}:
            found.add("null")
    return found


def _shape(schema: Schema) -> str:
    kinds = sorted(types(schema) - {"null"})
    fmt = schema.get("format")
    return "/".join(kinds) + (f" ({fmt})" if fmt else "") if kinds else "any"


def _values(schema: Schema) -> set[str]:
    """The allowed values of an enum or a const (null aside: that is nullability)."""
    values = schema.get("enum", [schema["const"]] if "const" in schema else [])
    return {repr(v) for v in values if v is not None}


def _variants(schema: Schema) -> list[Schema]:
    return [
        flatten(v)
        for v in schema.get("oneOf", []) + schema.get("anyOf", [])
        if isinstance(v, dict) and types(v) != {"null"}
    ]


def _tag(variant: Schema) -> str:
    """What tells a variant apart: its `const` properties (e.g. `objectType: DirectoryUser`)."""
    consts = [str(p["const"]) for p in variant.get("properties", {}).values() if isinstance(p, dict) and "const" in p]
    return "/".join(consts)


def _pairs(old: list[Schema], new: list[Schema]) -> list[tuple[str, Schema, Schema]]:
    """Variants present on both sides: matched by tag, so a shape added beside them does not hide
    their changes; when the counts are equal, the rest by position (a changed tag is a change)."""
    old_tags, new_tags = [_tag(v) for v in old], [_tag(v) for v in new]
    tagged = all(old_tags) and all(new_tags) and len(set(old_tags)) == len(old) and len(set(new_tags)) == len(new)
    common = [tag for tag in old_tags if tagged and tag in new_tags]
    pairs = [(tag, old[old_tags.index(tag)], new[new_tags.index(tag)]) for tag in common]
    if len(old) == len(new):
        paired = {id(a) for _, a, _ in pairs} | {id(b) for _, _, b in pairs}
        rest_old = [(i, v) for i, v in enumerate(old) if id(v) not in paired]
        rest_new = [v for v in new if id(v) not in paired]
        pairs += [(str(i + 1), a, b) for (i, a), b in zip(rest_old, rest_new, strict=True)]
    return pairs


def diff(old: Any, new: Any, where: str, direction: str, operation: str) -> list[Change]:
    """Changes from `old` to `new` at `where`; direction is "request" or "response"."""
    old, new = flatten(old), flatten(new)
    found: list[Change] = []

    def add(kind: str, place: str, detail: str = "") -> None:
        found.append(Change(f"{direction}.{kind}", operation, place, detail))

    shapes = f"{_shape(old)} -> {_shape(new)}"
    kinds_changed = types(old) - {"null"} != types(new) - {"null"}
    old_format, new_format = old.get("format"), new.get("format")
    if kinds_changed or (old_format and new_format and old_format != new_format):
        add("type-changed", where, shapes)
        if types(old) - {"null"} and types(new) - {"null"}:
            return found  # a different type: what was inside it is not comparable
    elif old_format != new_format:
        add("format-added" if new_format else "format-removed", where, shapes)
        if {old_format, new_format} & PYTHON_FORMATS:
            found.append(Change("python-type-changed", operation, where, shapes))
    nullable_old, nullable_new = "null" in types(old), "null" in types(new)
    if nullable_old != nullable_new:
        add("nullable-added" if nullable_new else "nullable-removed", where)
    old_enum, new_enum = _values(old), _values(new)
    if old_enum and new_enum:
        if new_enum - old_enum:
            add("enum-widened", where, "new: " + ", ".join(sorted(new_enum - old_enum)))
        if old_enum - new_enum:
            add("enum-narrowed", where, "gone: " + ", ".join(sorted(old_enum - new_enum)))
    elif bool(old_enum) != bool(new_enum):  # an enum added is narrowing, dropped is widening
        add("enum-narrowed" if new_enum else "enum-widened", where)
    old_variants, new_variants = _variants(old), _variants(new)
    if len(old_variants) != len(new_variants):
        kind = "variants-added" if len(new_variants) > len(old_variants) else "variants-removed"
        add(kind, where, f"{len(old_variants)} -> {len(new_variants)} shapes")
    for label, a, b in _pairs(old_variants, new_variants):
        found += diff(a, b, f"{where} variant {label}", direction, operation)
    found += _properties(old, new, where, direction, operation)
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        found += diff(old["items"], new["items"], f"{where}[]", direction, operation)
    if isinstance(old.get("additionalProperties"), dict) and isinstance(new.get("additionalProperties"), dict):
        found += diff(old["additionalProperties"], new["additionalProperties"], f"{where}{{*}}", direction, operation)
    return found


def _properties(old: Schema, new: Schema, where: str, direction: str, operation: str) -> list[Change]:
    found: list[Change] = []
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))

    def add(kind: str, name: str, detail: str = "") -> None:
        found.append(Change(f"{direction}.{kind}", operation, f"{where}.{name}", detail))

    for name in sorted(old_props.keys() - new_props.keys()):
        if direction == "response":
            add("required-field-removed" if name in old_required else "field-removed", name)
        else:
            add("field-removed-closed" if new.get("additionalProperties") is False else "field-removed", name)
    for name in sorted(new_props.keys() - old_props.keys()):
        add("field-added-required" if name in new_required else "field-added-optional", name)
    for name in sorted(old_props.keys() & new_props.keys()):
        if (name in old_required) != (name in new_required):
            add("field-made-required" if name in new_required else "field-made-optional", name)
        found += diff(old_props[name], new_props[name], f"{where}.{name}", direction, operation)
    return found
