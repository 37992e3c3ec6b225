#!/usr/bin/env python3
"""Benchmark the embedded mock against Stoplight Prism 5 serving the same spec.

Installs what is missing (wrk from Debian, Prism from npm into .bench/prism), starts both on
loopback, runs wrk (16 connections) on GET list and POST create, then fills the mock up to
10,000 external clients and reports its RSS. Last, the big-list scenario: with 50,000 clients in
one organization, which a loop keeps writing to and fetching (so every fetch re-renders the
list), wrk (64 connections) measures the p99 GET of another organization. Not a test: run it by
hand, `.venv/bin/python scripts/bench_mock.py [--duration 10]`.
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
OTHER_ORG_ID = "8d3a6c1e-2f4b-4e5a-9c7d-1b2e3f4a5b6c"
BIG_LIST = 50_000
TARGETS = {"get_ratio": 5.0, "post_ratio": 3.0, "p99_get_ms": 10.0, "rss_mb": 150.0, "big_list_p99_ms": 20.0}


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


def run_wrk(
    wrk: str, url: str, token: str, duration: int, post_body: str | None, connections: int = 16
) -> dict[str, float]:
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
        [wrk, "-t2", f"-c{connections}", f"-d{duration}s", "-s", handle.name, url],
        capture_output=True,
        text=True,
        check=True,
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

    big = big_list_scenario(wrk, args.duration)

    print(f"{'operation':<12} {'server':<6} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for (operation, server), r in results.items():
        print(f"{operation:<12} {server:<6} {r['rps']:>9.0f} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['errors']:>7}")
    get_ratio = results[("GET list", "mock")]["rps"] / results[("GET list", "prism")]["rps"]
    post_ratio = results[("POST create", "mock")]["rps"] / results[("POST create", "prism")]["rps"]
    p99 = results[("GET list", "mock")]["p99"]
    checks = [
        ("GET req/s mock/prism", f"{get_ratio:.2f}x", get_ratio >= TARGETS["get_ratio"], ">= 5x"),
        ("POST req/s mock/prism", f"{post_ratio:.2f}x", post_ratio >= TARGETS["post_ratio"], ">= 3x"),
        ("mock p99 GET", f"{p99:.2f} ms", p99 <= TARGETS["p99_get_ms"], "<= 10 ms"),
        (f"mock RSS at {stored} clients", f"{rss:.0f} MB", rss <= TARGETS["rss_mb"], "<= 150 MB"),
        (
            f"other org p99, {big['clients']} next door",
            f"{big['p99']:.2f} ms",
            big["p99"] <= TARGETS["big_list_p99_ms"],
            "<= 20 ms",
        ),
    ]
    print(
        f"big list: {big['fetches']} fetches of {big['clients']} clients (each after a write, so re-rendered), "
        f"other org {big['rps']:.0f} req/s at 64 connections, {big['errors']} errors; "
        f"its p99 without the big-list loop: {big['p99_alone']:.2f} ms"
    )
    print()
    for name, value, ok, target in checks:
        print(f"{name:<28} {value:>10}  target {target:<10} {'met' if ok else 'MISSED'}")
    return 0 if all(ok for *_, ok, _ in checks) else 1


def fill_big_org(db: Path) -> None:
    """50,000 confidential clients (each with a secret) straight into a store file the mock then opens."""
    sys.path.insert(0, str(ROOT))
    from contract_tests.mock_server.app import layout
    from contract_tests.mock_server.config import MockConfig
    from contract_tests.mock_server.credentials import secret_doc
    from contract_tests.mock_server.spec import Spec
    from contract_tests.mock_server.store import CLIENTS, SECRETS, NewDoc, Store

    store = Store(str(db), layout([Spec(service.spec_path) for service in MockConfig().services]))
    with store.transaction():
        store.ensure_org(ORG_ID, "contoso")
        for i in range(BIG_LIST):
            doc = {"name": f"big-{i}", "isConfidential": True, "redirectUri": None, "clientCertificates": []}
            scope = {"name": "PM.OAuthApp.Read", "displayName": None, "description": None, "type": "application"}
            doc["scopes"] = [scope]
            store.create(ORG_ID, NewDoc(CLIENTS, doc), [NewDoc(SECRETS, secret_doc(f"s{i}"), int_id=True)])
    store.close()


def big_list_scenario(wrk: str, duration: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        fill_big_org(db)
        mock = start_mock("--db", str(db))
        try:
            ready = mock.ready
            other = ready["other_organizations"][0]
            headers = {"Authorization": f"Bearer {admin_token(ready)}"}
            big_url = f"{ready['base_url']}/api/ExternalClient/{ORG_ID}"
            clients = len(httpx.get(big_url, headers=headers, timeout=120).json())
            stop, fetches = False, [0]

            def loop() -> None:
                with httpx.Client(headers=headers, timeout=120) as http:
                    while not stop:
                        http.post(f"{ready['base_url']}/api/ExternalClient", json=create_client_body(name="churn"))
                        http.get(big_url).raise_for_status()
                        fetches[0] += 1

            other_list = f"{other['base_url']}/api/ExternalClient/{OTHER_ORG_ID}"
            other_token = admin_token(other)
            # The same load without the big-list loop first: on a shared machine, the baseline.
            alone = run_wrk(wrk, other_list, other_token, duration, None, connections=64)
            with ThreadPoolExecutor(1) as pool:
                running = pool.submit(loop)
                result = run_wrk(wrk, other_list, other_token, duration, None, connections=64)
                stop = True
                running.result()
        finally:
            mock.stop()
    return {**result, "clients": clients, "fetches": fetches[0], "p99_alone": alone["p99"]}


if __name__ == "__main__":
    raise SystemExit(main())
