"""The organization access policy and SAML provisioning rules (spec/operations.yaml resources
`accessPolicy`, `samlRule`): the policy is a set of directory entities per organization, each
id checked against the directory (custom.py's lookup); a rule's `assignedGroups` are the groups
its definition's `GroupsToAssign` names (D57-D59, D86-D87)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from . import custom_directory
from .crud import Context, Engine, Prepared, not_found
from .custom_directory import GROUPS
from .problems import Reply, problem, validation_problem
from .seed_people import ADMINISTRATORS, AUTOMATION_USERS, CITIZEN_DEVELOPERS, EVERYONE
from .store import Record, Store, utc_now

POLICY = "accessPolicy"
RULES = "samlRule"
DIRECTORY = "directoryEntity"
BUILT_IN_GROUPS = {EVERYONE, ADMINISTRATORS, AUTOMATION_USERS}
BUILT_IN_CREATED = "2021-10-19T14:25:01.657Z"


def _resolve(engine: Engine, ctx: Context, entity_id: str, entity_type: str) -> dict[str, Any] | None:
    """The directory entity of that id and type (`user`, `group`, `application`)."""
    return custom_directory.find(ctx.store, ctx.org.id, entity_id, entity_type.lower())


def _policy(ctx: Context) -> list[list[str]]:
    """[id, entity type] of each allowed entity, in the order they were added."""
    doc = ctx.store.singleton(POLICY, ctx.org.id) or {"entities": []}
    return [list(pair) for pair in doc["entities"]]


def _answer(engine: Engine, ctx: Context, entries: list[list[str]]) -> Reply:
    # An entity deleted from the directory since it was allowed drops out of the answer.
    found = [_resolve(engine, ctx, ident, kind) for ident, kind in entries]
    entities = [e for e in found if e is not None]
    return Reply(ctx.op.success_status, engine.project(entities, ctx.op.success_schema))


def get_policy(engine: Engine, ctx: Context) -> Reply:
    return _answer(engine, ctx, _policy(ctx))


def update_policy(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body or {}
    kind = str(body.get("entityType") or "user").lower()
    add = list(dict.fromkeys(i.lower() for i in body.get("entitiesToAdd") or []))
    remove = list(dict.fromkeys(i.lower() for i in body.get("entitiesToRemove") or []))
    both = sorted(set(add) & set(remove))
    if both:
        return validation_problem({"entitiesToRemove": [f"'{both[0]}' is also in entitiesToAdd."]})
    for ident in add + remove:
        if _resolve(engine, ctx, ident, kind) is None:
            return problem(404, f"No {kind} '{ident}' in the organization's directory.")
    entries = [e for e in _policy(ctx) if e[0] not in remove]
    known = {e[0] for e in entries}
    entries += [[ident, kind] for ident in add if ident not in known]
    ctx.store.put_singleton(POLICY, ctx.org.id, {"entities": entries})
    return _answer(engine, ctx, entries)


# Provisioning rules


def _group_ids(definition: Any) -> list[str] | str:
    """The group ids a definition assigns, or what is wrong with it."""
    if definition is None or definition == "":
        return []
    try:
        parsed = json.loads(definition)
    except ValueError:
        return "The definition is not a JSON document."
    groups = parsed.get("GroupsToAssign") if isinstance(parsed, dict) else None
    if groups is None:
        return [] if isinstance(parsed, dict) else "The definition must be a JSON object."
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        return "GroupsToAssign must be a list of group ids."
    return list(dict.fromkeys(g.lower() for g in groups))


def _assigned_group(store: Store, org_id: str, group_id: str) -> dict[str, Any] | None:
    """A local group as a rule shows it: created through the API, or seeded in the directory.
    Groups the organization does not have are left out (the documented create answers [])."""
    created = store.get(GROUPS, org_id, group_id)
    if created is not None:
        doc = created.doc
        return {
            "id": created.id,
            "name": doc.get("name"),
            "displayName": doc.get("displayName") or doc.get("name"),
            "type": doc.get("type") if doc.get("type") in ("builtIn", "custom") else "custom",
            "creationTime": doc.get("creationTime") or BUILT_IN_CREATED,
            "lastModificationTime": doc.get("lastModificationTime"),
            "members": [],
        }
    seeded = store.get(DIRECTORY, org_id, group_id)
    if seeded is None or seeded.doc.get("entityType") != "Group" or seeded.doc["entity"].get("source") != "local":
        return None
    entity = seeded.doc["entity"]
    return {
        "id": seeded.id,
        "name": entity["name"],
        "displayName": entity.get("displayName"),
        "type": "builtIn" if seeded.id.lower() in BUILT_IN_GROUPS else "custom",
        "creationTime": BUILT_IN_CREATED,
        "lastModificationTime": None,
        "members": [],
    }


def prepare_rule(ctx: Context, existing: Record | None) -> Prepared | Reply:
    body = ctx.body
    groups = _group_ids(body.get("definition"))
    if isinstance(groups, str):
        return validation_problem({"definition": [groups]})
    doc = {
        "name": body["name"],
        "description": body.get("description"),
        "enabled": body["enabled"],
        "definition": body.get("definition"),
        "partitionGlobalId": ctx.org.id,
        "creationTime": utc_now(),
        "lastModificationTime": None,
    }
    if existing is not None:
        doc.update(creationTime=existing.doc["creationTime"], lastModificationTime=utc_now())
    return Prepared(doc)


def render_rule(store: Store, record: Record, reveal: dict[str, Any]) -> dict[str, Any]:
    groups = _group_ids(record.doc.get("definition"))
    found = [_assigned_group(store, record.org_id, g) for g in groups] if isinstance(groups, list) else []
    partition_id = uuid.UUID(record.org_id).int % 90_000 + 10_000  # the organization's internal number (D59)
    return {**record.doc, "assignedGroups": [g for g in found if g is not None], "partitionId": partition_id}


def update_rule(engine: Engine, ctx: Context) -> Reply:
    """The rule named by the body's `ruleId` (the generic replace reads ids from the path)."""
    record = engine.get_record(ctx, RULES, ctx.body["ruleId"])
    if record is None:
        return not_found(RULES)
    prepared = prepare_rule(ctx, record)
    if isinstance(prepared, Reply):
        return prepared
    updated = ctx.store.replace(record, prepared.doc, prepared.doc["name"])
    return Reply(ctx.op.success_status, engine.render(ctx, updated))


def seed(store: Store, org_id: str) -> None:
    """Every organization's policy lets in Everyone, Citizen Developers and Administrators (groups
    seed_people.py seeds)."""
    if store.singleton(POLICY, org_id) is None:
        entries = [[EVERYONE, "group"], [CITIZEN_DEVELOPERS, "group"], [ADMINISTRATORS, "group"]]
        store.put_singleton(POLICY, org_id, {"entities": entries})
