"""`import users FILE.csv` and `import robot-accounts FILE.csv`: thousands of rows, paced to the
service's limits, with a progress bar and an estimate; every failure reported per row with the
service's reason; re-running converges (what is already there is left alone).

Columns (the header names them; `export --csv` writes the same): users `user_name, email, name,
surname, display_name, is_active, invite, groups`; robot accounts `name, display_name, groups`.
`groups` lists group names separated by `;`, and only adds: an import never takes anyone out of
a group. An empty cell leaves that field as it is. Rows become a desired state for the engine
(`..desired_state`), so users are created 1,000 a request and each group gains its new members in
one request.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..desired_state import Change, DocumentError, PlanError, apply_plan, make_plan, observe, parse_document
from ..desired_state.membership import MEMBER_FIELDS
from ..desired_state.registry import KINDS, Reporter, fold
from .app import EXIT_ERROR, session
from .pacing import BUDGETS

BOOLEAN = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
SECTIONS = {"users": ("users", "user_name"), "robot-accounts": ("robot_accounts", "name")}


@dataclass
class Row:
    number: int  # the line of the CSV file (the header is line 1)
    name: str
    entry: dict[str, Any]
    problems: list[str] = field(default_factory=list)


def read_rows(path: Path, section: str, name_key: str) -> list[Row]:
    kind = KINDS[section]
    booleans = {f.key for f in kind.fields if f.type == "bool"}
    known = {name_key, *(f.key for f in kind.fields)}
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as error:
        raise click.ClickException(f"cannot read {path}: {error.strerror}") from None
    rows: list[Row] = []
    with handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        unknown = [c for c in columns if c not in known]
        named = name_key in columns or (section == "users" and "email" in columns)  # an invitee: the e-mail
        if unknown or not named:
            raise click.ClickException(
                f"{path}: columns {', '.join(unknown) or '(none)'} unknown or `{name_key}` missing "
                f"(known: {', '.join(sorted(known))})"
            )
        for line, record in enumerate(reader, start=2):
            entry: dict[str, Any] = {}
            problems = []
            for column, cell in record.items():
                if column is None:
                    problems.append(f"more cells than columns: {cell!r}")
                    continue
                cell = (cell or "").strip()
                if not cell:
                    continue
                if column in booleans:
                    if cell.lower() not in BOOLEAN:
                        problems.append(f"{column}: {cell!r} is not true or false")
                        continue
                    entry[column] = BOOLEAN[cell.lower()]
                elif column == "groups":
                    entry[column] = [g.strip() for g in cell.split(";") if g.strip()]
                else:
                    entry[column] = cell
            if not problems:
                try:
                    parse_document({section: [entry]})
                except DocumentError as error:
                    problems += [p.split(": ", 1)[-1] if ": " in p else p for p in error.problems]
            name = str(entry.get(name_key) or entry.get("email") or "")
            rows.append(Row(line, name, entry, problems))
    return rows


class ProgressReporter(Reporter):
    def __init__(self, progress: Progress, task: Any, rows: dict[str, list[Row]]) -> None:
        self.progress, self.task, self.rows = progress, task, rows

    def done(self, change: Change, detail: str = "") -> None:
        self.progress.advance(self.task)

    def failed(self, change: Change, reason: str) -> None:
        self.progress.advance(self.task)
        if change.section == "groups":  # a group's new members: every row that asked for it
            for rows in self.rows.values():
                for row in rows:
                    if fold(change.name) in {fold(g) for g in row.entry.get("groups", [])}:
                        row.problems.append(f"group {change.name!r}: {reason}")
        else:
            for row in self.rows.get(fold(change.name), []):
                row.problems.append(reason)


def _requests(changes: list[Change]) -> dict[str, int]:
    """Roughly how many requests per pacing budget the changes need."""
    counts: dict[str, int] = {}

    def add(method: str, n: int = 1) -> None:
        counts[BUDGETS[method]] = counts.get(BUDGETS[method], 0) + n

    for change in changes:
        add({"create": "POST", "update": "PUT", "delete": "DELETE"}[change.action])
    return counts


def _import(ctx: click.Context, what: str, path: Path, failures_file: Path | None, dry_run: bool) -> None:
    state = session(ctx)
    section, name_key = SECTIONS[what]
    rows = read_rows(path, section, name_key)
    by_name: dict[str, list[Row]] = {}
    for row in rows:
        if not row.problems:
            if fold(row.name) in by_name:
                row.problems.append(f"{row.name!r} is on line {by_name[fold(row.name)][0].number} too")
            else:
                by_name.setdefault(fold(row.name), []).append(row)
    client = state.client()
    valid = [row for row in rows if not row.problems]
    desired = parse_document({section: [row.entry for row in valid]})
    observed = observe(client, desired)
    groups = observed.objects.get("groups", {})
    path_key = MEMBER_FIELDS[section]
    for row in valid:  # groups only add: keep the groups each member is in today
        wanted = row.entry.get("groups")
        if wanted is None:
            continue
        missing = [g for g in wanted if fold(g) not in groups]
        if missing:
            row.problems.append(f"no group named {', '.join(repr(g) for g in missing)}")
            continue
        today = [g["name"] for g in groups.values() if fold(row.name) in {fold(n) for n in g.get(path_key, [])}]
        row.entry["groups"] = sorted({*today, *wanted}, key=str.lower)
    valid = [row for row in rows if not row.problems]
    desired = parse_document({section: [row.entry for row in valid]})
    try:
        plan = make_plan(desired, observed)
    except PlanError as error:
        raise click.ClickException(str(error)) from None
    requests = _requests(plan.changes)
    seconds = state.limits.estimate(requests)
    err = Console(stderr=True)
    err.print(
        f"{len(rows)} rows: {len(valid)} valid; {plan.summary()} "
        f"(about {sum(requests.values())} requests; at the pacing limits at least {seconds / 60:.1f} min)."
    )
    if not dry_run and plan.changes:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=False) as progress:
            task = progress.add_task(f"import {what}", total=len(plan.changes))
            reporter = ProgressReporter(progress, task, by_name)
            apply_plan(client, plan, observed, reporter=reporter)
    failed = [row for row in rows if row.problems]
    for row in failed:
        click.echo(f"line {row.number} ({row.name or '?'}): {'; '.join(row.problems)}", err=True)
    if failures_file is not None:
        with failures_file.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["line", name_key, "reason"])
            writer.writerows([row.number, row.name, "; ".join(row.problems)] for row in failed)
    verb = "would change" if dry_run else "done"
    click.echo(f"{len(rows)} rows: {len(rows) - len(failed)} {verb}, {len(failed)} failed.", err=True)
    if failed:
        ctx.exit(EXIT_ERROR)


def _options(function: Any) -> Any:
    function = click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))(function)
    function = click.option("--failures", "failures_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the rows that failed, with the reason, to this CSV.")(function)
    function = click.option("--dry-run", is_flag=True, help="Check every row and say what would change; write nothing.")(function)
    return click.pass_context(function)


@click.group("import")
def import_group() -> None:
    """Bulk CSV import of users or robot accounts, paced to the service's limits; resumable."""


@import_group.command("users")
@_options
def import_users(ctx: click.Context, csv_file: Path, failures_file: Path | None, dry_run: bool) -> None:
    """Create (1,000 a request), invite (column `invite`) or update users, and add them to groups."""
    _import(ctx, "users", csv_file, failures_file, dry_run)


@import_group.command("robot-accounts")
@_options
def import_robot_accounts(ctx: click.Context, csv_file: Path, failures_file: Path | None, dry_run: bool) -> None:
    """Create or update robot accounts, and add them to groups."""
    _import(ctx, "robot-accounts", csv_file, failures_file, dry_run)

