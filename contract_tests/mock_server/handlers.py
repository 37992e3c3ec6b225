"""What each operation does once the request is authenticated, authorized and valid: the
operations table's row picks a generic action (crud.py) or a custom one that the service's
behaviour modules registered under the row's name (registry.py)."""

from __future__ import annotations

from collections.abc import Callable

from contract_tests.spec_model import SpecModel

from .crud import Context, Engine, not_found
from .problems import Reply
from .registry import Action, Registry


class BindingError(RuntimeError):
    """The spec has an operation the table does not bind (the mock refuses to start)."""


class Handlers:
    def __init__(self, model: SpecModel, registry: Registry, shared: frozenset[str] = frozenset()) -> None:
        """`shared`: the resources every service's table declares (one state for all services)."""
        problems = model.binding_problems(shared)
        where = f"the {registry.service} behaviour modules"
        for op in model.operations:
            b = op.binding
            if b is not None and b.custom is not None and b.custom not in registry.actions:
                problems.append(f"{op.operation_id}: no action {b.custom!r} registered by {where}")
        for res in model.resources.values():
            for kind, hook, known in (
                ("preparer", res.prepare, registry.preparers),
                ("renderer", res.render, registry.renderers),
            ):
                if hook is not None and hook not in known:
                    problems.append(f"resource {res.name}: no {kind} {hook!r} registered by {where}")
        if problems:
            raise BindingError(f"{model.table_path} does not bind {model.spec_path.name}:\n  " + "\n  ".join(problems))
        self.engine = engine = Engine(model, registry.preparers, registry.renderers)
        generic: dict[str, Callable[[Context], Reply]] = {
            "create": engine.create,
            "list": engine.listing,
            "get": engine.get,
            "replace": engine.replace,
            "delete": engine.delete,
            "bulk-delete": engine.bulk_delete,
            "singleton-get": engine.singleton_get,
            "singleton-replace": engine.singleton_replace,
            "singleton-delete": engine.singleton_delete,
        }
        self.heavy_actions = frozenset(registry.heavy)
        self.by_operation: dict[str, Callable[[Context], Reply]] = {}
        for op in model.operations:
            assert op.binding is not None
            name = op.binding.custom
            action = registry.actions[name] if name is not None else None
            self.by_operation[op.operation_id] = generic[op.binding.action] if action is None else _bind(action, engine)

    def heavy(self, ctx: Context) -> bool:
        """Whether the operation runs in a worker thread: the generic actions' own judgement
        (crud.Engine.heavy), or an action its module registered as heavy."""
        custom = ctx.op.binding.custom if ctx.op.binding is not None else None
        return custom in self.heavy_actions or self.engine.heavy(ctx)

    def pretend_delete(self, ctx: Context) -> Reply:
        """The `deleted-still-readable` fault: answer as a delete would, remove nothing."""
        exists = self.engine.exists(ctx)
        return Reply(ctx.op.success_status) if exists else not_found(ctx.op.binding.resource if ctx.op.binding else "")


def _bind(action: Action, engine: Engine) -> Callable[[Context], Reply]:
    return lambda ctx: action(engine, ctx)
