"""Settings and message templates (spec/operations.yaml rows `setting`, `messageTemplate`): the
behaviour the generic actions cannot say. Settings are one record per (organization, user or none,
key) and are written as a batch; message templates are found by name and only their `value`
changes (D45-D51, D85)."""

from __future__ import annotations

from typing import Any

from contract_tests.mock_server.crud import Context, Engine, Prepared, not_found
from contract_tests.mock_server.problems import Reply, problem, validation_problem
from contract_tests.mock_server.store import NewDoc, Record, Store

from . import REGISTRY
from .directory import directory


def _user_id(source: dict[str, Any]) -> str | None:
    user = source.get("userId")
    return user.lower() if isinstance(user, str) else None


def _unknown_user(ctx: Context, user: str | None) -> Reply | None:
    """404 unless `user` is None or resolves to a user of the organization (the directory lookup)."""
    if user is None:
        return None
    found = directory(ctx.model).find(ctx.store, ctx.org.id, user, "user")
    return None if found is not None else problem(404, f"User '{user}' not found.")


def _settings_of(store: Store, resource: str, org_id: str, user: str | None) -> dict[str, Record]:
    """The stored settings of the organization (user None) or of one user, by key (lower case)."""
    return {
        str(r.doc["key"]).lower(): r for r in store.records(resource, org_id) if (r.doc.get("userId") or None) == user
    }


def _answer(ctx: Context, engine: Engine, records: list[Record]) -> Reply:
    return Reply(ctx.op.success_status, engine.project([r.doc for r in records], ctx.op.success_schema))


@REGISTRY.action("getSettings")
def get_settings(engine: Engine, ctx: Context) -> Reply:
    # An unknown user has no settings: get has no 404 (only update checks the user).
    stored = _settings_of(ctx.store, ctx.resource.name, ctx.org.id, _user_id(ctx.params))
    keys = dict.fromkeys(k.lower() for k in ctx.params.get("key") or [])
    return _answer(ctx, engine, [stored[k] for k in keys if k in stored])


@REGISTRY.action("updateSettings")
def update_settings(engine: Engine, ctx: Context) -> Reply:
    user = _user_id(ctx.body)
    seen: set[str] = set()
    for item in ctx.body["settings"]:
        key = item["key"].lower()
        if key in seen:
            return problem(409, f"The key '{item['key'][:256]}' is listed twice; nothing was changed.")
        seen.add(key)
    missing = _unknown_user(ctx, user)
    if missing is not None:
        return missing
    stored = _settings_of(ctx.store, ctx.resource.name, ctx.org.id, user)
    answer = []
    for item in ctx.body["settings"]:
        doc = {"key": item["key"], "value": item.get("value"), "partitionGlobalId": ctx.org.id, "userId": user}
        existing = stored.get(item["key"].lower())
        if existing is None:
            answer.append(ctx.store.create(ctx.org.id, NewDoc(ctx.resource.name, doc, int_id=True))[0])
        else:  # the key keeps its first spelling and its id
            answer.append(ctx.store.replace(existing, {**existing.doc, "value": doc["value"]}, None))
    return _answer(ctx, engine, answer)


@REGISTRY.action("deleteSettings")
def delete_settings(engine: Engine, ctx: Context) -> Reply:
    """The bulk form: the organization's own settings (not users') with the listed keys; keys that
    are not set are skipped (D85)."""
    stored = _settings_of(ctx.store, ctx.resource.name, ctx.org.id, None)
    for key in dict.fromkeys(k.lower() for k in ctx.body["settings"]):
        if key in stored:
            engine.delete_record(ctx.store, stored[key])
    return Reply(ctx.op.success_status)


@REGISTRY.preparer("messageTemplate")
def prepare_template(ctx: Context, existing: Record | None) -> Prepared | Reply:
    body = ctx.body
    if existing is None:
        return Prepared({"name": body["name"], "value": body["value"]})
    path_id = ctx.params.get(ctx.op.id_param or "")
    if "id" in body and body["id"] != path_id:
        return validation_problem({"id": [f"The body's id {body['id']} is not the path's id {path_id}."]})
    return Prepared({**existing.doc, "value": body["value"]})  # the name never changes (D51)


@REGISTRY.action("getMessageTemplateByName")
def get_template_by_name(engine: Engine, ctx: Context) -> Reply:
    name = ctx.params.get("name")
    if isinstance(name, str) and name:
        ident = ctx.store.named(ctx.resource.name, ctx.org.id, name)
        record = None if ident is None else engine.get_record(ctx, ctx.resource.name, ident)
        if record is not None:
            return Reply(ctx.op.success_status, engine.project(record.doc, ctx.op.success_schema))
    return not_found(ctx.resource.name)
