"""Groups and their members (users and robot accounts): the table's `membership` relation, stored
once per pair by the store, so a group's `members` and a member's groups always agree and every
change costs the same whatever the group's size. Built-in groups cannot be renamed or deleted
(409); an id the caller gives is normalised (lower case) and refused (409) if any directory entity
of the organization has it."""

from __future__ import annotations

import uuid
from typing import Any

from contract_tests.mock_server.crud import Context, Engine, Prepared, built_in, human
from contract_tests.mock_server.problems import Reply, problem
from contract_tests.mock_server.store import Conflict, Record, Store
from contract_tests.mock_server.times import utc_now
from contract_tests.spec_model import Relation, SpecModel

from . import REGISTRY
from .directory import directory

MEMBERSHIP = "membership"  # the relation's name in the operations table


def relation(model: SpecModel) -> Relation:
    return model.relations[MEMBERSHIP]


def key(ident: Any) -> str:
    return str(ident).lower()


def normalised_id(given: Any) -> str | None:
    """A caller's id as the service stores and answers it: a GUID in lower-case "D" form."""
    if not isinstance(given, str):
        return None
    try:
        return str(uuid.UUID(given))
    except ValueError:
        return given.lower()


def id_taken(ctx: Context, given: str) -> Reply | None:
    if directory(ctx.model).taken(ctx.store, ctx.org.id, given):
        return problem(409, f"The id '{given}' is already taken by an entity of the organization's directory.")
    return None


def groups_named(ctx: Context, ids: list[Any]) -> list[Record] | Reply:
    """The groups these ids name, each once (404 for an unknown one)."""
    owner = relation(ctx.model).owner
    found = []
    for ident in dict.fromkeys(key(i) for i in ids):
        group = ctx.store.get(owner, ctx.org.id, ident)
        if group is None:
            return problem(404, f"Group '{ident}' not found.")
        found.append(group)
    return found


def find_member(store: Store, model: SpecModel, org_id: str, ident: Any) -> Record | None:
    return store.get_any(org_id, ident, relation(model).members)


def members_named(ctx: Context, ids: list[Any]) -> list[Record] | Reply:
    found = []
    for ident in dict.fromkeys(key(i) for i in ids):
        member = find_member(ctx.store, ctx.model, ctx.org.id, ident)
        if member is None:
            return problem(404, f"User or robot account '{ident}' not found.")
        found.append(member)
    return found


def join(store: Store, group: Record, member: Record) -> None:
    store.link(MEMBERSHIP, group.org_id, group.id, member.id)


def leave(store: Store, group: Record, member: Record) -> None:
    store.unlink(MEMBERSHIP, group.org_id, group.id, member.id)


def group_changes(ctx: Context, body: dict[str, Any]) -> tuple[list[Record], list[Record]] | Reply:
    """The groups an update's `groupIDsToAdd` and `groupIDsToRemove` name (404 for an unknown one)."""
    adding = groups_named(ctx, body.get("groupIDsToAdd") or [])
    if isinstance(adding, Reply):
        return adding
    removing = groups_named(ctx, body.get("groupIDsToRemove") or [])
    return removing if isinstance(removing, Reply) else (adding, removing)


def apply_group_changes(store: Store, member: Record, changes: tuple[list[Record], list[Record]]) -> None:
    adding, removing = changes
    for group in adding:
        join(store, group, member)
    for group in removing:
        leave(store, group, member)


def _member_entities(store: Store, model: SpecModel, org_id: str, ids: list[str]) -> list[dict[str, Any]]:
    found = store.get_many(org_id, ids, relation(model).members)
    entities = directory(model)
    return [entities.entity(found[key(i)]) for i in ids if key(i) in found]


@REGISTRY.renderer("group")
def render_group(store: Store, record: Record, extra: dict[str, Any]) -> dict[str, Any]:
    model = extra["model"]
    batched = (extra.get("links") or {}).get(MEMBERSHIP)
    ids = (
        batched.get(key(record.id), []) if batched is not None else store.members(MEMBERSHIP, record.org_id, record.id)
    )
    return {**record.doc, "members": _member_entities(store, model, record.org_id, ids)}


def _conflict(resource: str, name: Any) -> Reply:
    return problem(409, f"A {human(resource).lower()} named '{str(name)[:256]}' already exists.")


# Groups


