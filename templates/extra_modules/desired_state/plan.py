"""The plan: what differs between the desired state and today's organization, field by field.
Only sections the document has are managed, and only the fields each object declares; deletions
happen only with `prune`, never of a protected object (a built-in group, the credentials the run
uses)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .document import DesiredState
from .membership import GROUPS, MEMBER_FIELDS, effective_groups
from .model import Change, FieldChange, Plan, PlanError
from .registry import Kind, Observed, fold, ordered


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, list) or isinstance(new, list):
        return {str(v).casefold() for v in old or []} == {str(v).casefold() for v in new or []}
    return bool(old == new)


def fingerprints(observed: Observed) -> dict[str, str]:
    """Per section, a digest of everything read (objects and ids): equal digests, same organization."""
    result = {}
    for section in sorted(observed.objects):
        data = {"objects": observed.objects[section], "ids": observed.ids.get(section, {})}
        result[section] = hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
    return result


def fingerprint(parts: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _diff(kind: Kind, key: str, want: dict[str, Any], have: dict[str, Any], problems: list[str]) -> list[FieldChange]:
    changes = []
    name = str(want.get(kind.name_key))
    for spec in kind.fields:
        if not spec.compared or spec.key not in want or _same(have.get(spec.key), want[spec.key]):
            continue
        if spec.immutable:
            problems.append(
                f"{kind.section}[{name}].{spec.key}: is {have.get(spec.key)!r} and cannot be changed in place; "
                f"remove the {kind.noun} from the document and apply with --prune, then add it back"
            )
            continue
        changes.append(FieldChange(spec.key, have.get(spec.key), want[spec.key]))
    return changes


def _check_members(desired: DesiredState, observed: Observed, groups: dict[str, dict[str, Any]], problems: list[str]) -> None:
    """Every member a group must have is today's, in the document, or found in the directory."""
    for fields in groups.values():
        for section, path in MEMBER_FIELDS.items():
            for name in fields.get(path, []):
                if observed.id_of(section, name) is None and fold(name) not in desired.objects(section):
                    noun = section.replace("_", " ").rstrip("s")
                    problems.append(
                        f"groups[{fields['name']}].{path}: no {noun} named {name!r} "
                        "(in the organization, its directory or the document)"
                    )


def make_plan(desired: DesiredState, observed: Observed, *, prune: bool = False) -> Plan:
    """The changes that make the organization as `desired` says; raises `PlanError` naming every
    problem (a membership both sides declare differently, a member nobody knows, ...)."""
    problems: list[str] = []
    wanted = {kind.section: dict(desired.objects(kind.section)) for kind in ordered() if desired.has(kind.section)}
    if desired.has(GROUPS) or any(desired.has(s) for s in MEMBER_FIELDS):
        wanted[GROUPS] = effective_groups(desired, observed, problems)
        _check_members(desired, observed, wanted[GROUPS], problems)
    changes: list[Change] = []
    skipped: list[str] = []
    for kind in ordered():
        if kind.section not in wanted:
            continue
        have_all = observed.objects.get(kind.section, {})
        ids = observed.ids.get(kind.section, {})
        for key, want in wanted[kind.section].items():
            name = str(want[kind.name_key])
            have = have_all.get(key)
            if kind.mapping and want.get("value") is None:  # a setting to remove
                if have is not None:
                    _delete(kind, key, have, ids, observed, prune, changes, skipped)
                continue
            if have is None:
                fields = [
                    FieldChange(s.key, None, want[s.key]) for s in kind.fields if s.compared and s.key in want
                ]
                changes.append(Change(kind.section, name, "create", tuple(fields), note=_note(want)))
                continue
            fields = _diff(kind, key, want, have, problems)
            if fields:
                changes.append(Change(kind.section, str(have[kind.name_key]), "update", tuple(fields), ids.get(key)))
        if kind.prunable and desired.has(kind.section):
            for key, have in sorted(have_all.items()):
                if key not in wanted[kind.section]:
                    _delete(kind, key, have, ids, observed, prune, changes, skipped)
    if problems:
        raise PlanError("; ".join(problems))
    parts = fingerprints(observed)
    return Plan(
        changes=changes,
        fingerprint=fingerprint(parts),
        fingerprints=parts,
        prune=prune,
        document=desired.document,
        skipped=skipped,
        organization_id=observed.organization_id,
    )


def _note(want: dict[str, Any]) -> str:
    return "invite" if want.get("invite") else ""


def _delete(
    kind: Kind,
    key: str,
    have: dict[str, Any],
    ids: dict[str, str],
    observed: Observed,
    prune: bool,
    changes: list[Change],
    skipped: list[str],
) -> None:
    name = str(have[kind.name_key])
    why = observed.protected.get(kind.section, {}).get(key)
    if why is not None:
        skipped.append(f"{kind.noun} {name!r} is not in the document but is never deleted: {why}")
    elif not prune:
        skipped.append(f"{kind.noun} {name!r} is not in the document (apply with --prune to delete it)")
    else:
        fields = tuple(FieldChange(s.key, have.get(s.key), None) for s in kind.fields if s.compared and s.key in have)
        changes.append(Change(kind.section, name, "delete", fields, ids.get(key)))


def stale_sections(plan: Plan, observed: Observed) -> list[str]:
    """The sections whose objects changed since `plan` was made ([] if none did)."""
    now = fingerprints(observed)
    return sorted(s for s in set(now) | set(plan.fingerprints) if now.get(s) != plan.fingerprints.get(s))
