"""The gate's command line and the environment variables of live mode."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from contract_tests.mock_server.profiles import PROFILES

from .leniency import DEFAULT_BASELINE

PHASES = ("examples", "coverage", "fuzzing", "stateful")
# The real service allows 300 GET and 160 PUT/PATCH/DELETE per 5 minutes per organization; the
# live default stays under the smaller one with room for token requests and the clean-up.
LIVE_DEFAULT_RATE_LIMIT = "150/5min"
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(s|sec|m|min|h)\s*$")


EXIT_CODES = """\
exit codes:
  0    passed: no violation and no new leniency (input the spec forbids that the service accepts
       is reported; kinds and places the leniency baseline knows, and spec questions such as an
       enum spelled in another letter case, do not fail without --strict)
  1    failed: a violation that breaks clients (5xx; status, schema, content type or headers not
       as the spec says; authentication, scope or organization isolation not enforced; a deleted
       resource still readable; a read answering what its query excludes; an operation the spec
       holds on firm evidence not served), a leniency the baseline does not know, a failed step
       (drift check, spec validation, workflows, clean-up), or with --strict any finding
  2    usage error (bad option, missing credential, rejected credentials)
  130  interrupted (reports are partial)"""


class UsageError(Exception):
    """A wrong option or missing credential; the gate exits 2 with this message."""


@dataclass(frozen=True)
class Credentials:
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    pat: str = field(default="", repr=False)


@dataclass(frozen=True)
class LiveTarget:
    base_url: str
    credentials: Credentials
    partition_global_id: str | None
    scopes: str
    other_base_url: str | None = None
    other_credentials: Credentials | None = None
    tenant: str | None = None  # the tenant whose level of a service with one is tested (none: not covered)


@dataclass(frozen=True)
class GateOptions:
    live: LiveTarget | None
    allow_writes: bool
    rate_limit: str | None  # in Schemathesis' form, e.g. "30/m"
    seed: int
    max_examples: int | None
    workers: int
    phases: tuple[str, ...]
    faults: tuple[str, ...]
    reports: Path
    skip_drift_check: bool
    skip_spec_validation: bool
    skip_workflows: bool
    scopes: str
    strict: bool = False
    allow_live: tuple[str, ...] = ()  # --allow-live: `never` rows opted in to for this live run
    mock_profile: str | None = None  # the embedded mock's behaviour profile (None: its default)
    operation_ids: tuple[str, ...] | None = None  # --operation: only these (None: every operation)
    leniency_baseline: Path = DEFAULT_BASELINE  # known "spec stricter" findings (the ratchet)
    update_leniency_baseline: bool = False  # add this run's new ones to the baseline file
    services: tuple[str, ...] = ()  # --service: only these of spec/services.yaml (empty: every one)


def schemathesis_rate(text: str) -> str:
    """`N/5min`, `N/m`, `N/10s`... as Schemathesis' `<limit>/<s|m|h>` (rounded down, at least 1)."""
    match = _RATE.match(text)
    if not match:
        raise UsageError(f"--rate-limit {text!r}: expected N/5min, N/m or N/s (e.g. 150/5min)")
    limit, count, unit = int(match[1]), int(match[2] or 1), match[3][0]
    if limit < 1 or count < 1:
        raise UsageError(f"--rate-limit {text!r}: the limit and the period must be positive")
    seconds = count * {"s": 1, "m": 60, "h": 3600}[unit]
    if seconds % 3600 == 0:
        return f"{max(1, limit // (seconds // 3600))}/h"
    if seconds % 60 == 0:
        return f"{max(1, limit // (seconds // 60))}/m"
    return f"{max(1, limit // seconds)}/s"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python3 scripts/gate",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Drift check, spec validation, then Schemathesis over every service of spec/services.yaml "
        "against the embedded mock (default) or a live organization (--base-url or UIPATH_URI + "
        "UIPATH_ORGANIZATION; the other services' base URLs are derived from Identity's).",
        epilog="Live credentials: UIPATH_CLIENT_ID + UIPATH_CLIENT_SECRET (token from {base URL}/connect/token) "
        "or UIPATH_PAT. Optional: UIPATH_AUTH_SCOPES, UIPATH_PARTITION_GLOBAL_ID, and a second organization for "
        "the isolation check: UIPATH_OTHER_ORGANIZATION + UIPATH_OTHER_CLIENT_ID + UIPATH_OTHER_CLIENT_SECRET; "
        "UIPATH_TENANT for the tenant levels.\n\n" + EXIT_CODES,
    )
    parser.add_argument("--base-url", help="live mode: https://cloud.uipath.com/{org}/identity_")
    parser.add_argument("--partition-global-id", help="live mode: the org id (default: the token's prt_id)")
    parser.add_argument("--allow-writes", action="store_true", help="live mode: also run creating/changing operations")
    parser.add_argument(
        "--rate-limit", metavar="N/5min", help=f"request rate limit (live default {LIVE_DEFAULT_RATE_LIMIT})"
    )
    parser.add_argument("--seed", type=int, default=20260522, help="Schemathesis seed (a run reproduces with it)")
    parser.add_argument("--max-examples", type=int, help="test cases per operation and phase (default 100)")
    parser.add_argument(
        "--workers", type=int, default=2, help="Schemathesis processes side by side (operations split between them)"
    )
    parser.add_argument("--phases", default=",".join(PHASES), help="comma-separated subset of " + ",".join(PHASES))
    parser.add_argument("--fault", action="append", default=[], metavar="NAME", help="embedded mock fault (repeatable)")
    parser.add_argument(
        "--mock-profile",
        choices=sorted(PROFILES),
        help="the embedded mock's behaviour profile (python -m contract_tests.mock_server --help)",
    )
    parser.add_argument(
        "--operation",
        action="append",
        default=[],
        metavar="ID",
        help="run Schemathesis on this operationId only (repeatable; default: every operation)",
    )
    parser.add_argument(
        "--service",
        action="append",
        default=[],
        metavar="NAME",
        help="test this service of spec/services.yaml only (repeatable; default: every service)",
    )
    parser.add_argument(
        "--tenant",
        metavar="NAME",
        help="live mode: the tenant whose level of the services that have one is tested (default: UIPATH_TENANT; "
        "without one, tenant levels are not covered)",
    )
    parser.add_argument("--reports", type=Path, default=Path("reports"), help="report directory (default reports/)")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also fail on known leniency (in the baseline) and on spec questions (exit 1)",
    )
    parser.add_argument(
        "--leniency-baseline",
        type=Path,
        default=DEFAULT_BASELINE,
        metavar="FILE",
        help="known 'spec stricter than the service' findings; a new one fails the gate "
        "(default: contract_tests/gate/leniency-baseline.yaml)",
    )
    parser.add_argument(
        "--update-leniency-baseline",
        action="store_true",
        help="add this run's new 'spec stricter' findings to the baseline file (then commit it)",
    )
    parser.add_argument("--skip-drift-check", action="store_true", help="do not run scripts/regenerate --check")
    parser.add_argument("--skip-spec-validation", action="store_true", help="do not run the spec lint")
    parser.add_argument(
        "--skip-workflows", action="store_true", help="do not run tests/workflow (mock, or live with --allow-writes)"
    )
    parser.add_argument(
        "--allow-live",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="live mode with --allow-writes: also run this `live: never` operation (repeatable; e.g. createUser)",
    )
    parser.add_argument(
        "--scopes",
        help="scopes to request (default: UIPATH_AUTH_SCOPES, else none: the token endpoint grants every scope the "
        "application holds, and on `invalid_scope` the gate asks for the spec's scopes it can get)",
    )
    return parser


