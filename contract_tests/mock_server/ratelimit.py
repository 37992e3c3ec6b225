"""The documented per-organization limits over fixed 5-minute windows (only with --rate-limit)."""

from __future__ import annotations

import math
import time

WINDOW_SECONDS = 300
LIMITS = {"GET": 300, "HEAD": 300, "PUT": 160, "PATCH": 160, "DELETE": 160}


class RateLimiter:
    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, int], int] = {}

    def retry_after(self, org_id: str, method: str) -> int | None:
        """None if the request may proceed, else the seconds until the window resets."""
        limit = LIMITS.get(method)
        if limit is None:
            return None
        now = time.time()
        window = int(now // WINDOW_SECONDS)
        bucket = "GET" if method == "HEAD" else method if method == "GET" else "WRITE"
        key = (org_id, bucket, window)
        count = self._counts.get(key, 0) + 1
        if count > limit:
            return max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))
        if key not in self._counts:  # a new window: forget the old ones
            self._counts = {k: v for k, v in self._counts.items() if k[2] == window}
        self._counts[key] = count
        return None
