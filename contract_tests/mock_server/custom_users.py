"""Local users: writes answer an ASP.NET Identity `IdentityResult` (D32), refusals a 400 with the
reasons (`DuplicateUserName`, `DuplicateEmail`, `PasswordMismatch`); group changes keep both sides
of the membership in step (custom_membership.py); login attempts filter by `since`."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .crud import Context, Engine, not_found
from .custom_directory import GROUPS, USERS
from .custom_membership import _groups, group_changes, join, leave, touch_groups
from .problems import Reply, validation_problem
from .store import Conflict, Record, Store, hash_secret, parse_time, utc_now

LOGIN_ATTEMPTS = "loginAttempt"
# Fields an update may set; null or absent keeps the stored value.
_UPDATABLE = ("name", "surname", "displayName", "email", "isActive", "bypassBasicAuthRestriction", "invitationAccepted")


def identity_result(*errors: tuple[str, str]) -> dict[str, Any]:
    return {"succeeded": not errors, "errors": [{"code": c, "description": d} for c, d in errors]}


def refused(code: str, description: str) -> Reply:
    return Reply(400, identity_result((code, description)))


def user_doc(fields: dict[str, Any], invited: bool = False) -> dict[str, Any]:
    password = fields.get("password")
    return {
        "userName": fields["userName"],
        "email": fields.get("email"),
        "emailConfirmed": False,
        "name": fields.get("name"),
        "surname": fields.get("surname"),
        "displayName": fields.get("displayName")
        or " ".join(filter(None, (fields.get("name"), fields.get("surname"))))
        or fields["userName"],
        "creationTime": utc_now(),
        "lastModificationTime": None,
        "lastLoginTime": None,
        "groupIDs": [],
        "legacyId": fields.get("legacyId") or 0,
        "isActive": True,
        "bypassBasicAuthRestriction": bool(fields.get("bypassBasicAuthRestriction", False)),
        "type": fields.get("type") or "user",
        "invitationAccepted": False if invited else bool(fields.get("invitationAccepted", False)),
        "passwordHash": hash_secret(password) if isinstance(password, str) else None,
    }


def _duplicate(store: Store, org_id: str, doc: dict[str, Any], taken: list[dict[str, Any]]) -> Reply | None:
    names = {str(u["userName"]).lower() for u in taken}
    emails = {str(u["email"]).lower() for u in taken if u.get("email")}
    if doc["userName"].lower() in names:
        return refused("DuplicateUserName", f"User name '{doc['userName'][:256]}' is already taken.")
    if doc.get("email") and doc["email"].lower() in emails:
        return refused("DuplicateEmail", f"Email '{doc['email'][:256]}' is already taken.")
    return None


def _create_all(engine: Engine, ctx: Context, news: list[tuple[dict[str, Any], Any]], group_ids: list[Any]) -> Reply:
    """Creates every user or none (a duplicate refuses the whole request); each joins the groups."""
    groups = _groups(ctx.store, ctx.org.id, group_ids)
    if isinstance(groups, Reply):
        return groups
    taken = [r.doc for r in ctx.store.records(USERS, ctx.org.id)]
    for doc, given in news:
        if given is not None and ctx.store.get(USERS, ctx.org.id, given) is not None:
            return refused("DuplicateUserId", f"A user with id '{given}' already exists.")
        duplicate = _duplicate(ctx.store, ctx.org.id, doc, taken)
        if duplicate is not None:
            return duplicate
        taken.append(doc)
    resource = engine.model.resources[USERS]
    for doc, given in news:
        try:
            user = ctx.store.create(ctx.org.id, engine.new_doc(resource, doc, record_id=given), unique=True)[0]
        except Conflict as name:
            return refused("DuplicateUserName", f"User name '{name}' is already taken.")
        for group in groups:
            join(ctx.store, ctx.store.get(GROUPS, ctx.org.id, group.id) or group, user)
            user = ctx.store.get(USERS, ctx.org.id, user.id) or user
    return Reply(ctx.op.success_status, identity_result())


def create_user(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    return _create_all(engine, ctx, [(user_doc(body), body.get("id"))], body.get("groupIDs") or [])


def create_users(engine: Engine, ctx: Context) -> Reply:
    news = [(user_doc(u), u.get("id")) for u in ctx.body["users"]]
    return _create_all(engine, ctx, news, ctx.body.get("groupIDs") or [])


def invite_users(engine: Engine, ctx: Context) -> Reply:
    """Each invitee becomes a user named by the e-mail address who has not accepted yet."""
    for index, invited in enumerate(ctx.body):
        groups = _groups(ctx.store, ctx.org.id, invited.get("groupIDs") or [])
        if isinstance(groups, Reply):  # the invite documents no 404: a 400 naming the field
            return validation_problem({f"[{index}].groupIDs": ["A group in this list does not exist."]})
    for invited in ctx.body:
        doc = user_doc({**invited, "userName": invited["email"]}, invited=True)
        reply = _create_all(engine, ctx, [(doc, None)], invited.get("groupIDs") or [])
        if reply.status != ctx.op.success_status:
            return reply
    return Reply(ctx.op.success_status, identity_result())


def _user(engine: Engine, ctx: Context) -> Record | Reply:
    user = engine.get_record(ctx, USERS, ctx.params["userId"])
    return not_found(USERS) if user is None else user


def update_user(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body or {}
    user = _user(engine, ctx)
    if isinstance(user, Reply):
        return user
    changes = group_changes(replace(ctx, body=body))
    if isinstance(changes, Reply):
        return changes
    adding, removing = changes
    email = body.get("email")
    if email is not None:
        others = [r.doc for r in ctx.store.records(USERS, ctx.org.id) if r.id != user.id]
        if any(str(o.get("email") or "").lower() == email.lower() for o in others):
            return refused("DuplicateEmail", f"Email '{email[:256]}' is already taken.")
    doc = {**user.doc, **{k: body[k] for k in _UPDATABLE if body.get(k) is not None}}
    if isinstance(body.get("password"), str):
        doc["passwordHash"] = hash_secret(body["password"])
    doc["lastModificationTime"] = utc_now()
    user = ctx.store.replace(user, doc, doc["userName"])
    touch_groups(ctx.store, user)
    for group in adding:
        join(ctx.store, ctx.store.get(GROUPS, ctx.org.id, group.id) or group, user)
        user = ctx.store.get(USERS, ctx.org.id, user.id) or user
    for group in removing:
        leave(ctx.store, ctx.store.get(GROUPS, ctx.org.id, group.id) or group, user)
        user = ctx.store.get(USERS, ctx.org.id, user.id) or user
    return Reply(ctx.op.success_status, identity_result())


def change_password(engine: Engine, ctx: Context) -> Reply:
    user = _user(engine, ctx)
    if isinstance(user, Reply):
        return user
    stored = user.doc.get("passwordHash")
    if stored is None or stored != hash_secret(ctx.body["oldPassword"]):
        return refused("PasswordMismatch", "Incorrect password.")
    doc = {**user.doc, "passwordHash": hash_secret(ctx.body["newPassword"]), "lastModificationTime": utc_now()}
    ctx.store.replace(user, doc, doc["userName"])
    return Reply(ctx.op.success_status, identity_result())


def list_login_attempts(engine: Engine, ctx: Context) -> Reply:
    user = _user(engine, ctx)
    if isinstance(user, Reply):
        return user
    attempts = ctx.store.children(ctx.org.id, user.id, LOGIN_ATTEMPTS)
    since = ctx.params.get("since")
    docs = [a.doc for a in attempts]
    if isinstance(since, str):
        moment = parse_time(since)
        docs = [d for d in docs if parse_time(d["creationTime"]) >= moment]
    schema = engine.model.resolve(ctx.op.success_schema or {})
    items = schema["properties"]["results"].get("items")
    projected = [engine.project(d, items) for d in docs]
    paging: dict[str, Any] = {k: ctx.params[k] for k in ("top", "skip", "sortBy", "sortOrder") if k in ctx.params}
    return Reply(ctx.op.success_status, engine._page(ctx, projected, paging))


def seed_login_attempts(store: Store, org_id: str, user_id: str, attempts: list[dict[str, Any]]) -> None:
    from .store import NewDoc

    if store.children(org_id, user_id, LOGIN_ATTEMPTS):
        return
    for attempt in attempts:
        doc = {**attempt, "userId": user_id, "partitionGlobalId": org_id}
        store.create(org_id, NewDoc(LOGIN_ATTEMPTS, doc, int_id=True, parent=user_id, protected=True))