def _credentials(env: Mapping[str, str], prefix: str) -> Credentials:
    return Credentials(
        env.get(f"{prefix}_CLIENT_ID", ""), env.get(f"{prefix}_CLIENT_SECRET", ""), env.get(f"{prefix}_PAT", "")
    )


def _live_target(args: argparse.Namespace, env: Mapping[str, str], scopes: str) -> LiveTarget | None:
    base_url = args.base_url
    uri, org = env.get("UIPATH_URI", ""), env.get("UIPATH_ORGANIZATION", "")
    if not base_url and (uri or org):
        if not (uri and org):
            missing = "UIPATH_ORGANIZATION" if uri else "UIPATH_URI"
            raise UsageError(f"live mode needs both UIPATH_URI and UIPATH_ORGANIZATION; {missing} is not set")
        base_url = f"{uri.rstrip('/')}/{org.strip('/')}/identity_"
    if not base_url:
        return None
    base_url = base_url.rstrip("/")
    if not re.match(r"^https?://", base_url):
        raise UsageError(f"--base-url {base_url!r} is not an http(s) URL")
    creds = _credentials(env, "UIPATH")
    if not creds.pat and not (creds.client_id and creds.client_secret):
        missing = "UIPATH_CLIENT_SECRET" if creds.client_id else "UIPATH_CLIENT_ID"
        raise UsageError(
            f"live mode needs credentials: set UIPATH_CLIENT_ID and UIPATH_CLIENT_SECRET, "
            f"or UIPATH_PAT ({missing} is not set)"
        )
    other_org = env.get("UIPATH_OTHER_ORGANIZATION", "")
    other_creds = _credentials(env, "UIPATH_OTHER")
    other_base = None
    if other_org:
        if not (other_creds.client_id and other_creds.client_secret):
            raise UsageError("UIPATH_OTHER_ORGANIZATION needs UIPATH_OTHER_CLIENT_ID and UIPATH_OTHER_CLIENT_SECRET")
        other_base = re.sub(r"/[^/]+/identity_$", f"/{other_org.strip('/')}/identity_", base_url)
    return LiveTarget(
        base_url=base_url,
        credentials=creds,
        partition_global_id=args.partition_global_id or env.get("UIPATH_PARTITION_GLOBAL_ID") or None,
        scopes=scopes,
        other_base_url=other_base,
        other_credentials=other_creds if other_base else None,
        tenant=args.tenant or env.get("UIPATH_TENANT") or None,
    )


