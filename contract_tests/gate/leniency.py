"""What kind of input the service accepted that the spec forbids ("the spec is stricter than the
service"), and the leniency baseline: the kinds and places of leniency known and accepted, in a
committed file, so that a run fails on any new one (a ratchet) while known leniency does not.

A finding is classified by validating what was sent against the spec (not by Schemathesis'
wording): the request body against the operation's body schema, a parameter against its own.
Each finding is one (operation, field, kind); the kinds tell framework leniency (ASP.NET Core binds
`null` to an optional reference-type field, a missing bool or enum to its default, reads enum names
in any case and numbers from strings, ignores unknown fields) from garbage (a string for a boolean,
a malformed id). The committed baseline lists the first by kind for every operation; entries may
also name one operation and field (`--update-leniency-baseline` writes such entries)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from contract_tests.spec_model import OperationModel, SpecModel

DEFAULT_BASELINE = Path(__file__).resolve().parent / "leniency-baseline.yaml"
LENIENCY_LINE = "Leniency: "  # how a finding's message tags each (kind, field), see findings.py

# What each kind means, for the summary and the baseline file's readers.
KINDS = {
    "null-reference": "null for an optional field of a reference type (string, array, object)",
    "null": "null where the spec does not allow it",
    "missing-default": "a required boolean, number or enum left out (bound to its default)",
    "missing": "a required field or parameter left out",
    "empty-as-absent": "an empty value for an optional query parameter (bound as if absent)",
    "enum-case": "an enum value in another letter case",
    "enum": "a value outside the enum",
    "unknown-field": "a field the schema does not declare",
    "number-as-string": "a number sent as a JSON string",
    "type": "a value of the wrong JSON type",
    "too-long": "a string longer than maxLength",
    "too-short": "a string shorter than minLength",
    "above-maximum": "a number above maximum",
    "below-minimum": "a number below minimum",
    "too-many-items": "an array longer than maxItems",
    "too-few-items": "an array shorter than minItems",
    "pattern": "a string the pattern refuses",
    "format": "a string that is not of the declared format",
    "malformed": "a body that is not the declared media type",
    "other": "input the schema refuses for another reason",
}
_NUMBER = re.compile(r"\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*")
_BY_KEYWORD = {
    "enum": "enum",
    "const": "enum",
    "additionalProperties": "unknown-field",
    "unevaluatedProperties": "unknown-field",
    "maxLength": "too-long",
    "minLength": "too-short",
    "maximum": "above-maximum",
    "exclusiveMaximum": "above-maximum",
    "minimum": "below-minimum",
    "exclusiveMinimum": "below-minimum",
    "maxItems": "too-many-items",
    "minItems": "too-few-items",
    "pattern": "pattern",
    "format": "format",
    "required": "missing",
    "type": "type",
}


@dataclass(frozen=True, order=True)
class Leniency:
    operation: str  # label, e.g. "POST /api/ExternalClient"
    field: str  # e.g. "clientCertificates", "scopes[].name", "query top"
    kind: str

    def describe(self) -> str:
        return KINDS.get(self.kind, self.kind)


def types_of(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return {str(t) for t in declared}
    return {str(declared)} if declared else set()


def _value_type(schema: dict[str, Any]) -> bool:
    """Whether .NET binds the field to a value type (a missing one binds to its default)."""
    return "enum" in schema or bool(types_of(schema) & {"boolean", "integer", "number"})


def _reference_type(schema: dict[str, Any]) -> bool:
    types = types_of(schema) - {"null"}
    if "enum" in schema or types & {"boolean", "integer", "number"}:
        return False
    if types == {"string"}:
        return schema.get("format") not in ("uuid", "date-time", "date", "time", "duration")
    return bool(types & {"array", "object"}) or "properties" in schema


def _field(path: Iterable[Any]) -> str:
    text = ""
    for part in path:
        text += "[]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def spec_spelling(error: jsonschema.ValidationError) -> str | None:
    """The spec's spelling, if the error is an enum/const value that differs only in letter case."""
    if error.validator not in ("enum", "const") or not isinstance(error.instance, str):
        return None
    value: Any = error.validator_value
    allowed = value if error.validator == "enum" and isinstance(value, list) else [value]
    return next((a for a in allowed if isinstance(a, str) and a.lower() == error.instance.lower()), None)


