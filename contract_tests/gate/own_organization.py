"""Positive and stateful cases address the organization under test (the gate configuration's).

A schema-valid `partitionGlobalId` (or a parameter the spec marks `x-organization-id`, as the
License Accountant's `accountId`) is only valid data in one organization: the caller's. A random
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


def organization_params(case: AnyCase) -> tuple[str, ...]:
    """The names of the case's parameters carrying the organization: `partitionGlobalId`, or one
    the spec marks `x-organization-id` (the License Accountant's `accountId`, D105)."""
    op = config.spec().by_id.get(str(case.operation.definition.raw.get("operationId", "")))
    marked = tuple(p.name for p in op.parameters if p.organization) if op is not None else ()
    return marked or (ORGANIZATION_FIELD,)


def use_own_organization(case: AnyCase, partition: str) -> None:
    names = organization_params(case)
    for params in (case.path_parameters, case.query):
        for name in names:
            if params and _well_formed(params.get(name)):
                params[name] = partition
    _own_in_body(case.body, partition)


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    settings = config.current()
    if settings is not None and settings.partition_global_id:
        use_own_organization(case, settings.partition_global_id)
