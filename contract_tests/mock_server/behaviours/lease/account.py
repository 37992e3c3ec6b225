"""An organization's license account (the user bundles it bought) and who holds what: explicit
allocations (`userLicense`, one record per user) and the leases members take through group rules
(`licenseLease`, children of the group's `groupLicenseRule`). A user holds a bundle once however
many ways they have it; `allocated` counts such users, and may not exceed what was bought.

Identity's resources, as spec/lease/operations.yaml names them (`touches`): `user`, `group`, and
the relation whose owner is `group` (a group's members; robot accounts are members but not users,
so they lease nothing)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from contract_tests.mock_server.crud import Context
from contract_tests.mock_server.problems import Reply, problem
from contract_tests.mock_server.registry import Seeding
from contract_tests.mock_server.store import NewDoc, Record, Store

from . import REGISTRY

ACCOUNT, USER_LICENSE, RULE, LEASE = "licenseAccount", "userLicense", "groupLicenseRule", "licenseLease"
USER, GROUP = "user", "group"  # Identity's
# What every organization bought (code -> units): the design note's account.
SEEDED_BUNDLES = {"RPADEVPRONU": 100, "ATTUNU": 50, "TSTNU": 10, "IDU": 5}


@REGISTRY.seeder
def seed_account(seeding: Seeding) -> None:
    if seeding.store.singleton(ACCOUNT, seeding.org.id) is None:
        bundles = [{"code": code, "total": total} for code, total in SEEDED_BUNDLES.items()]
        seeding.store.put_singleton(ACCOUNT, seeding.org.id, {"bundles": bundles})


def bought(store: Store, org_id: str) -> dict[str, int]:
    """code -> units the organization bought, in the account's order."""
    account = store.singleton(ACCOUNT, org_id) or {}
    return {str(b["code"]): int(b["total"]) for b in account.get("bundles") or []}


def holders(store: Store, org_id: str) -> dict[str, set[str]]:
    """code -> the users (lower-case ids) holding it, explicitly or through any rule."""
    held: dict[str, set[str]] = {}
    for allocation in store.records(USER_LICENSE, org_id, "userId"):
        for code in allocation.doc.get("userBundleCodes") or []:
            held.setdefault(code, set()).add(allocation.id.lower())
    for lease in store.records(LEASE, org_id):
        held.setdefault(lease.doc["code"], set()).add(str(lease.doc["userId"]).lower())
    return held


def quantities(store: Store, org_id: str) -> list[dict[str, Any]]:
    """The account's bundles with their bought and allocated units (`UserBundleQuantity`)."""
    held = holders(store, org_id)
    return [{"code": c, "allocated": len(held.get(c, ())), "total": t} for c, t in bought(store, org_id).items()]


def unavailable(store: Store, org_id: str, codes: Iterable[str]) -> Reply | None:
    """409 (D108) when a code is not a bundle the organization has units of."""
    have = bought(store, org_id)
    for code in codes:
        if have.get(code, 0) <= 0:
            return problem(409, f"The organization has no {code[:64]} licenses: the code is unknown or none was bought.")
    return None


def user(ctx: Context, ident: Any) -> Record | None:
    return ctx.store.get(USER, ctx.org.id, str(ident))


def group(ctx: Context, ident: Any) -> Record | None:
    return ctx.store.get(GROUP, ctx.org.id, str(ident))


def membership(store: Store) -> str:
    """The name of the relation holding a group's members."""
    return next(name for name, (owner, _) in store.layout.relations.items() if owner == GROUP)


def leases_of_user(store: Store, org_id: str, user_id: str) -> list[Record]:
    return store.looked_up(org_id, user_id, {LEASE: ("userId",)})


def new_lease(store: Store, org_id: str, group_id: str, user_id: str, code: str) -> None:
    doc = {"userId": user_id.lower(), "code": code, "orphan": False}
    store.create(org_id, NewDoc(LEASE, doc, parent=group_id))


def person(record: Record | None) -> dict[str, Any]:
    """The user fields license answers show (none for a user that no longer exists)."""
    doc = record.doc if record is not None else {}
    return {
        "email": doc.get("email"),
        "name": doc.get("name"),
        "surname": doc.get("surname"),
        "displayName": doc.get("displayName"),
        "lastInUse": None,
    }


@REGISTRY.action("listAvailableUserLicenses")
def list_available(engine: Any, ctx: Context) -> Reply:
    return Reply(ctx.op.success_status, quantities(ctx.store, ctx.org.id))
