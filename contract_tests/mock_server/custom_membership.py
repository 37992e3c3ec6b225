"""Groups and their members (users and robot accounts). Membership is stored on both sides (a
group's `memberIds`, a robot account's `groupIds`, a user's `groupIDs`) and every change writes
both records, so each side's cached list re-renders and the two always agree. Built-in groups
cannot be renamed or deleted (409)."""

from __future__ import annotations

from typing import Any

from .crud import Context, Engine, Prepared, built_in, human, not_found
from .custom_directory import GROUPS, ROBOTS, USERS, entity_of
from .problems import Reply, problem
from .store import Conflict, Record, Store, utc_now

# The field of a member's document listing its groups.
GROUP_FIELD = {ROBOTS: "groupIds", USERS: "groupIDs"}


def _key(ident: Any) -> str:
    return str(ident).lower()


def find_member(store: Store, org_id: str, ident: Any) -> Record | None:
    for resource in (USERS, ROBOTS):
        record = store.get(resource, org_id, ident)
        if record is not None:
            return record
    return None


def _without(values: list[Any], ident: str) -> list[Any]:
    return [v for v in values if _key(v) != _key(ident)]


def _save(store: Store, record: Record, doc: dict[str, Any], naming: str) -> Record:
    name = doc.get(naming)
    return store.replace(record, doc, name if isinstance(name, str) else None)


def join(store: Store, group: Record, member: Record) -> Record:
    """Adds the member to the group on both sides; returns the group as stored now."""
    field = GROUP_FIELD[member.resource]
    groups = list(member.doc.get(field) or [])
    if _key(group.id) not in {_key(g) for g in groups}:
        naming = "name" if member.resource == ROBOTS else "userName"
        _save(store, member, {**member.doc, field: [*groups, group.id]}, naming)
    members = list(group.doc.get("memberIds") or [])
    if _key(member.id) in {_key(m) for m in members}:
        return group
    return _save(store, group, {**group.doc, "memberIds": [*members, member.id]}, "name")


def leave(store: Store, group: Record, member: Record) -> Record:
    field = GROUP_FIELD[member.resource]
    naming = "name" if member.resource == ROBOTS else "userName"
    _save(store, member, {**member.doc, field: _without(list(member.doc.get(field) or []), group.id)}, naming)
    return _save(
        store, group, {**group.doc, "memberIds": _without(list(group.doc.get("memberIds") or []), member.id)}, "name"
    )


def leave_all(store: Store, member: Record) -> None:
    """A member about to be deleted leaves every group it is in."""
    for ident in member.doc.get(GROUP_FIELD[member.resource]) or []:
        group = store.get(GROUPS, member.org_id, ident)
        if group is not None:
            _save(
                store,
                group,
                {**group.doc, "memberIds": _without(list(group.doc.get("memberIds") or []), member.id)},
                "name",
            )


def touch_groups(store: Store, member: Record) -> None:
    """Re-saves the member's groups so their cached lists show its new name."""
    for ident in member.doc.get(GROUP_FIELD[member.resource]) or []:
        group = store.get(GROUPS, member.org_id, ident)
        if group is not None:
            _save(store, group, group.doc, "name")


def _groups(store: Store, org_id: str, ids: list[Any]) -> list[Record] | Reply:
    found = []
    for ident in dict.fromkeys(_key(i) for i in ids):
        group = store.get(GROUPS, org_id, ident)
        if group is None:
            return problem(404, f"Group '{ident}' not found.")
        found.append(group)
    return found


def _members(store: Store, org_id: str, ids: list[Any]) -> list[Record] | Reply:
    found = []
    for ident in dict.fromkeys(_key(i) for i in ids):
        member = find_member(store, org_id, ident)
        if member is None:
            return problem(404, f"User or robot account '{ident}' not found.")
        found.append(member)
    return found


def render_group(store: Store, record: Record, reveal: dict[str, Any]) -> dict[str, Any]:
    members = [find_member(store, record.org_id, m) for m in record.doc.get("memberIds") or []]
    return {**record.doc, "members": [entity_of(m) for m in members if m is not None]}


def _conflict(resource: str, name: Any) -> Reply:
    return problem(409, f"A {human(resource).lower()} named '{str(name)[:256]}' already exists.")


# Groups


