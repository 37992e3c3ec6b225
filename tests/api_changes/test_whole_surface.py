"""The spec before the whole-surface issue (main at 567fb33, this feature's base) against the working
tree: the whole-surface work only adds, so the report must be additions only (minor) on both axes,
and griffe must find nothing broken in the package. Before that work merges the two specs differ
only in version fields and the report is empty; once it merges, this is the real check."""

from __future__ import annotations

import subprocess

import pytest

from contract_tests.api_changes.changes import Impact
from contract_tests.api_changes.compare import compare
from contract_tests.api_changes.sources import ROOT, WORKTREE, load

BEFORE_WHOLE_SURFACE = "567fb33"

pytestmark = pytest.mark.slow


def test_whole_surface_is_additions_only() -> None:
    present = subprocess.run(["git", "cat-file", "-e", f"{BEFORE_WHOLE_SURFACE}^{{commit}}"], cwd=ROOT)
    if present.returncode != 0:
        pytest.skip(f"no git history with {BEFORE_WHOLE_SURFACE} (a shallow clone or an export)")
    report = compare(load(BEFORE_WHOLE_SURFACE), load(WORKTREE))
    assert report.old_version == "2026.05"  # the date-as-version of before this feature
    worst = [c.text for c in report.changes if Impact.BREAKING in (c.client, c.wire)]
    assert not worst, "\n" + report.render_text()
    assert report.python_api == [], "\n" + report.render_text()
    added = [c for c in report.changes if c.kind == "operation-added"]
    assert report.bump == ("minor" if added else "none"), report.render_text()
