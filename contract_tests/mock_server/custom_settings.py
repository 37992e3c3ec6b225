"""Settings and message templates (spec/operations.yaml rows `setting`, `messageTemplate`): the
behaviour the generic actions cannot say. Settings are one record per (organization, user or none,
key) and are written as a batch; message templates are found by name and only their `value`
changes (D45-D51, D85)."""

from __future__ import annotations

from typing import Any

from . import custom_directory
from .crud import Context, Engine, Prepared, not_found
from .problems import Reply, problem, validation_problem
from .store import NewDoc, Record, Store

SETTINGS = "setting"
TEMPLATES = "messageTemplate"

# (key, value) of the organization-level settings every organization starts with.
SEEDED_SETTINGS = [
    ("Email.Smtp.Host", "smtp.example.com"),
    ("Email.Smtp.Port", "587"),
    ("Email.Smtp.EnableSsl", "true"),
    ("Auth.Password.DefaultExpirationDays", "0"),
    ("Auth.Password.MinimumLength", "8"),
]
SEEDED_TEMPLATE = ("LoginMessage", "Authorized use only. Activity is logged.")


def _user_id(ctx: Context, source: dict[str, Any]) -> str | None:
    user = source.get("userId")
    return user.lower() if isinstance(user, str) else None


def _unknown_user(engine: Engine, ctx: Context, user: str | None) -> Reply | None:
    """404 unless `user` is None or resolves to a user of the organization (the directory lookup)."""
    if user is None:
        return None
    found = custom_directory.find(ctx.store, ctx.org.id, user, "user")
    return None if found is not None else problem(404, f"User '{user}' not found.")


def _settings_of(store: Store, org_id: str, user: str | None) -> dict[str, Record]:
    """The stored settings of the organization (user None) or of one user, by key (lower case)."""
    return {
        str(r.doc["key"]).lower(): r for r in store.records(SETTINGS, org_id) if (r.doc.get("userId") or None) == user
    }


def _answer(ctx: Context, engine: Engine, records: list[Record]) -> Reply:
    return Reply(ctx.op.success_status, engine.project([r.doc for r in records], ctx.op.success_schema))


def get_settings(engine: Engine, ctx: Context) -> Reply:
    # An unknown user has no settings: get has no 404 (only update checks the user).
    user = _user_id(ctx, ctx.params)
    stored = _settings_of(ctx.store, ctx.org.id, user)
    keys = dict.fromkeys(k.lower() for k in ctx.params.get("key") or [])
    return _answer(ctx, engine, [stored[k] for k in keys if k in stored])


def update_settings(engine: Engine, ctx: Context) -> Reply:
    user = _user_id(ctx, ctx.body)
    seen: set[str] = set()
    for item in ctx.body["settings"]:
        key = item["key"].lower()
        if key in seen:
            return problem(409, f"The key '{item['key'][:256]}' is listed twice; nothing was changed.")
        seen.add(key)
    missing = _unknown_user(engine, ctx, user)
    if missing is not None:
        return missing
    stored = _settings_of(ctx.store, ctx.org.id, user)
    answer = []
    for item in ctx.body["settings"]:
        doc = {"key": item["key"], "value": item.get("value"), "partitionGlobalId": ctx.org.id, "userId": user}
        existing = stored.get(item["key"].lower())
        if existing is None:
            answer.append(ctx.store.create(ctx.org.id, NewDoc(SETTINGS, doc, int_id=True))[0])
        else:  # the key keeps its first spelling and its id
            answer.append(ctx.store.replace(existing, {**existing.doc, "value": doc["value"]}, None))
    return _answer(ctx, engine, answer)


def delete_settings(engine: Engine, ctx: Context) -> Reply:
    """The bulk form: the organization's own settings (not users') with the listed keys; keys that
    are not set are skipped (D85)."""
    stored = _settings_of(ctx.store, ctx.org.id, None)
    for key in dict.fromkeys(k.lower() for k in ctx.body["settings"]):
        if key in stored:
            engine.delete_record(ctx.store, stored[key])
    return Reply(ctx.op.success_status)


def prepare_template(ctx: Context, existing: Record | None) -> Prepared | Reply:
    body = ctx.body
    if existing is None:
        return Prepared({"name": body["name"], "value": body["value"]})
    path_id = ctx.params.get(ctx.op.id_param or "")
    if "id" in body and body["id"] != path_id:
        return validation_problem({"id": [f"The body's id {body['id']} is not the path's id {path_id}."]})
    return Prepared({**existing.doc, "value": body["value"]})  # the name never changes (D51)


def get_template_by_name(engine: Engine, ctx: Context) -> Reply:
    name = ctx.params.get("name")
    if isinstance(name, str) and name:
        for record in ctx.store.records(TEMPLATES, ctx.org.id):
            if str(record.doc.get("name", "")).lower() == name.lower():
                return Reply(ctx.op.success_status, engine.project(record.doc, ctx.op.success_schema))
    return not_found(TEMPLATES)


def seed(store: Store, org_id: str) -> None:
    """Every organization's e-mail and password settings and its login message (once per store)."""
    if store.records(SETTINGS, org_id) or store.records(TEMPLATES, org_id):
        return
    for key, value in SEEDED_SETTINGS:
        doc = {"key": key, "value": value, "partitionGlobalId": org_id, "userId": None}
        store.create(org_id, NewDoc(SETTINGS, doc, int_id=True))
    name, value = SEEDED_TEMPLATE
    store.create(org_id, NewDoc(TEMPLATES, {"name": name, "value": value}, int_id=True, name=name))
