#!/usr/bin/env python3
"""Per-call overhead of the generated client versus a raw httpx call on the same in-process
transport, and the cost of parsing a 1,000-item list response.

    .venv/bin/python scripts/bench_client.py [--calls 2000] [--rounds 7]

Both sides send the same GET through an httpx.MockTransport answering one external client as
JSON; the raw side is `httpx.Client.get(...).json()` with a bearer header, the generated side is
`get_external_client.sync(...)` (auth flow, retry transport, typed parsing into models). The ratio
is the median over rounds of generated/raw time per call (target <= 1.2x); the 1,000-item list
parse targets <= 2x raw httpx + json (issue 15); the load average is printed beside the figures.
`IdentityClient.external_clients.get` (the resource client,
organization bound) is measured the same way.

`--breakdown` adds where the list's time goes: decoding the JSON, making the models (with the
cyclic garbage collector off, so the figure is the parse alone), and the time each side spends
in the collector per call (timed with `gc.callbacks`), with its collections per generation.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx
from uipath_identity_client import AuthenticatedClient, IdentityClient, PersonalAccessToken
from uipath_identity_client.api.external_clients import get_external_client, list_external_clients
from uipath_identity_client.models import ExternalClient

BASE = "http://127.0.0.1:9/contoso/identity_"
ORG = UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
CLIENT_ID = "8e5a1f04-2d4b-4c38-9f0e-6b7a3c1d2e90"


def external_client(index: int) -> dict[str, Any]:
    return {
        "name": f"app {index}",
        "id": f"{CLIENT_ID[:-4]}{index:04d}",
        "secret": None,
        "isConfidential": True,
        "redirectUri": None,
        "resources": [
            {
                "name": "PlatformManagement",
                "displayName": "Platform Management",
                "description": None,
                "scopes": [
                    {"name": "PM.OAuthApp.Read", "displayName": None, "description": None, "type": "application"}
                ],
            }
        ],
        "secrets": [
            {
                "id": index + 1,
                "description": "ci",
                "secret": None,
                "creationTime": "2025-07-18T12:52:37.566Z",
                "expiryTime": None,
            }
        ],
    }


ONE = httpx.Response(200, json=external_client(1)).content
THOUSAND = httpx.Response(200, json=[external_client(i) for i in range(1000)]).content


def handler(request: httpx.Request) -> httpx.Response:
    body = ONE if request.url.path.endswith(CLIENT_ID) else THOUSAND
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


class CollectorTime:
    """Time spent in the cyclic garbage collector, and its collections per generation."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.collections[info["generation"]] += 1

    def per_call(self, fn: Callable[[], object], calls: int) -> tuple[float, list[float]]:
        self.seconds, self.collections = 0.0, [0, 0, 0]
        gc.callbacks.append(self)
        try:
            for _ in range(calls):
                fn()
        finally:
            gc.callbacks.remove(self)
        return self.seconds / calls * 1e3, [n / calls for n in self.collections]


def breakdown(raw_list: Callable[[], object], generated_list: Callable[[], object], runs: int) -> None:
    items = json.loads(THOUSAND)
    decode = median_ms(lambda: json.loads(THOUSAND), runs)
    gc.disable()
    try:
        parse = median_ms(lambda: [ExternalClient.from_dict(item) for item in items], runs)
    finally:
        gc.enable()
    print(f"breakdown of the 1,000-item list ({runs} runs, medians): decode JSON {decode:.2f} ms; ", end="")
    print(f"make the 4,000 models (collector off) {parse:.2f} ms ({parse:.2f} us per external client)")
    collector = CollectorTime()
    for side, fn in (("raw httpx", raw_list), ("generated", generated_list)):
        spent, collections = collector.per_call(fn, runs)
        per_generation = ", ".join(f"{n:.2f}" for n in collections)
        print(f"  {side:<10} in the garbage collector {spent:.2f} ms per call; ", end="")
        print(f"collections per call (generation 0, 1, 2): {per_generation}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--breakdown", action="store_true", help="also print where the list's time goes")
    args = parser.parse_args()

    transport = httpx.MockTransport(handler)
    raw = httpx.Client(base_url=BASE, transport=transport, headers={"Authorization": "Bearer pat"})
    client = AuthenticatedClient(base_url=BASE, auth=PersonalAccessToken("pat"), transport=transport)
    path = f"/api/ExternalClient/{ORG}/{CLIENT_ID}"

    def raw_call() -> object:
        return raw.get(path).json()

    def generated_call() -> object:
        return get_external_client.sync(ORG, CLIENT_ID, client=client)

    resources = IdentityClient(client=client, organization_id=ORG)

    def resource_call() -> object:
        return resources.external_clients.get(CLIENT_ID)

    for fn in (raw_call, generated_call, resource_call):  # warm up
        per_call(fn, 200)
    raw_times, gen_times, res_times, ratios, res_ratios = [], [], [], [], []
    for _ in range(args.rounds):
        r, g, c = (
            per_call(raw_call, args.calls),
            per_call(generated_call, args.calls),
            per_call(resource_call, args.calls),
        )
        raw_times.append(r)
        gen_times.append(g)
        res_times.append(c)
        ratios.append(g / r)
        res_ratios.append(c / r)

    list_path = f"/api/ExternalClient/{ORG}"
    raw_list, gen_list, list_ratios = [], [], []
    for _ in range(args.rounds):  # interleaved, so both sides of a ratio see the same machine load
        r = per_call(lambda: raw.get(list_path).json(), 20)
        g = per_call(lambda: list_external_clients.sync(ORG, client=client), 20)
        raw_list.append(r)
        gen_list.append(g)
        list_ratios.append(g / r)
    assert len(list_external_clients.sync(ORG, client=client)) == 1000

    us = 1e6
    print(f"{'measure':<44} {'raw httpx':>12} {'generated':>12} {'ratio':>7}")
    print(
        f"{'get_external_client, per call (median)':<44} {statistics.median(raw_times) * us:>10.1f}us "
        f"{statistics.median(gen_times) * us:>10.1f}us {statistics.median(ratios):>6.2f}x"
    )
    print(
        f"{'client.external_clients.get, per call (median)':<44} {statistics.median(raw_times) * us:>10.1f}us "
        f"{statistics.median(res_times) * us:>10.1f}us {statistics.median(res_ratios):>6.2f}x"
    )
    raw_ms, gen_ms = statistics.median(raw_list) * 1e3, statistics.median(gen_list) * 1e3
    list_ratio = statistics.median(list_ratios)
    print(
        f"{'list_external_clients, 1,000 items (median)':<44} {raw_ms:>10.2f}ms {gen_ms:>10.2f}ms {list_ratio:>6.2f}x"
    )
    per_call_ok = max(statistics.median(ratios), statistics.median(res_ratios)) <= 1.2
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"rounds={args.rounds} calls/round={args.calls}; load average {load}; targets: per call <= 1.2x "
        f"{'met' if per_call_ok else 'NOT met'}, 1,000-item list <= 2x {'met' if list_ratio <= 2 else 'NOT met'}"
    )
    if args.breakdown:
        breakdown(lambda: raw.get(list_path).json(), lambda: list_external_clients.sync(ORG, client=client), 100)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
