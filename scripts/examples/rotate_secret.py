#!/usr/bin/env python3
"""Rotate an external client's secret with the generated client, without downtime.

    1. generate a new secret for the external client;
    2. prove that a token can be obtained with it (client-credentials grant);
    3. delete the client's secrets older than N days (never the new one).

The admin credentials come from the UiPath CLI's environment variables (see `from_env`):
UIPATH_URI, UIPATH_ORGANIZATION and UIPATH_CLIENT_ID + UIPATH_CLIENT_SECRET (or UIPATH_PAT).

    # a live organization
    scripts/examples/rotate_secret.py --org-id <partitionGlobalId> --client-id <app id> \\
        --older-than-days 30 --secret-file new-secret.txt

    # against the embedded mock (starts it, creates a demo app with an old secret, rotates it)
    scripts/examples/rotate_secret.py --mock --older-than-days 0

The new secret's value is written only to --secret-file (mode 0600), never printed or logged.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import httpx
from uipath_identity_client import AuthenticatedClient, UiPathIdentityError, base_urls, from_env
from uipath_identity_client.api.external_client_secrets import (
    delete_external_client_secret,
    generate_external_client_secret,
)
from uipath_identity_client.api.external_clients import create_external_client, get_external_client
from uipath_identity_client.models import CreateExternalClientRequest, GenerateSecretRequest, Scope, ScopeType

ROOT = Path(__file__).resolve().parents[2]


def prove_token(base_url: str, client_id: str, secret: str) -> str:
    """Obtain a token with the new secret; returns the granted scopes."""
    answer = httpx.post(
        base_urls.token_url(base_url),
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
        timeout=30,
    )
    if answer.status_code != 200:
        raise SystemExit(f"the new secret does not work: token endpoint answered {answer.status_code}")
    return str(answer.json().get("scope", ""))


def rotate(
    client: AuthenticatedClient,
    base_url: str,
    org: UUID,
    client_id: str,
    older_than_days: float,
    description: str,
    expires_in_days: float | None,
    secret_file: Path | None,
) -> int:
    expiry = datetime.now(UTC) + timedelta(days=expires_in_days) if expires_in_days else None
    new = generate_external_client_secret.sync(
        client=client,
        body=GenerateSecretRequest(
            partition_global_id=org, client_id=client_id, description=description, expiry_time=expiry
        ),
    )
    assert isinstance(new.secret, str)
    print(f"generated secret {new.id} ({description!r}, expires {new.expiry_time or 'never'})")
    if secret_file is not None:
        secret_file.touch(mode=0o600, exist_ok=True)
        secret_file.write_text(new.secret + "\n")
        print(f"wrote its value to {secret_file}")
    scopes = prove_token(base_url, client_id, new.secret)
    print(f"a token can be obtained with it (scopes: {scopes or 'none'})")

    cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
    app = get_external_client.sync(org, client_id, client=client)
    deleted = 0
    for old in app.secrets:
        if old.id != new.id and old.creation_time <= cutoff:
            delete_external_client_secret.sync(org, old.id, client=client)
            print(f"deleted secret {old.id} created {old.creation_time:%Y-%m-%d %H:%M} ({old.description or '-'})")
            deleted += 1
    kept = len(app.secrets) - deleted
    print(f"done: {deleted} old secret(s) deleted, {kept} kept")
    return 0


@contextmanager
def embedded_mock() -> Iterator[dict[str, str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "contract_tests.mock_server", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("MOCK_READY "):
                yield json.loads(line[len("MOCK_READY ") :])
                return
        raise SystemExit("the mock server did not start")
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--org-id", help="the organization's partitionGlobalId (GUID)")
    parser.add_argument("--client-id", help="the external client whose secret to rotate")
    parser.add_argument("--older-than-days", type=float, default=30, help="delete secrets older than this")
    parser.add_argument("--description", default=f"rotation {datetime.now(UTC):%Y-%m-%d}")
    parser.add_argument("--expires-in-days", type=float, default=None, help="expiry of the new secret")
    parser.add_argument("--secret-file", type=Path, help="where to write the new secret's value (0600)")
    parser.add_argument("--mock", action="store_true", help="run against a fresh embedded mock server")
    args = parser.parse_args()
    try:
        if args.mock:
            with embedded_mock() as mock:
                os.environ.update(
                    {
                        "UIPATH_URI": mock["base_url"].rsplit("/", 2)[0],
                        "UIPATH_ORGANIZATION": mock["organization"],
                        "UIPATH_CLIENT_ID": mock["admin_client_id"],
                        "UIPATH_CLIENT_SECRET": mock["admin_client_secret"],
                    }
                )
                client, org = from_env(), UUID(mock["partition_global_id"])
                demo = create_external_client.sync(
                    client=client,
                    body=CreateExternalClientRequest(
                        partition_global_id=org,
                        name="rotate_secret demo",
                        is_confidential=True,
                        scopes=[Scope(name="PM.Directory", type=ScopeType.APPLICATION)],
                    ),
                )
                print(f"mock: created external client {demo.id} with secret {demo.secrets[0].id}")
                return rotate(
                    client,
                    mock["base_url"],
                    org,
                    demo.id,
                    args.older_than_days,
                    args.description,
                    args.expires_in_days,
                    args.secret_file,
                )
        if not (args.org_id and args.client_id):
            parser.error("--org-id and --client-id are required (or --mock)")
        client = from_env()
        return rotate(
            client,
            client._base_url,
            UUID(args.org_id),
            args.client_id,
            args.older_than_days,
            args.description,
            args.expires_in_days,
            args.secret_file,
        )
    except UiPathIdentityError as error:  # typed, and never carries a secret
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
