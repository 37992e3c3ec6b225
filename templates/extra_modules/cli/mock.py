"""`--mock`: run a command against the project's embedded mock server instead of an
organization, to rehearse (e.g. an apply) safely.

The mock ships with the project's repository (`contract_tests/mock_server`), not with this
package. It is found importable, or in the folder `UIPATH_IDENTITY_CHECKOUT` names, or in a folder
above the current one; it runs as a child process on a free loopback port
(`python -m contract_tests.mock_server --host 127.0.0.1 --port 0`) and is used only through what
it announces on its `MOCK_READY {json}` line (base URL and admin credentials). `--mock-db FILE`
keeps its state in SQLite between commands; `--mock-seed FILE` applies a desired-state file (e.g.
an `export` of your organization) to it first.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

READY_PREFIX = "MOCK_READY "
MODULE = "contract_tests.mock_server"
_MAIN = Path("contract_tests") / "mock_server" / "__main__.py"


def find_checkout() -> Path | None:
    """The folder holding `contract_tests/mock_server`, or None."""
    try:
        spec = importlib.util.find_spec(MODULE)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin:
        return Path(spec.origin).resolve().parents[2]
    named = os.environ.get("UIPATH_IDENTITY_CHECKOUT")
    candidates = [Path(named)] if named else [Path.cwd(), *Path.cwd().parents]
    return next((folder for folder in candidates if (folder / _MAIN).is_file()), None)


@dataclass
class MockServer:
    process: subprocess.Popen[str]
    ready: dict[str, Any]
    lines: list[str] = field(default_factory=list)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(profile: str = "default", db: Path | None = None, timeout: float = 60.0) -> MockServer:
    checkout = find_checkout()
    if checkout is None:
        raise click.ClickException(
            "--mock needs the project's embedded mock server, which ships with the project's "
            "repository, not with this package: run the command inside a checkout of the repository "
            "(or set UIPATH_IDENTITY_CHECKOUT to one)"
        )
    args = [sys.executable, "-m", MODULE, "--host", "127.0.0.1", "--port", "0", "--profile", profile]
    if db is not None:
        args += ["--db", str(db.resolve())]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(checkout), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(
        args, cwd=checkout, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True, env=env
    )
    server = MockServer(process, {})
    announced = threading.Event()

    def pump() -> None:  # reads for the child's whole life, so it never blocks on a full pipe
        assert process.stdout is not None
        for line in process.stdout:
            server.lines.append(line.rstrip("\n"))
            if line.startswith(READY_PREFIX) and not server.ready:
                server.ready.update(json.loads(line.removeprefix(READY_PREFIX)))
                announced.set()
        announced.set()

    threading.Thread(target=pump, daemon=True).start()
    if not announced.wait(timeout) or not server.ready:
        server.stop()
        tail = "\n".join(server.lines[-10:])
        raise click.ClickException(f"the embedded mock (in {checkout}) did not start:\n{tail}")
    return server
