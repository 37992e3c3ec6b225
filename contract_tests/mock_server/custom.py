"""The behaviour no table row can say, named by the operations table (spec/operations.yaml):
secret generation and how an external client is stored and shown here; groups and robot accounts
in custom_membership.py, users in custom_users.py, the directory in custom_directory.py.
Everything else is crud.py's generic behaviour."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from . import custom_directory, custom_membership, custom_policy, custom_saml, custom_settings, custom_users
from .crud import Context, Engine, Prepared, Preparer, Renderer, not_found
from .problems import Reply, problem, validation_problem
from .store import CLIENTS, SECRETS, NewDoc, Record, Store, format_time, hash_secret, parse_time, utc_now

DIRECTORY = "directoryEntity"

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
    "robotAccount": custom_membership.prepare_robot_account,
    "messageTemplate": custom_settings.prepare_template,
    "samlRule": custom_policy.prepare_rule,
}
RENDERERS: dict[str, Renderer] = {
    "externalClient": render_external_client,
    "clientSecret": render_secret,
    "samlRule": custom_policy.render_rule,
    "group": custom_membership.render_group,
}
ACTIONS: dict[str, Action] = {
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
    "generateSecret": generate_secret,
    "resolveDirectoryEntity": custom_directory.resolve,
    "resolveDirectoryEntityByName": custom_directory.resolve_by_name,
    "bulkResolveDirectoryEntities": custom_directory.bulk_resolve,
    "bulkResolveDirectoryEntitiesByName": custom_directory.bulk_resolve_by_name,
    "searchDirectory": custom_directory.search_directory,
    "getDirectoryGroupMembership": custom_directory.group_membership,
    "generateSecretValue": custom_directory.generate_secret_value,
    "createGroup": custom_membership.create_group,
    "updateGroup": custom_membership.update_group,
    "deleteGroup": custom_membership.delete_group,
    "deleteGroups": custom_membership.delete_groups,
    "listGroupsByIds": custom_membership.list_groups_by_ids,
    "checkGroupMembers": custom_membership.check_group_members,
    "createRobotAccount": custom_membership.create_robot_account,
    "updateRobotAccount": custom_membership.update_robot_account,
    "deleteMember": custom_membership.delete_member,
    "deleteMembers": custom_membership.delete_members,
    "createUser": custom_users.create_user,
    "createUsers": custom_users.create_users,
    "inviteUsers": custom_users.invite_users,
    "updateUser": custom_users.update_user,
    "changeUserPassword": custom_users.change_password,
    "listUserLoginAttempts": custom_users.list_login_attempts,
}
