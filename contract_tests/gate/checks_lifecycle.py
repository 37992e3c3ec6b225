"""Lifecycles: what is deleted must be gone, and must not be referred to.

`use_after_delete`: every delete of every resource is tried on a record the run just created,
and the record must be gone afterwards: its read answers 404 (or its list no longer holds it).
Which operations create, delete and read a resource comes from the operations table; nothing
here names an operation.

Schemathesis' stateful phase reaches a delete only along the spec's links, and a delete of a
random id proves nothing (404 either way); so the first time a create succeeds outside the
stateful phase, the check deletes what it created with one delete operation of the resource not
tried yet (by id, or in bulk with the id alone in the body), first with a token holding only the
delete's read-only sibling scope (it must be refused with 403, and the record kept), then with
the run's token, then reads it back. Each delete operation is tried once per process (until it
passes).

`deleted_reference`: a request that names a record another service keeps (the table's `touches`,
references.py: a license allocation's group or users) and succeeded is replayed once per field,
naming a record of that resource made and deleted just before: it must be refused (a 4xx), not
accepted (an allocation to a deleted group). Deletes are not tried (releasing what a deleted
record held may rightly succeed)."""

from __future__ import annotations

import copy
import threading
from typing import Any

import schemathesis
from schemathesis import CheckContext, Response

from contract_tests.spec_model import PARTITION, OperationModel, Resource, SpecModel

from . import config
from .checks_access import read_siblings
from .probes import AnyCase, call, json_of, operation_of, positive, replay, request_example, until_shown
from .references import REFERENTS, foreign_references, location
from .st_auth import run_token, token_for

CHECK = "use_after_delete"
_TRIED: set[str] = set()
_LOCK = threading.Lock()


def created_id(resource: Resource, body: Any) -> Any:
    """The id of what a create answered: the resource's id field, or a bare id (D49)."""
    if isinstance(body, dict):
        return body.get(resource.id_field)
    return body if isinstance(body, str | int) and not isinstance(body, bool) else None


def deletes_of(spec: SpecModel, resource: str) -> list[OperationModel]:
    """Deletes of one record by id (a path id, no body) or of several by a body list of ids."""
    found = []
    for op in spec.operations:
        b = op.binding
        if b is None or b.resource != resource or op.method != "delete" or b.action.startswith("singleton"):
            continue
        by_id = op.id_param is not None and op.body_schema is None
        if by_id or b.ids_field:
            found.append(op)
    return found


def reader_of(spec: SpecModel, resource: str) -> tuple[str, OperationModel] | None:
    """("get", op) reading one record by id, else ("list", op) listing them all, for a resource."""
    ops = [op for op in spec.operations if op.binding is not None and op.binding.resource == resource]
    get = next((op for op in ops if op.binding and op.binding.action == "get" and op.method == "get"), None)
    if get is not None:
        return "get", get
    listing = next((op for op in ops if op.binding and op.binding.action == "list" and op.method == "get"), None)
    return ("list", listing) if listing is not None else None


def _path(op: OperationModel, partition: str, ident: Any) -> dict[str, Any] | None:
    """The delete's or read's path values, or None if it needs one the check does not know."""
    values: dict[str, Any] = {}
    for param in op.parameters:
        if param.location != "path":
            continue
        if param.organization:
            values[param.name] = partition
        elif param.name == op.id_param:
            values[param.name] = ident
        else:
            return None
    return values


def _bulk_body(spec: SpecModel, op: OperationModel, partition: str, ident: Any) -> Any:
    if op.body_schema is not None and op.body_schema.get("type") == "array":
        return [ident]
    body = copy.deepcopy(request_example(spec, op))
    body = body if isinstance(body, dict) else {}
    body[op.binding.ids_field if op.binding and op.binding.ids_field else "ids"] = [ident]
    if PARTITION in op.body_properties:
        body[PARTITION] = partition
    return body


def _next_delete(spec: SpecModel, resource: str) -> OperationModel | None:
    settings = config.current()
    with _LOCK:
        for op in deletes_of(spec, resource):
            if op.operation_id not in _TRIED and (settings is None or settings.may_call(op.operation_id)):
                return op
    return None


def _tried(delete: OperationModel) -> None:
    """Marked only once a delete's lifecycle passed (or could not be tried): a failure is not
    remembered, so Hypothesis replaying the failing create sees the same failure."""
    with _LOCK:
        _TRIED.add(delete.operation_id)


