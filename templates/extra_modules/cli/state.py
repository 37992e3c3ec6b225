"""`export`, `plan` and `apply`: identity as code, on the desired-state engine (`..desired_state`).

    uipath-identity export -o org.yaml [--csv DIR]    # today's organization as a desired state
    uipath-identity plan -f org.yaml [--prune] [--out plan.json]   # exit 0 in step, 2 drift, 1 error
    uipath-identity apply -f org.yaml [--prune] [--yes] [--secrets-dir DIR]
    uipath-identity apply --plan plan.json            # refuses if the organization changed since
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
import yaml

from .._identity import IdentityClient
from ..desired_state import (
    Change,
    DesiredState,
    DocumentError,
    Observed,
    Plan,
    PlanError,
    apply_plan,
    export_document,
    make_plan,
    observe,
    parse_document,
)
from ..desired_state.apply import ApplyResult, creates_secrets
from ..desired_state.plan import stale_sections
from ..desired_state.registry import KINDS, Reporter
from .app import EXIT_DRIFT, EXIT_ERROR, session
from .output import emit
from .secrets import check_writable, write_secret

#: what `export` writes unless told otherwise (the kinds that can be listed)
EXPORTED = ("groups", "users", "robot_accounts", "external_applications")
SYMBOLS = {"create": "+", "update": "~", "delete": "-"}
#: CSV columns of `export --csv` (what `import` reads)
CSV_COLUMNS = {
    "users": ("user_name", "email", "name", "surname", "display_name", "groups"),
    "robot_accounts": ("name", "display_name", "groups"),
}


def read_document(path: Path) -> DesiredState:
    try:
        text = sys_read(path)
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise click.ClickException(f"{path}: not YAML: {error}") from None
    try:
        return parse_document(raw)
    except DocumentError as error:
        raise click.ClickException(f"{path}:\n  " + "\n  ".join(error.problems)) from None


def sys_read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot read {path}: {error.strerror}") from None


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def describe(change: Change) -> list[str]:
    """A change as the lines `plan` prints: the object, then each field (old -> new)."""
    noun = KINDS[change.section].noun
    lines = [f"{SYMBOLS[change.action]} {noun} {_value(change.name)}{' (invite)' if change.note else ''}"]
    for item in change.fields:
        if change.action == "update" and isinstance(item.new, list):
            parts = [f"+{n}" for n in item.added] + [f"-{n}" for n in item.removed]
            lines.append(f"    {item.path}: {' '.join(parts)}")
        elif change.action == "update":
            lines.append(f"    {item.path}: {_value(item.old)} -> {_value(item.new)}")
        else:
            lines.append(f"    {item.path}: {_value(item.new if change.action == 'create' else item.old)}")
    return lines


def print_plan(plan: Plan, verbose: bool = False) -> None:
    for change in plan.changes:
        for line in describe(change):
            click.echo(line)
    if plan.changes:
        click.echo("")
    if plan.skipped:
        if verbose:
            for line in plan.skipped:
                click.echo(f"  note: {line}")
        else:
            click.echo(f"{len(plan.skipped)} object(s) not in the document left as they are (-v lists them).")
    if plan.in_step:
        click.echo("No changes: the organization is in step with the document.")
    else:
        click.echo(f"Plan: {plan.summary()}.")


def _plan(client: IdentityClient, desired: DesiredState, prune: bool) -> tuple[Plan, Observed]:
    observed = observe(client, desired)
    try:
        return make_plan(desired, observed, prune=prune), observed
    except PlanError as error:
        raise click.ClickException("the document cannot be planned:\n  " + str(error).replace("; ", "\n  ")) from None


@click.command()
@click.option("-o", "--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="Write the YAML here (default: stdout).")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False, path_type=Path), help="Also write users.csv and robot_accounts.csv here (what `import` reads).")
@click.option("--section", "sections", multiple=True, type=click.Choice(sorted(KINDS)), help="Only these sections (repeatable).")
@click.option("--message-template", "templates", multiple=True, help="A message template to include, by name (the API cannot list them).")
@click.option("--setting", "settings", multiple=True, help="A setting to include, by key (the API cannot list them).")
@click.pass_context
def export(ctx: click.Context, out: Path | None, csv_dir: Path | None, sections: tuple[str, ...], templates: tuple[str, ...], settings: tuple[str, ...]) -> None:
    """Write today's organization as a desired-state file (names, not ids; never a secret)."""
    client = session(ctx).client()
    wanted = list(sections) or [*EXPORTED, *(["message_templates"] if templates else []), *(["settings"] if settings else [])]
    observed = observe(
        client, DesiredState(), sections=wanted, names={"message_templates": templates, "settings": settings}
    )
    document = export_document(observed, wanted)
    text = "# uipath-identity desired state: `uipath-identity plan -f FILE` compares it with the organization\n"
    text += yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {out}.", err=True)
    if csv_dir is not None:
        csv_dir.mkdir(parents=True, exist_ok=True)
        for section, columns in CSV_COLUMNS.items():
            write_csv(csv_dir / f"{section}.csv", columns, document, section)
        click.echo(f"Wrote users.csv and robot_accounts.csv in {csv_dir}.", err=True)