def _kind(spec: SpecModel, error: jsonschema.ValidationError, required: bool) -> str:
    keyword = str(error.validator)
    schema = spec.resolve(error.schema) if isinstance(error.schema, dict) else {}
    if spec_spelling(error) is not None:
        return "enum-case"
    if error.instance is None and keyword in ("type", "enum", "const", "format"):
        return "null-reference" if not required and _reference_type(schema) else "null"
    numeric = types_of(schema) & {"integer", "number"}
    if keyword == "type" and numeric and isinstance(error.instance, str) and _NUMBER.fullmatch(error.instance):
        return "number-as-string"
    return _BY_KEYWORD.get(keyword, "other")


def leaf_errors(errors: Iterable[jsonschema.ValidationError]) -> Iterator[jsonschema.ValidationError]:
    """The errors themselves, descending into oneOf/anyOf branches to what actually failed."""
    for error in errors:
        if error.context:
            yield from leaf_errors(error.context)
        else:
            yield error


def validator_for(spec: SpecModel, schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    rooted = {**schema, "components": spec.document.get("components", {})}
    return jsonschema.Draft202012Validator(rooted, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _parentrequired_of(spec: SpecModel, root: dict[str, Any], path: list[Any]) -> bool:
    """Whether the property at `path` (inside `root`) is required by its parent object."""
    if not path or not isinstance(path[-1], str):
        return True
    node: Any = spec.resolve(root)
    for part in path[:-1]:
        node = spec.resolve(node)
        if isinstance(part, int):
            node = node.get("items", {}) if isinstance(node, dict) else {}
        else:
            node = properties_of(spec, node).get(part, {})
    return path[-1] in required_of(spec, node)


def properties_of(spec: SpecModel, schema: Any) -> dict[str, Any]:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return {}
    found = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        found.update(properties_of(spec, part))
    return found


def required_of(spec: SpecModel, schema: Any) -> set[str]:
    schema = spec.resolve(schema)
    if not isinstance(schema, dict):
        return set()
    found = set(schema.get("required") or ())
    for part in schema.get("allOf") or ():
        found |= required_of(spec, part)
    return found


def classify_body(spec: SpecModel, op: OperationModel, body: Any) -> list[tuple[str, str]]:
    """(field, kind) of each way `body` breaks the operation's body schema."""
    if op.body_schema is None:
        return []
    found: list[tuple[str, str]] = []
    for error in leaf_errors(validator_for(spec, op.body_schema).iter_errors(body)):
        path = list(error.absolute_path)
        if error.validator == "required":
            missing = str(error.message).split("'")[1] if "'" in str(error.message) else ""
            schema = properties_of(spec, error.schema).get(missing, {})
            kind = "missing-default" if _value_type(spec.resolve(schema)) else "missing"
            found.append((_field([*path, missing]), kind))
            continue
        if error.validator in ("additionalProperties", "unevaluatedProperties"):
            extra = re.findall(r"'([^']+)'", str(error.message))
            found.append((_field([*path, extra[0]]) if extra else _field(path) or "body", "unknown-field"))
            continue
        kind = _kind(spec, error, _parentrequired_of(spec, op.body_schema, path))
        found.append((_field(path) or "body", kind))
    return list(dict.fromkeys(found))


def _coerce(value: Any, schema: dict[str, Any]) -> Any:
    """A query or path value as the service's binder would read it for the schema's type."""
    if not isinstance(value, str):
        return value
    types = types_of(schema)
    try:
        if "integer" in types and re.fullmatch(r"-?\d+", value):
            return int(value)
        if "number" in types:
            return float(value)
    except ValueError:
        return value
    if "boolean" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def classify_parameter(
    spec: SpecModel, op: OperationModel, location: str, values: dict[str, Any]
) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for param in op.parameters:
        if param.location != location:
            continue
        where = f"{location} {param.name}"
        if param.name not in values:
            if param.required:
                found.append((where, "missing-default" if _value_type(spec.resolve(param.schema)) else "missing"))
            continue
        raw = values[param.name]
        if location == "query" and not param.required and raw in ("", [""]):
            found.append((where, "empty-as-absent"))
            continue
        schema = spec.resolve(param.schema)
        items = raw if isinstance(raw, list) and "array" in types_of(schema) else None
        value = (
            [_coerce(v, spec.resolve(schema.get("items", {}))) for v in items]
            if items is not None
            else _coerce(raw, schema)
        )
        for error in leaf_errors(validator_for(spec, schema).iter_errors(value)):
            found.append((where, _kind(spec, error, param.required)))
    return list(dict.fromkeys(found))


def classify(
    spec: SpecModel, op: OperationModel, case: dict[str, Any], negative: Iterable[str]
) -> list[tuple[str, str]]:
    """(field, kind) of what the negative components of a recorded case break. `case` holds the
    request parts as sent (`body`, `query`, `path_parameters`, `headers`); `negative` names the
    components generated invalid (body, query, path, header)."""
    found: list[tuple[str, str]] = []
    for component in negative:
        if component == "body":
            body = case.get("body")
            found += classify_body(spec, op, body) if body is not None or op.body_required else []
        elif component in ("query", "path", "header"):
            values = case.get({"query": "query", "path": "path_parameters", "header": "headers"}[component]) or {}
            found += classify_parameter(spec, op, component, dict(values))
    return found or [("body" if "body" in negative else ", ".join(negative) or "request", "malformed")]


@dataclass(frozen=True)
class Known:
    """A baseline entry: a kind, anywhere or on one operation (and field)."""

    kind: str
    operation: str | None = None
    field: str | None = None
    why: str = ""

    def covers(self, finding: Leniency) -> bool:
        return (
            self.kind == finding.kind
            and self.operation in (None, finding.operation)
            and self.field in (None, finding.field)
        )


@dataclass(frozen=True)
class Baseline:
    path: Path
    known: tuple[Known, ...]

    @classmethod
    def load(cls, path: Path) -> Baseline:
        if not path.exists():
            return cls(path, ())
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries = data.get("known") or []
        known = []
        for entry in entries:
            if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
                raise ValueError(f"{path}: each entry needs a `kind` among {', '.join(KINDS)}: {entry!r}")
            known.append(Known(entry["kind"], entry.get("operation"), entry.get("field"), str(entry.get("why", ""))))
        return cls(path, tuple(known))

    def knows(self, finding: Leniency) -> bool:
        return any(entry.covers(finding) for entry in self.known)

    def with_findings(self, findings: Iterable[Leniency], why: str) -> str:
        """The baseline file's text with entries added for `findings` it does not know yet."""
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else "known:\n"
        added = [f for f in sorted(set(findings)) if not self.knows(f)]
        lines = [
            f"  - {{kind: {f.kind}, operation: {_quoted(f.operation)}, field: {_quoted(f.field)}, why: {_quoted(why)}}}"
            for f in added
        ]
        return text.rstrip("\n") + "\n" + "".join(line + "\n" for line in lines) if lines else text


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_leniency(message: str) -> list[tuple[str, str]]:
    """(kind, field) of each `Leniency:` line of a finding's message."""
    found = []
    for line in message.splitlines():
        if line.startswith(LENIENCY_LINE):
            kind, _, field = line.removeprefix(LENIENCY_LINE).partition(" ")
            found.append((kind, field))
    return found
