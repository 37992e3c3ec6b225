"""OAuth2 client-credentials tokens from the Identity token endpoint, and their (unverified) claims.

`obtain` asks only for what the application can get: without `scope` IdentityServer grants every
scope the client is allowed; a server that insists on a `scope` (`invalid_scope` to none) is asked
for the wanted scopes, and if it refuses some, for each one alone, then for those it granted."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx


class TokenError(Exception):
    """The token endpoint refused the credentials or the scopes, or could not be reached."""

    def __init__(self, message: str, error: str = "") -> None:
        super().__init__(message)
        self.error = error  # the RFC 6749 error code, e.g. `invalid_scope`, if the endpoint sent one


@dataclass(frozen=True)
class Grant:
    access_token: str = field(repr=False)
    scopes: tuple[str, ...]
    requested: str | None = None  # the `scope` that got it (None: none was sent)


def _scopes_of(body: dict[str, Any], requested: str | None) -> tuple[str, ...]:
    granted = body.get("scope")
    if not granted:
        claim = unverified_claims(str(body["access_token"])).get("scope") if _is_jwt(body["access_token"]) else None
        granted = " ".join(claim) if isinstance(claim, list) else claim
    return tuple(str(granted or requested or "").split())


def _is_jwt(token: Any) -> bool:
    return isinstance(token, str) and token.count(".") == 2


def fetch_token(
    token_url: str, client_id: str, client_secret: str, scopes: str | None = None, timeout: float = 10.0
) -> Grant:
    """One client-credentials request; `scopes` None or "" sends no `scope` parameter."""
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
    if scopes:
        form["scope"] = scopes
    try:
        response = httpx.post(token_url, data=form, timeout=timeout)
    except httpx.HTTPError as error:
        raise TokenError(f"token endpoint {token_url} unreachable: {type(error).__name__}") from error
    if response.status_code != 200:
        # The body is an RFC 6749 error (`invalid_client`, `invalid_scope`); it holds no secret.
        try:
            code = str(response.json().get("error", ""))
        except (ValueError, AttributeError):
            code = ""
        text = response.text[:300]
        raise TokenError(f"token endpoint {token_url} answered {response.status_code}: {text}", code)
    body = response.json()
    return Grant(body["access_token"], _scopes_of(body, scopes), scopes or None)


def obtain(token_url: str, client_id: str, client_secret: str, wanted: Iterable[str]) -> Grant:
    """A token with every scope of `wanted` the client may have (see the module's docstring)."""
    try:
        return fetch_token(token_url, client_id, client_secret)
    except TokenError as error:
        if error.error not in ("invalid_scope", "invalid_request"):
            raise
    wanted = list(dict.fromkeys(wanted))
    try:
        return fetch_token(token_url, client_id, client_secret, " ".join(wanted))
    except TokenError as error:
        if error.error != "invalid_scope":
            raise
    allowed = []
    for scope in wanted:
        try:
            fetch_token(token_url, client_id, client_secret, scope)
        except TokenError as error:
            if error.error != "invalid_scope":
                raise
            continue
        allowed.append(scope)
    if not allowed:
        raise TokenError(f"token endpoint {token_url} granted none of the scopes {' '.join(wanted)}", "invalid_scope")
    return fetch_token(token_url, client_id, client_secret, " ".join(allowed))


def unverified_claims(token: str) -> dict[str, Any]:
    """The JWT's claims, not verified: only to read `prt_id` and `scope`, never to trust the token."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as error:
        raise TokenError("the access token is not a JWT") from error
    if not isinstance(claims, dict):
        raise TokenError("the access token's payload is not a JSON object")
    return claims


def pat_scopes(token: str) -> tuple[str, ...] | None:
    """The scopes a personal access token carries, if it is a readable JWT (None: unknown)."""
    if not _is_jwt(token):
        return None
    try:
        claim = unverified_claims(token).get("scope")
    except TokenError:
        return None
    if isinstance(claim, list):
        return tuple(str(s) for s in claim)
    return tuple(str(claim).split()) if isinstance(claim, str) else None
