"""SAML certificates (spec/operations.yaml resource `samlCertificate`): one certificate pair per
organization, kept as a singleton document. An upload must be the Base64 of an X.509
certificate's DER encoding (parsed with `cryptography`); its thumbprint is the upper-case SHA-1
hex of the DER, as .NET's X509Certificate2.Thumbprint. State machine as D54-D56 decide: a
secondary needs a primary, switch swaps, only the secondary can be deleted."""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from cryptography import x509

from contract_tests.mock_server.crud import Context, Engine, not_found
from contract_tests.mock_server.problems import Reply, validation_problem

from . import REGISTRY

_SLOTS = ("primary", "secondary")
FIRST_ID = 41


def parse_certificate(text: str) -> tuple[str, str] | str:
    """(canonical Base64 of the DER, thumbprint), or what is wrong with `text`."""
    try:
        der = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        return "The value is not Base64."
    try:
        x509.load_der_x509_certificate(der)
    except ValueError:
        return "The value is not the DER encoding of an X.509 certificate."
    return base64.b64encode(der).decode(), hashlib.sha1(der).hexdigest().upper()


def _state(ctx: Context) -> dict[str, Any]:
    return ctx.store.singleton(ctx.resource.name, ctx.org.id) or {
        "nextId": FIRST_ID,
        "primary": None,
        "secondary": None,
    }


def _pair(ctx: Context, engine: Engine, state: dict[str, Any]) -> Reply:
    doc: dict[str, Any] = {"partitionGlobalId": ctx.org.id}
    for slot in _SLOTS:
        cert = state.get(slot) or {}
        doc[f"{slot}CertificateId"] = cert.get("id")
        doc[f"{slot}Certificate"] = cert.get("certificate")
        doc[f"{slot}CertificateThumbprint"] = cert.get("thumbprint")
    return Reply(ctx.op.success_status, engine.project(doc, ctx.op.success_schema))


@REGISTRY.action("getSamlCertificatePair")
def get_pair(engine: Engine, ctx: Context) -> Reply:
    state = _state(ctx)
    return not_found(ctx.resource.name) if state.get("primary") is None else _pair(ctx, engine, state)


def _upload(engine: Engine, ctx: Context, slot: str) -> Reply:
    parsed = parse_certificate(ctx.body["certificate"])
    if isinstance(parsed, str):
        return validation_problem({"certificate": [parsed]})
    state = _state(ctx)
    if slot == "secondary" and state.get("primary") is None:
        return validation_problem({"partitionGlobalId": ["The organization has no primary SAML certificate yet."]})
    certificate, thumbprint = parsed
    state[slot] = {"id": state["nextId"], "certificate": certificate, "thumbprint": thumbprint}
    state["nextId"] += 1
    ctx.store.put_singleton(ctx.resource.name, ctx.org.id, state)
    return _pair(ctx, engine, state)


@REGISTRY.action("uploadPrimarySamlCertificate")
def upload_primary(engine: Engine, ctx: Context) -> Reply:
    return _upload(engine, ctx, "primary")


@REGISTRY.action("uploadSecondarySamlCertificate")
def upload_secondary(engine: Engine, ctx: Context) -> Reply:
    return _upload(engine, ctx, "secondary")


@REGISTRY.action("switchSamlCertificates")
def switch(engine: Engine, ctx: Context) -> Reply:
    state = _state(ctx)
    if state.get("primary") is None:
        return not_found(ctx.resource.name)
    if state.get("secondary") is None:
        return validation_problem({"partitionGlobalId": ["The organization has no secondary SAML certificate."]})
    state["primary"], state["secondary"] = state["secondary"], state["primary"]
    ctx.store.put_singleton(ctx.resource.name, ctx.org.id, state)
    return _pair(ctx, engine, state)


@REGISTRY.action("deleteSamlCertificate")
def delete(engine: Engine, ctx: Context) -> Reply:
    state = _state(ctx)
    ident = ctx.params.get("certificateId")
    if (state.get("secondary") or {}).get("id") == ident:
        state["secondary"] = None
        ctx.store.put_singleton(ctx.resource.name, ctx.org.id, state)
        return Reply(ctx.op.success_status, True)
    if (state.get("primary") or {}).get("id") == ident:
        in_use = "The primary SAML certificate is in use: switch to the secondary one or replace it first."
        return validation_problem({"certificateId": [in_use]})
    return not_found(ctx.resource.name)
