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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from contract_tests import spec_model
from contract_tests.spec_model import OperationModel, SpecModel

from . import deployments, live_policy, workflows
from .config import Credentials, GateConfig
from .deployments import Deployment
from .options import GateOptions, LiveTarget, UsageError
from .tokens import Grant, TokenError, fetch_token, obtain, pat_scopes, unverified_claims

WRITE_PREFIX = "contract-gate-"
NOTES_LOG = "not-covered.ndjson"
CREATED_LOG = "created-ids.ndjson"


@dataclass
class Target:
    description: str
    # The run's configuration for the primary service (Identity); each deployment's is `config_for`.
    config: GateConfig = field(repr=False)
    operation_ids: tuple[str, ...] | None  # what Schemathesis runs, across services (None: every operation)
    deployments: list[Deployment] = field(default_factory=list)  # where, one service at one level each
    notes: list[str] = field(default_factory=list)
    not_covered: list[str] = field(default_factory=list)
    workflow_env: dict[str, str] | None = field(default=None, repr=False)  # None: no workflow tests
    cleanup_token: str | None = field(default=None, repr=False)

    def config_for(self, deployment: Deployment) -> GateConfig:
        """The configuration of the Schemathesis processes testing one deployment."""
        return self.config.with_(
            base_url=deployment.base_url, spec_path=str(deployment.service.spec_path), deployment=deployment.label
        )

    def operations_of(self, deployment: Deployment) -> tuple[str, ...]:
        """The operations of a deployment this run tests (empty: none)."""
        return deployment.selected(self.operation_ids)


def wanted_scopes(ops: Iterable[OperationModel], operation_ids: Iterable[str] | None) -> list[str]:
    """Every scope the operations accept, in spec order (what to ask for if a scope must be named)."""
    chosen = None if operation_ids is None else set(operation_ids)
    scopes: list[str] = []
    for op in ops:
        if chosen is None or op.operation_id in chosen:
            scopes += [s for s in op.first_oauth_scopes if s not in scopes]
    return scopes


def _grant(
    credentials: Credentials, requested: str, ops: list[OperationModel], operation_ids: tuple[str, ...] | None
) -> Grant:
    """A token with the scopes asked for (--scopes), else with whatever the application can get."""
    c = credentials
    if requested:
        return fetch_token(c.token_url, c.client_id, c.client_secret, requested)
    return obtain(c.token_url, c.client_id, c.client_secret, wanted_scopes(ops, operation_ids))


def lacking(
    ops: Iterable[OperationModel], operation_ids: Iterable[str] | None, granted: tuple[str, ...] | None
) -> dict[str, list[str]]:
    """Operations none of whose scopes the token holds, by the scopes they accept."""
    if granted is None:
        return {}
    chosen = None if operation_ids is None else set(operation_ids)
    missing: dict[str, list[str]] = {}
    for op in ops:
        if (chosen is None or op.operation_id in chosen) and op.scopes and not op.scopes & set(granted):
            missing.setdefault(" or ".join(sorted(op.scopes)), []).append(op.operation_id)
    return missing


def _not_covered(missing: dict[str, list[str]]) -> list[str]:
    return [f"not covered: token lacks {scopes} ({', '.join(ops)})" for scopes, ops in missing.items()]


def _runnable(
    ops: list[OperationModel], chosen: tuple[str, ...] | None, missing: dict[str, list[str]]
) -> tuple[str, ...] | None:
    skipped = {op for ops in missing.values() for op in ops}
    if not skipped:
        return chosen
    return tuple(
        op.operation_id
        for op in ops
        if (chosen is None or op.operation_id in chosen) and op.operation_id not in skipped
    )


def mock_target(ready: dict[str, Any], options: GateOptions) -> Target:
    every = deployments.from_announcement(ready)
    chosen = deployments.chosen(every, options.services)
    ops = deployments.operations(options.services)
    selection = _selection(ops, options.operation_ids, options.services)
    credentials = Credentials(ready["token_url"], ready["admin_client_id"], ready["admin_client_secret"])
    grant = _grant(credentials, options.scopes, ops, selection)
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
        service_urls=deployments.service_urls(every),
    )
    missing = lacking(ops, selection, grant.scopes)
    runnable = _runnable(ops, selection, missing)
    # The gate's own probes stay within the run's operations too (--operation).
    settings = settings.with_(callable_operations=runnable)
    faults = f" with faults {', '.join(options.faults)}" if options.faults else ""
    profile = f" (profile {options.mock_profile})" if options.mock_profile else ""
    return Target(
        f"embedded mock {ready['base_url']}{profile}{faults}",
        settings,
        runnable,
        chosen,
        not_covered=_not_covered(missing),
        workflow_env=None if options.skip_workflows else workflows.mock_env(ready),
    )


def _selection(
    ops: list[OperationModel], operation_ids: tuple[str, ...] | None, services: tuple[str, ...]
) -> tuple[str, ...] | None:
    """--operation, within the chosen services (None: every operation of every service)."""
    if operation_ids is None:
        return None if not services else tuple(op.operation_id for op in ops)
    return tuple(op.operation_id for op in ops if op.operation_id in operation_ids)


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
            if param.organization and param.location in ("path", "query"):
                if param.location == "query":
                    query[param.name] = None
            elif param.required:
                example = _example(spec, op, param.name) if param.location == "query" else None
                if example is None:
                    fillable = False
                    break
                query[param.name] = example
        if fillable:
            return op, query
    return None


class _NoReadToCall(UsageError):
    """The token can call no `read` operation of a service."""


