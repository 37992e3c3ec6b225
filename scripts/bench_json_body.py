#!/usr/bin/env python3
"""What the mock's strict body reading (contract_tests/mock_server/json_body.py) costs, side by side
with a bare `json.loads`: per call, on a typical POST create body, a bigger valid body, and the
hostile bodies it refuses; then in-process POST create requests with either parser. Not a test:
run it by hand, `.venv/bin/python scripts/bench_json_body.py`."""

from __future__ import annotations

import json
import sys
import time
import timeit
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mock_server"))

from mock_harness import create_client_body, in_process  # noqa: E402

from contract_tests.mock_server import app as mock_app  # noqa: E402
from contract_tests.mock_server.json_body import parse_json_body  # noqa: E402


def bare(raw: bytes) -> tuple[Any, dict[str, list[str]]]:
    return json.loads(raw), {}


def per_call(label: str, raw: bytes, parsers: bool = True) -> None:
    runs = max(20, 200_000 // max(len(raw), 1))
    new = min(timeit.repeat(lambda: parse_json_body(raw), number=runs, repeat=5)) / runs
    if not parsers:
        print(f"{label:<34} {len(raw):>9} B   strict {new * 1e6:9.1f} us   (json.loads fails on it)")
        return
    old = min(timeit.repeat(lambda: json.loads(raw), number=runs, repeat=5)) / runs
    print(
        f"{label:<34} {len(raw):>9} B   strict {new * 1e6:9.1f} us   json.loads {old * 1e6:9.1f} us   x{new / old:.2f}"
    )


def creates_per_second(parser: Any, count: int = 1500) -> float:
    client, _ = in_process()
    token = client.get_token()
    headers = {"Authorization": f"Bearer {token}"}
    bodies = [json.dumps(create_client_body(name=f"bench {i}")).encode() for i in range(count)]
    post = client.client.post
    started = time.perf_counter()
    with patch.object(mock_app, "parse_json_body", parser):  # the pipeline's one body-parsing call
        for body in bodies:
            post(
                "/contoso/identity_/api/ExternalClient",
                content=body,
                headers={**headers, "Content-Type": "application/json"},
            )
    return count / (time.perf_counter() - started)


def main() -> None:
    create = json.dumps(create_client_body(scopes=["PM.OAuthApp", "PM.Directory", "OR.Assets"])).encode()
    per_call("POST create body", create)
    per_call(
        "create body, 100 certificates",
        json.dumps({**json.loads(create), "clientCertificates": [{"name": ["x", "y"]}] * 100}).encode(),
    )
    per_call("900 KB array of small ints", json.dumps(list(range(150_000))).encode())
    per_call("create body with \\ud800 in name", create.replace(b'"ci job"', b'"\\ud800"'))
    per_call("[ x 20000 ] x 20000", b"[" * 20_000 + b"]" * 20_000, parsers=False)
    per_call("5,000-digit integer", b'{"a": ' + b"9" * 5000 + b"}", parsers=False)
    rates = []
    for _ in range(3):  # alternate, best of three each, so shared-CPU noise hits both alike
        rates.append((creates_per_second(bare), creates_per_second(parse_json_body)))
    old, new = max(r[0] for r in rates), max(r[1] for r in rates)
    print(f"in-process POST create: json.loads {old:.0f}/s, strict {new:.0f}/s (x{new / old:.3f})")


if __name__ == "__main__":
    main()
