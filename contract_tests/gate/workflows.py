"""tests/workflow (the generated client's workflows) as a gate step: against the gate's mock, or,
with --allow-writes, against the live organization (only prefixed resources, each deleted in a
`finally`; the gate's clean-up runs after them in any case)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_workflows(extra_env: dict[str, str], junit: Path) -> tuple[bool, str]:
    env = {**os.environ, **extra_env}
    command = [sys.executable, "-m", "pytest", "tests/workflow", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    summary = (result.stdout.strip().splitlines() or [""])[-1]
    return result.returncode == 0, "" if result.returncode == 0 else summary


def mock_env(ready: dict[str, Any]) -> dict[str, str]:
    return {"WORKFLOW_MOCK_READY": json.dumps(ready)}


def live_env(
    base_url: str,
    partition_global_id: str,
    token: str,
    write_prefix: str,
    allow_live: tuple[str, ...] = (),
    tenant: str | None = None,
) -> dict[str, str]:
    """The token the gate already holds, not its credentials; the token URL lets the workflows
    check that a rotated secret of the client they created gets a token. `allow_live`: the `never`
    operations the run opted in to (a license workflow runs live only if its writes are among
    them); `tenant`: the tenant whose audit log a workflow may read (None: none)."""
    live: dict[str, Any] = {
        "base_url": base_url,
        "token_url": f"{base_url}/connect/token",
        "partition_global_id": partition_global_id,
        "token": token,
        "write_prefix": write_prefix,
        "allow_live": list(allow_live),
        "tenant": tenant,
    }
    return {"WORKFLOW_LIVE": json.dumps(live)}
