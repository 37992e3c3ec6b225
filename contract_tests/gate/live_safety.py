"""Hooks that keep a run against a real organization safe, loaded by st through st_hooks.

- With writes allowed (the configuration's `write_prefix`), the field naming what each write
  creates (the operations table's `naming`, its maxLength read from the spec) starts with the
  prefix, so the gate's clean-up finds everything the run created.
- In live mode, each id a write-own row `touches` may only name a record of that resource this run
  created (recorded from the create's answer, the gate's own probes' answers included, and
  appended to the configuration's `created_log` for the clean-up): any other id is swapped for one
  that cannot exist, so Schemathesis still sends the request (and checks the 404) without touching
  the organization's own data.
"""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any

import schemathesis
from schemathesis import Case, Response
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

from contract_tests.spec_model import OperationModel, SpecModel

from . import config

AnyCase = Case[APIOperation[Any, Any, Any, Any]]

ABSENT_INTEGER_ID = 9_000_000_000_000_000_001  # an int64 no real id reaches


class _CreatedByThisRun:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ids: dict[str, set[str]] = {}  # resource -> ids (lower case)

    def owns(self, resource: str, ident: Any) -> bool:
        with self.lock:
            return str(ident).lower() in self.ids.get(resource, set())

    def add(self, resource: str, ident: Any) -> None:
        if isinstance(ident, str | int) and not isinstance(ident, bool):
            settings = config.current()
            with self.lock:
                self.ids.setdefault(resource, set()).add(str(ident).lower())
                if settings is not None and settings.created_log:  # for the gate's clean-up (another process)
                    with open(settings.created_log, "a", encoding="utf-8") as handle:
                        handle.write(json.dumps({"resource": resource, "id": ident}) + "\n")

    def record(self, spec: SpecModel, op: OperationModel, body: Any, path: dict[str, Any] | None = None) -> None:
        """The created record of a create (or custom create-like) row, and its children in the
        answer; for a write that sets a record named by the path or answers records (a license
        rule of a group, the allocations of users), those records."""
        resource = spec.resource_of(op)
        writes = op.binding is not None and op.binding.live != "read"  # write-own, or a `never` opted in
        if resource is None or not writes or op.method in ("get", "delete"):
            return
        if op.method != "post":
            # Only on what the run may touch (live_safety keeps `touches` to its own records).
            if op.id_param == resource.id_field and path is not None and op.id_param in path:
                self.add(resource.name, path[op.id_param])
            for item in body if isinstance(body, list) else []:
                if isinstance(item, dict):
                    self.add(resource.name, item.get(resource.id_field))
            return
        if isinstance(body, str | int):  # a create that answers the bare id (createMessageTemplate, D49)
            self.add(resource.name, body)
            return
        if not isinstance(body, dict):
            return
        self.add(resource.name, body.get(resource.id_field))
        for child in spec.resources.values():
            if child.parent == resource.name:
                for value in body.values():
                    for item in value if isinstance(value, list) else []:
                        if isinstance(item, dict):
                            self.add(child.name, item.get(child.id_field))


CREATED = _CreatedByThisRun()


def _operation(case: AnyCase) -> OperationModel | None:
    return config.spec().by_id.get(str(case.operation.definition.raw.get("operationId", "")))


def _prefix(case: AnyCase, op: OperationModel, prefix: str) -> None:
    named = config.spec().naming_max_length(op)
    if named is None or not isinstance(case.body, dict):
        return
    field, max_length = named
    value = case.body.get(field)
    # Only valid strings: an empty, too long or mistyped one is a negative case and must stay invalid.
    if isinstance(value, str) and value.strip() and len(value) <= max_length and not value.startswith(prefix):
        case.body[field] = (prefix + value)[:max_length]


def _absent(schema: dict[str, Any], value: Any) -> Any:
    """An id that cannot exist, or None when `value` is a negative case to keep as it is."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return ABSENT_INTEGER_ID if value >= schema.get("minimum", 1) else None
    if isinstance(value, str) and schema.get("minLength", 1) <= len(value) <= schema.get("maxLength", 128):
        return str(uuid.uuid4()) if schema.get("format") == "uuid" else f"contract-gate-absent-{uuid.uuid4()}"
    return None


def _keep_to_own_resources(case: AnyCase, op: OperationModel) -> None:
    if op.binding is None:
        return
    spec = config.spec()
    params = case.path_parameters if case.path_parameters is not None else {}
    body = case.body if isinstance(case.body, dict) else {}
    for name, resource in op.binding.touches.items():
        where = params if name in params else body
        if name not in where or (not isinstance(where[name], list) and CREATED.owns(resource, where[name])):
            continue
        param = op.param(name)
        schema = param.schema if param is not None else spec.resolve(op.body_properties.get(name, {}))
        value = where[name]
        if isinstance(value, list):  # a list of ids (bulk deletes, members to add): each one checked
            items = spec.resolve(schema.get("items") or {})
            where[name] = [v if CREATED.owns(resource, v) else (_absent(items, v) or v) for v in value]
            continue
        absent = _absent(schema, value)
        if absent is not None:
            where[name] = absent


def record_created(case: AnyCase, response: Response) -> None:
    """Live: what a successful request created (the run's own or a check's probe) is this run's."""
    settings = config.current()
    if settings is None or not settings.live or not 200 <= response.status_code < 300:
        return
    try:
        body = response.json()
    except ValueError:
        return
    op = _operation(case)
    if op is not None:
        CREATED.record(config.spec(), op, body, case.path_parameters)


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    settings = config.current()
    op = _operation(case)
    if settings is None or op is None:
        return
    if settings.write_prefix:
        _prefix(case, op, settings.write_prefix)
    if settings.live:
        _keep_to_own_resources(case, op)


@schemathesis.hook
def after_call(context: HookContext, case: AnyCase, response: Response) -> None:
    record_created(case, response)
