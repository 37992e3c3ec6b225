"""What each operation does once the request is authenticated, authorized and valid."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .problems import Reply, problem, to_json, validation_problem
from .store import Client, Conflict, Org, Robot, Secret, Store, format_time, parse_time

# API (resource) of a scope, by the scope's prefix.
_RESOURCES = {
    "PM": ("PlatformManagement", "Platform Management", "UiPath Platform Management API"),
    "OR": ("OrchestratorApiUserAccess", "Orchestrator API Access", "UiPath Orchestrator API"),
}


@dataclass
class Context:
    store: Store
    org: Org  # the organization the request addresses (and, faults aside, the token's)
    params: dict[str, Any]
    body: Any
    base_url: str  # e.g. http://127.0.0.1:8080/contoso/identity_


Handler = Callable[[Context], Reply]


def new_secret_value() -> str:
    return secrets.token_urlsafe(32)


def secret_json(secret: Secret, value: str | None = None) -> dict[str, Any]:
    return {
        "id": secret.id,
        "description": secret.description,
        "secret": value,
        "creationTime": secret.creation_time,
        "expiryTime": secret.expiry_time,
    }


def resources_json(scopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    grouped: dict[str, dict[str, Any]] = {}
    for scope in scopes:
        prefix = scope["name"].split(".", 1)[0]
        name, display, description = _RESOURCES.get(prefix, (prefix, prefix, None))
        resource = grouped.setdefault(
            name, {"name": name, "displayName": display, "description": description, "scopes": []}
        )
        resource["scopes"].append(scope)
    return list(grouped.values())


def client_json(client: Client, first_secret: str | None = None) -> dict[str, Any]:
    """Secret values appear only in the create answer (`first_secret`), null everywhere else."""
    return {
        "name": client.name,
        "id": client.id,
        "secret": first_secret,
        "isConfidential": client.is_confidential,
        "redirectUri": client.redirect_uri,
        "resources": resources_json(client.scopes),
        "secrets": [secret_json(s, first_secret if i == 0 else None) for i, s in enumerate(client.secrets)],
    }


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


def _not_found(what: str) -> Reply:
    return problem(404, f"{what} not found.")


def create_external_client(ctx: Context) -> Reply:
    body = ctx.body
    confidential = body.get("isConfidential", True)
    first = new_secret_value() if confidential else None
    client = ctx.store.create_client(
        ctx.org.id,
        body["name"],
        confidential,
        body.get("redirectUri"),
        _scopes(body),
        list(body.get("clientCertificates") or []),
        first,
    )
    location = f"{ctx.base_url}/api/ExternalClient/{ctx.org.id}/{client.id}"
    return Reply(201, client_json(client, first), {"Location": location})


def list_external_clients(ctx: Context) -> Reply:
    # Lists are read far more often than written: keep the rendered one until the org changes.
    key = ("list", ctx.org.id)
    version = ctx.store.version(ctx.org.id)
    cached = ctx.store.read_cache.get(key)
    if cached is None or cached[0] != version:
        body = [client_json(c) for c in ctx.store.list_clients(ctx.org.id)]
        cached = (version, body, to_json(body))
        ctx.store.read_cache[key] = cached
    return Reply(200, cached[1], raw=cached[2])


def get_external_client(ctx: Context) -> Reply:
    client = ctx.store.get_client(ctx.org.id, ctx.params["clientId"])
    return _not_found("External client") if client is None else Reply(200, client_json(client))


def _built_in() -> Reply:
    # The seeded admin client keeps the mock usable whatever a fuzzer does, so it is read-only.
    return problem(403, "The seeded administrator client is built in and cannot be changed or deleted.")


def update_external_client(ctx: Context) -> Reply:
    body = ctx.body
    existing = ctx.store.get_client(ctx.org.id, ctx.params["clientId"])
    if existing is not None and existing.system:
        return _built_in()
    client = ctx.store.update_client(
        ctx.org.id,
        ctx.params["clientId"],
        body["name"],
        body.get("redirectUri"),
        _scopes(body),
        list(body.get("clientCertificates") or []),
    )
    return _not_found("External client") if client is None else Reply(200, client_json(client))


def delete_external_client(ctx: Context) -> Reply:
    existing = ctx.store.get_client(ctx.org.id, ctx.params["clientId"])
    if existing is not None and existing.system:
        return _built_in()
    found = ctx.store.delete_client(ctx.org.id, ctx.params["clientId"])
    return Reply(204) if found else _not_found("External client")


def generate_secret(ctx: Context) -> Reply:
    body = ctx.body
    client = ctx.store.get_client(ctx.org.id, body["clientId"])
    if client is None:
        return _not_found("External client")
    if not client.is_confidential:
        return problem(409, "The external client is not confidential, so it cannot have secrets.")
    expiry = body.get("expiryTime")
    if expiry is not None:
        try:
            expiry = format_time(parse_time(expiry))
        except (ValueError, OverflowError):
            return validation_problem({"expiryTime": ["The value is not a date-time this server can store."]})
    value = new_secret_value()
    secret = ctx.store.add_secret(ctx.org.id, client.id, value, body.get("description"), expiry)
    return Reply(200, secret_json(secret, value))


def delete_secret(ctx: Context) -> Reply:
    outcome = ctx.store.delete_secret(ctx.org.id, ctx.params["secretId"])
    if outcome == "protected":
        return _built_in()
    return Reply(204) if outcome == "deleted" else _not_found("Client secret")


def robot_as_user(robot: Robot) -> dict[str, Any]:
    return {
        "objectType": "DirectoryUser",
        "source": "local",
        "identifier": robot.id,
        "name": robot.name,
        "email": None,
        "displayName": robot.display_name,
        "isActive": True,
        "creationTime": robot.creation_time,
    }


def client_as_application(client: Client) -> dict[str, Any]:
    return {
        "objectType": "DirectoryApplication",
        "source": "local",
        "identifier": client.id,
        "name": client.name,
        "email": None,
        "displayName": client.name,
        "applicationId": client.id,
    }


def resolve_directory_entity(ctx: Context) -> Reply:
    entity_id, entity_type = ctx.body["entityId"], ctx.body["entityType"]
    seeded = ctx.store.directory_entity(ctx.org.id, entity_id)
    if seeded is not None:
        kind, doc = seeded
        return Reply(200, doc) if kind == entity_type else _not_found("Directory entity")
    if entity_type == "Application":
        client = ctx.store.get_client(ctx.org.id, entity_id)
        if client is not None:
            return Reply(200, client_as_application(client))
    if entity_type == "User":
        robot = ctx.store.get_robot(ctx.org.id, entity_id)
        if robot is not None:
            return Reply(200, robot_as_user(robot))
    return _not_found("Directory entity")


def create_robot_account(ctx: Context) -> Reply:
    body = ctx.body
    groups = list(dict.fromkeys(body.get("groupIDsToAdd") or []))
    for group in groups:
        if not ctx.store.group_exists(ctx.org.id, group):
            return problem(404, f"Group '{group[:128]}' not found.")
    name = body["name"]
    try:
        robot = ctx.store.create_robot(ctx.org.id, name, body.get("displayName") or name, groups)
    except Conflict:
        return problem(409, f"A robot account named '{name}' already exists.")
    return Reply(
        201,
        {
            "id": robot.id,
            "name": robot.name,
            "displayName": robot.display_name,
            "creationTime": robot.creation_time,
            "lastModificationTime": None,
            "lastLoginTime": None,
            "groupIds": robot.group_ids,
        },
    )


def pretend_delete(ctx: Context) -> Reply:
    """The `deleted-still-readable` fault: answer as a delete would, remove nothing."""
    if "clientId" in ctx.params:
        exists = ctx.store.get_client(ctx.org.id, ctx.params["clientId"]) is not None
    else:
        exists = any(s.id == ctx.params["secretId"] for c in ctx.store.list_clients(ctx.org.id) for s in c.secrets)
    return Reply(204) if exists else _not_found("Resource")


HANDLERS: dict[str, Handler] = {
    "createExternalClient": create_external_client,
    "listExternalClients": list_external_clients,
    "getExternalClient": get_external_client,
    "updateExternalClient": update_external_client,
    "deleteExternalClient": delete_external_client,
    "generateExternalClientSecret": generate_secret,
    "deleteExternalClientSecret": delete_secret,
    "resolveDirectoryEntity": resolve_directory_entity,
    "createRobotAccount": create_robot_account,
}
