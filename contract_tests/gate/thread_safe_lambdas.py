"""Hypothesis describes a filtered strategy's lambda by parsing its module's source with `ast`; two
Schemathesis workers (threads) doing so at once trip CPython 3.11's non-thread-safe AST
constructor ("AST constructor recursion depth mismatch"), which Schemathesis reports as an error
of whichever operation was generating coverage cases then. One lock around the description (and
around the parsing it calls, which modules holding the unpatched name still reach) makes it
sequential; it is a cached, rarely taken path, so the workers lose nothing measurable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from hypothesis.internal import lambda_sources

_LOCK = threading.RLock()


def _locked(function: Callable[..., str]) -> Callable[..., str]:
    def locked(*args: Any, **kwargs: Any) -> str:
        with _LOCK:
            return function(*args, **kwargs)

    locked._gate_locked = True  # type: ignore[attr-defined]
    return locked


# Both names: modules that imported `lambda_description` before this ran (hypothesis' filtering)
# keep the original, which still reaches the parsing through the module's `_lambda_description`.
for _name in ("lambda_description", "_lambda_description"):
    _function = getattr(lambda_sources, _name)
    if not getattr(_function, "_gate_locked", False):
        setattr(lambda_sources, _name, _locked(_function))
