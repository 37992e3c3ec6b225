"""Local users: writes answer an ASP.NET Identity `IdentityResult` (D32), refusals a 400 with the
reasons (`DuplicateUserName`, `DuplicateEmail`, `DuplicateUserId`, `PasswordMismatch`); user
names, e-mail addresses and ids are checked through the store's indexes, so a bulk create costs
in proportion to its own size; a bulk create stores every user or none (one transaction). Group
changes go through the membership relation; login attempts filter by `since`."""

from __future__ import annotations

from typing import Any

from contract_tests.mock_server.credentials import hash_secret
from contract_tests.mock_server.crud import Context, Engine, not_found
from contract_tests.mock_server.problems import Reply, validation_problem
from contract_tests.mock_server.store import Conflict
from contract_tests.mock_server.times import parse_time_or_none, utc_now

from . import REGISTRY
from .directory import directory
from .membership import apply_group_changes, group_changes, groups_named, join, key, normalised_id

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
        "legacyId": fields.get("legacyId") or 0,
        "isActive": True,
        "bypassBasicAuthRestriction": bool(fields.get("bypassBasicAuthRestriction", False)),
        "type": fields.get("type") or "user",
        "invitationAccepted": False if invited else bool(fields.get("invitationAccepted", False)),
        "passwordHash": hash_secret(password) if isinstance(password, str) else None,
    }


def _email_holder(ctx: Context, email: str) -> str | None:
    hits = ctx.store.looked_up(ctx.org.id, email, {ctx.resource.name: ("email",)})
    return hits[0].id if hits else None


def _create_all(engine: Engine, ctx: Context, news: list[tuple[dict[str, Any], Any]], group_ids: list[Any]) -> Reply:
    """Creates every user or none (a refusal rolls the operation's transaction back); each joins
    the groups. Duplicates within the request count as duplicates."""
    groups = groups_named(ctx, group_ids)
    if isinstance(groups, Reply):
        return groups
    names: set[str] = set()
    emails: set[str] = set()
    ids: set[str] = set()
    for doc, given in news:
        if given is not None:
            if given in ids or directory(ctx.model).taken(ctx.store, ctx.org.id, given):
                return refused("DuplicateUserId", f"The id '{given}' is already taken.")
            ids.add(given)
        name = doc["userName"].lower()
        if name in names or ctx.store.named(ctx.resource.name, ctx.org.id, name) is not None:
            return refused("DuplicateUserName", f"User name '{doc['userName'][:256]}' is already taken.")
        names.add(name)
        email = (doc.get("email") or "").lower()
        if email and (email in emails or _email_holder(ctx, email) is not None):
            return refused("DuplicateEmail", f"Email '{doc['email'][:256]}' is already taken.")
        emails.add(email)
    for doc, given in news:
        try:
            user = ctx.store.create(ctx.org.id, engine.new_doc(ctx.resource, doc, record_id=given), unique=True)[0]
        except Conflict as name:
            return refused("DuplicateUserName", f"User name '{name}' is already taken.")
        for group in groups:
            join(ctx.store, group, user)
    return Reply(ctx.op.success_status, identity_result())


@REGISTRY.action("createUser")
def create_user(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    return _create_all(engine, ctx, [(user_doc(body), normalised_id(body.get("id")))], body.get("groupIDs") or [])


@REGISTRY.action("createUsers")
def create_users(engine: Engine, ctx: Context) -> Reply:
    news = [(user_doc(u), normalised_id(u.get("id"))) for u in ctx.body["users"]]
    return _create_all(engine, ctx, news, ctx.body.get("groupIDs") or [])


@REGISTRY.action("inviteUsers")
def invite_users(engine: Engine, ctx: Context) -> Reply:
    """Each invitee becomes a user named by the e-mail address who has not accepted yet."""
    for index, invited in enumerate(ctx.body):
        groups = groups_named(ctx, invited.get("groupIDs") or [])
        if isinstance(groups, Reply):  # the invite documents no 404: a 400 naming the field
            return validation_problem({f"[{index}].groupIDs": ["A group in this list does not exist."]})
    for invited in ctx.body:
        doc = user_doc({**invited, "userName": invited["email"]}, invited=True)
        reply = _create_all(engine, ctx, [(doc, None)], invited.get("groupIDs") or [])
        if reply.status != ctx.op.success_status:
            return reply
    return Reply(ctx.op.success_status, identity_result())


@REGISTRY.action("updateUser")
def update_user(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body or {}
    user = engine.addressed(ctx)
    if isinstance(user, Reply):
        return user
    changes = group_changes(ctx, body)
    if isinstance(changes, Reply):
        return changes
    email = body.get("email")
    if email is not None:
        holder = _email_holder(ctx, email)
        if holder is not None and key(holder) != key(user.id):
            return refused("DuplicateEmail", f"Email '{email[:256]}' is already taken.")
    doc = {**user.doc, **{k: body[k] for k in _UPDATABLE if body.get(k) is not None}}
    if isinstance(body.get("password"), str):
        doc["passwordHash"] = hash_secret(body["password"])
    doc["lastModificationTime"] = utc_now()
    user = ctx.store.replace(user, doc, doc["userName"])
    apply_group_changes(ctx.store, user, changes)
    return Reply(ctx.op.success_status, identity_result())


@REGISTRY.action("changeUserPassword")
def change_password(engine: Engine, ctx: Context) -> Reply:
    user = engine.addressed(ctx)
    if isinstance(user, Reply):
        return user
    stored = user.doc.get("passwordHash")
    if stored is None or stored != hash_secret(ctx.body["oldPassword"]):
        return refused("PasswordMismatch", "Incorrect password.")
    doc = {**user.doc, "passwordHash": hash_secret(ctx.body["newPassword"]), "lastModificationTime": utc_now()}
    ctx.store.replace(user, doc, doc["userName"])
    return Reply(ctx.op.success_status, identity_result())


@REGISTRY.action("listUserLoginAttempts")
def list_login_attempts(engine: Engine, ctx: Context) -> Reply:
    since = ctx.params.get("since")
    moment = parse_time_or_none(since) if isinstance(since, str) else None
    if isinstance(since, str) and moment is None:  # e.g. 0001-01-01T00:00:00+01:00: before year 1 in UTC
        return validation_problem({"since": ["The date-time is outside the range .NET can hold once in UTC."]})
    owner = ctx.resource.parent or ""  # the user the attempts belong to
    user = engine.get_record(ctx, owner, ctx.params["userId"])
    if user is None:
        return not_found(owner)
    attempts = ctx.store.children(ctx.org.id, user.id, ctx.resource.name)
    docs = [a.doc for a in attempts]
    if moment is not None:
        docs = [d for d in docs if (parse_time_or_none(d["creationTime"]) or moment) >= moment]
    schema = engine.model.resolve(ctx.op.success_schema or {})
    items = schema["properties"]["results"].get("items")
    projected = [engine.project(d, items) for d in docs]
    paging: dict[str, Any] = {k: ctx.params[k] for k in ("top", "skip", "sortBy", "sortOrder") if k in ctx.params}
    return Reply(ctx.op.success_status, engine.paged(ctx, projected, paging))
