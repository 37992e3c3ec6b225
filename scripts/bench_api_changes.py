#!/usr/bin/env python3
"""Time the API change report and the gate step: median of N runs, wall clock and CPU (this
process and its children, so the figure holds when other work shares the cores).

    .venv/bin/python scripts/bench_api_changes.py [--runs 3]

Cases:
- report: the whole spec before this feature (567fb33, or the working tree if absent) against the
  working tree with a breaking edit (an operationId renamed, a response field renamed, a response
  field made optional), so both packages are generated and griffe compares them;
- gate step, spec unchanged since the release: the byte comparison only;
- gate step, spec changed: the same edit (both generations are of the whole spec).
Both gate cases run in a scratch git repository where the working tree's spec is the release.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from contract_tests.api_changes import gate_step  # noqa: E402
from contract_tests.api_changes.compare import compare  # noqa: E402
from contract_tests.api_changes.sources import SPEC, WORKTREE, SourceError, SpecVersion, load  # noqa: E402

BEFORE = "567fb33"
# Regular expressions, so the edits keep applying while the spec grows (RobotAccount's required list
# gained lastLoginTime with D66, for one).
EDITS = (
    (r"operationId: createRobotAccount\n", "operationId: addRobotAccount\n"),
    (r"\n        lastLoginTime:\n", "\n        lastSignInTime:\n"),
    (r"(required: \[id, name, )displayName, (creationTime)", r"\1\2"),
)


def edited(text: str) -> str:
    for pattern, replacement in EDITS:
        text, count = re.subn(pattern, replacement, text, count=1)
        assert count == 1, f"the bench's edit no longer applies: {pattern}"
    return text


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, used = time.perf_counter(), cpu()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(cpu() - used)
    return statistics.median(walls), statistics.median(cpus)


def scratch_repo(folder: Path, *, edit: bool) -> Path:
    """The spec committed as a release in a new git repository; then edited, or not."""
    for name in ("spec",):
        shutil.copytree(ROOT / name, folder / name)
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@localhost"}
    env |= {"GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@localhost"}
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release"]):
        subprocess.run(["git", *command], cwd=folder, check=True, env=env)
    spec = folder / SPEC
    if edit:
        spec.write_text(edited(spec.read_text()))
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    try:
        old = load(BEFORE)
    except SourceError:
        old = load(WORKTREE)
    new = SpecVersion("working tree, edited", edited(load(WORKTREE).text))
    report = compare(old, new)
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(report.render_text(), end="")

    def fresh(python: bool) -> object:  # new SpecVersion objects: YAML parsing is part of the figure
        return compare(SpecVersion(old.label, old.text), SpecVersion(new.label, new.text), python=python)

    rows = [
        ("report, spec only (parse, resolve, diff)", timed(lambda: fresh(False), runs)),
        ("report, spec + both generations + griffe", timed(lambda: fresh(True), runs)),
    ]
    for name, edit in (("gate step, spec unchanged", False), ("gate step, spec changed", True)):
        with tempfile.TemporaryDirectory() as tmp:
            repo = scratch_repo(Path(tmp), edit=edit)
            rows.append((name, timed(functools.partial(gate_step.check, None, repo), runs)))
    for name, (wall, used) in rows:
        print(f"{name:45} wall {wall:6.2f}s  cpu {used:6.2f}s  (median of {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
