"""Bearer authentication (issued JWTs and configured personal access tokens) and scope checks."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from .config import PersonalAccessToken
from .oauth import Principal, TokenIssuer
from .store import Org


class Authenticator:
    def __init__(
        self, issuer: TokenIssuer, primary_org: Org, pats: Iterable[PersonalAccessToken], all_scopes: Iterable[str]
    ) -> None:
        self._issuer = issuer
        everything = frozenset(all_scopes)
        # Keep only digests of the static tokens, so a dump of the process state shows none.
        self._pats = {
            hashlib.sha256(p.token.encode()).digest(): Principal(
                primary_org.id, primary_org.name, "personal-access-token", frozenset(p.scopes) or everything
            )
            for p in pats
        }

    def authenticate(self, authorization: str | None) -> Principal | None:
        """The principal of an `Authorization: Bearer ...` header, or None if absent or invalid."""
        if not authorization:
            return None
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return None
        principal = self._issuer.verify(token)
        if principal is not None:
            return principal
        digest = hashlib.sha256(token.encode()).digest()
        for known, pat_principal in self._pats.items():
            if hmac.compare_digest(known, digest):
                return pat_principal
        return None


def has_any_scope(principal: Principal, accepted: frozenset[str]) -> bool:
    return not accepted or not principal.scopes.isdisjoint(accepted)
