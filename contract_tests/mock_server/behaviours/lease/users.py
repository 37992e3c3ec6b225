"""Explicit allocations: the bundles a user holds directly (not through a group). An allocation
replaces the users' explicit bundles (D110), all or nothing: 404 for an id that is not one of the
organization's users (a robot account is not), 409 (D108) when a code is unknown or more users
would hold a bundle than the organization bought. An empty list releases. A user who is deleted
keeps their allocation, shown `orphan`, until it is released."""

from __future__ import annotations

from typing import Any

from contract_tests.mock_server.crud import Context, Engine
from contract_tests.mock_server.problems import Reply, problem
from contract_tests.mock_server.store import NewDoc, Record

from . import REGISTRY
from .account import USER, USER_LICENSE, bought, holders, leases_of_user, person, unavailable, user

_PAGING = ("top", "skip", "sortBy", "sortOrder")


def allocation(ctx: Context, user_id: Any) -> Record | None:
    return ctx.store.get(USER_LICENSE, ctx.org.id, str(user_id).lower(), "userId")


def _license(ctx: Context, user_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "userId": user_id,
        "organizationId": ctx.org.id,
        "useExternalLicense": bool(doc.get("useExternalLicense", False)),
        "userBundleCodes": list(doc.get("userBundleCodes") or []),
    }


@REGISTRY.action("allocateUserLicenses", heavy=True)
def allocate(engine: Engine, ctx: Context) -> Reply:
    ids = list(dict.fromkeys(str(i).lower() for i in ctx.body["userIds"]))
    missing = next((i for i in ids if user(ctx, i) is None), None) if ctx.references else None
    if missing is not None:
        return problem(404, f"User '{missing}' not found.")
    codes = list(dict.fromkeys(str(c) for c in ctx.body.get("userBundleCodes") or []))
    refused = unavailable(ctx.store, ctx.org.id, codes)
    if refused is not None:
        return refused
    held, totals = holders(ctx.store, ctx.org.id), bought(ctx.store, ctx.org.id)
    for code in codes:
        now, after = held.get(code, set()), held.get(code, set()) | set(ids)
        if ctx.limits and len(after) > totals[code]:
            return problem(
                409,
                f"Not enough {code} licenses: {len(now)} of {totals[code]} are allocated and "
                f"{len(after) - len(now)} more are requested. Nothing was allocated.",
            )
    doc = {"userBundleCodes": codes, "useExternalLicense": bool(ctx.body.get("useExternalLicense"))}
    answer = []
    for ident in ids:
        old = allocation(ctx, ident)
        if not codes:
            if old is not None:
                ctx.store.delete(old, ())
        elif old is not None:
            ctx.store.replace(old, doc, None, "userId")
        else:
            ctx.store.create(ctx.org.id, NewDoc(USER_LICENSE, doc, "userId", record_id=ident))
        answer.append(_license(ctx, ident, doc))
    return Reply(ctx.op.success_status, engine.project(answer, ctx.op.success_schema))


@REGISTRY.action("releaseUserLicenses", heavy=True)
def release(engine: Engine, ctx: Context) -> Reply:
    """Releases every license of the listed users (explicit and leased); an id that is neither a
    user nor holds anything is listed as failed."""
    released, failed = [], []
    for ident in dict.fromkeys(str(i).lower() for i in ctx.body["userIds"]):
        explicit = allocation(ctx, ident)
        leases = leases_of_user(ctx.store, ctx.org.id, ident)
        if explicit is None and not leases and user(ctx, ident) is None:
            failed.append(ident)
            continue
        for held in [*([explicit] if explicit is not None else []), *leases]:
            ctx.store.delete(held, ())
        released.append(ident)
    return Reply(ctx.op.success_status, {"successfulUserIds": released, "failedUserIds": failed})


def _view(ctx: Context, user_id: str, found: Record | None, doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": user_id,
        **person(found),
        "userBundleLicenses": list(doc.get("userBundleCodes") or []),
        "useExternalLicense": bool(doc.get("useExternalLicense", False)),
        "orphan": found is None,
    }


@REGISTRY.action("getUserLicenseAllocation")
def get(engine: Engine, ctx: Context) -> Reply:
    ident = str(ctx.params["userId"]).lower()
    found, explicit = user(ctx, ident), allocation(ctx, ident)
    if found is None and explicit is None:
        return problem(404, "User not found.")
    view = _view(ctx, ident, found, explicit.doc if explicit is not None else {})
    return Reply(ctx.op.success_status, engine.project(view, ctx.op.success_schema))


@REGISTRY.action("listUserLicenseAllocations", heavy=True)
def list_allocations(engine: Engine, ctx: Context) -> Reply:
    allocations = ctx.store.records(USER_LICENSE, ctx.org.id, "userId")
    people = ctx.store.get_many(ctx.org.id, [a.id for a in allocations], [USER])
    wanted = {str(c) for c in ctx.params.get("userBundleLicenseCodes") or []}
    items = [
        _view(ctx, a.id, people.get(a.id.lower()), a.doc)
        for a in allocations
        if not wanted or wanted & set(a.doc.get("userBundleCodes") or [])
    ]
    paging = {k: ctx.params[k] for k in _PAGING if k in ctx.params}
    return Reply(ctx.op.success_status, engine.project(engine.paged(ctx, items, paging), ctx.op.success_schema))
