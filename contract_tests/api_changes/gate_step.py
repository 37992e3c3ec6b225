"""The gate's API-changes step: the working tree's specs (every service's) against the last recorded
release. A change that breaks client code without a major version fails; the report goes to
reports/api-changes.*. Unchanged since the release (CI on main right after one): a byte comparison
of every document, no parsing."""

from __future__ import annotations

import json
from pathlib import Path

from . import versioning
from .changes import Impact
from .compare import compare
from .sources import ROOT, WORKTREE, SourceError, baseline_ref, load, release_versions


def check(reports: Path | None = None, root: Path = ROOT) -> tuple[bool, str]:
    ref = baseline_ref(root)
    if ref is None:
        recorded = release_versions(root)
        if recorded:  # `release` ran and its record is not committed yet: say so, not "no release"
            return True, f"release {recorded[0]} recorded but not committed (or no git history): nothing to compare"
        return True, "no release recorded in spec/changes/: nothing to compare"
    try:
        old, new = load(ref, root), load(WORKTREE, root)
    except SourceError as error:
        return False, f"cannot read the released spec: {error}"
    if old.same_as(new):
        return True, f"spec unchanged since release {old.version}"
    try:
        report = compare(old, new)
    except RuntimeError as error:  # the package could not be generated from one side: say so, don't crash the gate
        return False, str(error).splitlines()[0]
    report.old = f"release {old.version} ({ref[:10]})"
    if reports is not None:
        reports.mkdir(parents=True, exist_ok=True)
        (reports / "api-changes.txt").write_text(report.render_text())
        (reports / "api-changes.json").write_text(json.dumps(report.as_dict(), indent=2) + "\n")
    problems = versioning.problems(report)
    breaking = [c.text for c in report.changes if c.client == Impact.BREAKING] + (report.python_api or [])
    if problems:
        return False, "; ".join(problems + breaking)
    due = versioning.required(report)
    pending = f"; unreleased ({report.bump}): run scripts/api_changes release" if new.version == old.version else ""
    return True, (
        f"{len(report.changes)} change(s) since release {old.version}: client {report.client.label}, "
        f"wire {report.wire.label}; info.version {new.version} (at least {due}){pending}"
    )
