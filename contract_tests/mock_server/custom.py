"""The behaviour no table row can say, named by the operations table (spec/operations.yaml):
secret generation, how an external client is stored and shown, robot accounts' groups, and
directory resolution. Everything else is crud.py's generic behaviour."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from . import custom_policy, custom_saml, custom_settings
from .crud import Context, Engine, Prepared, Preparer, Renderer, not_found
from .problems import Reply, problem, validation_problem
from .store import CLIENTS, SECRETS, NewDoc, Record, Store, format_time, hash_secret, parse_time, utc_now

DIRECTORY = "directoryEntity"
ROBOTS = "robotAccount"

# API (resource) of a scope, by the scope's prefix.
_APIS = {
    "PM": ("PlatformManagement", "Platform Management", "UiPath Platform Management API"),
    "OR": ("OrchestratorApiUserAccess", "Orchestrator API Access", "UiPath Orchestrator API"),
}


def new_secret_value() -> str:
    return secrets.token_urlsafe(32)


def secret_doc(value: str, description: str | None = None, expiry: str | None = None) -> dict[str, Any]:
    return {"hash": hash_secret(value), "description": description, "creationTime": utc_now(), "expiryTime": expiry}


def _scopes(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The scopes as stored: the documented fields only, the first of duplicate names kept."""
    kept: dict[str, dict[str, Any]] = {}
    for scope in body.get("scopes") or []:
        kept.setdefault(
            scope["name"],
            {
                "name": scope["name"],
                "displayName": scope.get("displayName"),
                "description": scope.get("description"),
                "type": scope["type"],
            },
        )
    return list(kept.values())


def prepare_external_client(ctx: Context, existing: Record | None) -> Prepared | Reply:
    body = ctx.body
    doc = {
        "name": body["name"],
        "redirectUri": body.get("redirectUri"),
        "scopes": _scopes(body),
        "clientCertificates": list(body.get("clientCertificates") or []),
    }
    if existing is not None:  # id, confidentiality and secrets do not change
        return Prepared({**existing.doc, **doc})
    confidential = body.get("isConfidential", True)
    doc["isConfidential"] = confidential
    if not confidential:
        return Prepared(doc)
    first = new_secret_value()
    child = NewDoc(SECRETS, secret_doc(first), int_id=True)
    return Prepared(doc, [child], {"secret": first})


