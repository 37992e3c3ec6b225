"""Positive and stateful cases send, in a body field marked `x-same-as: <path parameter>`, the
value of that path parameter (D88).

Such a field repeats the id the path addresses (update message template's `id`, D51): the service
refuses a different one, a rule JSON Schema cannot state, so a schema-valid but different value
would be reported as rejected valid data. A value of the wrong type stays as generated (a
negative case)."""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

from . import config

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
SAME_AS = "x-same-as"


def echo_path_values(case: AnyCase) -> None:
    op = config.spec().by_id.get(str(case.operation.definition.raw.get("operationId", "")))
    params = case.path_parameters or {}
    if op is None or not isinstance(case.body, dict):
        return
    spec = config.spec()
    for name, prop in op.body_properties.items():
        target = spec.resolve(prop).get(SAME_AS) if isinstance(prop, dict) else None
        value = case.body.get(name)
        if target in params:
            echoed = _echo(value, params[target])
            if echoed is not None:
                case.body[name] = echoed


def _echo(value: Any, path_value: Any) -> Any:
    """The path's value in the body field's kind, or None to leave a negative case as it is:
    text for text, a number for a number (JSON's 401.0 is the integer 401; a path value may
    still be its text, "50"); a boolean is neither."""
    if isinstance(value, bool) or isinstance(path_value, bool):
        return None
    if isinstance(value, str):
        return str(path_value)
    if isinstance(value, int | float):
        if isinstance(path_value, int | float):
            return path_value
        text = str(path_value)
        return int(text) if text.lstrip("-").isdigit() else None
    return None


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    echo_path_values(case)
