"""Positive and stateful cases send query parameters as a correct service can accept them, where
JSON Schema cannot say what valid is; the spec marks the parameter (no list here):

- `x-cursor: true` (D180): part of a paging cursor that only the service makes (copied from the
  `previous`/`next` link of an answer). A generated value is not a cursor of the service, which
  rightly refuses it with 400, so positive cases leave the parameter out.
- `x-not-before: <parameter>` (D181): the end of an interval is not before its start (`to` and
  `from`): when both are sent in the wrong order they are swapped.

Negative cases stay as generated: they are meant to be refused."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

from . import config
from .probes import operation_of, positive

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
CURSOR = "x-cursor"
NOT_BEFORE = "x-not-before"


def _instant(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _marked(case: AnyCase) -> list[dict[str, Any]]:
    op = operation_of(case)
    if op is None:
        return []
    spec = config.spec()
    return [p for p in (spec.resolve(raw) for raw in op.raw.get("parameters", [])) if p.get("in") == "query"]


def make_valid(case: AnyCase) -> None:
    """Leave out cursor parameters and put an interval's bounds in order (positive cases only)."""
    if not case.query or not positive(case):
        return
    for param in _marked(case):
        name = param["name"]
        if param.get(CURSOR) is True:
            case.query.pop(name, None)
        start = param.get(NOT_BEFORE)
        if isinstance(start, str) and name in case.query and start in case.query:
            end_at, start_at = _instant(case.query[name]), _instant(case.query[start])
            if end_at is not None and start_at is not None and end_at < start_at:
                case.query[name], case.query[start] = case.query[start], case.query[name]


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    make_valid(case)
