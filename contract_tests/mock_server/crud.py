"""Generic behaviour of the operations table's actions (create, list, get, replace, delete,
bulk-delete, singletons) over the store's documents. Answers are projected from the stored
document onto the operation's response schema, so internal fields (a secret's hash) never leak
and absent nullable fields answer null."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from contract_tests.spec_model import PARTITION, OperationModel, Resource, SpecModel

from .config import Tenant
from .problems import Reply, problem, to_json
from .store import Conflict, NewDoc, Org, Record, Store
from .times import utc_now

_PAGING = ("top", "skip", "sortBy", "sortOrder")
# Up to this many records written since a list was rendered, it is updated in place.
_INCREMENTAL_MAX = 200
# A record holding more links than this (a big group's members) renders off the event loop.
HEAVY_LINKS = 500
# A request listing more items than this (a bulk write) runs off the event loop.
HEAVY_ITEMS = 50


@dataclass
class Context:
    store: Store
    org: Org  # the organization the request addresses (and, faults aside, the token's)
    params: dict[str, Any]
    body: Any
    base_url: str  # the request's base path, e.g. /contoso/identity_ (or /contoso/DefaultTenant/tenantaudit_)
    op: OperationModel
    model: SpecModel
    tenant: Tenant | None = None  # the tenant a tenant-level route addresses; None at organization level
    # Domain rules a behaviour enforces; the pipeline turns one off under a fault (faults.py): the
    # service's own limits (license quotas, the units bought), and that a write's references to
    # another resource's records name records that exist.
    limits: bool = True
    references: bool = True

    @property
    def resource(self) -> Resource:
        assert self.op.binding is not None
        return self.model.resources[self.op.binding.resource]


@dataclass
class Prepared:
    """A create/replace body as it is stored, with children created alongside and values shown
    only in this one answer (e.g. a first secret)."""

    doc: dict[str, Any]
    children: list[NewDoc] = field(default_factory=list)
    reveal: dict[str, Any] = field(default_factory=dict)


Preparer = Callable[[Context, "Record | None"], "Prepared | Reply"]
# (store, stored record, extras) -> the document to project onto the response schema. Extras:
# `reveal`ed values of this one answer, or a batch render's `children` and `links` fetched at once.
Renderer = Callable[[Store, Record, dict[str, Any]], dict[str, Any]]


def human(resource: str) -> str:
    """`externalClient` -> `External client`."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", resource).lower()
    return words[:1].upper() + words[1:]


def not_found(resource: str) -> Reply:
    return problem(404, f"{human(resource)} not found.")


def built_in(resource: Resource) -> Reply:
    # Seeded records keep the mock usable whatever a fuzzer does, so they are read-only.
    what = human(resource.name).lower()
    return problem(403, f"This {what} is seeded by the mock ({resource.seeded}) and cannot be changed or deleted.")


class Projector:
    """Copies a document onto a schema of the spec: declared properties only, nested objects and
    arrays projected in turn, absent nullable properties as null. Each schema is resolved once."""

    def __init__(self, model: SpecModel) -> None:
        self.model = model
        # id(schema) -> (schema kept alive, its properties as (name, schema, nullable), its items)
        self._plans: dict[int, tuple[Any, list[tuple[str, Any, bool]] | None, Any]] = {}

    def _plan(self, schema: Any) -> tuple[list[tuple[str, Any, bool]] | None, Any]:
        plan = self._plans.get(id(schema))
        if plan is None:
            resolved = self.model.resolve(schema) or {}
            props = resolved.get("properties")
            fields = None
            if isinstance(props, dict):
                fields = [(n, sub, _nullable(self.model.resolve(sub))) for n, sub in props.items()]
            items = resolved.get("items") if isinstance(resolved.get("items"), dict) else None
            plan = self._plans[id(schema)] = (schema, fields, items)
        return plan[1], plan[2]

    def __call__(self, value: Any, schema: dict[str, Any] | None) -> Any:
        if not schema:
            return value
        fields, items = self._plan(schema)
        if isinstance(value, dict) and fields is not None:
            out: dict[str, Any] = {}
            for name, sub, nullable in fields:
                if name in value:
                    out[name] = self(value[name], sub)
                elif nullable:
                    out[name] = None
            return out
        if isinstance(value, list) and items is not None:
            return [self(item, items) for item in value]
        return value


def _nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


