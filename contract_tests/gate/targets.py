"""Where and as whom the gate runs: the embedded mock, or a live organization with the credentials
the user has. Either way the result is a Target: the configuration the Schemathesis processes
read (config.GateConfig), the operations they run, and what cannot be covered and why.

The token asks only for what the application can get (tokens.obtain); an operation none of whose
scopes the token holds is not run, and is listed "not covered: token lacks ...". Before any live
fuzzing, one authenticated read proves the credentials work: the first `read` row of the
operations table the token can call (every operation declares 401 and 403, so with rejected
credentials every answer would conform and the run would pass without testing anything)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from contract_tests.spec_model import PARTITION, OperationModel, SpecModel

from . import live_policy, workflows
from .config import Credentials, GateConfig
from .options import GateOptions, LiveTarget, UsageError
from .tokens import Grant, TokenError, fetch_token, obtain, pat_scopes, unverified_claims

WRITE_PREFIX = "contract-gate-"
NOTES_LOG = "not-covered.ndjson"
CREATED_LOG = "created-ids.ndjson"


@dataclass
class Target:
    description: str
    config: GateConfig = field(repr=False)
    operation_ids: tuple[str, ...] | None  # what Schemathesis runs (None: every operation)
    notes: list[str] = field(default_factory=list)
    not_covered: list[str] = field(default_factory=list)
    workflow_env: dict[str, str] | None = field(default=None, repr=False)  # None: no workflow tests
    cleanup_token: str | None = field(default=None, repr=False)


def wanted_scopes(spec: SpecModel, operation_ids: tuple[str, ...] | None) -> list[str]:
    """Every scope the operations accept, in spec order (what to ask for if a scope must be named)."""
    scopes: list[str] = []
    for op in spec.operations:
        if operation_ids is None or op.operation_id in operation_ids:
            scopes += [s for s in op.first_oauth_scopes if s not in scopes]
    return scopes


def _grant(credentials: Credentials, requested: str, spec: SpecModel, operation_ids: tuple[str, ...] | None) -> Grant:
    """A token with the scopes asked for (--scopes), else with whatever the application can get."""
    c = credentials
    if requested:
        return fetch_token(c.token_url, c.client_id, c.client_secret, requested)
    return obtain(c.token_url, c.client_id, c.client_secret, wanted_scopes(spec, operation_ids))


def lacking(
    spec: SpecModel, operation_ids: tuple[str, ...] | None, granted: tuple[str, ...] | None
) -> dict[str, list[str]]:
    """Operations none of whose scopes the token holds, by the scopes they accept."""
    if granted is None:
        return {}
    missing: dict[str, list[str]] = {}
    for op in spec.operations:
        if (operation_ids is None or op.operation_id in operation_ids) and op.scopes and not op.scopes & set(granted):
            missing.setdefault(" or ".join(sorted(op.scopes)), []).append(op.operation_id)
    return missing


def _not_covered(missing: dict[str, list[str]]) -> list[str]:
    return [f"not covered: token lacks {scopes} ({', '.join(ops)})" for scopes, ops in missing.items()]


def _runnable(spec: SpecModel, chosen: tuple[str, ...] | None, missing: dict[str, list[str]]) -> tuple[str, ...] | None:
    skipped = {op for ops in missing.values() for op in ops}
    if not skipped:
        return chosen
    return tuple(
        op.operation_id
        for op in spec.operations
        if (chosen is None or op.operation_id in chosen) and op.operation_id not in skipped
    )


def mock_target(ready: dict[str, Any], options: GateOptions, spec: SpecModel) -> Target:
    credentials = Credentials(ready["token_url"], ready["admin_client_id"], ready["admin_client_secret"])
    grant = _grant(credentials, options.scopes, spec, None)
    other = ready["other_organizations"][0]
    settings = GateConfig(
        base_url=ready["base_url"],
        partition_global_id=ready["partition_global_id"],
        credentials=Credentials(
            credentials.token_url, credentials.client_id, credentials.client_secret, scope=grant.requested
        ),
        granted_scopes=grant.scopes,
        other=Credentials(
            other["token_url"], other["admin_client_id"], other["admin_client_secret"], scope=grant.requested
        ),
        notes_log=str(options.reports / NOTES_LOG),
        spec_path=str(spec.spec_path),
    )
    missing = lacking(spec, options.operation_ids, grant.scopes)
    runnable = _runnable(spec, options.operation_ids, missing)
    # The gate's own probes stay within the run's operations too (--operation).
    settings = settings.with_(callable_operations=runnable)
    faults = f" with faults {', '.join(options.faults)}" if options.faults else ""
    profile = f" (profile {options.mock_profile})" if options.mock_profile else ""
    return Target(
        f"embedded mock {ready['base_url']}{profile}{faults}",
        settings,
        runnable,
        not_covered=_not_covered(missing),
        workflow_env=None if options.skip_workflows else workflows.mock_env(ready),
    )


def _example(spec: SpecModel, op: OperationModel, name: str) -> Any:
    raw = next((spec.resolve(p) for p in [*op.raw.get("parameters", [])] if spec.resolve(p).get("name") == name), None)
    return None if raw is None else raw.get("example", (raw.get("schema") or {}).get("example"))


def preflight_operation(
    spec: SpecModel, granted: tuple[str, ...] | None
) -> tuple[OperationModel, dict[str, Any]] | None:
    """The first `read` row the token can call with nothing but the organization's id (and the
    spec's examples for required query parameters): (operation, query; None stands for the id)."""
    for op in spec.operations:
        if op.binding is None or op.binding.live != "read" or op.method != "get":
            continue
        if granted is not None and not op.scopes & set(granted):
            continue
        query: dict[str, Any] = {}
        fillable = True
        for param in op.parameters:
            if param.name == PARTITION and param.location in ("path", "query"):
                if param.location == "query":
                    query[PARTITION] = None
            elif param.required:
                example = _example(spec, op, param.name) if param.location == "query" else None
                if example is None:
                    fillable = False
                    break
                query[param.name] = example
        if fillable:
            return op, query
    return None


