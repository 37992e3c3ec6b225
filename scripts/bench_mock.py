#!/usr/bin/env python3
"""Benchmark the embedded mock against Stoplight Prism 5 serving the same spec.

Installs what is missing (wrk from Debian, Prism from npm into .bench/prism), starts both on
loopback, runs wrk (16 connections) on GET list and POST create, then fills the mock up to
10,000 external clients and reports its RSS. Not a test: run it by hand,
`.venv/bin/python scripts/bench_mock.py [--duration 10]`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mock_server"))

import httpx  # noqa: E402
from mock_harness import create_client_body, start_mock  # noqa: E402

from contract_tests.mock_server.process import admin_token  # noqa: E402

PRISM_DIR = ROOT / ".bench" / "prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
ORG_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
TARGETS = {"get_ratio": 3.0, "post_ratio": 2.0, "p99_get_ms": 10.0, "rss_mb": 150.0}


def ensure_tools() -> str:
    wrk = shutil.which("wrk")
    if wrk is None:
        if subprocess.run(["apt-get", "install", "-y", "wrk"], capture_output=True).returncode != 0:
            subprocess.run(["apt-get", "update"], check=True, capture_output=True)
            subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, capture_output=True)
        wrk = shutil.which("wrk")
    if not PRISM.exists():
        PRISM_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(PRISM_DIR), "@stoplight/prism-cli@5"], check=True)
    assert wrk is not None
    return wrk


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_prism() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", str(ROOT / "spec" / "openapi.yaml"), "-h", "127.0.0.1", "-p", str(port), "--errors"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{base}/api/ExternalClient/{ORG_ID}", headers={"Authorization": "Bearer x"}, timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("Prism did not start")


def run_wrk(wrk: str, url: str, token: str, duration: int, post_body: str | None) -> dict[str, float]:
    script = f"""
wrk.method = "{"POST" if post_body else "GET"}"
wrk.headers["Authorization"] = "Bearer {token}"
wrk.headers["Content-Type"] = "application/json"
{f"wrk.body = [==[{post_body}]==]" if post_body else ""}
done = function(summary, latency, requests)
  io.write(string.format("RESULT %f %f %f %d %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout))
end
"""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    out = subprocess.run(
        [wrk, "-t2", "-c16", f"-d{duration}s", "-s", handle.name, url], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"RESULT (\S+) (\S+) (\S+) (\d+) (\d+)", out)
    assert match, out
    rps, p50, p99, total, errors = match.groups()
    return {"rps": float(rps), "p50": float(p50), "p99": float(p99), "requests": int(total), "errors": int(errors)}


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    assert match
    return int(match.group(1)) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    args = parser.parse_args()
    wrk = ensure_tools()

    mock = start_mock()
    prism, prism_base = start_prism()
    try:
        ready = mock.ready
        token = admin_token(ready)
        body = json.dumps(create_client_body(name="bench"))
        mock_list = f"{ready['base_url']}/api/ExternalClient/{ORG_ID}"
        results = {
            ("GET list", "mock"): run_wrk(wrk, mock_list, token, args.duration, None),
            ("GET list", "prism"): run_wrk(wrk, f"{prism_base}/api/ExternalClient/{ORG_ID}", "x", args.duration, None),
            ("POST create", "mock"): run_wrk(
                wrk, f"{ready['base_url']}/api/ExternalClient", token, args.duration, body
            ),
            ("POST create", "prism"): run_wrk(wrk, f"{prism_base}/api/ExternalClient", "x", args.duration, body),
        }
    finally:
        prism.terminate()
        mock.stop()

    # Memory on a fresh mock holding exactly 10,000 clients (the POST run above stored many more).
    mock = start_mock()
    try:
        ready = mock.ready
        token = admin_token(ready)
        mock_list = f"{ready['base_url']}/api/ExternalClient/{ORG_ID}"
        headers = {"Authorization": f"Bearer {token}"}

        def fill(worker: int) -> None:
            with httpx.Client(headers=headers) as http:
                for i in range(worker, 10_000, 4):
                    http.post(f"{ready['base_url']}/api/ExternalClient", json=create_client_body(name=f"fill-{i}"))

        with ThreadPoolExecutor(4) as pool:
            list(pool.map(fill, range(4)))
        stored = len(httpx.get(mock_list, headers=headers).json())
        rss = rss_mb(mock.process.pid)
    finally:
        mock.stop()

    print(f"{'operation':<12} {'server':<6} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for (operation, server), r in results.items():
        print(f"{operation:<12} {server:<6} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['errors']:>7}")
    get_ratio = results[("GET list", "mock")]["rps"] / results[("GET list", "prism")]["rps"]
    post_ratio = results[("POST create", "mock")]["rps"] / results[("POST create", "prism")]["rps"]
    p99 = results[("GET list", "mock")]["p99"]
    checks = [
        ("GET req/s mock/prism", f"{get_ratio:.2f}x", get_ratio >= TARGETS["get_ratio"], ">= 3x"),
        ("POST req/s mock/prism", f"{post_ratio:.2f}x", post_ratio >= TARGETS["post_ratio"], ">= 2x"),
        ("mock p99 GET", f"{p99:.2f} ms", p99 <= TARGETS["p99_get_ms"], "<= 10 ms"),
        (f"mock RSS at {stored} clients", f"{rss:.0f} MB", rss <= TARGETS["rss_mb"], "<= 150 MB"),
    ]
    print()
    for name, value, ok, target in checks:
        print(f"{name:<28} {value:>10}  target {target:<10} {'met' if ok else 'MISSED'}")
    return 0 if all(ok for *_, ok, _ in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
