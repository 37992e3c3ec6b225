"""Authentication of the Schemathesis run, from the gate's configuration: the run's token (client
credentials asking for the `scope` the gate settled on, or a personal access token), fetched again
on a 401; and narrower tokens of the same client for the checks that replay with fewer scopes
(cached per scope set; a refused one is remembered as None, so it is not asked for per request)."""

from __future__ import annotations

import threading
from typing import Any

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import Case
from schemathesis.auths import AuthContext
from schemathesis.schemas import APIOperation

from . import config
from .config import Credentials
from .tokens import TokenError, fetch_token

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
_LOCK = threading.Lock()
_TOKENS: dict[tuple[str, str, str | None], str | None] = {}


def token_for(credentials: Credentials, scope: str | None = None, fresh: bool = False) -> str | None:
    """A token of `credentials` with `scope` (None: as configured); None if the endpoint refuses."""
    if credentials.pat:
        return credentials.pat
    wanted = credentials.scope if scope is None else scope
    key = (credentials.token_url, credentials.client_id, wanted)
    with _LOCK:
        if fresh or key not in _TOKENS:
            try:
                grant = fetch_token(credentials.token_url, credentials.client_id, credentials.client_secret, wanted)
                _TOKENS[key] = grant.access_token
            except TokenError:
                _TOKENS[key] = None
        return _TOKENS[key]


def run_token() -> str | None:
    """The run's own token (what every generated request carries)."""
    settings = config.current()
    return None if settings is None else token_for(settings.credentials)


@schemathesis.auth()
class GateAuth:
    """Bearer token from the gate's configuration; Schemathesis calls `get` again after a 401."""

    def get(self, case: AnyCase, context: AuthContext) -> str | None:
        settings = config.current()
        if settings is None:
            return None
        return token_for(settings.credentials, fresh=True)

    def set(self, case: AnyCase, data: Any, context: AuthContext) -> None:
        headers = case.headers if case.headers is not None else CaseInsensitiveDict()
        headers["Authorization"] = f"Bearer {data}"
        case.headers = headers
