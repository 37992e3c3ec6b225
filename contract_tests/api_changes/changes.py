"""What a change is and what it breaks: one table (RULES) classifies every kind of change for the
two audiences, client code (a caller of the generated package) and the wire (an HTTP client already
deployed against the old API, including an older version of the package)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Impact(IntEnum):
    """Ordered so that the worst impact of a report is its max()."""

    NONE = 0
    COMPATIBLE = 1  # nothing breaks and nothing new to use: a patch release
    ADDITION = 2  # something new to use: a minor release
    BREAKING = 3  # existing code or clients may break: a major release (on the client axis)

    @property
    def label(self) -> str:
        return self.name.lower()


B, A, C = Impact.BREAKING, Impact.ADDITION, Impact.COMPATIBLE

# kind -> (client code, wire, why). "request." kinds are about what the caller sends (a stricter
# request breaks), "response." kinds about what it gets back (a looser response breaks).
RULES: dict[str, tuple[Impact, Impact, str]] = {
    "operation-added": (A, A, "a new function and route"),
    "operation-removed": (B, B, "the function and the route are gone"),
    "operation-renamed": (B, C, "the function's name (operationId) changes; the route does not"),
    "operation-moved": (C, B, "same function, new method or path: deployed clients call the old route"),
    "operation-deprecated": (C, C, "still works; marked deprecated"),
    "parameter-added-required": (B, B, "callers must pass a new argument"),
    "parameter-added-optional": (A, A, "a new optional argument"),
    "parameter-removed": (B, C, "the keyword argument is gone; a server ignores a parameter it no longer reads"),
    "parameter-renamed": (B, C, "a path parameter's Python argument is renamed; the URL is the same"),
    "parameter-made-required": (B, B, "callers that omitted it now fail"),
    "parameter-made-optional": (C, C, "omitting it is now allowed"),
    "request-body-added-required": (B, B, "callers must send a body"),
    "request-body-added-optional": (A, A, "a new optional body"),
    "request-body-removed": (B, C, "the body argument is gone; a server ignores a body it no longer reads"),
    "request-body-made-required": (B, B, "callers that sent no body now fail"),
    "request-body-made-optional": (C, C, "the body may now be omitted"),
    "request-content-type-added": (A, A, "the body may also be sent as a new media type"),
    "request-content-type-removed": (B, B, "bodies of this media type are refused"),
    "response-content-type-added": (A, C, "a new media type of the response"),
    "response-content-type-removed": (B, B, "the response no longer comes in this media type"),
    # x-body-optional (an extension the gate honours): the answer may come with no body at all.
    "response-body-made-optional": (B, B, "a success answer may come without its body: code reading it breaks"),
    "error-body-made-optional": (C, C, "an error answer may come without its body; it is still a failure"),
    "response-body-made-required": (C, C, "the answer always carries its body again"),
    "status-added-success": (A, B, "a new success status; deployed clients treat it as unexpected"),
    "status-added-error": (A, C, "a new error status; clients already handle failures"),
    "status-removed": (C, C, "the server no longer answers with this status"),
    "scope-added": (A, A, "the operation accepts a further scope or credential"),
    "scope-removed": (B, B, "tokens holding only this scope are refused (403)"),
    "server-added": (A, A, "a new deployment to call"),
    "server-removed": (B, B, "callers configured for this server lose it"),
    "model-added": (A, C, "a new model class in the package"),
    "model-removed": (B, C, "imports of the model class fail; the JSON on the wire is compared field by field"),
    "request.field-added-required": (B, B, "callers must send a new field"),
    "request.field-added-optional": (A, A, "a new optional field to send"),
    "request.field-removed": (B, C, "the model's argument is gone; a server ignores an extra field"),
    "request.field-removed-closed": (B, B, "the model's argument is gone; the closed schema refuses the field"),
    "request.field-made-required": (B, B, "callers that omitted it now fail"),
    "request.field-made-optional": (C, C, "omitting it is now allowed"),
    "request.type-changed": (B, B, "values of the old type are refused"),
    "python-type-changed": (B, C, "the generated Python type changes (e.g. str and UUID); the JSON type does not"),
    "request.format-added": (C, B, "values outside the new format (e.g. uuid) are refused"),
    "request.format-removed": (C, C, "any value of the type is accepted"),
    "response.format-added": (C, C, "the values are described more precisely; same JSON type"),
    "response.format-removed": (C, B, "values may no longer follow the format deployed clients parse"),
    "request.nullable-added": (C, C, "null is now accepted"),
    "request.nullable-removed": (B, B, "null is refused"),
    "request.enum-widened": (A, A, "new values accepted"),
    "request.enum-narrowed": (B, B, "values callers send are refused"),
    "request.variants-added": (A, A, "a further shape (oneOf/anyOf) is accepted"),
    "request.variants-removed": (B, B, "a shape (oneOf/anyOf) callers send is refused"),
    "response.field-added-required": (A, A, "a new field in the response"),
    "response.field-added-optional": (A, A, "a new optional field in the response"),
    "response.field-removed": (B, C, "the model attribute is gone; the field was optional on the wire"),
    "response.required-field-removed": (B, B, "the model attribute is gone and deployed clients expect the field"),
    "response.field-made-required": (C, C, "the field is now always present"),
    "response.field-made-optional": (B, B, "the field may be missing: code and deployed clients reading it break"),
    "response.type-changed": (B, B, "values of a new type arrive"),
    "response.nullable-added": (B, B, "null may arrive where a value was promised"),
    "response.nullable-removed": (C, C, "null no longer arrives"),
    "response.enum-widened": (A, B, "a new enum member; deployed clients reject the unknown value"),
    "response.enum-narrowed": (B, C, "an enum member is gone from the package; the value no longer arrives"),
    "response.variants-added": (B, B, "a shape (oneOf/anyOf) neither the package nor deployed clients know arrives"),
    "response.variants-removed": (C, C, "a shape (oneOf/anyOf) no longer arrives"),
    "documentation-changed": (C, C, "descriptions, summaries or examples only"),
}


def python_name(operation_id: str) -> str:
    """The generated function's name for an operationId, as openapi-python-client spells it."""
    from openapi_python_client.strings import snake_case  # imported when a report is written (0.5 s)

    return snake_case(operation_id)


