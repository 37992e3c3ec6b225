"""The audit trail: a commit listener that turns each operation's writes into events of the
organization's log, inside the operation's transaction (an event is stored if and only if the
write it records is).

One event per record the operation created, updated or deleted, for every resource a table marks
`audit:` (a record written twice counts once; children created or deleted with their parent are
part of the parent's event); a singleton's write is its `Updated`. Membership links join the event
of their owner (the group's `MemberIdsAdded`/`Removed`), else of their member (a user's
`GroupIdsAdded`/`Removed`), else make an `Updated` event of the owner. Details name the record
(its id, its label field, the fields its `audit.details` lists): never anything else of it, so a
secret or a password never reaches the log. The actor is the token's client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contract_tests.mock_server.registry import WriteInfo
from contract_tests.mock_server.store import Change, Org, Store, Transaction

from . import REGISTRY
from .log import VERBS, Entry, append, camel


@dataclass
class _Written:
    """What one record's changes in the transaction amount to."""

    resource: str
    id: str | None
    verb: str
    doc: Any
    before: Any
    parent: str | None
    links: dict[str, list[str]] = field(default_factory=dict)  # details key -> linked ids


def _merge(found: dict[tuple[str, str], _Written], change: Change) -> None:
    key = (change.resource, str(change.id).lower())
    verb = VERBS[change.kind]
    seen = found.get(key)
    if seen is None:
        found[key] = _Written(change.resource, change.id, verb, change.doc, change.before, change.parent)
        return
    seen.doc = change.doc
    if verb == "Deleted":
        seen.verb = "Deleted"  # created or updated, then deleted: its deletion is what stays


def _link(store: Store, found: dict[tuple[str, str], _Written], change: Change, org_id: str) -> None:
    owner_resource, member_resources = store.layout.relations[change.resource]
    owner, member = str(change.id), str(change.other)
    way = "Added" if change.kind == "link" else "Removed"
    mine = found.get((owner_resource, owner.lower()))
    if mine is not None:
        mine.links.setdefault(f"MemberIds{way}", []).append(member)
        return
    theirs = next((found[(r, member.lower())] for r in member_resources if (r, member.lower()) in found), None)
    owner_item = store.layout.audit.get(owner_resource, {}).get("item", owner_resource)
    if theirs is not None:
        theirs.links.setdefault(f"{camel(owner_item)}Ids{way}", []).append(owner)
        return
    if owner_resource not in store.layout.audit:
        return
    record = store.get(owner_resource, org_id, owner)
    doc = record.doc if record is not None else {"id": owner}
    found[(owner_resource, owner.lower())] = _Written(owner_resource, owner, "Updated", doc, doc, None)
    found[(owner_resource, owner.lower())].links[f"MemberIds{way}"] = [member]


def _entry(store: Store, written: _Written, actor: dict[str, Any]) -> Entry:
    mapping = store.layout.audit[written.resource]
    item = str(mapping["item"])
    label = mapping.get("label")
    doc = written.doc if isinstance(written.doc, dict) else {}
    before = written.before if isinstance(written.before, dict) else {}
    name = doc.get(label) if label else None
    key = camel(item)
    details: dict[str, Any] = {}
    if written.id is not None:
        details[f"{key}Id"] = written.id
    if name is not None:
        details[f"{key}Name"] = name
    for extra in mapping.get("details") or ():
        if extra in doc:
            details[camel(extra)] = doc[extra]
    details.update(written.links)
    shown = name if name is not None else written.id
    summary = f"{item} {shown} was {written.verb.lower()}" if shown is not None else f"{item} was {written.verb.lower()}"
    old = before.get(label) if label else None
    if written.verb == "Updated" and old is not None and name is not None and old != name:
        details[f"Previous{key}Name"] = old
        summary = f"{item} {old} was renamed to {name}"
    return Entry(str(mapping["source"]), str(mapping["target"]), item, written.verb, summary, details, **actor)


def _with_parent(written: _Written, by_id: dict[str, _Written]) -> bool:
    """Whether a record was created or deleted together with its parent."""
    parent = by_id.get(written.parent.lower()) if written.parent else None
    return parent is not None and written.verb != "Updated" and parent.verb == written.verb


def _actor(store: Store, info: WriteInfo) -> dict[str, Any]:
    """Who acted: the token's client (an external application; its id and name), from where."""
    client = store.find_client(info.client_id)
    name = client.name if client is not None else info.client_id
    return {"actor_id": info.client_id, "actor_name": name, "actor_email": None, "client_ip": info.client_ip}


@REGISTRY.on_commit
def record(store: Store, tx: Transaction) -> None:
    info = tx.info
    if not isinstance(info, WriteInfo):  # the mock's own writes (seeding) are not the org's activity
        return
    audited = store.layout.audit
    found: dict[tuple[str, str], _Written] = {}
    changes = list(tx.changes)
    for change in changes:
        if change.kind in VERBS and change.resource in audited and change.org_id == info.org_id:
            _merge(found, change)
    for change in changes:
        if change.kind in ("link", "unlink") and change.resource in store.layout.relations:
            _link(store, found, change, info.org_id)
    # A child created or deleted with its parent (a client's first secret) is part of the parent's event.
    by_id = {(w.id or "").lower(): w for w in found.values()}
    kept = [w for w in found.values() if not _with_parent(w, by_id)]
    if not kept:
        return
    org = next((o for o in store.orgs() if o.id == info.org_id), Org(info.org_id, ""))
    actor = _actor(store, info)
    append(store, org, None, [_entry(store, w, actor) for w in kept])