def write_csv(path: Path, columns: Iterable[str], document: dict[str, Any], section: str) -> None:
    """One CSV of a section, with each member's groups (`;`-separated) from the groups' members."""
    columns = list(columns)
    member_key = f"{section}"
    groups_of: dict[str, list[str]] = {}
    for group in document.get("groups", []):
        for name in (group.get("members") or {}).get(member_key, []):
            groups_of.setdefault(name.casefold(), []).append(group["name"])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        for entry in document.get(section, []):
            name = str(entry.get("user_name") or entry.get("name"))
            row = {k: ("" if v is None else v) for k, v in entry.items()}
            row["groups"] = ";".join(sorted(groups_of.get(name.casefold(), []), key=str.lower))
            writer.writerow(row)


@click.command()
@click.option("-f", "--file", "file", required=True, type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="The desired-state YAML file (`-`: standard input).")
@click.option("--prune", is_flag=True, help="Also plan deleting what the document's sections do not list.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Save the plan here, for `apply --plan`.")
@click.option("-v", "--verbose", is_flag=True, help="List the objects left alone, and why.")
@click.pass_context
def plan(ctx: click.Context, file: Path, prune: bool, out: Path | None, verbose: bool) -> None:
    """Show what `apply` would create, change and delete, field by field, without writing.

    Exit code: 0 in step, 2 changes pending (drift), 1 error."""
    state = session(ctx)
    desired = read_document(file)
    result, _ = _plan(state.client(), desired, prune)
    if out is not None:
        out.write_text(result.to_json(), encoding="utf-8")
    if state.output in ("json", "yaml"):
        emit(json.loads(result.to_json()), state.format, state.query)
    else:
        print_plan(result, verbose)
        if out is not None:
            click.echo(f"Saved the plan to {out}: `uipath-identity apply --plan {out}` applies exactly it.")
    if not result.in_step:
        ctx.exit(EXIT_DRIFT)


class PrintingReporter(Reporter):
    def done(self, change: Change, detail: str = "") -> None:
        click.echo(f"{SYMBOLS[change.action]} {change.action}d {KINDS[change.section].noun} {_value(change.name)}", err=True)

    def failed(self, change: Change, reason: str) -> None:
        click.echo(f"! could not {change.action} {KINDS[change.section].noun} {_value(change.name)}: {reason}", err=True)


def secret_keeper(folder: Path | None) -> Any:
    """`on_new_secret`: each new application secret to `folder/<name>.secret` (mode 0600)."""
    if folder is None:
        return None

    def keep(name: str, secret: str) -> None:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)
        path = folder / f"{safe}.secret"
        try:
            write_secret(path, secret)
        except OSError as error:  # it exists only in the create's answer: hand it over here, once
            click.echo(f"! could not write {path} ({error.strerror}); the first secret of {_value(name)}: {secret}", err=True)
            return
        click.echo(f"  the first secret of {_value(name)} is in {path} (mode 0600)", err=True)

    return keep


