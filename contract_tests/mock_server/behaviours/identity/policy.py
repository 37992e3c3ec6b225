"""The organization access policy and SAML provisioning rules (spec/operations.yaml resources
`accessPolicy`, `samlRule`): the policy is a set of directory entities per organization, each id
checked against the directory; a rule's `assignedGroups` are the groups its definition's
`GroupsToAssign` names (D57-D59, D86-D87). A definition is read as strictly as a request body
(json_body.py): nesting beyond 64 is a 400 naming `definition`, never a crash."""

from __future__ import annotations

import uuid
from typing import Any

from contract_tests.mock_server.crud import Context, Engine, Prepared, not_found
from contract_tests.mock_server.json_body import parse_json_body
from contract_tests.mock_server.problems import Reply, problem, validation_problem
from contract_tests.mock_server.store import Record, Store
from contract_tests.mock_server.times import utc_now

from . import REGISTRY
from .directory import SEEDED, directory
from .membership import relation
from .seeding import ADMINISTRATORS, AUTOMATION_USERS, BUILT_IN_CREATED, EVERYONE

BUILT_IN_GROUPS = {EVERYONE, ADMINISTRATORS, AUTOMATION_USERS}


def _resolve(ctx: Context, entity_id: str, entity_type: str) -> dict[str, Any] | None:
    """The directory entity of that id and type (`user`, `group`, `application`)."""
    return directory(ctx.model).find(ctx.store, ctx.org.id, entity_id, entity_type.lower())


def _policy(ctx: Context) -> list[list[str]]:
    """[id, entity type] of each allowed entity, in the order they were added."""
    doc = ctx.store.singleton(ctx.resource.name, ctx.org.id) or {"entities": []}
    return [list(pair) for pair in doc["entities"]]


def _answer(engine: Engine, ctx: Context, entries: list[list[str]]) -> Reply:
    # An entity deleted from the directory since it was allowed drops out of the answer.
    found = [_resolve(ctx, ident, kind) for ident, kind in entries]
    entities = [e for e in found if e is not None]
    return Reply(ctx.op.success_status, engine.project(entities, ctx.op.success_schema))


@REGISTRY.action("getOrganizationAccessPolicy")
def get_policy(engine: Engine, ctx: Context) -> Reply:
    return _answer(engine, ctx, _policy(ctx))


@REGISTRY.action("updateOrganizationAccessPolicy")
def update_policy(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body or {}
    kind = str(body.get("entityType") or "user").lower()
    add = list(dict.fromkeys(i.lower() for i in body.get("entitiesToAdd") or []))
    remove = list(dict.fromkeys(i.lower() for i in body.get("entitiesToRemove") or []))
    both = sorted(set(add) & set(remove))
    if both:
        return validation_problem({"entitiesToRemove": [f"'{both[0]}' is also in entitiesToAdd."]})
    for ident in add + remove:
        if _resolve(ctx, ident, kind) is None:
            return problem(404, f"No {kind} '{ident}' in the organization's directory.")
    entries = [e for e in _policy(ctx) if e[0] not in remove]
    known = {e[0] for e in entries}
    entries += [[ident, kind] for ident in add if ident not in known]
    ctx.store.put_singleton(ctx.resource.name, ctx.org.id, {"entities": entries})
    return _answer(engine, ctx, entries)


# Provisioning rules


def _group_ids(definition: Any) -> list[str] | str:
    """The group ids a definition assigns, or what is wrong with it."""
    if definition is None or definition == "":
        return []
    parsed, errors = parse_json_body(definition.encode())
    if errors:
        return "The definition is not a JSON document: " + next(iter(errors.values()))[0].removeprefix(
            "The request body "
        )
    groups = parsed.get("GroupsToAssign") if isinstance(parsed, dict) else None
    if groups is None:
        return [] if isinstance(parsed, dict) else "The definition must be a JSON object."
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        return "GroupsToAssign must be a list of group ids."
    return list(dict.fromkeys(g.lower() for g in groups))


def _assigned_group(store: Store, model: Any, org_id: str, group_id: str) -> dict[str, Any] | None:
    """A local group as a rule shows it: created through the API, or seeded in the directory.
    Groups the organization does not have are left out (the documented create answers [])."""
    created = store.get(relation(model).owner, org_id, group_id)
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
    seeded = store.get(SEEDED, org_id, group_id)
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


@REGISTRY.preparer("samlRule")
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


@REGISTRY.renderer("samlRule")
def render_rule(store: Store, record: Record, extra: dict[str, Any]) -> dict[str, Any]:
    groups = _group_ids(record.doc.get("definition"))
    model = extra["model"]
    found = [_assigned_group(store, model, record.org_id, g) for g in groups] if isinstance(groups, list) else []
    partition_id = uuid.UUID(record.org_id).int % 90_000 + 10_000  # the organization's internal number (D59)
    return {**record.doc, "assignedGroups": [g for g in found if g is not None], "partitionId": partition_id}


@REGISTRY.action("updateSamlProvisioningRule")
def update_rule(engine: Engine, ctx: Context) -> Reply:
    """The rule named by the body's `ruleId` (the generic replace reads ids from the path)."""
    record = engine.get_record(ctx, ctx.resource.name, ctx.body["ruleId"])
    if record is None:
        return not_found(ctx.resource.name)
    prepared = prepare_rule(ctx, record)
    if isinstance(prepared, Reply):
        return prepared
    updated = ctx.store.replace(record, prepared.doc, prepared.doc["name"])
    return Reply(ctx.op.success_status, engine.render(ctx, updated))
