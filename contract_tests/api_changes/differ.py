"""The change report between two versions of the spec: operations (matched by method and path,
then by operationId), their parameters, bodies, responses and scopes, and the spec-wide servers and
models. Refs are inlined first, so a change inside a shared component shows at every use.

Across services (`diff_versions`): each service's document against its own earlier version (a new
service: everything added), its changes placed with the service's name; the models of all
documents compared as one set, since the package has one class per schema name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from . import schemas
from .changes import Change, python_name
from .sources import SpecVersion

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Not API changes: the package version itself and the documentation it was transcribed from.
VERSION_FIELDS = ("version", "x-documentation-version")
# A response that may come with no body at all (spec/DISCREPANCIES.md D60, D61).
BODY_OPTIONAL = "x-body-optional"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    data: dict[str, Any]
    path_parameters: list[dict[str, Any]]
    security: list[dict[str, list[str]]]

    @property
    def id(self) -> str:
        return str(self.data.get("operationId") or f"{self.method} {self.path}")

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def key(self) -> tuple[str, str]:
        """Method and path with parameter names blanked: renaming `{id}` keeps the route."""
        return self.method, re.sub(r"\{[^}]*\}", "{}", self.path)

    def parameters(self) -> dict[tuple[str, str], dict[str, Any]]:
        """(in, name) -> parameter; path parameters keyed by position, so a rename is a rename."""
        merged = {(p["in"], p["name"]): p for p in self.path_parameters + self.data.get("parameters", [])}
        order = re.findall(r"\{([^}]*)\}", self.path)
        return {
            (("path", f"#{order.index(name)}") if where == "path" and name in order else (where, name)): p
            for (where, name), p in merged.items()
        }


def operations(spec: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                security = item[method].get("security", spec.get("security", []))
                found.append(Operation(method, path, item[method], item.get("parameters", []), security))
    return found


def diff_specs(old_raw: dict[str, Any], new_raw: dict[str, Any]) -> list[Change]:
    old, new = schemas.resolve(old_raw), schemas.resolve(new_raw)
    changes = _servers(old, new) + _models(old, new) + _operations(old, new)
    if not changes and _without_versions(old_raw) != _without_versions(new_raw):
        changes.append(Change("documentation-changed", "", "the spec", "no change to the contract"))
    return changes


def diff_versions(old: SpecVersion, new: SpecVersion) -> list[Change]:
    """Every service's changes between two versions (the primary's unlabelled, as before)."""
    before, after = old.documents(), new.documents()
    if set(before) | set(after) == {new.primary}:
        return diff_specs(old.data, new.data)
    changes: list[Change] = []
    models_before: dict[str, Any] = {}
    models_after: dict[str, Any] = {}
    for name in [*after, *(n for n in before if n not in after)]:
        a, b = schemas.resolve(before.get(name, {})), schemas.resolve(after.get(name, {}))
        found = _servers(a, b) + _operations(a, b)
        if name != new.primary:
            found = [Change(c.kind, c.operation, f"{name}: {c.where}", c.detail) for c in found]
        changes += found
        models_before.update((a.get("components") or {}).get("schemas", {}))
        models_after.update((b.get("components") or {}).get("schemas", {}))
    changes += _models({"components": {"schemas": models_before}}, {"components": {"schemas": models_after}})
    if not changes and any(
        _without_versions(before.get(n, {})) != _without_versions(after.get(n, {})) for n in {*before, *after}
    ):
        changes.append(Change("documentation-changed", "", "the spec", "no change to the contract"))
    return changes


def _without_versions(spec: dict[str, Any]) -> str:
    info = {k: v for k, v in (spec.get("info") or {}).items() if k not in VERSION_FIELDS}
    return json.dumps({**spec, "info": info}, sort_keys=True, default=str)


def _servers(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before = {s["url"] for s in old.get("servers", [])}
    after = {s["url"] for s in new.get("servers", [])}
    return [Change("server-removed", "", url) for url in sorted(before - after)] + [
        Change("server-added", "", url) for url in sorted(after - before)
    ]


def _models(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before = set((old.get("components") or {}).get("schemas", {}))
    after = set((new.get("components") or {}).get("schemas", {}))
    return [Change("model-removed", "", f"schema `{name}`") for name in sorted(before - after)] + [
        Change("model-added", "", f"schema `{name}`") for name in sorted(after - before)
    ]


def _operations(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before, after = operations(old), operations(new)
    by_key = {op.key: op for op in after}
    pairs: list[tuple[Operation, Operation]] = []
    unmatched_old = []
    for op in before:
        if op.key in by_key:
            pairs.append((op, by_key.pop(op.key)))
        else:
            unmatched_old.append(op)
    by_id = {op.id: op for op in by_key.values()}
    changes: list[Change] = []
    for op in unmatched_old:
        moved = by_id.pop(op.id, None)
        if moved is None:
            changes.append(Change("operation-removed", op.id, op.label))
        else:
            changes.append(Change("operation-moved", op.id, f"{op.label} -> {moved.label}"))
            pairs.append((op, moved))
    changes += [Change("operation-added", op.id, op.label) for op in by_id.values()]
    for a, b in pairs:
        if a.id != b.id:
            changes.append(Change("operation-renamed", b.id, b.label, f"was `{python_name(a.id)}()`"))
        changes += _operation(a, b)
    return changes


def _operation(a: Operation, b: Operation) -> list[Change]:
    op, label = b.id, b.label
    changes: list[Change] = []
    if b.data.get("deprecated") and not a.data.get("deprecated"):
        changes.append(Change("operation-deprecated", op, label))
    changes += _parameters(a, b)
    changes += _request_body(a.data.get("requestBody"), b.data.get("requestBody"), op, label)
    changes += _responses(a.data.get("responses") or {}, b.data.get("responses") or {}, op, label)
    before = {_requirement(r) for r in a.security}
    after = {_requirement(r) for r in b.security}
    changes += [Change("scope-removed", op, label, r) for r in sorted(before - after)]
    changes += [Change("scope-added", op, label, r) for r in sorted(after - before)]
    return changes


def _requirement(requirement: dict[str, list[str]]) -> str:
    return " + ".join(f"{scheme}: {' '.join(sorted(scopes)) or '(any)'}" for scheme, scopes in requirement.items())


def _parameters(a: Operation, b: Operation) -> list[Change]:
    op, label = b.id, b.label
    before, after = a.parameters(), b.parameters()
    changes: list[Change] = []
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change("parameter-removed", op, f"{label} {key[0]} parameter `{before[key]['name']}`"))
    for key in sorted(after.keys() - before.keys()):
        p = after[key]
        kind = "parameter-added-required" if p.get("required") else "parameter-added-optional"
        changes.append(Change(kind, op, f"{label} {key[0]} parameter `{p['name']}`"))
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        where = f"{label} {key[0]} parameter `{new['name']}`"
        if old["name"] != new["name"]:
            changes.append(Change("parameter-renamed", op, where, f"was `{old['name']}`"))
        if bool(old.get("required")) != bool(new.get("required")):
            kind = "parameter-made-required" if new.get("required") else "parameter-made-optional"
            changes.append(Change(kind, op, where))
        changes += schemas.diff(old.get("schema", {}), new.get("schema", {}), where, "request", op)
    return changes


def _request_body(old: Any, new: Any, op: str, label: str) -> list[Change]:
    where = f"{label} request body"
    if not old and not new:
        return []
    if not new:
        return [Change("request-body-removed", op, where)]
    if not old:
        kind = "request-body-added-required" if new.get("required") else "request-body-added-optional"
        return [Change(kind, op, where)]
    changes: list[Change] = []
    if bool(old.get("required")) != bool(new.get("required")):
        kind = "request-body-made-required" if new.get("required") else "request-body-made-optional"
        changes.append(Change(kind, op, where))
    return changes + _content(old.get("content") or {}, new.get("content") or {}, where, "request", op)


def _content(old: dict[str, Any], new: dict[str, Any], where: str, direction: str, op: str) -> list[Change]:
    changes = [Change(f"{direction}-content-type-removed", op, where, t) for t in sorted(old.keys() - new.keys())]
    changes += [Change(f"{direction}-content-type-added", op, where, t) for t in sorted(new.keys() - old.keys())]
    for media in sorted(old.keys() & new.keys()):
        place = where if len(new) == 1 else f"{where} ({media})"
        changes += schemas.diff(old[media].get("schema", {}), new[media].get("schema", {}), place, direction, op)
    return changes


def _responses(old: dict[str, Any], new: dict[str, Any], op: str, label: str) -> list[Change]:
    changes: list[Change] = []
    for status in sorted(old.keys() - new.keys()):
        changes.append(Change("status-removed", op, f"{label} response {status}"))
    for status in sorted(new.keys() - old.keys()):
        kind = "status-added-success" if str(status).startswith("2") else "status-added-error"
        changes.append(Change(kind, op, f"{label} response {status}"))
    for status in sorted(old.keys() & new.keys()):
        where = f"{label} response {status}"
        if bool(old[status].get(BODY_OPTIONAL)) != bool(new[status].get(BODY_OPTIONAL)):
            success = str(status).startswith("2")
            kind = "response-body-made-required"
            if new[status].get(BODY_OPTIONAL):
                kind = "response-body-made-optional" if success else "error-body-made-optional"
            changes.append(Change(kind, op, where))
        changes += _content(old[status].get("content") or {}, new[status].get("content") or {}, where, "response", op)
    return changes
