"""Pacing requests to the service's published limits per organization: 300 GET and 160
PUT/PATCH/DELETE (one budget) per 5 minutes; POST is printed as "24.000" (read as 24,000; see the
project's spec notes). Every API request waits for room in its budget before it is sent, so a
long bulk run never meets a 429; the token endpoint is not counted.

The windows are sliding (pyrate-limiter's in-memory bucket), stricter than the service's fixed
windows, so any 5 minutes hold at most the limit. The clock and the sleep are injectable (tests
prove the pacing without waiting), and the limits are configurable (`UIPATH_RATE_LIMITS`,
`--rate-limits`: `GET=300,WRITE=160,POST=24000,WINDOW=300`).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx
from pyrate_limiter import InMemoryBucket, Rate, RateItem

#: HTTP method -> its budget
BUDGETS = {"GET": "GET", "HEAD": "GET", "PUT": "WRITE", "PATCH": "WRITE", "DELETE": "WRITE", "POST": "POST"}


@dataclass(frozen=True)
class Limits:
    """Requests per budget per `window` seconds."""

    per_window: Mapping[str, int] = field(default_factory=lambda: {"GET": 300, "WRITE": 160, "POST": 24000})
    window: float = 300.0

    @classmethod
    def parse(cls, text: str) -> Limits:
        """`GET=300,WRITE=160,POST=24000,WINDOW=300` (any subset; the rest as published)."""
        base = cls()
        limits, window = dict(base.per_window), base.window
        for part in filter(None, (p.strip() for p in text.split(","))):
            key, sep, value = part.partition("=")
            key = key.strip().upper()
            try:
                number = float(value) if key == "WINDOW" else int(value)
            except ValueError:
                number = -1
            if not sep or number <= 0 or (key != "WINDOW" and key not in limits):
                raise ValueError(
                    f"rate limits: {part!r} is not BUDGET=NUMBER (budgets GET, WRITE, POST, WINDOW in seconds)"
                )
            if key == "WINDOW":
                window = float(number)
            else:
                limits[key] = int(number)
        return cls(limits, window)

    def estimate(self, requests: Mapping[str, int]) -> float:
        """The least time, in seconds, these requests per budget take at these limits."""
        slowest = 0.0
        for budget, count in requests.items():
            limit = self.per_window.get(budget)
            if limit and count > limit:
                slowest = max(slowest, math.ceil(count / limit - 1) * self.window)
        return slowest


class Pacer:
    """Waits before each request until its budget has room (thread-safe)."""

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limits = limits or Limits()
        self._clock = clock
        self._sleep = sleep
        window_ms = int(self.limits.window * 1000)
        self._buckets = {
            budget: InMemoryBucket([Rate(limit, window_ms)]) for budget, limit in self.limits.per_window.items()
        }
        self._lock = threading.Lock()
        self.waited = 0.0  # seconds spent waiting, in all
        self.sent: dict[str, int] = {}  # requests let through per budget

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def acquire(self, method: str) -> float:
        """Wait until a request of `method` may be sent; return how long it waited (seconds)."""
        budget = BUDGETS.get(method.upper())
        bucket = self._buckets.get(budget) if budget else None
        if bucket is None:
            return 0.0
        waited = 0.0
        while True:
            with self._lock:
                now = self._now_ms()
                bucket.leak(now)
                item = RateItem(budget or "", now)
                if bucket.put(item):
                    self.sent[budget or ""] = self.sent.get(budget or "", 0) + 1
                    self.waited += waited
                    return waited
                delay = max(int(bucket.waiting(item)), 1) / 1000  # type: ignore[arg-type]  # sync bucket: an int
            self._sleep(delay)
            waited += delay

    def on_request(self, request: httpx.Request) -> None:
        """An httpx request hook: pace API requests (not the token endpoint's)."""
        if "/api/" in request.url.path:
            self.acquire(request.method)


class RequestCounter:
    """Counts the API requests sent, per method (an httpx request hook), for reports and benchmarks."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def on_request(self, request: httpx.Request) -> None:
        if "/api/" in request.url.path:
            with self._lock:
                self.counts[request.method] = self.counts.get(request.method, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())
