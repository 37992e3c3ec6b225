"""The plan's vocabulary: a change to one object, field by field, and the plan as a whole."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

#: The version of the saved-plan format (`Plan.to_json`).
PLAN_FORMAT = "uipath-identity-plan/1"


class PlanError(ValueError):
    """The desired state cannot be planned against this organization (names what and where)."""


@dataclass(frozen=True)
class FieldChange:
    """One field of one object: what it is today (`old`) and what it becomes (`new`). For a list
    of names (members, scopes) `added` and `removed` say which names change."""

    path: str
    old: Any
    new: Any

    @property
    def added(self) -> list[str]:
        return _minus(self.new, self.old)

    @property
    def removed(self) -> list[str]:
        return _minus(self.old, self.new)


def _minus(values: Any, others: Any) -> list[str]:
    """The names in `values` and not in `others` (names compare regardless of case)."""
    if not isinstance(values, list):
        return []
    gone = {str(v).casefold() for v in others} if isinstance(others, list) else set()
    return sorted((str(v) for v in values if str(v).casefold() not in gone), key=str.lower)


@dataclass(frozen=True)
class Change:
    """Create, update or delete one object of a kind (`section`), named as in the document."""

    section: str
    name: str
    action: str  # create | update | delete
    fields: tuple[FieldChange, ...] = ()
    id: str | None = None  # the object's id today (update, delete)
    note: str = ""  # e.g. "invite"

    def field(self, path: str) -> FieldChange | None:
        return next((f for f in self.fields if f.path == path), None)

    def new(self, path: str, default: Any = None) -> Any:
        found = self.field(path)
        return default if found is None else found.new

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Change:
        fields = tuple(FieldChange(**f) for f in data.get("fields") or ())
        return cls(
            section=str(data["section"]),
            name=str(data["name"]),
            action=str(data["action"]),
            fields=fields,
            id=data.get("id"),
            note=str(data.get("note") or ""),
        )


@dataclass
class Plan:
    """What `apply` would do, and the fingerprint of the organization it was computed against
    (a saved plan refuses to apply when the organization no longer matches it)."""

    changes: list[Change]
    fingerprint: str
    fingerprints: dict[str, str]  # per section, to say what changed since
    prune: bool
    document: dict[str, Any]  # the desired state it was made from
    skipped: list[str] = field(default_factory=list)  # deletions left out (no --prune, protected)
    organization_id: str | None = None

    @property
    def in_step(self) -> bool:
        return not self.changes

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def summary(self) -> str:
        return f"{self.count('create')} to create, {self.count('update')} to change, {self.count('delete')} to delete"

    def to_json(self) -> str:
        data = {
            "format": PLAN_FORMAT,
            "organization_id": self.organization_id,
            "fingerprint": self.fingerprint,
            "fingerprints": self.fingerprints,
            "prune": self.prune,
            "document": self.document,
            "changes": [c.to_dict() for c in self.changes],
            "skipped": self.skipped,
        }
        return json.dumps(data, indent=1, sort_keys=True, default=str) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Plan:
        try:
            data = json.loads(text)
        except ValueError as error:
            raise PlanError(f"not a saved plan (invalid JSON: {error})") from None
        if not isinstance(data, dict) or data.get("format") != PLAN_FORMAT:
            raise PlanError(f"not a saved plan of this version (format {PLAN_FORMAT!r} expected)")
        return cls(
            changes=[Change.from_dict(c) for c in data["changes"]],
            fingerprint=str(data["fingerprint"]),
            fingerprints=dict(data["fingerprints"]),
            prune=bool(data["prune"]),
            document=dict(data["document"]),
            skipped=list(data.get("skipped") or []),
            organization_id=data.get("organization_id"),
        )


def sorted_names(values: Sequence[Any]) -> list[str]:
    """A list of names as the document and the plan compare them: unique, sorted."""
    return sorted({str(v) for v in values}, key=str.lower)