@REGISTRY.action("createGroup")
def create_group(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    members = members_named(ctx, body.get("directoryUserMemberIDs") or [])
    if isinstance(members, Reply):
        return members
    given = normalised_id(body.get("id"))
    if given is not None and (taken := id_taken(ctx, given)) is not None:
        return taken
    doc = {"name": body["name"], "displayName": body["name"], "type": "custom", "creationTime": utc_now()}
    doc["lastModificationTime"] = None
    try:
        group = ctx.store.create(ctx.org.id, engine.new_doc(ctx.resource, doc, record_id=given), unique=True)[0]
    except Conflict as taken_name:
        return _conflict(ctx.resource.name, taken_name)
    for member in members:
        join(ctx.store, group, member)
    return Reply(ctx.op.success_status, engine.render(ctx, group), engine.location(ctx, group))


@REGISTRY.action("updateGroup")
def update_group(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    group = engine.addressed(ctx)
    if isinstance(group, Reply):
        return group
    adding = members_named(ctx, body.get("directoryUserIDsToAdd") or [])
    if isinstance(adding, Reply):
        return adding
    removing = [find_member(ctx.store, ctx.model, ctx.org.id, i) for i in body.get("directoryUserIDsToRemove") or []]
    doc = {**group.doc, "lastModificationTime": utc_now()}
    name = body.get("name")
    if name is not None and name != group.doc["name"]:
        if group.doc.get("type") == "builtIn":
            return problem(409, "A built-in group cannot be renamed.")
        holder = ctx.store.named(ctx.resource.name, ctx.org.id, name)
        if holder is not None and key(holder) != key(group.id):
            return _conflict(ctx.resource.name, name)
        doc |= {"name": name, "displayName": name}
    group = ctx.store.replace(group, doc, doc["name"])
    for member in adding:
        join(ctx.store, group, member)
    for gone in removing:
        if gone is not None:
            leave(ctx.store, group, gone)
    return Reply(ctx.op.success_status, engine.render(ctx, group))


def _delete_groups(engine: Engine, ctx: Context, groups: list[Record]) -> Reply | None:
    if any(g.doc.get("type") == "builtIn" for g in groups):
        return problem(409, "A built-in group cannot be deleted.")
    if any(g.protected for g in groups):
        return built_in(ctx.resource)
    for group in groups:
        engine.delete_record(ctx.store, group)  # its links go with it, in the same transaction
    return None


@REGISTRY.action("deleteGroup")
def delete_group(engine: Engine, ctx: Context) -> Reply:
    group = engine.addressed(ctx)
    if isinstance(group, Reply):
        return group
    return _delete_groups(engine, ctx, [group]) or Reply(ctx.op.success_status)


@REGISTRY.action("deleteGroups")
def delete_groups(engine: Engine, ctx: Context) -> Reply:
    """Deletes the listed custom groups; built-in ones and unknown ids are passed over (D76)."""
    ids = dict.fromkeys(key(i) for i in ctx.body["groupIDs"])
    found = [engine.get_record(ctx, ctx.resource.name, i) for i in ids]
    custom = [g for g in found if g is not None and g.doc.get("type") != "builtIn"]
    return _delete_groups(engine, ctx, custom) or Reply(ctx.op.success_status)


def _items_schema(engine: Engine, ctx: Context) -> Any:
    return engine.model.resolve(ctx.op.success_schema or {}).get("items")


@REGISTRY.action("listGroupsByIds")
def list_groups_by_ids(engine: Engine, ctx: Context) -> Reply:
    items = _items_schema(engine, ctx)
    found = [engine.get_record(ctx, ctx.resource.name, i) for i in dict.fromkeys(key(i) for i in ctx.body)]
    groups = [engine.project(engine.document(ctx.store, g, {}), items) for g in found if g is not None]
    return Reply(ctx.op.success_status, groups)


@REGISTRY.action("checkGroupMembers")
def check_group_members(engine: Engine, ctx: Context) -> Reply:
    group = engine.addressed(ctx)
    if isinstance(group, Reply):
        return group
    asked = list(dict.fromkeys(key(i) for i in ctx.body))
    groups_of = ctx.store.links_of(MEMBERSHIP, ctx.org.id, "member", asked)
    hits = [i for i in asked if key(group.id) in {key(g) for g in groups_of.get(i, [])}]
    items = _items_schema(engine, ctx)
    entities = _member_entities(ctx.store, ctx.model, ctx.org.id, hits)
    return Reply(ctx.op.success_status, [engine.project(e, items) for e in entities])


@REGISTRY.action("getDirectoryGroupMembership")
def group_membership(engine: Engine, ctx: Context) -> Reply:
    """The listed groups the user (or robot account) belongs to."""
    member = find_member(ctx.store, ctx.model, ctx.org.id, ctx.body["userId"])
    if member is None:
        return Reply(ctx.op.success_status, [])
    joined = {key(g) for g in ctx.store.owners(MEMBERSHIP, ctx.org.id, member.id)}
    owner = relation(ctx.model).owner
    groups = []
    for ident in ctx.body["groupIds"]:
        group = ctx.store.get(owner, ctx.org.id, ident)
        if group is not None and key(group.id) in joined:
            groups.append(directory(ctx.model).entity(group))
    return Reply(ctx.op.success_status, groups)


# Robot accounts


@REGISTRY.preparer("robotAccount")
def prepare_robot_account(ctx: Context, existing: Record | None) -> Prepared | Reply:
    """A new robot account's document; its groups are joined after it is stored (create_robot_account)."""
    name = ctx.body["name"]
    doc = {"name": name, "displayName": ctx.body.get("displayName") or name, "lastModificationTime": None}
    return Prepared(doc | {"lastLoginTime": None})


@REGISTRY.action("createRobotAccount")
def create_robot_account(engine: Engine, ctx: Context) -> Reply:
    groups = groups_named(ctx, ctx.body.get("groupIDsToAdd") or [])
    if isinstance(groups, Reply):
        return groups
    made = engine.create_record(ctx)
    if isinstance(made, Reply):
        return made
    robot, reveal = made
    for group in groups:
        join(ctx.store, group, robot)
    return Reply(ctx.op.success_status, engine.render(ctx, robot, reveal), engine.location(ctx, robot))


@REGISTRY.action("updateRobotAccount")
def update_robot_account(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    robot = engine.addressed(ctx)
    if isinstance(robot, Reply):
        return robot
    changes = group_changes(ctx, body)
    if isinstance(changes, Reply):
        return changes
    doc = {**robot.doc, "lastModificationTime": utc_now()}
    if body.get("displayName") is not None:
        doc["displayName"] = body["displayName"]
    robot = ctx.store.replace(robot, doc, doc["name"])
    apply_group_changes(ctx.store, robot, changes)
    return Reply(ctx.op.success_status, engine.render(ctx, robot))
