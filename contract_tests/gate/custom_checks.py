"""Checks Schemathesis has no stock version of, registered when st loads contract_tests.gate.st_hooks.

- `scope_enforcement`: a request that succeeded is sent again with a token of the same client that
  lacks every scope the operation accepts; the server must answer 403.
- `organization_isolation`: a request that succeeded is sent again with the second organization's
  token; the server must refuse it (401/403/404) and so never serve or change the first org's data.

Both replay only requests that succeeded, so the only difference is the token. Once an operation
has shown that it refuses the replay, it is not replayed again (the cost is two requests per
operation and phase, not two per request). Tokens come from GATE_* environment variables set by
the gate; a check whose credentials are not configured is skipped.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import Case, CheckContext, Response
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi._auth_retry import send_probe

from .tokens import TokenError, fetch_token

AnyCase = Case[APIOperation[Any, Any, Any, Any]]

_REFUSALS_FOR_OTHER_ORG = (401, 403, 404)
# Marks the replays, so the gate's report shows each failure's own replay as its reproduction.
PROBE_HEADER = "X-Contract-Gate-Probe"


@dataclass
class _TokenCache:
    """Tokens by (token URL, scope set); a failed fetch is remembered so it is not retried per request."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    tokens: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def get(self, token_url: str, client_id: str, client_secret: str, scopes: str) -> str | None:
        key = (token_url, scopes)
        with self.lock:
            if key not in self.tokens:
                try:
                    self.tokens[key] = fetch_token(token_url, client_id, client_secret, scopes).access_token
                except TokenError:
                    self.tokens[key] = None
            return self.tokens[key]


_TOKENS = _TokenCache()
_CONFIRMED: set[tuple[str, str, str | None]] = set()  # (check, operation, phase) already shown enforced
_CONFIRMED_LOCK = threading.Lock()


def _accepted_scopes(case: AnyCase) -> set[str]:
    """Every scope any of the operation's security requirements names (any one of them suffices)."""
    requirements = case.operation.definition.raw.get("security") or []
    return {scope for requirement in requirements for scopes in requirement.values() for scope in scopes}


def _already_confirmed(check: str, case: AnyCase, ctx: CheckContext) -> bool:
    with _CONFIRMED_LOCK:
        return (check, case.operation.label, ctx.phase) in _CONFIRMED


def _confirm(check: str, case: AnyCase, ctx: CheckContext) -> None:
    with _CONFIRMED_LOCK:
        _CONFIRMED.add((check, case.operation.label, ctx.phase))


def _replay_with_token(ctx: CheckContext, case: AnyCase, token: str, check: str) -> Response:
    headers = CaseInsensitiveDict({k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"})
    headers["Authorization"] = f"Bearer {token}"
    headers[PROBE_HEADER] = check
    return send_probe(ctx, case, case.derive(headers=headers))


@schemathesis.check
def scope_enforcement(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A token without any of the operation's scopes must get 403 where the full token succeeded."""
    env = os.environ
    if not 200 <= response.status_code < 300 or not env.get("GATE_CLIENT_ID"):
        return None
    if _already_confirmed("scope_enforcement", case, ctx):
        return None
    accepted = _accepted_scopes(case)
    narrow = sorted(set(env.get("GATE_SCOPES", "").split()) - accepted)
    if not accepted or not narrow:
        return None  # no scope of ours is outside the operation's: nothing to replay with
    token = _TOKENS.get(
        env["GATE_TOKEN_URL"], env["GATE_CLIENT_ID"], env.get("GATE_CLIENT_SECRET", ""), " ".join(narrow)
    )
    if token is None:
        return None
    replay = _replay_with_token(ctx, case, token, "scope_enforcement")
    if replay.status_code != 403:
        raise AssertionError(
            f"Scope not enforced: `{case.operation.label}` accepts only {', '.join(sorted(accepted))}; "
            f"a token with only {' '.join(narrow)} got {replay.status_code} instead of 403"
        )
    _confirm("scope_enforcement", case, ctx)
    return True


@schemathesis.check
def organization_isolation(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """The second organization's token must be refused where the first organization's succeeded."""
    env = os.environ
    if not 200 <= response.status_code < 300 or not env.get("GATE_OTHER_CLIENT_ID"):
        return None
    if _already_confirmed("organization_isolation", case, ctx):
        return None
    token = _TOKENS.get(
        env["GATE_OTHER_TOKEN_URL"],
        env["GATE_OTHER_CLIENT_ID"],
        env.get("GATE_OTHER_CLIENT_SECRET", ""),
        env.get("GATE_OTHER_SCOPES", ""),
    )
    if token is None:
        return None
    replay = _replay_with_token(ctx, case, token, "organization_isolation")
    if replay.status_code not in _REFUSALS_FOR_OTHER_ORG:
        raise AssertionError(
            f"Organization isolation broken: `{case.operation.label}` on the first organization answered "
            f"{replay.status_code} to a token of another organization (expected 401, 403 or 404)"
        )
    _confirm("organization_isolation", case, ctx)
    return True
