"""The token endpoint (`/connect/token`, client_credentials only) and the JWT access tokens it
issues. Errors follow RFC 6749 section 5.2."""

from __future__ import annotations

import base64
import re
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

import jwt

from .credentials import Client
from .problems import Reply
from .store import Org, Store

ISSUER = "uipath-identity-mock"
_ALGORITHM = "HS256"
# RFC 6749 section 3.3 scope-token; here also bounded, as it is what an error may echo.
_SCOPE_TOKEN = re.compile(r"[\x21\x23-\x5b\x5d-\x7e]{1,64}")
_UNSAFE_DESCRIPTION = re.compile(r"[^\x20\x21\x23-\x5b\x5d-\x7e]")  # RFC 6749 section 5.2 error_description
_MAX_DESCRIPTION = 400
_MAX_SCOPES_SHOWN = 5
_MAX_FORM_FIELDS = 32


@dataclass(frozen=True)
class Principal:
    """Who a bearer token speaks for."""

    org_id: str
    org_name: str
    client_id: str
    scopes: frozenset[str]


class TokenIssuer:
    """Signs and checks access tokens with a per-process random key (tokens end with the process)."""

    def __init__(self, ttl_seconds: int) -> None:
        self._key = secrets.token_bytes(32)
        self.ttl = ttl_seconds
        self._verified: dict[str, tuple[Principal, float]] = {}

    def issue(self, org: Org, client_id: str, scopes: list[str]) -> str:
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "sub": client_id,
            "client_id": client_id,
            "scope": scopes,
            "prt_id": org.id,
            "org_name": org.name,
            "iat": now,
            "exp": now + self.ttl,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self._key, algorithm=_ALGORITHM)

    def verify(self, token: str) -> Principal | None:
        """The token's principal, or None if it is malformed, forged or expired."""
        now = time.time()
        cached = self._verified.get(token)
        if cached is not None:
            if cached[1] > now:
                return cached[0]
            del self._verified[token]
            return None
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=[_ALGORITHM],
                issuer=ISSUER,
                options={"require": ["exp", "iat", "prt_id", "client_id"]},
            )
        except jwt.PyJWTError:
            return None
        scope = claims.get("scope", [])
        principal = Principal(
            org_id=str(claims["prt_id"]),
            org_name=str(claims.get("org_name", "")),
            client_id=str(claims["client_id"]),
            scopes=frozenset(scope if isinstance(scope, list) else str(scope).split()),
        )
        if len(self._verified) > 50_000:  # bound the cache; verification is cheap to redo
            self._verified.clear()
        self._verified[token] = (principal, float(claims["exp"]))
        return principal


def oauth_error(error: str, description: str, status: int = 400) -> Reply:
    """RFC 6749 section 5.2; the description is forced into its character set (printable ASCII
    without `"` and `\\`) and bounded, so no client text comes back raw or large."""
    description = _UNSAFE_DESCRIPTION.sub("?", description)[:_MAX_DESCRIPTION]
    headers = {"Cache-Control": "no-store", "Pragma": "no-cache"}
    if error == "invalid_client":
        status = 401
        headers["WWW-Authenticate"] = 'Basic realm="identity"'
    return Reply(status, {"error": error, "error_description": description}, headers)


def _read_form(body: bytes) -> dict[str, str] | Reply:
    """The form's parameters, each at most once (RFC 6749 section 3.2), as UTF-8 text."""
    try:
        pairs = parse_qsl(body.decode(), keep_blank_values=True, max_num_fields=_MAX_FORM_FIELDS, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return oauth_error("invalid_request", "The form body could not be read as UTF-8 (or has too many fields).")
    names = [name for name, _ in pairs]
    repeated = next((name for name in names if names.count(name) > 1), None)
    if repeated is not None:
        shown = repeated if _SCOPE_TOKEN.fullmatch(repeated) else "A parameter"
        return oauth_error("invalid_request", f"{shown} is repeated; parameters must be sent at most once.")
    return dict(pairs)


def _denied_description(denied: list[str]) -> str:
    """Names the denied scopes that are short, well-formed scope tokens; counts the rest."""
    if not denied:
        return "The client has no application scopes to grant."
    shown = [s for s in denied if _SCOPE_TOKEN.fullmatch(s)][:_MAX_SCOPES_SHOWN]
    hidden = len(denied) - len(shown)
    if not shown:
        return f"The client may not request {hidden} of the requested scope(s)."
    return "The client may not request the scope(s): " + " ".join(shown) + (f" and {hidden} more." if hidden else ".")


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
    except ValueError:
        return None
    client_id, sep, client_secret = decoded.partition(":")
    return (unquote_plus(client_id), unquote_plus(client_secret)) if sep else None


def grantable_scopes(client: Client) -> list[str]:
    """Application-type scopes registered on the client, the ceiling of a client_credentials grant."""
    names: list[str] = []
    for scope in client.scopes:
        if scope.get("type") == "application" and scope["name"] not in names:
            names.append(scope["name"])
    return names


def token_reply(
    store: Store,
    issuer: TokenIssuer,
    url_org: Org | None,
    content_type: str,
    body: bytes,
    authorization: str | None,
) -> Reply:
    """Handles one token request; `url_org` is None on the legacy route without an org segment."""
    if content_type.split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        return oauth_error("invalid_request", "The request must be application/x-www-form-urlencoded.")
    form = _read_form(body)
    if isinstance(form, Reply):
        return form
    grant_type = form.get("grant_type")
    if not grant_type:
        return oauth_error("invalid_request", "grant_type is required.")
    if grant_type != "client_credentials":
        return oauth_error("unsupported_grant_type", "Only client_credentials is supported.")
    basic = _basic_credentials(authorization)
    if basic and "client_secret" in form:
        return oauth_error("invalid_request", "Use one client authentication method: HTTP Basic or client_secret.")
    client_id, client_secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
    if not client_id or not client_secret:
        return oauth_error("invalid_client", "Client authentication failed.")
    client = store.find_client(client_id)
    if client is None or (url_org is not None and client.org_id != url_org.id) or not client.is_confidential:
        return oauth_error("invalid_client", "Client authentication failed.")
    now = datetime.now(UTC)
    # Check every secret (constant-time each) so timing does not tell which one matched.
    matched = [s for s in client.secrets if s.matches(client_secret)]
    if not matched or all(s.expired(now) for s in matched):
        return oauth_error("invalid_client", "Client authentication failed.")
    allowed = grantable_scopes(client)
    requested = form.get("scope", "").split()
    if not requested:
        requested = allowed
    denied = [s for s in requested if s not in allowed]
    if denied or not requested:
        return oauth_error("invalid_scope", _denied_description(denied))
    granted = list(dict.fromkeys(requested))
    org = next(o for o in store.orgs() if o.id == client.org_id)
    token = issuer.issue(org, client.id, granted)
    return Reply(
        200,
        {"access_token": token, "token_type": "Bearer", "expires_in": issuer.ttl, "scope": " ".join(granted)},
        {"Cache-Control": "no-store", "Pragma": "no-cache"},
    )
