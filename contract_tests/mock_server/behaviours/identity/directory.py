"""The directory: one view over the org's stored users, groups, robot accounts and external clients
(the table's `directory:` resources) plus the seeded directory (Azure AD) entities. Search, resolve
(by id or name, one or in bulk) and group membership read it through the store's indexes, so each
costs the same whatever the organization's size; entity types compare case-insensitively and are
written in lower case (D21)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from contract_tests.mock_server.crud import Context, Engine, not_found
from contract_tests.mock_server.problems import Reply, validation_problem
from contract_tests.mock_server.store import Record, Store
from contract_tests.spec_model import SpecModel

from . import REGISTRY

SEEDED = "directoryEntity"  # the seeded (Azure AD) entities, a handful per organization
_SEEDED_SOURCES = {"user": "directoryusers", "group": "directorygroups"}


def _user(doc: dict[str, Any]) -> dict[str, Any]:
    return {
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


# How a stored record looks as an entity, by the spec's objectType (the table's `directory.object`).
_VIEWS: dict[str, Callable[[Record], dict[str, Any]]] = {
    "DirectoryUser": lambda r: {"name": r.doc["userName"], **_user(r.doc)},
    # Robot accounts are the directory's fourth shape (D42).
    "DirectoryRobotUser": lambda r: {"name": r.doc["name"], "email": None, "displayName": r.doc.get("displayName")},
    "DirectoryGroup": lambda r: {
        "name": r.doc["name"],
        "email": None,
        "displayName": r.doc.get("displayName"),
        "externalId": None,
    },
    "DirectoryApplication": lambda r: {
        "name": r.doc["name"],
        "email": None,
        "displayName": r.doc["name"],
        "applicationId": r.id,
    },
}


class Directory:
    """The directory resources of one spec's table, in table order."""

    def __init__(self, model: SpecModel) -> None:
        self.model = model
        self.resources = [r for r in model.resources.values() if r.directory]
        self.names = [r.name for r in self.resources]

    def of_type(self, entity_type: str | None) -> list[str]:
        return [r.name for r in self.resources if entity_type is None or r.directory["type"] == entity_type]

    def entity(self, record: Record) -> dict[str, Any]:
        """A stored record as a directory entity."""
        if record.resource == SEEDED:
            return dict(record.doc["entity"])
        declared = self.model.resources[record.resource].directory
        view = _VIEWS[declared["object"]](record)
        view["displayName"] = view.get("displayName") or view["name"]
        return {"objectType": declared["object"], "source": "local", "identifier": record.id, **view}

    def source(self, record: Record) -> str:
        """The sourceFilter value that finds the record (lower case)."""
        if record.resource == SEEDED:
            return _SEEDED_SOURCES.get(_type_of(record.doc["entityType"]), "applications")
        return self.model.resources[record.resource].directory["source"].lower()

    def entity_type(self, record: Record) -> str:
        if record.resource == SEEDED:
            return _type_of(record.doc["entityType"])
        return self.model.resources[record.resource].directory["type"]

    def find(self, store: Store, org_id: str, ident: Any, entity_type: str | None = None) -> dict[str, Any] | None:
        """One entity by id, of the given type (any when None)."""
        record = self.find_record(store, org_id, ident, entity_type)
        return None if record is None else self.entity(record)

    def find_record(self, store: Store, org_id: str, ident: Any, entity_type: str | None = None) -> Record | None:
        resources = self.of_type(entity_type)
        record = store.get_any(org_id, ident, resources) if resources else None
        if record is not None and not self._hidden(record):
            return record
        seeded = store.get(SEEDED, org_id, ident, "identifier")
        if seeded is not None and (entity_type is None or _type_of(seeded.doc["entityType"]) == entity_type):
            return seeded
        return None

    def _hidden(self, record: Record) -> bool:
        """The mock's own administrator client is no directory entry."""
        return record.protected and self.model.resources[record.resource].directory.get("type") == "application"

    def taken(self, store: Store, org_id: str, ident: Any) -> bool:
        """Whether any directory entity (or seeded one) of the org has this id."""
        return store.get_any(org_id, ident, [*self.names, SEEDED]) is not None

    def _matches(self, store: Store, org_id: str, text: str, types: set[str] | None, prefix: bool) -> list[Record]:
        fields: dict[str, tuple[str, ...]] = {}
        for resource in self.resources:
            if types is not None and resource.directory["type"] not in types:
                continue
            names = [resource.naming] if resource.naming else []
            if prefix:  # search: name, e-mail or display name; resolve: name or e-mail
                names += list(resource.lookup)
            elif "email" in resource.lookup:
                names.append("email")
            fields[resource.name] = tuple(dict.fromkeys(n for n in names if n))
        hits = [r for r in store.looked_up(org_id, text, fields, prefix) if not self._hidden(r)]
        wanted = text.lower()
        for seeded in store.records(SEEDED, org_id, "identifier"):  # a few per organization
            entity = seeded.doc["entity"]
            if types is not None and _type_of(seeded.doc["entityType"]) not in types:
                continue
            keys = ("name", "email", "displayName") if prefix else ("name", "email")
            values = [str(entity.get(k) or "").lower() for k in keys]
            if any(v.startswith(wanted) if prefix else v == wanted for v in values if v):
                hits.append(seeded)
        return hits

    def by_name(self, store: Store, org_id: str, name: str, entity_type: str) -> dict[str, Any] | None:
        hits = self._matches(store, org_id, name, {entity_type}, prefix=False)
        return self.entity(hits[0]) if hits else None

    def starting_with(self, store: Store, org_id: str, prefix: str, types: set[str] | None) -> list[Record]:
        return self._matches(store, org_id, prefix, types, prefix=True)


