"""OAuth2 client-credentials tokens from the Identity token endpoint, and their (unverified) claims."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

import httpx


class TokenError(Exception):
    """The token endpoint refused the credentials or the scopes, or could not be reached."""


@dataclass(frozen=True)
class Grant:
    access_token: str = field(repr=False)
    scopes: tuple[str, ...]


def fetch_token(token_url: str, client_id: str, client_secret: str, scopes: str = "", timeout: float = 10.0) -> Grant:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
    if scopes:
        form["scope"] = scopes
    try:
        response = httpx.post(token_url, data=form, timeout=timeout)
    except httpx.HTTPError as error:
        raise TokenError(f"token endpoint {token_url} unreachable: {error}") from error
    if response.status_code != 200:
        # The body is an RFC 6749 error (`invalid_client`, `invalid_scope`); it holds no secret.
        raise TokenError(f"token endpoint {token_url} answered {response.status_code}: {response.text[:300]}")
    body = response.json()
    granted = body.get("scope") or scopes
    return Grant(body["access_token"], tuple(str(granted).split()))


def unverified_claims(token: str) -> dict[str, Any]:
    """The JWT's claims, not verified: only to read `prt_id`, never to trust the token."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as error:
        raise TokenError("the access token is not a JWT") from error
    if not isinstance(claims, dict):
        raise TokenError("the access token's payload is not a JSON object")
    return claims
