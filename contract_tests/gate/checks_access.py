"""Who may call what: checks Schemathesis has no stock version of. Each replays a request that
succeeded (so the only difference is who asks, or for which organization) once per operation and
phase; what a check cannot try is recorded as "not covered" (config.note), never passed silently.

- `scope_enforcement`: the same client's token without any of the operation's scopes must get 403;
  a write must also get 403 with only the read-only siblings of its scopes (`PM.Group.Read` for an
  operation accepting `PM.Group` or `PM.Group.Write`).
- `organization_isolation`: the second organization's token must be refused (401/403/404).
- `foreign_partition`: the caller's own token with a `partitionGlobalId` that is not its
  organization (a random one) must answer no data: a refusal, or an empty answer; a write must be
  refused. It needs no second organization.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis
from schemathesis import CheckContext, Response

from contract_tests.spec_model import PARTITION, OperationModel

from . import config
from .probes import AnyCase, json_of, operation_of, positive, replay, until_shown
from .st_auth import run_token, token_for

_REFUSALS_FOR_OTHER_ORG = (401, 403, 404)
Foreign = tuple[dict[str, Any] | None, dict[str, Any] | None, Any]  # (path, query, body) of a replay
READ_SUFFIX = ".Read"


def read_siblings(op: OperationModel, catalogue: list[str]) -> list[str]:
    """The read-only scopes beside a write's: `PM.X.Read` for `PM.X` or `PM.X.Write`, when the
    catalogue has it and the operation does not accept it."""
    if op.method == "get":
        return []
    found = []
    for scope in sorted(op.scopes):
        base = scope.removesuffix(".Write").removesuffix(READ_SUFFIX)
        sibling = base + READ_SUFFIX
        if sibling in catalogue and sibling not in op.scopes and sibling not in found:
            found.append(sibling)
    return found


def _refused_with(ctx: CheckContext, case: AnyCase, scopes: list[str], check: str, why: str) -> None:
    settings = config.current()
    assert settings is not None
    token = token_for(settings.credentials, " ".join(scopes))
    if token is None:
        config.note(check, case.operation.label, f"the token endpoint refused {' '.join(scopes)} to this client")
        return
    answer = replay(ctx, case, check, token)
    if answer.status_code != 403:
        raise AssertionError(
            f"Scope not enforced: `{case.operation.label}` accepts only {', '.join(sorted(case_scopes(case)))}; "
            f"a token with only {' '.join(scopes)} ({why}) got {answer.status_code} instead of 403"
        )


def case_scopes(case: AnyCase) -> set[str]:
    op = operation_of(case)
    return set(op.scopes) if op is not None else set()


@schemathesis.check
def scope_enforcement(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Tokens without the operation's scopes, and a write's read-only siblings, must get 403."""
    settings = config.current()
    op = operation_of(case)
    if settings is None or op is None or not 200 <= response.status_code < 300 or not op.scopes:
        return None
    check = "scope_enforcement"
    if not settings.credentials.narrowable:
        with until_shown(check, case, ctx, "pat") as due:
            if due:
                why = "a personal access token cannot be narrowed (use client credentials)"
                config.note(check, case.operation.label, why)
        return None
    granted = settings.granted_scopes or tuple(config.spec().all_scopes)
    others = sorted(set(granted) - op.scopes)
    with until_shown(check, case, ctx, "others") as due:
        if due and others:
            _refused_with(ctx, case, others, check, "none of the operation's")
        elif due:
            config.note(check, case.operation.label, "the token holds no scope outside the operation's")
    siblings = read_siblings(op, config.spec().all_scopes)
    with until_shown(check, case, ctx, "read") as due:
        if due and siblings and all(settings.holds(s) for s in siblings):
            _refused_with(ctx, case, siblings, check, "the read-only sibling scope")
        elif due and siblings:
            why = f"token lacks {' '.join(siblings)} (the write's read-only sibling)"
            config.note(check, case.operation.label, why)
    return True


@schemathesis.check
def organization_isolation(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """The second organization's token must be refused where the first organization's succeeded."""
    settings = config.current()
    if settings is None or settings.other is None or not 200 <= response.status_code < 300:
        return None
    with until_shown("organization_isolation", case, ctx) as due:
        if not due:
            return None
        token = token_for(settings.other)
        if token is None:
            why = "the second organization's token was refused"
            config.note("organization_isolation", case.operation.label, why)
            return None
        answer = replay(ctx, case, "organization_isolation", token)
        if answer.status_code not in _REFUSALS_FOR_OTHER_ORG:
            raise AssertionError(
                f"Organization isolation broken: `{case.operation.label}` on the first organization answered "
                f"{answer.status_code} to a token of another organization (expected 401, 403 or 404)"
            )
    return True


def _has_data(body: Any) -> bool:
    """Whether an answer carries any record: not empty, [], {}, nor an object of empty values."""
    if body in (None, "", [], {}):
        return False
    if isinstance(body, dict):
        return any(_has_data(value) for value in body.values() if not isinstance(value, bool | int | float))
    return True


def _foreign(case: AnyCase, op: OperationModel) -> Foreign | None:
    """(path, query, body) of the request with a foreign organization wherever it names one."""
    foreign = str(uuid.uuid4())
    path = dict(case.path_parameters or {})
    query = dict(case.query or {})
    body = case.body
    changed = False
    for name in {p.name for p in op.parameters if p.organization} | {PARTITION}:
        if name in path:
            path[name], changed = foreign, True
        if name in query:
            query[name], changed = foreign, True
    if isinstance(body, dict) and PARTITION in body:
        body, changed = {**body, PARTITION: foreign}, True
    return (path, query, body) if changed else None


@schemathesis.check
def foreign_partition(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """An organization id that is not the caller's must answer no data, and change nothing."""
    op = operation_of(case)
    if op is None or not 200 <= response.status_code < 300 or not positive(case):
        return None
    changed = _foreign(case, op)
    if changed is None:
        return None
    with until_shown("foreign_partition", case, ctx) as due:
        if due:
            _no_foreign_data(ctx, case, op, changed)
    return True


def _no_foreign_data(ctx: CheckContext, case: AnyCase, op: OperationModel, changed: Foreign) -> None:
    path, query, body = changed
    answer = replay(ctx, case, "foreign_partition", run_token(), path_parameters=path, query=query, body=body)
    if not 200 <= answer.status_code < 300:
        return
    if op.method != "get":
        raise AssertionError(
            f"Organization not checked: `{case.operation.label}` answered {answer.status_code} to a write "
            "for a partitionGlobalId that is not the caller's organization (expected a refusal)"
        )
    if _has_data(json_of(answer)):
        raise AssertionError(
            f"Organization not checked: `{case.operation.label}` answered {answer.status_code} with data for a "
            "partitionGlobalId that is not the caller's organization (expected a refusal or no data)"
        )
