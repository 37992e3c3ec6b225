"""Running `uipath-identity` in process against the session's mock (a real loopback socket), as a
user would from a shell: arguments, environment, standard input; its exit code, stdout and stderr.

`environment(ready)` is what a user exports (the UiPath CLI's variables); `invoke()` runs the
command line's own entry (`run`), so exit codes are the real ones (0, 1, 2)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from click.testing import CliRunner
from uipath_identity_client.cli.app import Session, run
from uipath_identity_client.cli.pacing import Limits

_counter = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{os.getpid()}-{next(_counter)}"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def __str__(self) -> str:
        return f"exit {self.code}\n--- stdout\n{self.out}\n--- stderr\n{self.err}"


def environment(ready: Mapping[str, Any]) -> dict[str, str]:
    """The variables a user sets for the mock's organization (admin client credentials)."""
    root, org = str(ready["base_url"]).rsplit("/", 2)[:2]
    return {
        "UIPATH_URI": root,
        "UIPATH_ORGANIZATION": org,
        "UIPATH_CLIENT_ID": str(ready["admin_client_id"]),
        "UIPATH_CLIENT_SECRET": str(ready["admin_client_secret"]),
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/"),
    }


def invoke(
    args: Sequence[str],
    environ: Mapping[str, str] | None = None,
    *,
    input: str | None = None,
    limits: Limits | None = None,
    session: Session | None = None,
) -> Result:
    """Run `uipath-identity ARGS` in this process; `environ` replaces the process environment
    for the command (the process's own is never read)."""
    state = session or Session(environ=dict(environ or {}), limits=limits or Limits())
    runner = CliRunner()
    with runner.isolation(input=input, env=dict(environ or {})) as (out, err, _):
        code = run(list(args), obj=state)
    return Result(code, out.getvalue().decode(), err.getvalue().decode())