def create_group(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    members = _members(ctx.store, ctx.org.id, body.get("directoryUserMemberIDs") or [])
    if isinstance(members, Reply):
        return members
    given = body.get("id")
    if given is not None and ctx.store.get(GROUPS, ctx.org.id, given) is not None:
        return problem(409, f"A group with id '{given}' already exists.")
    now = utc_now()
    doc = {"name": body["name"], "displayName": body["name"], "type": "custom", "creationTime": now}
    doc |= {"lastModificationTime": None, "memberIds": []}
    new = engine.new_doc(ctx.resource, doc, record_id=given)
    try:
        group = ctx.store.create(ctx.org.id, new, unique=True)[0]
    except Conflict as taken:
        return _conflict(GROUPS, taken)
    for member in members:
        group = join(ctx.store, group, member)
    return Reply(ctx.op.success_status, engine.render(ctx, group), engine._location(ctx, group))


def update_group(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    group = engine.get_record(ctx, GROUPS, ctx.params["groupId"])
    if group is None:
        return not_found(GROUPS)
    adding = _members(ctx.store, ctx.org.id, body.get("directoryUserIDsToAdd") or [])
    if isinstance(adding, Reply):
        return adding
    removing = [m for m in (find_member(ctx.store, ctx.org.id, i) for i in body.get("directoryUserIDsToRemove") or [])]
    name = body.get("name")
    if name is not None and name != group.doc["name"]:
        if group.doc.get("type") == "builtIn":
            return problem(409, "A built-in group cannot be renamed.")
        taken = next((g for g in ctx.store.records(GROUPS, ctx.org.id) if _key(g.doc["name"]) == _key(name)), None)
        if taken is not None and taken.id != group.id:
            return _conflict(GROUPS, name)
        group = _save(ctx.store, group, {**group.doc, "name": name, "displayName": name}, "name")
    for member in adding:
        group = join(ctx.store, group, member)
    for gone in removing:
        if gone is not None:
            group = leave(ctx.store, group, gone)
    group = _save(ctx.store, group, {**group.doc, "lastModificationTime": utc_now()}, "name")
    return Reply(ctx.op.success_status, engine.render(ctx, group))


def _delete_groups(engine: Engine, ctx: Context, groups: list[Record]) -> Reply | None:
    if any(g.doc.get("type") == "builtIn" for g in groups):
        return problem(409, "A built-in group cannot be deleted.")
    if any(g.protected for g in groups):
        return built_in(engine.model.resources[GROUPS])
    for group in groups:
        for ident in group.doc.get("memberIds") or []:
            member = find_member(ctx.store, ctx.org.id, ident)
            if member is not None:
                field = GROUP_FIELD[member.resource]
                naming = "name" if member.resource == ROBOTS else "userName"
                _save(
                    ctx.store,
                    member,
                    {**member.doc, field: _without(list(member.doc.get(field) or []), group.id)},
                    naming,
                )
        engine.delete_record(ctx.store, group)
    return None


def delete_group(engine: Engine, ctx: Context) -> Reply:
    group = engine.get_record(ctx, GROUPS, ctx.params["groupId"])
    if group is None:
        return not_found(GROUPS)
    return _delete_groups(engine, ctx, [group]) or Reply(ctx.op.success_status)


def delete_groups(engine: Engine, ctx: Context) -> Reply:
    """Deletes the listed custom groups; built-in ones and unknown ids are passed over (D76)."""
    found = [engine.get_record(ctx, GROUPS, i) for i in dict.fromkeys(_key(i) for i in ctx.body["groupIDs"])]
    custom = [g for g in found if g is not None and g.doc.get("type") != "builtIn"]
    return _delete_groups(engine, ctx, custom) or Reply(ctx.op.success_status)


def _items_schema(engine: Engine, ctx: Context) -> Any:
    return engine.model.resolve(ctx.op.success_schema or {}).get("items")


def list_groups_by_ids(engine: Engine, ctx: Context) -> Reply:
    items = _items_schema(engine, ctx)
    found = [engine.get_record(ctx, GROUPS, i) for i in dict.fromkeys(_key(i) for i in ctx.body)]
    groups = [engine.project(render_group(ctx.store, g, {}), items) for g in found if g is not None]
    return Reply(ctx.op.success_status, groups)


def check_group_members(engine: Engine, ctx: Context) -> Reply:
    group = engine.get_record(ctx, GROUPS, ctx.params["groupId"])
    if group is None:
        return not_found(GROUPS)
    members = {_key(m) for m in group.doc.get("memberIds") or []}
    hits = [find_member(ctx.store, ctx.org.id, i) for i in dict.fromkeys(_key(i) for i in ctx.body) if i in members]
    items = _items_schema(engine, ctx)
    return Reply(ctx.op.success_status, [engine.project(entity_of(m), items) for m in hits if m is not None])


# Robot accounts


def prepare_robot_account(ctx: Context, existing: Record | None) -> Prepared | Reply:
    """A new robot account's document; its groups are joined after it is stored (create_robot_account)."""
    groups = _groups(ctx.store, ctx.org.id, ctx.body.get("groupIDsToAdd") or [])
    if isinstance(groups, Reply):
        return groups
    name = ctx.body["name"]
    doc = {"name": name, "displayName": ctx.body.get("displayName") or name, "lastModificationTime": None}
    return Prepared(doc | {"lastLoginTime": None, "groupIds": []})


def create_robot_account(engine: Engine, ctx: Context) -> Reply:
    groups = _groups(ctx.store, ctx.org.id, ctx.body.get("groupIDsToAdd") or [])
    if isinstance(groups, Reply):
        return groups
    reply = engine.create(ctx)
    if reply.status != ctx.op.success_status or not isinstance(reply.body, dict):
        return reply
    robot = ctx.store.get(ROBOTS, ctx.org.id, reply.body["id"])
    assert robot is not None
    for group in groups:
        join(ctx.store, group, robot)
        robot = ctx.store.get(ROBOTS, ctx.org.id, robot.id) or robot
    return Reply(reply.status, engine.render(ctx, robot), reply.headers)


def group_changes(ctx: Context) -> tuple[list[Record], list[Record]] | Reply:
    """The groups an update's `groupIDsToAdd` and `groupIDsToRemove` name (404 for an unknown one)."""
    adding = _groups(ctx.store, ctx.org.id, ctx.body.get("groupIDsToAdd") or [])
    if isinstance(adding, Reply):
        return adding
    removing = _groups(ctx.store, ctx.org.id, ctx.body.get("groupIDsToRemove") or [])
    return removing if isinstance(removing, Reply) else (adding, removing)


def update_robot_account(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    robot = engine.get_record(ctx, ROBOTS, ctx.params["robotAccountId"])
    if robot is None:
        return not_found(ROBOTS)
    changes = group_changes(ctx)
    if isinstance(changes, Reply):
        return changes
    adding, removing = changes
    doc = {**robot.doc, "lastModificationTime": utc_now()}
    if body.get("displayName") is not None:
        doc["displayName"] = body["displayName"]
    robot = _save(ctx.store, robot, doc, "name")
    touch_groups(ctx.store, robot)
    for group in adding:
        join(ctx.store, group, robot)
        robot = ctx.store.get(ROBOTS, ctx.org.id, robot.id) or robot
    for group in removing:
        leave(ctx.store, ctx.store.get(GROUPS, ctx.org.id, group.id) or group, robot)
        robot = ctx.store.get(ROBOTS, ctx.org.id, robot.id) or robot
    return Reply(ctx.op.success_status, engine.render(ctx, robot))


def delete_member(engine: Engine, ctx: Context) -> Reply:
    """Deletes the user or robot account the path names; it leaves its groups."""
    record = engine.get_record(ctx, ctx.resource.name, ctx.params.get(ctx.op.id_param or ""))
    if record is None:
        return not_found(ctx.resource.name)
    if record.protected:
        return built_in(ctx.resource)
    leave_all(ctx.store, record)
    engine.delete_record(ctx.store, record)
    return Reply(ctx.op.success_status)


def delete_members(engine: Engine, ctx: Context) -> Reply:
    field = ctx.op.binding.ids_field if ctx.op.binding else None
    found = [
        engine.get_record(ctx, ctx.resource.name, i) for i in dict.fromkeys(_key(i) for i in ctx.body[field or "ids"])
    ]
    records = [r for r in found if r is not None]
    if any(r.protected for r in records):
        return built_in(ctx.resource)
    for record in records:
        leave_all(ctx.store, record)
        engine.delete_record(ctx.store, record)
    return Reply(ctx.op.success_status)