class Engine:
    """The table's generic actions for one spec and its custom hooks."""

    def __init__(self, model: SpecModel, preparers: dict[str, Preparer], renderers: dict[str, Renderer]) -> None:
        self.model = model
        self.project = Projector(model)
        self.preparers, self.renderers = preparers, renderers
        self.children = {
            name: [c.name for c in model.resources.values() if c.parent == name] for name in model.resources
        }
        self._render_locks: dict[tuple[str, str], threading.Lock] = {}
        self._lists: dict[tuple[str, str], _RenderedList] = {}
        self.getters = {
            op.binding.resource: op for op in model.operations if op.binding is not None and op.binding.action == "get"
        }

    # Rendering

    def render(self, ctx: Context, record: Record, reveal: dict[str, Any] | None = None) -> Any:
        resource = self.model.resources[record.resource]
        if self.model.resolve(ctx.op.success_schema or {}).get("type") in ("integer", "string"):
            return record.doc[resource.id_field]  # a create that answers the bare id (D49)
        return self.project(self.document(ctx.store, record, reveal or {}), ctx.op.success_schema)

    def document(self, store: Store, record: Record, extra: dict[str, Any]) -> dict[str, Any]:
        """The stored document as answered, before projection: its relations' fields filled in
        (a user's `groupIDs`), then the resource's custom renderer, if any."""
        doc = self.with_relations(store, record, extra.get("links"))
        render = self.model.resources[record.resource].render
        if render is None:
            return dict(doc)
        return self.renderers[render](store, replace(record, doc=doc), {**extra, "model": self.model})

    def with_relations(self, store: Store, record: Record, links: dict[str, dict[str, list[str]]] | None) -> Any:
        doc = record.doc
        for relation in self.model.relations_of(record.resource):
            name = relation.fields.get(record.resource)
            if name is None:
                continue
            if links is not None and relation.name in links:
                ids = links[relation.name].get(record.id.lower(), [])
            elif record.resource == relation.owner:
                ids = store.members(relation.name, record.org_id, record.id)
            else:
                ids = store.owners(relation.name, record.org_id, record.id)
            doc = {**doc, name: ids}
        return doc

    def heavy(self, ctx: Context) -> bool:
        """Whether answering takes work in proportion to the organization, to a big relation (a
        group of 20,000 members) or to a bulk request: the pipeline runs it off the event loop."""
        binding = ctx.op.binding
        if binding is None or binding.resource not in self.model.resources:  # another service's resource
            return False
        if binding.action == "list":
            scans = any(k in ctx.params for k in ("sortBy", "searchTerm"))
            return scans or not self.list_is_cached(ctx)
        if _bulky(ctx.body):
            return True
        owned = [r for r in self.model.relations.values() if r.owner == ctx.resource.name]
        ident = ctx.params.get(ctx.op.id_param or "")
        if not owned or ident is None:
            return False
        return any(ctx.store.member_count(r.name, ctx.org.id, str(ident)) > HEAVY_LINKS for r in owned)

    def location(self, ctx: Context, record: Record) -> dict[str, str]:
        getter = self.getters.get(record.resource)
        if getter is None or "location" not in ctx.op.response_headers.get(str(ctx.op.success_status), ()):
            return {}
        values = {PARTITION: ctx.org.id, getter.id_param or "": record.id}
        path = re.sub(r"\{([^}]+)\}", lambda m: str(values.get(m.group(1), m.group(0))), getter.path)
        return {"Location": ctx.base_url + path}

    # Actions

    def _prepare(self, ctx: Context, existing: Record | None) -> Prepared | Reply:
        resource = ctx.resource
        if resource.prepare is not None:
            return self.preparers[resource.prepare](ctx, existing)
        path_fields = {PARTITION, *(p.name for p in ctx.op.parameters)}
        doc = {k: v for k, v in (ctx.body or {}).items() if k not in path_fields}
        if existing is not None:  # replace: the fields the request declares, others kept
            declared = set(ctx.op.body_properties)
            doc = {**{k: v for k, v in existing.doc.items() if k not in declared}, **doc}
        return Prepared(doc)

    def new_doc(self, resource: Resource, doc: dict[str, Any], **extra: Any) -> NewDoc:
        name = doc.get(resource.naming) if resource.naming else None
        return NewDoc(
            resource.name,
            doc,
            id_field=resource.id_field,
            int_id=resource.id_kind == "int",
            name=name if isinstance(name, str) else None,
            **extra,
        )

    def create(self, ctx: Context) -> Reply:
        made = self.create_record(ctx)
        if isinstance(made, Reply):
            return made
        record, reveal = made
        return Reply(ctx.op.success_status, self.render(ctx, record, reveal), self.location(ctx, record))

    def create_record(self, ctx: Context) -> tuple[Record, dict[str, Any]] | Reply:
        """The generic create: the stored record and the values shown only in this answer."""
        resource = ctx.resource
        prepared = self._prepare(ctx, None)
        if isinstance(prepared, Reply):
            return prepared
        schema = self.model.resolve(ctx.op.success_schema or {})
        if "creationTime" in schema.get("properties", {}):
            prepared.doc.setdefault("creationTime", utc_now())
        parent = None
        if resource.parent_field and isinstance(ctx.body, dict):
            parent = ctx.body.get(resource.parent_field)
            found = self.get_record(ctx, resource.parent, parent)
            if found is None:
                return not_found(resource.parent or "")
            parent = found.id
        try:
            made = ctx.store.create(
                ctx.org.id,
                self.new_doc(resource, prepared.doc, parent=parent),
                prepared.children,
                unique=resource.unique,
            )
        except Conflict as taken:
            return problem(409, f"A {human(resource.name).lower()} named '{taken}' already exists.")
        return made[0], prepared.reveal

    def get_record(self, ctx: Context, resource: str | None, ident: Any) -> Record | None:
        if resource is None or ident is None:
            return None
        return ctx.store.get(resource, ctx.org.id, ident, self.model.resources[resource].id_field)

    def addressed(self, ctx: Context, writable: bool = False) -> Record | Reply:
        """The record the path's id names: 404 if absent, 403 if a write would touch a seeded one."""
        record = self.get_record(ctx, ctx.resource.name, ctx.params.get(ctx.op.id_param or ""))
        if record is None:
            return not_found(ctx.resource.name)
        return built_in(ctx.resource) if writable and record.protected else record

    def get(self, ctx: Context) -> Reply:
        record = self.addressed(ctx)
        return record if isinstance(record, Reply) else Reply(ctx.op.success_status, self.render(ctx, record))

    def replace(self, ctx: Context) -> Reply:
        record = self.addressed(ctx, writable=True)
        if isinstance(record, Reply):
            return record
        prepared = self._prepare(ctx, record)
        if isinstance(prepared, Reply):
            return prepared
        name = self.new_doc(ctx.resource, prepared.doc).name
        updated = ctx.store.replace(record, prepared.doc, name, ctx.resource.id_field)
        return Reply(ctx.op.success_status, self.render(ctx, updated))

    def delete(self, ctx: Context) -> Reply:
        record = self.addressed(ctx, writable=True)
        if isinstance(record, Reply):
            return record
        self.delete_record(ctx.store, record)
        return Reply(ctx.op.success_status)

    def delete_record(self, store: Store, record: Record) -> None:
        descendants, todo = [], [record.resource]
        while todo:
            kids = self.children[todo.pop()]
            descendants += kids
            todo += kids
        store.delete(record, descendants)

    def bulk_delete(self, ctx: Context) -> Reply:
        ids = (ctx.body or {}).get((ctx.op.binding.ids_field if ctx.op.binding else None) or "ids") or []
        unique = dict.fromkeys(str(i).lower() for i in ids)  # an id twice, in any case, is deleted once
        records = [r for r in (self.get_record(ctx, ctx.resource.name, i) for i in unique) if r is not None]
        if any(r.protected for r in records):
            return built_in(ctx.resource)
        for record in records:
            self.delete_record(ctx.store, record)
        return Reply(ctx.op.success_status)

    def listing(self, ctx: Context) -> Reply:
        paging = {k: ctx.params[k] for k in _PAGING if k in ctx.params}
        declared = ctx.op.param("top")
        if "top" not in paging and declared is not None and "default" in declared.schema:
            paging["top"] = declared.schema["default"]  # a page, as the service answers
        term = ctx.params.get("searchTerm")
        fields = ctx.op.binding.search if ctx.op.binding else ()
        if declared is not None or (isinstance(term, str) and fields):
            return Reply(ctx.op.success_status, self._page(ctx, paging, term if isinstance(term, str) else None))
        if paging or _array_property(self.model.resolve(ctx.op.success_schema or {})) is not None:
            page = self.paged(ctx, self._rendered(ctx).items(), paging)
            return Reply(ctx.op.success_status, page)
        # The body stays serialized; faults that rewrite it parse it back (faults.py).
        return Reply(ctx.op.success_status, raw=self._rendered(ctx).parts())

    def _page(self, ctx: Context, paging: dict[str, Any], term: str | None) -> Any:
        """One page, chosen, sorted and counted by the store's indexed query: its cost is the page's,
        not the organization's."""
        fields = ctx.op.binding.search if ctx.op.binding else ()
        top = paging.get("top")
        sort = paging.get("sortBy")
        total, records = ctx.store.page(
            ctx.resource.name,
            ctx.org.id,
            offset=int(paging.get("skip") or 0),
            limit=None if top is None else int(top),
            sort=sort if isinstance(sort, str) else None,
            descending=str(paging.get("sortOrder", "")).lower() == "desc",
            contains=(tuple(fields), term) if term is not None and fields else None,
            id_field=ctx.resource.id_field,
        )
        items = self._items_schema(ctx)
        extra = self._batch(ctx, records)
        page = [self.project(self._render_doc(ctx, r, extra, r.id.lower()), items) for r in records]
        return self._envelope(ctx, page, total)

    def list_is_cached(self, ctx: Context) -> bool:
        """Whether the list answer is ready as it is; if not, the pipeline brings it up to date off
        the event loop (a record written may be a group whose members all re-render)."""
        key = (ctx.op.operation_id, ctx.org.id)
        cached = self._lists.get(key)
        if cached is None or self._render_locks.setdefault(key, threading.Lock()).locked():
            return False
        return ctx.store.written_since(ctx.org.id, cached.version) == set()

    def _rendered(self, ctx: Context) -> _RenderedList:
        """The org's whole list. Lists are read far more often than written: each record's JSON is
        kept, and a write re-renders only the records it touched (the store's journal); concurrent
        misses wait for one render instead of each making one."""
        key = (ctx.op.operation_id, ctx.org.id)
        with self._render_locks.setdefault(key, threading.Lock()):
            version = ctx.store.version(ctx.org.id)
            cached = self._lists.get(key)
            changed = None if cached is None else ctx.store.written_since(ctx.org.id, cached.version)
            if cached is None or changed is None or len(changed) > _INCREMENTAL_MAX:
                records = ctx.store.records(ctx.resource.name, ctx.org.id, ctx.resource.id_field)
                cached = self._lists[key] = _RenderedList(version)
                self._render_into(ctx, cached, records, self._batch(ctx, None))
            elif changed:
                current = {ident: self.get_record(ctx, ctx.resource.name, ident) for ident in changed}
                for ident, found in current.items():
                    if found is None:  # deleted, or an id of another resource
                        cached.drop(ident)
                records = sorted((r for r in current.values() if r is not None), key=lambda r: r.seq)
                self._render_into(ctx, cached, records, self._batch(ctx, records))
                cached.version = version
            return cached

    def _batch(self, ctx: Context, records: list[Record] | None) -> dict[str, Any]:
        """Children and links of the given records (None: of the whole org), fetched once per child
        resource and relation."""
        kids: dict[str, dict[str, list[Record]]] = {}
        for child in self.children[ctx.resource.name]:
            id_field = self.model.resources[child].id_field
            if records is None:
                kids[child] = ctx.store.children_by_parent(ctx.org.id, child, id_field)
            else:
                kids[child] = {r.id.lower(): ctx.store.children(ctx.org.id, r.id, child, id_field) for r in records}
        links: dict[str, dict[str, list[str]]] = {}
        for relation in self.model.relations_of(ctx.resource.name):
            side = "owner" if relation.owner == ctx.resource.name else "member"
            ids = None if records is None else [r.id for r in records]
            links[relation.name] = ctx.store.links_of(relation.name, ctx.org.id, side, ids)
        return {"children": kids, "links": links}

    def _render_into(self, ctx: Context, cached: _RenderedList, records: list[Record], extra: dict[str, Any]) -> None:
        items = self._items_schema(ctx)
        for r in records:
            key = r.id.lower()
            cached.put(key, self.project(self._render_doc(ctx, r, extra, key), items))

    def _render_doc(self, ctx: Context, record: Record, extra: dict[str, Any], key: str) -> dict[str, Any]:
        children = {c: g.get(key, []) for c, g in extra["children"].items()}
        return self.document(ctx.store, record, {"children": children, "links": extra["links"]})

    def _items_schema(self, ctx: Context) -> dict[str, Any] | None:
        schema = self.model.resolve(ctx.op.success_schema or {})
        if schema.get("type") == "array":
            items: dict[str, Any] | None = schema.get("items")
            return items
        array = _array_property(schema)
        return None if array is None else schema["properties"][array].get("items")

    def paged(self, ctx: Context, items: list[Any], paging: dict[str, Any]) -> Any:
        """A page of items already rendered (a custom list such as login attempts)."""
        key = paging.get("sortBy")
        if isinstance(key, str):
            present = [i for i in items if isinstance(i, dict) and i.get(key) is not None]
            absent = [i for i in items if not (isinstance(i, dict) and i.get(key) is not None)]
            present.sort(key=lambda i: _sort_key(i[key]), reverse=str(paging.get("sortOrder", "")).lower() == "desc")
            items = present + absent
        skip = int(paging.get("skip") or 0)
        top = paging.get("top")
        page = items[skip:] if top is None else items[skip : skip + int(top)]
        return self._envelope(ctx, page, len(items))

    def _envelope(self, ctx: Context, page: list[Any], total: int) -> Any:
        """The page as the response schema wants it: a bare array, or an object with the array and
        its count fields."""
        schema = self.model.resolve(ctx.op.success_schema or {})
        array = _array_property(schema)
        if schema.get("type") == "array" or array is None:
            return page
        counts = [n for n, p in schema["properties"].items() if "count" in n.lower() and p.get("type") == "integer"]
        return {array: page, **{n: total for n in counts}}

    def singleton_get(self, ctx: Context) -> Reply:
        doc = ctx.store.singleton(ctx.resource.name, ctx.org.id)
        if doc is None:
            doc = ctx.op.examples.get(str(ctx.op.success_status))
            if doc is None:
                return not_found(ctx.resource.name)
        return Reply(ctx.op.success_status, self.project(doc, ctx.op.success_schema))

    def singleton_replace(self, ctx: Context) -> Reply:
        prepared = self._prepare(ctx, None)
        if isinstance(prepared, Reply):
            return prepared
        ctx.store.put_singleton(ctx.resource.name, ctx.org.id, prepared.doc)
        body = self.project(prepared.doc, ctx.op.success_schema) if ctx.op.success_schema else None
        return Reply(ctx.op.success_status, body)

    def singleton_delete(self, ctx: Context) -> Reply:
        ctx.store.put_singleton(ctx.resource.name, ctx.org.id, None)
        return Reply(ctx.op.success_status)

    def exists(self, ctx: Context) -> bool:
        """Whether the record a delete addresses exists (the `deleted-still-readable` fault)."""
        if ctx.op.binding is None or ctx.op.binding.action.startswith("singleton"):
            return True
        return self.get_record(ctx, ctx.resource.name, ctx.params.get(ctx.op.id_param or "")) is not None


