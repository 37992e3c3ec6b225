"""Identity as code: a desired-state document (groups and their members, users to invite, robot
accounts, external applications, message templates, settings; names, not ids), a plan of what
differs from today's organization, field by field, and an apply that makes it so.

Added subpackage: copied into the package by scripts/regenerate. It needs only the client; the
command line (`uipath_identity_client.cli`, the `cli` extra) reads and writes the YAML files.

    desired = parse_document(yaml.safe_load(text))
    observed = observe(client, desired)
    plan = make_plan(desired, observed, prune=False)
    result = apply_plan(client, plan, observed)

Each kind of object is a `Kind` registered in `registry.KINDS` by its own module (groups, users,
robot accounts, external applications, message templates, settings).
"""

from __future__ import annotations

from . import applications, groups, robot_accounts, settings, templates, users  # noqa: F401  (registration)
from .apply import ApplyResult, apply_plan
from .document import DocumentError, DesiredState, export_document, parse_document
from .model import Change, FieldChange, Plan, PlanError
from .registry import Observed
from .observe import observe
from .plan import make_plan

__all__ = (
    "ApplyResult",
    "Change",
    "DesiredState",
    "DocumentError",
    "FieldChange",
    "Observed",
    "Plan",
    "PlanError",
    "apply_plan",
    "export_document",
    "make_plan",
    "observe",
    "parse_document",
)
