"""The live policy, read from the operations table (spec/operations.yaml): which operations may
run against a real organization, what a live run may touch, and how it cleans up. Deny by
default: an operation without a row, or with `live: never`, never runs live."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from contract_tests import spec_model
from contract_tests.spec_model import OperationModel, Resource, SpecModel

Operations = SpecModel | Iterable[OperationModel]  # one service's spec, or operations of several


def model() -> SpecModel:
    """The primary service's spec (spec/openapi.yaml) with its table."""
    return spec_model.load()


def every_operation() -> list[OperationModel]:
    """The operations of every service of spec/services.yaml, the primary's first."""
    return [op for service in spec_model.services() for op in service.model.operations]


def _operations(ops: Operations) -> list[OperationModel]:
    return list(ops.operations if isinstance(ops, SpecModel) else ops)


def policy(op: OperationModel) -> str:
    return "never" if op.binding is None else op.binding.live


def live_operations(ops: Operations, allow_writes: bool, opted_in: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The operations a live run may call; `opted_in` (--allow-live, writes only) adds named
    `never` rows, one by one: e.g. user writes, which touch real people, and license writes."""
    allowed = {"read", "write-own"} if allow_writes else {"read"}
    chosen = set(opted_in) if allow_writes else set()
    return tuple(op.operation_id for op in _operations(ops) if policy(op) in allowed or op.operation_id in chosen)


def unknown_operations(ops: Operations, names: tuple[str, ...]) -> list[str]:
    known = {op.operation_id for op in _operations(ops)}
    return [name for name in names if name not in known]


def never_live(ops: Operations) -> list[str]:
    return [op.operation_id for op in _operations(ops) if policy(op) == "never"]


@dataclass(frozen=True)
class CleanupStep:
    """Delete the records of `resource` whose naming field starts with the run's prefix, found
    with `list_op`, and the ids this run recorded (a resource without a list or a naming field:
    those alone). `delete_op` deletes one by its path id, or several by its body's `ids` field."""

    resource: Resource
    list_op: OperationModel | None
    delete_op: OperationModel


def cleanup_plan(spec: SpecModel, opted_in: tuple[str, ...] = ()) -> list[CleanupStep]:
    """For every resource a live run may create (`write-own` rows, and `never` rows opted in with
    --allow-live): list it and delete what carries the prefix, and delete the ids the run
    recorded. Children before parents."""
    created = {
        op.binding.resource
        for op in spec.operations
        if op.binding is not None and (op.binding.live == "write-own" or op.operation_id in opted_in)
    }

    def depth(resource: Resource) -> int:
        parent = spec.resources.get(resource.parent or "")
        return 0 if parent is None else 1 + depth(parent)

    steps = []
    for resource in sorted((spec.resources[r] for r in created if r in spec.resources), key=depth, reverse=True):
        ops = [op for op in spec.operations if op.binding is not None and op.binding.resource == resource.name]
        # A list is a GET (a POST "list by ids" needs a body); without one, or without a naming
        # field to find the run's records by, the ids the run recorded.
        lists = [op for op in ops if op.binding is not None and op.binding.action == "list" and op.method == "get"]
        # A delete of one record: the generic action, or a custom one (DELETE by a path id, no
        # body); else a DELETE of several by a body list of ids (the row's `ids`).
        deletes = [
            op
            for op in ops
            if op.binding is not None
            and (op.binding.action == "delete" or (op.method == "delete" and op.id_param and op.body_schema is None))
        ]
        deletes += [op for op in ops if op.method == "delete" and op.binding is not None and op.binding.ids_field]
        if deletes:
            listed = lists[0] if lists and resource.naming else None
            steps.append(CleanupStep(resource, listed, deletes[0]))
    return steps
