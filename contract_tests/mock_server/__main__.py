"""`python -m contract_tests.mock_server`: serve the mock on loopback and announce it.

When ready it prints human-readable lines and one `MOCK_READY {json}` line (flushed) with the
base URL (Identity's), every service's base URL (`services`, and per tenant `tenants[].services`)
and the seeded admin credentials; the admin secret is the one secret ever printed."""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from typing import Any

import uvicorn

from .app import MockState, create_app
from .config import (
    DEFAULT_ADMIN_CLIENT_ID,
    PAT_ENV,
    SECOND_ORG_NAME,
    MockConfig,
    OrgCredentials,
    PersonalAccessToken,
)
from .faults import FAULTS
from .http_limits import LimitedHttpToolsProtocol
from .profiles import DEFAULT_PROFILE, PROFILES


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.mock_server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--db", help="SQLite file to persist state in (default: in memory)")
    parser.add_argument("--org", default="contoso", help="name of the primary organization")
    parser.add_argument("--fault", action="append", default=[], metavar="NAME", help="switch on a fault (repeatable)")
    parser.add_argument("--list-faults", action="store_true", help="list the faults and exit")
    parser.add_argument("--admin-client-id", default=DEFAULT_ADMIN_CLIENT_ID)
    parser.add_argument("--admin-client-secret", help="default: $UIPATH_MOCK_ADMIN_CLIENT_SECRET or random")
    parser.add_argument(
        "--pat",
        action="append",
        default=[],
        metavar="TOKEN[:SCOPE,SCOPE...]",
        help=f"a static bearer token of the primary org (all PM scopes if none given); prefer ${PAT_ENV}, "
        "which the process list does not show",
    )
    parser.add_argument("--token-ttl", type=int, default=3600, metavar="SECONDS")
    parser.add_argument("--rate-limit", action="store_true", help="enforce the documented per-org limits")
    parser.add_argument(
        "--seed-audit-events",
        type=int,
        default=0,
        metavar="N",
        help="seed N synthetic events into the primary org's (empty) audit log at start (a benchmark's export)",
    )
    parser.add_argument(
        "--seed-tenant-audit-events",
        type=int,
        default=0,
        metavar="N",
        help="seed N synthetic events into the primary org's first tenant's (empty) audit log at start",
    )
    parser.add_argument(
        "--seed-audit-days",
        type=int,
        default=30,
        metavar="DAYS",
        help="spread the seeded events evenly over the last DAYS days (1-90; default 30)",
    )
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default=DEFAULT_PROFILE,
        help="behaviour profile: " + "; ".join(f"{p.name}: {p.description}" for p in PROFILES.values()),
    )
    return parser.parse_args(argv)


def config_from_args(args: argparse.Namespace) -> MockConfig:
    if args.org.lower() == SECOND_ORG_NAME:
        raise SystemExit(f"--org must not be {SECOND_ORG_NAME!r}, which always exists as the second org")
    unknown = sorted(set(args.fault) - FAULTS.keys())
    if unknown:
        raise SystemExit(f"unknown fault(s): {', '.join(unknown)} (see --list-faults)")
    if min(args.seed_audit_events, args.seed_tenant_audit_events) < 0 or not 1 <= args.seed_audit_days <= 90:
        raise SystemExit("--seed-audit-events and --seed-tenant-audit-events take N >= 0, --seed-audit-days 1 to 90")
    config = MockConfig(
        host=args.host,
        port=args.port,
        db=args.db,
        org=args.org,
        faults=tuple(args.fault),
        admin_client_id=args.admin_client_id,
        pats=tuple(PersonalAccessToken.parse(p) for p in [*os.environ.get(PAT_ENV, "").split(), *args.pat]),
        token_ttl=args.token_ttl,
        rate_limit=args.rate_limit,
        profile=args.profile,
        seed_audit_events=args.seed_audit_events,
        seed_tenant_audit_events=args.seed_tenant_audit_events,
        seed_audit_days=args.seed_audit_days,
    )
    if args.admin_client_secret:
        config.admin_client_secret = args.admin_client_secret
    return config


def _announcement(creds: OrgCredentials, root: str, state: MockState) -> dict[str, Any]:
    org = f"{root}/{creds.name}"
    base = f"{org}/{state.service.prefix}"
    tenants = state.tenants[creds.partition_global_id]
    return {
        "base_url": base,  # Identity's, whose token endpoint serves every service
        "token_url": f"{base}/connect/token",
        "organization": creds.name,
        "partition_global_id": creds.partition_global_id,
        "admin_client_id": creds.admin_client_id,
        "admin_client_secret": creds.admin_client_secret,
        "scopes": state.scopes,
        "services": {s.service.name: f"{org}/{s.service.prefix}" for s in state.served},
        "tenants": [
            {
                "name": tenant.name,
                "id": tenant.id,
                "services": {
                    s.service.name: f"{org}/{tenant.name}/{s.service.tenant_prefix}"
                    for s in state.served
                    if s.service.tenant_prefix
                },
            }
            for tenant in tenants
        ],
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list_faults:
        for fault in FAULTS.values():
            print(f"{fault.name}\t{fault.description}")
        return 0
    config = config_from_args(args)
    if args.pat:
        print(f"warning: --pat shows the token to anyone who can list processes; prefer ${PAT_ENV}", file=sys.stderr)
    app = create_app(config)
    # Work that grows with an organization runs in worker threads; a shorter GIL switch interval
    # (5 ms by default) lets the event loop answer other requests sooner meanwhile.
    sys.setswitchinterval(0.001)
    state: MockState = app.state.mock

    sock = socket.socket(socket.AF_INET6 if ":" in config.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, config.port))
    port = sock.getsockname()[1]
    host = f"[{config.host}]" if ":" in config.host else config.host
    root = f"http://{host}:{port}"

    class AnnouncingServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if not self.started:
                return
            primary, *others = config.organizations
            ready = _announcement(primary, root, state)
            ready["other_organizations"] = [_announcement(o, root, state) for o in others]
            lines = [
                f"UiPath Identity mock serving {ready['base_url']}",
                *(f"  {name:<12} {url}" for name, url in ready["services"].items() if url != ready["base_url"]),
                *(f"  {name:<12} {url}" for t in ready["tenants"] for name, url in t["services"].items()),
                f"  organization {primary.name} (partitionGlobalId {primary.partition_global_id})",
                f"  token URL    {ready['token_url']}",
                f"  admin client {primary.admin_client_id} / {primary.admin_client_secret}",
            ]
            lines += [f"  also org     {o.name} ({o.partition_global_id}), admin {o.admin_client_id}" for o in others]
            if config.profile != DEFAULT_PROFILE:
                lines.append(f"  profile      {config.profile}")
            if config.faults:
                lines.append(f"  FAULTS ON:   {', '.join(config.faults)}")
            lines.append("MOCK_READY " + json.dumps(ready))
            print("\n".join(lines), flush=True)

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            await super().shutdown(sockets=sockets)
            # Here, not after run(): uvicorn re-raises the SIGTERM it caught once it has shut down.
            app.state.mock.store.close()  # removes the scratch database of an in-memory run

    server = AnnouncingServer(
        uvicorn.Config(
            app,
            access_log=False,
            log_level="warning",
            server_header=False,
            lifespan="off",
            http=LimitedHttpToolsProtocol,  # a request head over 32 KiB: 431, as Kestrel answers
        )
    )
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