def _type_of(text: Any) -> str:
    return str(text).lower()


_DIRECTORIES: dict[int, Directory] = {}


def directory(model: SpecModel) -> Directory:
    """The directory of a spec's table (built once per loaded model)."""
    found = _DIRECTORIES.get(id(model))
    if found is None or found.model is not model:
        found = _DIRECTORIES[id(model)] = Directory(model)
    return found


@REGISTRY.action("searchDirectory")
def search_directory(engine: Engine, ctx: Context) -> Reply:
    prefix = str(ctx.params["startsWith"])
    entity_type = ctx.params.get("entityType")
    sources = ctx.params.get("sourceFilter") or []
    if isinstance(sources, str):
        sources = [sources]
    if entity_type and sources:
        message = "Give either entityType or sourceFilter, not both."
        return validation_problem({"entityType": [message], "sourceFilter": [message]})
    found = directory(ctx.model)
    wanted_sources = {str(s).lower() for s in sources}
    hits = []
    for record in found.starting_with(ctx.store, ctx.org.id, prefix, {_type_of(entity_type)} if entity_type else None):
        if wanted_sources and found.source(record) not in wanted_sources:
            continue
        entity = found.entity(record)
        email = entity.get("email")
        hits.append(
            {
                "source": entity["source"],
                "identifier": entity["identifier"],
                "identityName": entity["name"],
                "displayName": entity["displayName"],
                "email": email,
                "domain": email.split("@", 1)[1] if isinstance(email, str) and "@" in email else None,
                "type": found.entity_type(record),
                "objectType": entity["objectType"],
            }
        )
    return Reply(ctx.op.success_status, hits)


@REGISTRY.action("resolveDirectoryEntity")
def resolve(engine: Engine, ctx: Context) -> Reply:
    found = directory(ctx.model).find(ctx.store, ctx.org.id, ctx.body["entityId"], _type_of(ctx.body["entityType"]))
    return not_found(SEEDED) if found is None else Reply(ctx.op.success_status, found)


@REGISTRY.action("resolveDirectoryEntityByName")
def resolve_by_name(engine: Engine, ctx: Context) -> Reply:
    found = directory(ctx.model).by_name(
        ctx.store, ctx.org.id, ctx.body["entityName"], _type_of(ctx.body["entityType"])
    )
    return not_found(SEEDED) if found is None else Reply(ctx.op.success_status, found)


@REGISTRY.action("bulkResolveDirectoryEntities")
def bulk_resolve(engine: Engine, ctx: Context) -> Reply:
    ids, types = ctx.body["entityIds"], ctx.body["entityTypes"]
    if len(ids) != len(types):
        message = f"{len(ids)} ids but {len(types)} types: give one type per id."
        return validation_problem({"entityTypes": [message]})
    found = {}
    for ident, kind in zip(ids, types, strict=True):
        entity = directory(ctx.model).find(ctx.store, ctx.org.id, ident, _type_of(kind))
        if entity is not None:
            found[ident] = entity
    return Reply(ctx.op.success_status, found)


@REGISTRY.action("bulkResolveDirectoryEntitiesByName")
def bulk_resolve_by_name(engine: Engine, ctx: Context) -> Reply:
    kind = _type_of(ctx.body["entityType"])
    found = {}
    for name in ctx.body["entityNames"]:
        entity = directory(ctx.model).by_name(ctx.store, ctx.org.id, name, kind)
        if entity is not None:
            found[name] = entity
    return Reply(ctx.op.success_status, found)
