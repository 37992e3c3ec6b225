"""What each operation does once the request is authenticated, authorized and valid: the
operations table's row picks a generic action (crud.py) or a named custom one (custom.py)."""

from __future__ import annotations

from collections.abc import Callable

from contract_tests.spec_model import SpecModel

from . import custom
from .crud import Context, Engine, not_found
from .problems import Reply


class BindingError(RuntimeError):
    """The spec has an operation the table does not bind (the mock refuses to start)."""


class Handlers:
    def __init__(self, model: SpecModel) -> None:
        problems = model.binding_problems()
        for op in model.operations:
            b = op.binding
            if b is not None and b.custom is not None and b.custom not in custom.ACTIONS:
                problems.append(f"{op.operation_id}: no custom action {b.custom!r} in custom.py")
        for res in model.resources.values():
            for hook, known in ((res.prepare, custom.PREPARERS), (res.render, custom.RENDERERS)):
                if hook is not None and hook not in known:
                    problems.append(f"resource {res.name}: no custom hook {hook!r} in custom.py")
        if problems:
            raise BindingError(f"{model.table_path} does not bind {model.spec_path.name}:\n  " + "\n  ".join(problems))
        self.engine = engine = Engine(model, custom.PREPARERS, custom.RENDERERS)
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
        self.by_operation: dict[str, Callable[[Context], Reply]] = {}
        for op in model.operations:
            assert op.binding is not None
            name = op.binding.custom
            action = custom.ACTIONS[name] if name is not None else None
            self.by_operation[op.operation_id] = generic[op.binding.action] if action is None else _bind(action, engine)

    def pretend_delete(self, ctx: Context) -> Reply:
        """The `deleted-still-readable` fault: answer as a delete would, remove nothing."""
        exists = self.engine.exists(ctx)
        return Reply(ctx.op.success_status) if exists else not_found(ctx.op.binding.resource if ctx.op.binding else "")


def _bind(action: custom.Action, engine: Engine) -> Callable[[Context], Reply]:
    return lambda ctx: action(engine, ctx)