def _confirm(yes: bool) -> None:
    if yes:
        return
    stdin = sys.stdin
    if not stdin.isatty():
        raise click.ClickException("refusing to apply without confirmation: pass --yes (no terminal to ask on)")
    answer = click.prompt("Apply these changes? Only 'yes' applies", default="", show_default=False)
    if answer.strip() != "yes":
        raise click.ClickException("not applied")


@click.command()
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), help="The desired-state YAML file.")
@click.option("--plan", "plan_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A plan saved by `plan --out`: applied only if the organization has not changed since.")
@click.option("--prune", is_flag=True, help="Also delete what the document's sections do not list (never built-in groups or the credentials in use).")
@click.option("--yes", "-y", is_flag=True, help="Apply without asking.")
@click.option("--secrets-dir", type=click.Path(file_okay=False, path_type=Path), help="Where the first secret of each new confidential application is written (mode 0600).")
@click.pass_context
def apply(ctx: click.Context, file: Path | None, plan_file: Path | None, prune: bool, yes: bool, secrets_dir: Path | None) -> None:
    """Make the organization as the desired-state file says (idempotent: a second run changes nothing)."""
    state = session(ctx)
    if (file is None) == (plan_file is None):
        raise click.UsageError("give the desired state (-f FILE) or a saved plan (--plan FILE)")
    client = state.client()
    if plan_file is not None:
        try:
            saved = Plan.from_json(plan_file.read_text(encoding="utf-8"))
            desired = parse_document(saved.document)
        except (PlanError, DocumentError) as error:
            raise click.ClickException(f"{plan_file}: {error}") from None
        result, observed = _plan(client, desired, saved.prune)
        stale = stale_sections(saved, observed)
        if not stale and [c.to_dict() for c in result.changes] != [c.to_dict() for c in saved.changes]:
            stale = ["the changes themselves (made by another version?)"]
        if stale or saved.organization_id != observed.organization_id:
            what = ", ".join(stale) or "the organization"
            raise click.ClickException(
                f"{plan_file}: the organization changed since this plan was made ({what}); "
                "make a new plan (nothing was applied)"
            )
        yes = True  # the saved plan was the review
    else:
        assert file is not None
        result, observed = _plan(client, read_document(file), prune)
    print_plan(result)
    if result.in_step:
        return
    if creates_secrets(result):
        if secrets_dir is None:
            raise click.ClickException(
                f"creating {', '.join(creates_secrets(result))} hands over a first secret: "
                "pass --secrets-dir DIR to keep it (written with mode 0600); nothing was applied"
            )
        secrets_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        check_writable(secrets_dir / "probe")
    _confirm(yes)
    outcome = apply_plan(client, result, observed, reporter=PrintingReporter(), on_new_secret=secret_keeper(secrets_dir))
    report(outcome)
    if not outcome.ok:
        ctx.exit(EXIT_ERROR)


def report(outcome: ApplyResult) -> None:
    if outcome.ok:
        click.echo(f"Applied: {len(outcome.completed)} change(s).")
    else:
        click.echo(
            f"Applied {len(outcome.completed)} change(s); {len(outcome.failures)} failed (see above). "
            "Run again to converge once the cause is fixed."
        )


def seed(client: IdentityClient, path: Path) -> None:
    """`--mock-seed`: apply a desired-state file to a fresh mock (its secrets are discarded)."""
    desired = read_document(path)
    result, observed = _plan(client, desired, False)
    outcome = apply_plan(client, result, observed, on_new_secret=lambda name, secret: None)
    click.echo(f"mock: seeded from {path} ({len(outcome.completed)} changes, {len(outcome.failures)} failed)", err=True)
    for change, reason in outcome.failures:
        click.echo(f"mock: could not {change.action} {change.section} {change.name!r}: {reason}", err=True)