def preflight(spec: SpecModel, base_url: str, partition: str, token: str, granted: tuple[str, ...] | None) -> str:
    """One authenticated read; returns what it called. Raises UsageError if it is refused."""
    found = preflight_operation(spec, granted)
    if found is None:
        raise UsageError(
            "the token holds no scope of any `read` operation of spec/operations.yaml: nothing can prove the "
            f"credentials work (granted: {' '.join(granted or ()) or 'none'})"
        )
    op, query = found
    url = base_url + op.path.replace("{" + PARTITION + "}", partition)
    params = {k: (partition if v is None else v) for k, v in query.items()}
    try:
        status = httpx.get(url, params=params, headers={"Authorization": f"Bearer {token}"}, timeout=30).status_code
    except httpx.HTTPError as error:
        raise UsageError(f"cannot reach {url}: {type(error).__name__}") from error
    if status == 401:
        raise UsageError(f"the server rejected the credentials (401 on GET {url}): check UIPATH_PAT or the client")
    if status == 403:
        raise UsageError(
            f"403 on GET {url} ({op.operation_id}): the token lacks {' / '.join(sorted(op.scopes))}, "
            "or the partitionGlobalId is not its organization's"
        )
    return f"{op.operation_id} ({status})"


def live_target(live: LiveTarget, options: GateOptions, spec: SpecModel) -> Target:
    # Deny by default: only the operations table's `read` rows, plus `write-own` with --allow-writes.
    allowed = live_policy.live_operations(spec, options.allow_writes, options.allow_live)
    token_url = f"{live.base_url}/connect/token"
    creds = live.credentials
    granted: tuple[str, ...] | None
    if creds.client_id and creds.client_secret:
        credentials = Credentials(token_url, creds.client_id, creds.client_secret)
        try:
            grant = _grant(credentials, options.scopes, spec, allowed)
        except TokenError as error:
            raise UsageError(f"cannot obtain a token with UIPATH_CLIENT_ID/UIPATH_CLIENT_SECRET: {error}") from error
        credentials = Credentials(token_url, creds.client_id, creds.client_secret, scope=grant.requested)
        token, granted = grant.access_token, grant.scopes
    else:
        credentials, token, granted = Credentials(pat=creds.pat), creds.pat, pat_scopes(creds.pat)
    partition = live.partition_global_id
    if not partition:
        try:
            partition = str(unverified_claims(token)["prt_id"])
        except (TokenError, KeyError) as error:
            raise UsageError(
                "set UIPATH_PARTITION_GLOBAL_ID (or --partition-global-id): the token carries no prt_id claim"
            ) from error
    checked = preflight(spec, live.base_url, partition, token, granted)
    missing = lacking(spec, allowed, granted)
    chosen = allowed if options.operation_ids is None else tuple(op for op in allowed if op in options.operation_ids)
    notes = [
        f"live mode: {'read and write' if options.allow_writes else 'read-only'} operations "
        f"({', '.join(chosen)}); never live (spec/operations.yaml): "
        f"{', '.join(live_policy.never_live(spec)) or 'none'}; credentials proven by {checked}"
    ]
    other = None
    if live.other_base_url and live.other_credentials:
        o = live.other_credentials
        other = Credentials(
            f"{live.other_base_url}/connect/token", o.client_id, o.client_secret, scope=credentials.scope
        )
    else:
        notes.append(
            "organization_isolation with a second organization skipped (UIPATH_OTHER_ORGANIZATION, "
            "UIPATH_OTHER_CLIENT_ID, UIPATH_OTHER_CLIENT_SECRET); foreign_partition still checks a partition that is "
            "not the caller's"
        )
    reports = options.reports
    settings = GateConfig(
        base_url=live.base_url,
        partition_global_id=partition,
        credentials=credentials,
        granted_scopes=granted,
        other=other,
        live=True,
        notes_log=str(reports / NOTES_LOG),
        callable_operations=allowed,
        spec_path=str(spec.spec_path),
    )
    target = Target(
        f"live organization {live.base_url}",
        settings,
        _runnable(spec, chosen, lacking(spec, chosen, granted)),
        notes=notes,
        not_covered=_not_covered(missing),
    )
    if options.allow_writes:
        prefix = f"{WRITE_PREFIX}{uuid.uuid4().hex[:8]}-"
        created = reports / CREATED_LOG
        created.parent.mkdir(parents=True, exist_ok=True)
        created.write_text("")  # only this run's ids
        target.config = settings.with_(write_prefix=prefix, created_log=str(created))
        target.cleanup_token = token
        target.notes.append(f"everything this run creates is named {prefix}... or recorded, and deleted at the end")
        if not options.skip_workflows:
            target.workflow_env = workflows.live_env(live.base_url, partition, token, prefix)
    return target


def created_log(target: Target) -> Path | None:
    return Path(target.config.created_log) if target.config.created_log else None
