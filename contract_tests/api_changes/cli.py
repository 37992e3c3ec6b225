"""scripts/api_changes: report, check and release API changes (see README "When the API changes")."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import sys

from . import releases, versioning
from .compare import compare
from .gate_step import check
from .sources import NOTHING, ROOT, WORKTREE, SourceError, baseline_ref, load

SOURCES = f"a git ref, a spec file, `{WORKTREE}` or `{NOTHING}`"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scripts/api_changes", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser("report", help="what changed between two spec versions, and what it breaks")
    release = commands.add_parser("release", help="record the changes since the last release and set the version")
    for sub in (report, release):
        sub.add_argument("--old", help=f"{SOURCES} (default: the last recorded release, else {NOTHING})")
    report.add_argument("--new", default=WORKTREE, help=f"{SOURCES} (default: {WORKTREE})")
    report.add_argument("--json", action="store_true", help="JSON instead of text")
    report.add_argument("--no-python-api", action="store_true", help="skip generating both packages for griffe")
    release.add_argument("--version", help="the new version (default: the one the report calls for)")
    release.add_argument("--date", type=datetime.date.fromisoformat, default=datetime.date.today())
    release.add_argument("--no-regenerate", action="store_true", help="do not run scripts/regenerate afterwards")
    commands.add_parser("check", help="the gate step: fail if breaking client changes lack a major version")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            ok, detail = check()
            print(f"api changes: {'ok' if ok else 'FAIL'}: {detail}")
            return 0 if ok else 1
        baseline = None if args.old else baseline_ref()
        old = load(args.old or baseline or NOTHING)
        if baseline:
            old = dataclasses.replace(old, label=f"last release {baseline[:10]}")
        new = load(args.new if args.command == "report" else WORKTREE)
    except SourceError as error:
        print(f"api_changes: error: {error}", file=sys.stderr)
        return 2
    if args.command == "report":
        report = compare(old, new, python=not args.no_python_api)
        print(json.dumps(report.as_dict(), indent=2) if args.json else report.render_text().rstrip("\n"))
        return 0
    report = compare(old, new)
    if report.bump == "none":
        print(f"api_changes: nothing to release: the spec equals {old.label}", file=sys.stderr)
        return 1
    version = args.version or versioning.required(report)
    report.new_version = version
    problems = versioning.problems(report)
    due = versioning.required(report)
    if not problems and versioning.parse(version) < versioning.parse(due):
        problems = [f"--version {version} is lower than the {report.bump} release the report calls for: {due}"]
    if problems:
        print(f"api_changes: error: {'; '.join(problems)}", file=sys.stderr)
        return 2
    path = releases.record(report, new, version, args.date)
    print(report.render_text(), end="")
    print(f"api_changes: recorded {path.relative_to(ROOT)}; info.version is now {version}")
    if not args.no_regenerate:
        releases.regenerate()
    return 0