class _RenderedList:
    """One org's list as last rendered: each record's JSON, in creation order. Only bytes are
    kept: a million long-lived Python objects would make every full garbage collection stall
    the event loop."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.raws: dict[str, bytes] = {}  # id (lower case) -> the item's JSON
        self._parts: list[bytes] | None = None
        self._items: list[Any] | None = None

    def put(self, key: str, item: Any) -> None:
        self.raws[key] = to_json(item)
        self._parts = self._items = None

    def drop(self, key: str) -> None:
        self.raws.pop(key, None)
        self._parts = self._items = None

    def parts(self) -> list[bytes]:
        """A snapshot of the items' JSON (the answer streams it)."""
        if self._parts is None:
            self._parts = list(self.raws.values())
        return self._parts

    def items(self) -> list[Any]:
        """The items as JSON values (paging sorts and slices them), parsed once per version."""
        if self._items is None:
            self._items = [json.loads(raw) for raw in self.parts()]
        return self._items


def _bulky(body: Any) -> bool:
    """A request listing more than HEAVY_ITEMS things (a bulk create, delete or resolve)."""
    values = body.values() if isinstance(body, dict) else [body]
    return any(isinstance(v, list) and len(v) > HEAVY_ITEMS for v in values)


def _array_property(schema: dict[str, Any]) -> str | None:
    props = schema.get("properties") or {}
    return next((n for n, p in props.items() if isinstance(p, dict) and p.get("type") == "array"), None)


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool | int | float):
        return (0, value)
    return (1, str(value).lower())
