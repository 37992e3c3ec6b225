"""The mock server as a child process on a free loopback port: how the gate, the tests and the
benchmark run it. One launcher, so the `MOCK_READY {json}` announcement is read in one place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
READY_PREFIX = "MOCK_READY "
_SECRET_OPTIONS = ("--pat", "--admin-client-secret")  # argv is visible to every local user: use env


class MockStartError(RuntimeError):
    """The child exited or stayed silent instead of announcing MOCK_READY."""


@dataclass
class MockProcess:
    process: subprocess.Popen[str]
    ready: dict[str, Any]  # the MOCK_READY announcement: base_url, token_url, admin credentials, ...
    lines: list[str] = field(default_factory=list)  # everything the child printed (stdout + stderr)

    @property
    def root(self) -> str:
        """The host part of the base URL (what a user would put in UIPATH_URI)."""
        return str(self.ready["base_url"]).rsplit("/", 2)[0]

    def output(self) -> str:
        return "\n".join(self.lines)

    def stop(self) -> str:
        """Terminate the child (kill it if it lingers) and return all it printed."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.output()


def start(
    *args: str,
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    profile: str | None = None,
    cwd: Path | None = None,
) -> MockProcess:
    """`python -m contract_tests.mock_server --host 127.0.0.1 --port 0 ARGS`, once it announced itself.
    Secrets go in `env` (UIPATH_MOCK_PAT, UIPATH_MOCK_ADMIN_CLIENT_SECRET), never in ARGS. `profile`:
    a behaviour profile (`--profile`, see profiles.py), None for the default. `cwd`: the project to
    run the mock of (default this one; a copy serves its own spec/services.yaml)."""
    if profile is not None:
        args = ("--profile", profile, *args)
    if any(arg.split("=", 1)[0] in _SECRET_OPTIONS for arg in args):
        raise ValueError(f"pass secrets in env, not as {' or '.join(_SECRET_OPTIONS)} in the process list")
    process = subprocess.Popen(
        [sys.executable, "-m", "contract_tests.mock_server", "--host", "127.0.0.1", "--port", "0", *args],
        cwd=cwd or ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
    )
    lines: list[str] = []
    ready: dict[str, Any] = {}
    announced = threading.Event()

    def pump() -> None:  # keeps reading for the child's whole life, so it never blocks on a full pipe
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith(READY_PREFIX) and not ready:
                ready.update(json.loads(line.removeprefix(READY_PREFIX)))
                announced.set()
        announced.set()

    threading.Thread(target=pump, daemon=True).start()
    if not announced.wait(timeout) or not ready:
        process.kill()
        process.wait()
        raise MockStartError(f"the mock did not announce MOCK_READY within {timeout:.0f}s:\n" + "\n".join(lines[-10:]))
    return MockProcess(process, ready, lines)


@contextmanager
def running(
    *args: str, env: Mapping[str, str] | None = None, profile: str | None = None, cwd: Path | None = None
) -> Iterator[MockProcess]:
    mock = start(*args, env=env, profile=profile, cwd=cwd)
    try:
        yield mock
    finally:
        mock.stop()


def admin_token(announcement: Mapping[str, Any], scope: str | None = None) -> str:
    """An access token of the announced organization's seeded admin client (all its scopes by default)."""
    form = {
        "grant_type": "client_credentials",
        "client_id": announcement["admin_client_id"],
        "client_secret": announcement["admin_client_secret"],
    }
    if scope is not None:
        form["scope"] = scope
    response = httpx.post(announcement["token_url"], data=form, timeout=10)
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token
