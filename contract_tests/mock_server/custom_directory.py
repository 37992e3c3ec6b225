"""The directory: one view over the org's stored users, groups, robot accounts and external
clients plus the seeded directory (Azure AD) entities. Search, resolve (by id or name, one or in
bulk) and group membership read it; entity types compare case-insensitively and are written in
lower case (D21)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .crud import Context, Engine, not_found
from .problems import Reply, problem, validation_problem
from .store import CLIENTS, Record, Store

DIRECTORY = "directoryEntity"
GROUPS = "group"
ROBOTS = "robotAccount"
USERS = "user"

# sourceFilter value -> (entity type, source is local)
_SOURCES = {
    "localusers": ("user", True),
    "directoryusers": ("user", False),
    "localgroups": ("group", True),
    "directorygroups": ("group", False),
    "robotaccounts": ("robot", True),
    "applications": ("application", None),
}


def user_entity(user: Record) -> dict[str, Any]:
    doc = user.doc
    return {
        "objectType": "DirectoryUser",
        "source": "local",
        "identifier": user.id,
        "name": doc["userName"],
        "email": doc.get("email"),
        "displayName": doc.get("displayName") or doc["userName"],
        "firstName": doc.get("name"),
        "lastName": doc.get("surname"),
        "jobTitle": None,
        "companyName": None,
        "city": None,
        "department": None,
        "isActive": bool(doc.get("isActive", True)),
        "creationTime": doc.get("creationTime"),
    }


def robot_entity(robot: Record) -> dict[str, Any]:
    # Robot accounts are the directory's fourth shape (D42).
    doc = robot.doc
    return {
        "objectType": "DirectoryRobotUser",
        "source": "local",
        "identifier": robot.id,
        "name": doc["name"],
        "email": None,
        "displayName": doc.get("displayName") or doc["name"],
    }


def group_entity(group: Record) -> dict[str, Any]:
    doc = group.doc
    return {
        "objectType": "DirectoryGroup",
        "source": "local",
        "identifier": group.id,
        "name": doc["name"],
        "email": None,
        "displayName": doc.get("displayName") or doc["name"],
        "externalId": None,
    }


def client_entity(client: Record) -> dict[str, Any]:
    doc = client.doc
    return {
        "objectType": "DirectoryApplication",
        "source": "local",
        "identifier": client.id,
        "name": doc["name"],
        "email": None,
        "displayName": doc["name"],
        "applicationId": client.id,
    }


_VIEWS = {USERS: user_entity, ROBOTS: robot_entity, GROUPS: group_entity, CLIENTS: client_entity}
# entity type -> the stored resources it covers (a robot account resolves as a user)
_BY_TYPE = {"user": (USERS, ROBOTS), "group": (GROUPS,), "application": (CLIENTS,)}


def entity_of(record: Record) -> dict[str, Any]:
    return _VIEWS[record.resource](record)


def _entity_type(entity: dict[str, Any]) -> str:
    kind = str(entity.get("objectType", ""))
    return {"DirectoryGroup": "group", "DirectoryApplication": "application"}.get(kind, "user")


def _type_of(text: Any) -> str:
    return str(text).lower()


def find(store: Store, org_id: str, ident: str, entity_type: str | None = None) -> dict[str, Any] | None:
    """One entity by id, of the given type (any when None)."""
    types = [entity_type] if entity_type else list(_BY_TYPE)
    for kind in types:
        for resource in _BY_TYPE.get(kind, ()):
            record = store.get(resource, org_id, ident)
            if record is not None:
                return entity_of(record)
    seeded = store.get(DIRECTORY, org_id, ident, "identifier")
    if seeded is not None and (entity_type is None or _type_of(seeded.doc["entityType"]) == entity_type):
        return dict(seeded.doc["entity"])
    return None


def everything(store: Store, org_id: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(source filter key, entity) of every entity of the org."""
    for resource, key in ((USERS, "localusers"), (GROUPS, "localgroups"), (ROBOTS, "robotaccounts")):
        for record in store.records(resource, org_id):
            yield key, entity_of(record)
    for record in store.records(CLIENTS, org_id):
        if not record.protected:  # the mock's own administrator client is no directory entry
            yield "applications", client_entity(record)
    for record in store.records(DIRECTORY, org_id, "identifier"):
        entity = record.doc["entity"]
        kind = _type_of(record.doc["entityType"])
        key = {"user": "directoryusers", "group": "directorygroups"}.get(kind, "applications")
        yield key, dict(entity)


