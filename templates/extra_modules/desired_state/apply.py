"""Making a plan so: creates and updates kind by kind (message templates and settings, users,
robot accounts, external applications, then groups, whose members must exist first), then
deletions in the reverse order. A refusal is reported for its object and the rest goes on;
everything is computed from the organization as read, so running again converges (also after an
interrupted apply)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .._identity import IdentityClient
from .model import Change, Plan, PlanError
from .registry import KINDS, Observed, Reporter, Run, ordered


@dataclass
class ApplyResult:
    completed: list[Change] = field(default_factory=list)
    failures: list[tuple[Change, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def creates_secrets(plan: Plan) -> list[str]:
    """The external applications the plan creates confidential: each gets a first secret."""
    return [
        c.name
        for c in plan.changes
        if c.section == "external_applications" and c.action == "create" and c.new("confidential", True) is not False
    ]


def apply_plan(
    client: IdentityClient,
    plan: Plan,
    observed: Observed,
    *,
    reporter: Reporter | None = None,
    on_new_secret: Callable[[str, str], None] | None = None,
) -> ApplyResult:
    """Apply `plan` (made against `observed`). `on_new_secret(application name, secret)` receives
    the first secret of each confidential application created; it is required when there are
    any, so that no secret is created that nobody holds."""
    if creates_secrets(plan) and on_new_secret is None:
        raise PlanError(
            f"creating {', '.join(creates_secrets(plan))} hands over a first secret: give on_new_secret to keep it"
        )
    run = Run(client, observed, reporter or Reporter(), on_new_secret)
    for kind in ordered():
        for action in ("create", "update"):
            changes = [c for c in plan.changes if c.section == kind.section and c.action == action]
            if changes:
                getattr(kind, action)(run, changes)
    for kind in ordered(reverse=True):
        changes = [c for c in plan.changes if c.section == kind.section and c.action == "delete"]
        if changes:
            KINDS[kind.section].delete(run, changes)
    return ApplyResult(run.completed, run.failures)