def parse(argv: list[str] | None, env: Mapping[str, str] | None = None, default_scopes: str = "") -> GateOptions:
    env = os.environ if env is None else env
    args = build_parser().parse_args(argv)
    phases = tuple(p.strip() for p in args.phases.split(",") if p.strip())
    unknown = sorted(set(phases) - set(PHASES))
    if unknown or not phases:
        raise UsageError(
            f"--phases: unknown phase(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(PHASES)}"
        )
    if args.max_examples is not None and args.max_examples < 1:
        raise UsageError("--max-examples must be at least 1")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    scopes = args.scopes or env.get("UIPATH_AUTH_SCOPES") or default_scopes
    live = _live_target(args, env, scopes)
    if live is not None and args.fault:
        raise UsageError("--fault applies to the embedded mock only, not to a live organization")
    if live is None and args.tenant:
        raise UsageError("--tenant applies to live mode (--base-url) only: the embedded mock announces its tenants")
    if live is not None and args.mock_profile:
        raise UsageError("--mock-profile applies to the embedded mock only, not to a live organization")
    if live is None and (args.allow_writes or args.partition_global_id):
        raise UsageError("--allow-writes and --partition-global-id apply to live mode (--base-url) only")
    if args.allow_live and (live is None or not args.allow_writes):
        raise UsageError("--allow-live opts in to live writes: it needs --base-url and --allow-writes")
    rate = args.rate_limit or (LIVE_DEFAULT_RATE_LIMIT if live else None)
    return GateOptions(
        live=live,
        allow_writes=args.allow_writes,
        rate_limit=schemathesis_rate(rate) if rate else None,
        seed=args.seed,
        max_examples=args.max_examples,
        workers=args.workers,
        phases=phases,
        faults=tuple(args.fault),
        reports=args.reports,
        skip_drift_check=args.skip_drift_check,
        skip_spec_validation=args.skip_spec_validation,
        skip_workflows=args.skip_workflows,
        scopes=scopes,
        strict=args.strict,
        allow_live=tuple(args.allow_live),
        mock_profile=args.mock_profile,
        operation_ids=tuple(dict.fromkeys(args.operation)) or None,
        leniency_baseline=args.leniency_baseline,
        update_leniency_baseline=args.update_leniency_baseline,
        services=tuple(dict.fromkeys(args.service)),
    )
