"""Positive and stateful cases address the organization under test (the gate configuration's).

A schema-valid `partitionGlobalId` is only valid data in one organization: the caller's. A random
one (or the spec example's) in a path, a query or a body is a foreign organization, which the
service rightly refuses (400, 403 or 404, a status an operation may not even declare), so
positive_data_acceptance, status_code_conformance and the stateful chains would report false
alarms. Wherever a request carries a `partitionGlobalId` (a path or query parameter, or a body
property at any depth, as the spec places it: no per-operation list), a well-formed id is replaced
by the organization's own.
A malformed one is a negative case and stays as generated. Foreign organizations are the job of
the organization_isolation check, which replays with another organization's token.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

from . import config

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
ORGANIZATION_FIELD = "partitionGlobalId"


def _well_formed(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _own_in_body(body: Any, partition: str) -> None:
    if isinstance(body, dict):
        for key, value in body.items():
            if key == ORGANIZATION_FIELD and _well_formed(value):
                body[key] = partition
            else:
                _own_in_body(value, partition)
    elif isinstance(body, list):
        for item in body:
            _own_in_body(item, partition)


def use_own_organization(case: AnyCase, partition: str) -> None:
    for params in (case.path_parameters, case.query):
        if params and _well_formed(params.get(ORGANIZATION_FIELD)):
            params[ORGANIZATION_FIELD] = partition
    _own_in_body(case.body, partition)


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    settings = config.current()
    if settings is not None and settings.partition_global_id:
        use_own_organization(case, settings.partition_global_id)
