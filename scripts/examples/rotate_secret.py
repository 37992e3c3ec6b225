#!/usr/bin/env python3
"""Rotate an external client's secret with the generated client, without downtime.

`IdentityClient.rotate_secret` does the work:
    1. generate a new secret for the external client;
    2. prove that a token can be obtained with it (client-credentials grant);
    3. hand it over: this script writes it to --secret-file (mode 0600, atomically: a temporary
       file in the same folder, then renamed), and only if that succeeded
    4. delete the client's secrets older than N days that existed before (never the new one).
If anything fails after step 1, the error carries the new secret and this script still writes it.

The admin credentials come from the UiPath CLI's environment variables (see `from_env`):
UIPATH_URI, UIPATH_ORGANIZATION and UIPATH_CLIENT_ID + UIPATH_CLIENT_SECRET (or UIPATH_PAT with
UIPATH_ORGANIZATION_ID). With client credentials the organization id is read from the token.

    # a live organization
    scripts/examples/rotate_secret.py --client-id <app id> --older-than-days 30 --secret-file new-secret.txt

    # against the embedded mock (starts it, creates a demo app with an old secret, rotates it)
    scripts/examples/rotate_secret.py --mock --older-than-days 0

The new secret's value is written only to --secret-file (mode 0600), never printed or logged.
Only the generated package is needed (`--mock` also needs a checkout of the project).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from uipath_identity_client import IdentityClient, SecretRotationError, UiPathIdentityError
from uipath_identity_client.models import NewClientSecret

ROOT = Path(__file__).resolve().parents[2]


def write_secret(path: Path, secret: NewClientSecret) -> None:
    """Write the secret to `path` with mode 0600, atomically (never a half-written or readable file)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(secret.secret + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


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

    def hand_over(secret: NewClientSecret) -> None:  # before anything is retired
        if secret_file is not None:
            write_secret(secret_file, secret)
            print(f"wrote its value to {secret_file}")

    rotation = client.rotate_secret(
        client_id,
        description=description,
        expiry_time=expiry,
        retire_older_than=timedelta(days=older_than_days),
        on_new_secret=hand_over,
    )
    new = rotation.new_secret
    print(f"generated secret {new.id} ({description!r}, expires {new.expiry_time or 'never'})")
    print("a token was obtained with it and it was stored before anything was retired")
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
    if args.secret_file is not None and not args.secret_file.parent.is_dir():
        parser.error(f"--secret-file: the folder {args.secret_file.parent} does not exist")
    try:
        if args.mock:
            sys.path.insert(0, str(ROOT))  # the embedded mock is part of the project, not of the package
            from contract_tests.mock_server import process as mock_process

            with mock_process.running() as mock:
                ready = mock.ready
                client = IdentityClient(
                    ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
                )
                demo = client.external_clients.create(
                    name="rotate_secret demo",
                    is_confidential=True,
                    scopes=["PM.Directory"],
                )
                print(f"mock: created external client {demo.id} with secret {demo.secrets[0].id}")
                return rotate(client, demo.id, *options)
        if not args.client_id:
            parser.error("--client-id is required (or --mock)")
        return rotate(IdentityClient.from_env(), args.client_id, *options)
    except SecretRotationError as error:  # the new secret exists: never lose it
        if args.secret_file is not None and not error.new_secret_deleted and error.step != "hand over":
            write_secret(args.secret_file, error.new_secret)
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (UiPathIdentityError, OSError) as error:  # typed, and never carries a secret
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
