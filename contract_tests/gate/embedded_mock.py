"""The embedded mock Identity server, run as a child process on a free loopback port."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
READY_PREFIX = "MOCK_READY "


class MockStartError(Exception):
    pass


def read_announcement(process: subprocess.Popen[str], timeout: float = 60.0) -> dict[str, Any]:
    """Wait for the `MOCK_READY {json}` line; a reader thread keeps a silent child from blocking us."""
    result: dict[str, Any] = {}
    seen: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith(READY_PREFIX):
                result.update(json.loads(line[len(READY_PREFIX) :]))
                return
            seen.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if not result:
        tail = "".join(seen[-10:]).replace(result.get("admin_client_secret", "\0"), "[REDACTED]")
        raise MockStartError(f"the mock did not announce MOCK_READY within {timeout:.0f}s:\n{tail}")
    # Keep draining stdout so the child never blocks on a full pipe.
    threading.Thread(target=lambda: process.stdout and process.stdout.read(), daemon=True).start()
    return result


def start_mock(faults: tuple[str, ...] = (), extra_args: tuple[str, ...] = ()) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "contract_tests.mock_server", "--host", "127.0.0.1", "--port", "0"]
    for fault in faults:
        command += ["--fault", fault]
    return subprocess.Popen(
        [*command, *extra_args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def embedded_mock(faults: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """The mock's announcement (base_url, token_url, admin credentials, other_organizations)."""
    process = start_mock(faults)
    try:
        yield read_announcement(process)
    finally:
        stop(process)
