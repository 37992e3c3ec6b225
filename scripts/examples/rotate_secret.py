#!/usr/bin/env python3
"""Rotate an external client's secret with the generated client, without downtime.

`IdentityClient.rotate_secret` does the work:
    1. generate a new secret for the external client;
    2. prove that a token can be obtained with it (client-credentials grant);
    3. delete the client's secrets older than N days (never the new one).

The admin credentials come from the UiPath CLI's environment variables (see `from_env`):
UIPATH_URI, UIPATH_ORGANIZATION and UIPATH_CLIENT_ID + UIPATH_CLIENT_SECRET (or UIPATH_PAT with
UIPATH_ORGANIZATION_ID). With client credentials the organization id is read from the token.

    # a live organization
    scripts/examples/rotate_secret.py --client-id <app id> --older-than-days 30 --secret-file new-secret.txt

    # against the embedded mock (starts it, creates a demo app with an old secret, rotates it)
    scripts/examples/rotate_secret.py --mock --older-than-days 0

The new secret's value is written only to --secret-file (mode 0600), never printed or logged.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from uipath_identity_client import IdentityClient, UiPathIdentityError
from uipath_identity_client.models import Scope, ScopeType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from contract_tests.mock_server import process as mock_process  # noqa: E402


def rotate(
    client: IdentityClient,
    client_id: str,
    older_than_days: float,
    description: str,
    expires_in_days: float | None,
    secret_file: Path | None,
) -> int:
    expiry = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
    before = len(client.external_clients.get(client_id).secrets)
    rotation = client.rotate_secret(
        client_id, description=description, expiry_time=expiry, retire_older_than=timedelta(days=older_than_days)
    )
    new = rotation.new_secret
    print(f"generated secret {new.id} ({description!r}, expires {new.expiry_time or 'never'})")
    print("a token can be obtained with it (rotate_secret proved it before retiring anything)")
    if secret_file is not None:
        secret_file.touch(mode=0o600, exist_ok=True)
        secret_file.write_text(new.secret + "\n")
        print(f"wrote its value to {secret_file}")
    for secret_id in rotation.retired:
        print(f"deleted secret {secret_id}")
    kept = before + 1 - len(rotation.retired)
    print(f"done: {len(rotation.retired)} old secret(s) deleted, {kept} kept")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--client-id", help="the external client whose secret to rotate")
    parser.add_argument("--older-than-days", type=float, default=30, help="delete secrets older than this")
    parser.add_argument("--description", default=f"rotation {datetime.now(UTC):%Y-%m-%d}")
    parser.add_argument("--expires-in-days", type=float, default=None, help="expiry of the new secret")
    parser.add_argument("--secret-file", type=Path, help="where to write the new secret's value (0600)")
    parser.add_argument("--mock", action="store_true", help="run against a fresh embedded mock server")
    args = parser.parse_args()
    options = (args.older_than_days, args.description, args.expires_in_days, args.secret_file)
    try:
        if args.mock:
            with mock_process.running() as mock:
                ready = mock.ready
                client = IdentityClient(
                    ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
                )
                demo = client.external_clients.create(
                    name="rotate_secret demo",
                    is_confidential=True,
                    scopes=[Scope(name="PM.Directory", type=ScopeType.APPLICATION)],
                )
                print(f"mock: created external client {demo.id} with secret {demo.secrets[0].id}")
                return rotate(client, demo.id, *options)
        if not args.client_id:
            parser.error("--client-id is required (or --mock)")
        return rotate(IdentityClient.from_env(), args.client_id, *options)
    except UiPathIdentityError as error:  # typed, and never carries a secret
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