def by_name(store: Store, org_id: str, name: str, entity_type: str) -> dict[str, Any] | None:
    wanted = name.lower()
    for _, entity in everything(store, org_id):
        if _entity_type(entity) != entity_type:
            continue
        if wanted in (str(entity.get("name") or "").lower(), str(entity.get("email") or "").lower()):
            return entity
    return None


def search_directory(engine: Engine, ctx: Context) -> Reply:
    prefix = str(ctx.params["startsWith"]).lower()
    entity_type = ctx.params.get("entityType")
    sources = ctx.params.get("sourceFilter") or []
    if isinstance(sources, str):
        sources = [sources]
    if entity_type and sources:
        message = "Give either entityType or sourceFilter, not both."
        return validation_problem({"entityType": [message], "sourceFilter": [message]})
    wanted_type = _type_of(entity_type) if entity_type else None
    wanted_sources = {str(s).lower() for s in sources}
    hits = []
    for key, entity in everything(ctx.store, ctx.org.id):
        if wanted_sources and key not in wanted_sources:
            continue
        kind = _entity_type(entity)
        if wanted_type and kind != wanted_type:
            continue
        fields = (entity.get("name"), entity.get("email"), entity.get("displayName"))
        if not any(isinstance(f, str) and f.lower().startswith(prefix) for f in fields):
            continue
        email = entity.get("email")
        hits.append(
            {
                "source": entity["source"],
                "identifier": entity["identifier"],
                "identityName": entity["name"],
                "displayName": entity["displayName"],
                "email": email,
                "domain": email.split("@", 1)[1] if isinstance(email, str) and "@" in email else None,
                "type": kind,
                "objectType": entity["objectType"],
            }
        )
    return Reply(ctx.op.success_status, hits)


def resolve(engine: Engine, ctx: Context) -> Reply:
    found = find(ctx.store, ctx.org.id, ctx.body["entityId"], _type_of(ctx.body["entityType"]))
    return not_found(DIRECTORY) if found is None else Reply(ctx.op.success_status, found)


def resolve_by_name(engine: Engine, ctx: Context) -> Reply:
    found = by_name(ctx.store, ctx.org.id, ctx.body["entityName"], _type_of(ctx.body["entityType"]))
    return not_found(DIRECTORY) if found is None else Reply(ctx.op.success_status, found)


def bulk_resolve(engine: Engine, ctx: Context) -> Reply:
    ids, types = ctx.body["entityIds"], ctx.body["entityTypes"]
    if len(ids) != len(types):
        message = f"{len(ids)} ids but {len(types)} types: give one type per id."
        return validation_problem({"entityTypes": [message]})
    found = {}
    for ident, kind in zip(ids, types, strict=True):
        entity = find(ctx.store, ctx.org.id, ident, _type_of(kind))
        if entity is not None:
            found[ident] = entity
    return Reply(ctx.op.success_status, found)


def bulk_resolve_by_name(engine: Engine, ctx: Context) -> Reply:
    kind = _type_of(ctx.body["entityType"])
    found = {}
    for name in ctx.body["entityNames"]:
        entity = by_name(ctx.store, ctx.org.id, name, kind)
        if entity is not None:
            found[name] = entity
    return Reply(ctx.op.success_status, found)


def group_membership(engine: Engine, ctx: Context) -> Reply:
    """The listed groups the user (or robot account) belongs to."""
    member = None
    for resource in (USERS, ROBOTS):
        member = member or ctx.store.get(resource, ctx.org.id, ctx.body["userId"])
    if member is None:
        return Reply(ctx.op.success_status, [])
    joined = {str(g).lower() for g in member.doc.get("groupIds") or member.doc.get("groupIDs") or []}
    groups = []
    for ident in ctx.body["groupIds"]:
        group = ctx.store.get(GROUPS, ctx.org.id, ident)
        if group is not None and group.id.lower() in joined:
            groups.append(group_entity(group))
    return Reply(ctx.op.success_status, groups)


def generate_secret_value(engine: Engine, ctx: Context) -> Reply:
    """The GET form of secret generation: a secret with no description or expiry, answered as a
    bare JSON string."""
    from .custom import new_secret_value, secret_doc  # custom.py imports the hook tables of this module

    client = engine.get_record(ctx, CLIENTS, ctx.params["clientId"])
    if client is None:
        return not_found(CLIENTS)
    if not client.doc.get("isConfidential", True):
        return problem(409, "The external client is not confidential, so it cannot have secrets.")
    value = new_secret_value()
    secrets_resource = engine.model.resources["clientSecret"]
    ctx.store.create(ctx.org.id, engine.new_doc(secrets_resource, secret_doc(value), parent=client.id))
    return Reply(ctx.op.success_status, value)