@dataclass(frozen=True)
class Change:
    kind: str  # a key of RULES
    operation: str  # operationId, or "" for spec-wide changes
    where: str  # e.g. "POST /api/RobotAccount request body field `name`"
    detail: str = ""

    @property
    def client(self) -> Impact:
        return RULES[self.kind][0]

    @property
    def wire(self) -> Impact:
        return RULES[self.kind][1]

    @property
    def why(self) -> str:
        return RULES[self.kind][2]

    @property
    def text(self) -> str:
        subject = f"`{python_name(self.operation)}()`: " if self.operation else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{subject}{self.kind.replace('.', ' ').replace('-', ' ')}: {self.where}{detail}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operation": self.operation,
            "where": self.where,
            "detail": self.detail,
            "client": self.client.label,
            "wire": self.wire.label,
            "why": self.why,
            "text": self.text,
        }


@dataclass
class Report:
    """The changes from `old` to `new` (labels such as a git ref or a file), plus griffe's findings
    on the two generated packages when that comparison ran."""

    old: str
    new: str
    old_version: str
    new_version: str
    changes: list[Change] = field(default_factory=list)
    python_api: list[str] | None = None  # None: the generated packages were not compared
    seconds: dict[str, float] = field(default_factory=dict)
    old_version_recorded: bool = True  # False when the old side is nothing (the first release)

    @property
    def client(self) -> Impact:
        worst = max((c.client for c in self.changes), default=Impact.NONE)
        return Impact.BREAKING if self.python_api else worst

    @property
    def wire(self) -> Impact:
        return max((c.wire for c in self.changes), default=Impact.NONE)

    @property
    def bump(self) -> str:
        """The semver part the client-code impact calls for: major, minor, patch or none."""
        return {Impact.BREAKING: "major", Impact.ADDITION: "minor", Impact.COMPATIBLE: "patch"}.get(self.client, "none")

    def as_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "client": self.client.label,
            "wire": self.wire.label,
            "bump": self.bump,
            "changes": [c.as_dict() for c in self.changes],
            "python_api": self.python_api,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }

    def render_text(self) -> str:
        out = [
            f"API changes {self.old} ({self.old_version}) -> {self.new} ({self.new_version}): "
            f"client code {self.client.label}, wire {self.wire.label}; semver bump: {self.bump}"
        ]
        for change in sorted(self.changes, key=lambda c: (-c.client, -c.wire, c.operation, c.where)):
            out.append(f"  [client {change.client.label:10} wire {change.wire.label:10}] {change.text}")
        if self.python_api is not None:
            out.append(f"  Python API (griffe, generated packages): {len(self.python_api)} breaking change(s)")
            out += [f"    {line}" for line in self.python_api]
        if self.seconds:
            out.append("  timing: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()))
        return "\n".join(out) + "\n"