def _still_there(
    ctx: CheckContext, case: AnyCase, reader: tuple[str, OperationModel], partition: str, ident: Any
) -> str | None:
    """How the deleted record is still visible, or None."""
    how, op = reader
    path = _path(op, partition, ident)
    if path is None:
        return None
    answer = call(ctx, case, CHECK, op.operation_id, run_token(), path_parameters=path)
    if how == "get":
        return f"`{op.label}` answered {answer.status_code}" if 200 <= answer.status_code < 300 else None
    body = json_of(answer)
    items = body if isinstance(body, list) else next((v for v in (body or {}).values() if isinstance(v, list)), [])
    id_field = config.spec().resources[op.binding.resource].id_field if op.binding else "id"
    if any(isinstance(item, dict) and str(item.get(id_field)).lower() == str(ident).lower() for item in items):
        return f"`{op.label}` still lists it"
    return None


@schemathesis.check
def use_after_delete(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A record the run created, deleted by each delete of its resource, must be gone."""
    settings = config.current()
    op = operation_of(case)
    if settings is None or op is None or op.binding is None or ctx.phase == "stateful":
        return None
    if op.method != "post" or op.binding.live == "read" or not 200 <= response.status_code < 300:
        return None
    spec = config.spec()
    resource = spec.resources.get(op.binding.resource)
    ident = created_id(resource, json_of(response)) if resource is not None else None
    reader = reader_of(spec, op.binding.resource)
    if resource is None or ident is None or reader is None or not settings.may_call(reader[1].operation_id):
        return None
    delete = _next_delete(spec, resource.name)
    if delete is None:
        return None
    partition = settings.partition_global_id
    path = _path(delete, partition, ident)
    if path is None:
        config.note(CHECK, delete.label, "its path needs a value the created record does not give")
        _tried(delete)
        return None
    body = _bulk_body(spec, delete, partition, ident) if delete.binding and delete.binding.ids_field else None
    siblings = read_siblings(delete, spec.all_scopes)
    if siblings and settings.credentials.narrowable and all(settings.holds(s) for s in siblings):
        narrow = token_for(settings.credentials, " ".join(siblings))
        if narrow is not None:
            refused = call(ctx, case, CHECK, delete.operation_id, narrow, path_parameters=path, body=body)
            if refused.status_code in (404, 405) and not refused.content:
                config.note(CHECK, delete.label, "the server does not route it (an empty 404 or 405)")
                _tried(delete)
                return None
            if refused.status_code != 403:
                raise AssertionError(
                    f"Scope not enforced: `{delete.label}` with a token holding only {' '.join(siblings)} (the "
                    f"read-only sibling) answered {refused.status_code} instead of 403"
                )
    deleted = call(ctx, case, CHECK, delete.operation_id, run_token(), path_parameters=path, body=body)
    if not 200 <= deleted.status_code < 300:
        config.note(CHECK, delete.label, f"deleting a record the run had just created answered {deleted.status_code}")
        _tried(delete)
        return None
    visible = _still_there(ctx, case, reader, partition, ident)
    if visible is not None:
        raise AssertionError(
            f"Deleted resource still readable: `{delete.label}` answered {deleted.status_code} for the "
            f"{resource.name} `{ident}` this run created by `{case.operation.label}`, then {visible}"
        )
    _tried(delete)
    return True


REFERENCE_CHECK = "deleted_reference"


@schemathesis.check
def deleted_reference(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A request naming another service's record just deleted must be refused."""
    op = operation_of(case)
    if op is None or op.method == "delete" or not 200 <= response.status_code < 300 or not positive(case):
        return None
    references = foreign_references(config.spec(), op)
    for name, resource in references.items():
        if location(case, name) is None:
            continue
        with until_shown(REFERENCE_CHECK, case, ctx, name, per_phase=False) as due:
            if due:
                _refused_once_deleted(ctx, case, name, resource)
    return True


def _refused_once_deleted(ctx: CheckContext, case: AnyCase, name: str, resource: str) -> None:
    ident = REFERENTS.make(resource)
    if ident is None:
        config.note(REFERENCE_CHECK, case.operation.label, REFERENTS.missing.get(resource, f"no {resource} made"))
        return
    deleted = REFERENTS.delete(resource, ident)
    if deleted is None or not 200 <= deleted < 300:
        why = "no operation this run may call deletes it" if deleted is None else f"its delete answered {deleted}"
        config.note(REFERENCE_CHECK, case.operation.label, f"a {resource} made for it could not be deleted: {why}")
        return
    where = location(case, name)
    assert where is not None
    value: Any = [ident] if isinstance(where[name], list) else ident
    changed = {**where, name: value}
    if where is case.path_parameters:
        answer = replay(ctx, case, REFERENCE_CHECK, run_token(), path_parameters=changed)
    elif where is case.query:
        answer = replay(ctx, case, REFERENCE_CHECK, run_token(), query=changed)
    else:
        answer = replay(ctx, case, REFERENCE_CHECK, run_token(), body=changed)
    if 200 <= answer.status_code < 300:
        raise AssertionError(
            f"Reference to a deleted record accepted: `{case.operation.label}` answered {answer.status_code} with "
            f"`{name}` naming the {resource} `{ident}`, deleted just before (expected a refusal: 404)"
        )
