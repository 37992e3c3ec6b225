"""Hypothesis describes a filtered strategy's lambda by parsing its module's source with `ast`; two
Schemathesis workers (threads) doing so at once trip CPython 3.11's non-thread-safe AST
constructor ("AST constructor recursion depth mismatch"), which Schemathesis reports as an error
of whichever operation was generating coverage cases then. One lock around the description makes
it sequential; it is a cached, rarely taken path, so the workers lose nothing measurable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from hypothesis.internal import lambda_sources

_LOCK = threading.RLock()
_describe: Callable[[Any], str] = lambda_sources.lambda_description


def _locked_description(f: Any) -> str:
    with _LOCK:
        return _describe(f)


if not getattr(lambda_sources.lambda_description, "_gate_locked", False):
    _locked_description._gate_locked = True  # type: ignore[attr-defined]
    lambda_sources.lambda_description = _locked_description