def resources_json(scopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for scope in scopes:
        prefix = scope["name"].split(".", 1)[0]
        name, display, description = _APIS.get(prefix, (prefix, prefix, None))
        resource = grouped.setdefault(
            name, {"name": name, "displayName": display, "description": description, "scopes": []}
        )
        resource["scopes"].append(scope)
    return list(grouped.values())


def render_secret(store: Store, record: Record, reveal: dict[str, Any]) -> dict[str, Any]:
    return {**record.doc, "secret": reveal.get("secret")}


def render_external_client(store: Store, record: Record, reveal: dict[str, Any]) -> dict[str, Any]:
    """Secret values appear only in the create answer (`reveal`), null everywhere else."""
    first = reveal.get("secret")
    kids = (reveal.get("children") or {}).get(SECRETS)
    if kids is None:
        kids = store.children(record.org_id, record.id, SECRETS)
    return {
        **record.doc,
        "secret": first,
        "resources": resources_json(record.doc.get("scopes") or []),
        "secrets": [{**s.doc, "secret": first if i == 0 else None} for i, s in enumerate(kids)],
    }


def prepare_robot_account(ctx: Context, existing: Record | None) -> Prepared | Reply:
    body = ctx.body
    # Group ids compare case-insensitively (they are GUIDs or `aad|...` ids): keep the first spelling.
    groups: dict[str, str] = {}
    for group in body.get("groupIDsToAdd") or []:
        groups.setdefault(group.lower(), group)
    for group in groups.values():
        found = ctx.store.get(DIRECTORY, ctx.org.id, group)
        if found is None or found.doc.get("entityType") != "Group":
            return problem(404, f"Group '{group[:128]}' not found.")
    name = body["name"]
    return Prepared(
        {
            "name": name,
            "displayName": body.get("displayName") or name,
            "lastModificationTime": None,
            "lastLoginTime": None,
            "groupIds": list(groups.values()),
        }
    )


def generate_secret(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    client = engine.get_record(ctx, CLIENTS, body["clientId"])
    if client is None:
        return not_found(CLIENTS)
    if not client.doc.get("isConfidential", True):
        return problem(409, "The external client is not confidential, so it cannot have secrets.")
    expiry = body.get("expiryTime")
    if expiry is not None:
        try:
            expiry = format_time(parse_time(expiry))
        except (ValueError, OverflowError):
            return validation_problem({"expiryTime": ["The value is not a date-time this server can store."]})
    value = new_secret_value()
    new = engine.new_doc(ctx.resource, secret_doc(value, body.get("description"), expiry), parent=client.id)
    made = ctx.store.create(ctx.org.id, new)
    return Reply(ctx.op.success_status, engine.render(ctx, made[0], {"secret": value}))


def _local_entity(kind: str, record: Record, display_name: str, **extra: Any) -> dict[str, Any]:
    """A stored record as the directory shows it (`DirectoryUser`, `DirectoryApplication`)."""
    base = {"objectType": kind, "source": "local", "identifier": record.id, "name": record.doc["name"], "email": None}
    return {**base, "displayName": display_name, **extra}


def _robot_as_user(robot: Record) -> dict[str, Any]:
    return _local_entity(
        "DirectoryUser", robot, robot.doc["displayName"], isActive=True, creationTime=robot.doc["creationTime"]
    )


def _client_as_application(client: Record) -> dict[str, Any]:
    return _local_entity("DirectoryApplication", client, client.doc["name"], applicationId=client.id)


def resolve_directory_entity(engine: Engine, ctx: Context) -> Reply:
    entity_id, entity_type = ctx.body["entityId"], ctx.body["entityType"]
    seeded = ctx.store.get(DIRECTORY, ctx.org.id, entity_id)
    if seeded is not None:
        ok = seeded.doc["entityType"] == entity_type
        return Reply(200, seeded.doc["entity"]) if ok else not_found(DIRECTORY)
    found: dict[str, Any] | None = None
    if entity_type == "Application":
        client = engine.get_record(ctx, CLIENTS, entity_id)
        found = None if client is None else _client_as_application(client)
    elif entity_type == "User":
        robot = engine.get_record(ctx, ROBOTS, entity_id)
        found = None if robot is None else _robot_as_user(robot)
    return not_found(DIRECTORY) if found is None else Reply(200, found)


def seed_directory(store: Store, org_id: str, entities: list[tuple[str, str, dict[str, Any]]]) -> None:
    for identifier, kind, doc in entities:
        if store.get(DIRECTORY, org_id, identifier) is None:
            new = NewDoc(
                DIRECTORY, {"entityType": kind, "entity": doc}, "identifier", record_id=identifier, protected=True
            )
            store.create(org_id, new)


def seed_client(
    store: Store, org_id: str, client_id: str, name: str, scopes: list[dict[str, Any]], secret: str, admin: bool
) -> None:
    """A client with a fixed id and one secret; the admin client (re)created read-only at each start."""
    doc = {"name": name, "isConfidential": True, "redirectUri": None, "scopes": scopes, "clientCertificates": []}
    client = NewDoc(CLIENTS, doc, record_id=client_id, protected=admin)
    description = "seeded by the mock" if admin else None
    first = NewDoc(SECRETS, secret_doc(secret, description), int_id=True, protected=admin)
    if admin:
        store.seed(org_id, client)
        store.create(org_id, NewDoc(**{**first.__dict__, "parent": client_id}))
    else:
        store.create(org_id, client, [first])


Action = Callable[[Engine, Context], Reply]

PREPARERS: dict[str, Preparer] = {
    "externalClient": prepare_external_client,
    "robotAccount": prepare_robot_account,
    "messageTemplate": custom_settings.prepare_template,
    "samlRule": custom_policy.prepare_rule,
}
RENDERERS: dict[str, Renderer] = {
    "externalClient": render_external_client,
    "clientSecret": render_secret,
    "samlRule": custom_policy.render_rule,
}
ACTIONS: dict[str, Action] = {
    "generateSecret": generate_secret,
    "resolveDirectoryEntity": resolve_directory_entity,
    "getSettings": custom_settings.get_settings,
    "updateSettings": custom_settings.update_settings,
    "deleteSettings": custom_settings.delete_settings,
    "getMessageTemplateByName": custom_settings.get_template_by_name,
    "getSamlCertificatePair": custom_saml.get_pair,
    "uploadPrimarySamlCertificate": custom_saml.upload_primary,
    "uploadSecondarySamlCertificate": custom_saml.upload_secondary,
    "switchSamlCertificates": custom_saml.switch,
    "deleteSamlCertificate": custom_saml.delete,
    "getOrganizationAccessPolicy": custom_policy.get_policy,
    "updateOrganizationAccessPolicy": custom_policy.update_policy,
    "updateSamlProvisioningRule": custom_policy.update_rule,
}
