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

from . import live_policy

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
SAME_AS = "x-same-as"


def echo_path_values(case: AnyCase) -> None:
    op = live_policy.model().by_id.get(str(case.operation.definition.raw.get("operationId", "")))
    params = case.path_parameters or {}
    if op is None or not isinstance(case.body, dict):
        return
    spec = live_policy.model()
    for name, prop in op.body_properties.items():
        target = spec.resolve(prop).get(SAME_AS) if isinstance(prop, dict) else None
        value = case.body.get(name)
        if target in params and type(value) is type(params[target]):
            case.body[name] = params[target]


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    echo_path_values(case)