class _Refused(UsageError):
    """A service refused the pre-flight read for another reason than the credentials."""


def preflight(
    spec: SpecModel, base_url: str, partition: str, token: str, granted: tuple[str, ...] | None, primary: bool = True
) -> str:
    """One authenticated read; returns what it called. Raises UsageError if it is refused: 401
    (rejected credentials), 403, or for a service other than the primary a 404 (not deployed)."""
    found = preflight_operation(spec, granted)
    if found is None:
        raise _NoReadToCall(
            "the token holds no scope of any `read` operation of the operations tables: nothing can prove the "
            f"credentials work (granted: {' '.join(granted or ()) or 'none'})"
        )
    op, query = found
    path = op.path
    for param in op.parameters:
        if param.organization and param.location == "path":
            path = path.replace("{" + param.name + "}", partition)
    url = base_url + path
    params = {k: (partition if v is None else v) for k, v in query.items()}
    try:
        status = httpx.get(url, params=params, headers={"Authorization": f"Bearer {token}"}, timeout=30).status_code
    except httpx.HTTPError as error:
        raise _Refused(f"cannot reach {url}: {type(error).__name__}") from error
    if status == 401:
        raise UsageError(f"the server rejected the credentials (401 on GET {url}): check UIPATH_PAT or the client")
    if status == 403:
        raise _Refused(
            f"403 on GET {url} ({op.operation_id}): the token lacks {' / '.join(sorted(op.scopes))}, "
            f"or the {op.organization_param} is not its organization's"
        )
    if status == 404 and not primary:
        raise _Refused(f"404 on GET {url} ({op.operation_id}): is the service deployed there?")
    return f"{op.operation_id} ({status})"


def _preflights(
    target_deployments: list[Deployment], partition: str, token: str, granted: tuple[str, ...] | None
) -> tuple[list[Deployment], list[str], list[str]]:
    """One authenticated read per deployment: (those that answered, what proved it, not covered).
    Rejected credentials (401) stop the run, as does a refusal of the primary service's read or
    no read callable anywhere (UsageError); otherwise a deployment whose read fails is left out."""
    proven, checked, skipped = [], [], []
    primary = spec_model.services()[0]
    unproven: UsageError | None = None
    for deployment in target_deployments:
        is_primary = deployment.service == primary and deployment.tenant is None
        try:
            checked.append(preflight(deployment.spec, deployment.base_url, partition, token, granted, is_primary))
        except _NoReadToCall as error:
            unproven = error
            skipped.append(f"not covered: {deployment.label} (the token can call none of its `read` operations)")
            continue
        except _Refused as error:
            if is_primary:
                raise
            skipped.append(f"not covered: {deployment.label}, whose pre-flight read failed: {error}")
            continue
        proven.append(deployment)
    if not proven:
        raise unproven or UsageError("no service answered its pre-flight read: " + "; ".join(skipped))
    return proven, checked, skipped


def live_target(live: LiveTarget, options: GateOptions) -> Target:
    ops = deployments.operations(options.services)
    # Deny by default: only the operations table's `read` rows, plus `write-own` with --allow-writes.
    allowed = live_policy.live_operations(ops, options.allow_writes, options.allow_live)
    every = deployments.derived(live.base_url, live.tenant)
    chosen_deployments = deployments.chosen(every, options.services)
    token_url = f"{live.base_url}/connect/token"
    creds = live.credentials
    granted: tuple[str, ...] | None
    if creds.client_id and creds.client_secret:
        credentials = Credentials(token_url, creds.client_id, creds.client_secret)
        try:
            grant = _grant(credentials, options.scopes, ops, allowed)
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
    chosen_deployments, checked, unreachable = _preflights(chosen_deployments, partition, token, granted)
    missing = lacking(ops, allowed, granted)
    chosen = allowed if options.operation_ids is None else tuple(op for op in allowed if op in options.operation_ids)
    never = [op.operation_id for op in ops if live_policy.policy(op) == "never" and op.operation_id not in allowed]
    notes = [
        f"live mode: {'read and write' if options.allow_writes else 'read-only'} operations "
        f"({', '.join(chosen)}); never live (operations tables): "
        f"{', '.join(never) or 'none'}; credentials proven by {', '.join(checked)}"
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
    beside = {d.service.name for d in every}
    underived = [s.name for s in deployments.services(options.services) if s.name not in beside]
    if underived:
        unreachable.append(
            f"not covered: {', '.join(underived)} (no base URL can be derived from {live.base_url}: it does not "
            "end in the organization's Identity segment)"
        )
    tenantless = deployments.with_tenant_level(options.services)
    if tenantless and not live.tenant:
        unreachable.append(
            f"not covered: the tenant level of {', '.join(tenantless)} (name a tenant: --tenant or UIPATH_TENANT)"
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
        service_urls=deployments.service_urls(every),
        # Records other services' requests refer to are made with any operation the live policy
        # allows, whichever services this run tests (a group for a license allocation).
        setup_operations=live_policy.live_operations(
            live_policy.every_operation(), options.allow_writes, options.allow_live
        ),
    )
    target = Target(
        f"live organization {live.base_url}",
        settings,
        _runnable(ops, chosen, lacking(ops, chosen, granted)),
        chosen_deployments,
        notes=notes,
        not_covered=_not_covered(missing) + unreachable,
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
            target.workflow_env = workflows.live_env(
                live.base_url, partition, token, prefix, options.allow_live, live.tenant
            )
    return target


def created_log(target: Target) -> Path | None:
    return Path(target.config.created_log) if target.config.created_log else None
