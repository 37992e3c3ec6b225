"""External clients (OAuth applications) and their secrets: how a client is stored and shown, and
secret generation. Secret values appear only in the answer that creates them; the store keeps
their digests (credentials.py)."""

from __future__ import annotations

from typing import Any

from contract_tests.mock_server.credentials import new_secret_value, secret_doc
from contract_tests.mock_server.crud import Context, Engine, Prepared, not_found
from contract_tests.mock_server.problems import Reply, problem, validation_problem
from contract_tests.mock_server.store import CLIENTS, SECRETS, NewDoc, Record, Store
from contract_tests.mock_server.times import format_time, parse_time_or_none

from . import REGISTRY

# API (resource) of a scope, by the scope's prefix.
_APIS = {
    "PM": ("PlatformManagement", "Platform Management", "UiPath Platform Management API"),
    "OR": ("OrchestratorApiUserAccess", "Orchestrator API Access", "UiPath Orchestrator API"),
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


@REGISTRY.preparer("externalClient")
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


@REGISTRY.renderer("clientSecret")
def render_secret(store: Store, record: Record, extra: dict[str, Any]) -> dict[str, Any]:
    return {**record.doc, "secret": extra.get("secret")}


@REGISTRY.renderer("externalClient")
def render_external_client(store: Store, record: Record, extra: dict[str, Any]) -> dict[str, Any]:
    """Secret values appear only in the create answer (`secret`), null everywhere else."""
    first = extra.get("secret")
    kids = (extra.get("children") or {}).get(SECRETS)
    if kids is None:
        kids = store.children(record.org_id, record.id, SECRETS)
    return {
        **record.doc,
        "secret": first,
        "resources": resources_json(record.doc.get("scopes") or []),
        "secrets": [{**s.doc, "secret": first if i == 0 else None} for i, s in enumerate(kids)],
    }


def _confidential_client(engine: Engine, ctx: Context, ident: Any) -> Record | Reply:
    client = engine.get_record(ctx, CLIENTS, ident)
    if client is None:
        return not_found(CLIENTS)
    if not client.doc.get("isConfidential", True):
        return problem(409, "The external client is not confidential, so it cannot have secrets.")
    return client


@REGISTRY.action("generateSecret")
def generate_secret(engine: Engine, ctx: Context) -> Reply:
    body = ctx.body
    client = _confidential_client(engine, ctx, body["clientId"])
    if isinstance(client, Reply):
        return client
    expiry = body.get("expiryTime")
    if expiry is not None:
        moment = parse_time_or_none(expiry)
        if moment is None:
            return validation_problem({"expiryTime": ["The value is not a date-time this server can store."]})
        expiry = format_time(moment)
    value = new_secret_value()
    new = engine.new_doc(ctx.resource, secret_doc(value, body.get("description"), expiry), parent=client.id)
    made = ctx.store.create(ctx.org.id, new)
    return Reply(ctx.op.success_status, engine.render(ctx, made[0], {"secret": value}))


@REGISTRY.action("generateSecretValue")
def generate_secret_value(engine: Engine, ctx: Context) -> Reply:
    """The GET form of secret generation: a secret with no description or expiry, answered as a
    bare JSON string."""
    client = _confidential_client(engine, ctx, ctx.params["clientId"])
    if isinstance(client, Reply):
        return client
    value = new_secret_value()
    ctx.store.create(ctx.org.id, engine.new_doc(ctx.resource, secret_doc(value), parent=client.id))
    return Reply(ctx.op.success_status, value)
