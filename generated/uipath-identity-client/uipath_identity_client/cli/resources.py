"""Every resource method as a command, built from the package's `description.json` (the plan the
resource client is generated from), so the command line never falls behind the spec:
`uipath-identity robot-accounts create --name nightly`, `uipath-identity groups list`.

One command group per resource, one command per method (`iter...` methods are the list's
`--all`); another service's resources sit under its namespace as on the client
(`uipath-identity audit events list`, `licenses groups allocate`), and a service with a tenant
level takes `--tenant NAME` (`client.audit.tenant(NAME)`). Path parameters are arguments; body fields and query parameters are options, typed
from the description (ids, enums as choices, integer bounds, booleans as `--x/--no-x`, lists
repeated, models as JSON text, `@file.json` or `-` for standard input). A field the spec marks
secret (a password) is never an option's value: `--password-file` (`-`: standard input) or
`--password-env`. A command that creates a secret (a POST, or an answer that is a secret) prints
it once, or writes it to `--secret-file` (mode 0600); every other command shows secrets as `***`.
"""

from __future__ import annotations

import datetime
import functools
import json
import operator
import sys
from collections.abc import Callable, Mapping
from importlib import resources as package_files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import models
from .output import FORMATS, emit, jsonable, redacted, secrets_in, shown_once
from .secrets import REDACTED, check_writable, read_secret, write_secret

if TYPE_CHECKING:  # click's ParamType is generic from 8.2 on; the extra allows 8.1
    ParamType = click.ParamType[Any]
else:
    ParamType = click.ParamType

PACKAGE = __package__.rpartition(".")[0] if __package__ else "uipath_identity_client"
SCALAR_ITEMS = ("uuid", "id", "str", "int", "enum", "datetime", "bool")


@functools.cache
def description() -> dict[str, Any]:
    """The package's description of its resource client (`description.json`)."""
    text = package_files.files(PACKAGE).joinpath("description.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def command_name(name: str) -> str:
    return name.replace("_", "-")


class JsonValue(ParamType):
    """JSON text, `@FILE` holding JSON, or `-` (JSON on standard input)."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value == "-":
            text = sys.stdin.read()
        elif value.startswith("@"):
            try:
                text = Path(value[1:]).expanduser().read_text()
            except OSError as error:
                self.fail(f"cannot read {value[1:]}: {error.strerror}", param, ctx)
        try:
            return json.loads(text)
        except ValueError as error:
            if param is not None and getattr(param, "shorthand", False):
                return value  # a model's shorthand: the plain string
            self.fail(f"not JSON ({error}); give JSON text, @file.json or -", param, ctx)


class DateTimeValue(ParamType):
    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            parsed = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date-time (e.g. 2026-12-31T23:00:00Z)", param, ctx)
        if parsed.utcoffset() is None:  # ambiguous: the client refuses it too (_arguments.check_aware)
            self.fail(f"{value!r} has no time zone: add Z (UTC) or an offset (e.g. 2026-12-31T23:00:00Z)", param, ctx)
        return parsed


def _scalar_type(kind: str, arg: Mapping[str, Any], enum_values: list[str]) -> ParamType:
    if kind == "enum":
        return click.Choice(enum_values, case_sensitive=False)
    if kind == "int":
        if arg.get("minimum") is not None or arg.get("maximum") is not None:
            return click.IntRange(arg.get("minimum"), arg.get("maximum"))
        return click.INT
    if kind == "datetime":
        return DateTimeValue()
    return click.STRING


def _help(arg: Mapping[str, Any]) -> str:
    return str(arg.get("description") or arg["json_name"]).replace("%", "%%")


def parameters(arg: Mapping[str, Any]) -> list[click.Parameter]:
    """The click parameters of one method argument."""
    name = str(arg["python_name"])
    flag = "--" + command_name(name)
    kind = str(arg["kind"])
    required = bool(arg["required"])
    if arg["location"] == "path":
        return [click.Argument([name], type=_scalar_type(kind, arg, list(arg["enum_values"])))]
    if arg.get("secret"):
        return [
            click.Option(
                [f"{flag}-file", f"{name}_file"], help=f"{_help(arg)} Read from this file (`-`: standard input)."
            ),
            click.Option([f"{flag}-env", f"{name}_env"], help="... or from this environment variable."),
        ]
    if kind == "bool":
        return [
            click.Option([f"{flag}/--no-{command_name(name)}", name], default=None, required=required, help=_help(arg))
        ]
    if kind == "list" and arg.get("item_kind") in SCALAR_ITEMS:
        item_type = _scalar_type(str(arg["item_kind"]), {}, list(arg.get("item_enum_values") or []))
        return [
            click.Option(
                [flag, name], multiple=True, type=item_type, required=required, help=f"{_help(arg)} (repeatable)"
            )
        ]
    if kind in ("list", "model", "any"):
        option = click.Option(
            [flag, name], type=JsonValue(), required=required, help=f"{_help(arg)} (JSON, @file.json or -)"
        )
        option.shorthand = "| str" in str(arg["annotation"])  # type: ignore[attr-defined]
        return [option]
    return [
        click.Option(
            [flag, name], type=_scalar_type(kind, arg, list(arg["enum_values"])), required=required, help=_help(arg)
        )
    ]


def _model(name: str | None) -> Any:
    return getattr(models, name) if name else None


def _build(arg: Mapping[str, Any], value: Any) -> Any:
    """A parsed option value as the method takes it (models from their JSON form)."""
    model = _model(arg.get("model"))
    if arg["kind"] == "list":
        items = value if isinstance(value, list | tuple) else [value]
        if arg.get("item_kind") == "model" and model is not None:
            return [model.from_dict(item) if isinstance(item, dict) else item for item in items]
        return list(items)
    if arg["kind"] == "model" and model is not None and isinstance(value, dict):
        return model.from_dict(value)
    return value


def is_handover(method: Mapping[str, Any]) -> bool:
    """Whether a command's purpose may be to hand over a new secret (it creates one)."""
    return bool(method["secret_answer"]) or method["http_method"] == "post"


def _target(client: Any, resource: Mapping[str, Any], service: Mapping[str, Any] | None, tenant: str | None) -> Any:
    """The resource object of the client a command calls (`client.audit.tenant(t).events`)."""
    attribute = str(resource.get("attribute") or resource["tag"])
    if service is None or tenant is None:
        return operator.attrgetter(attribute)(client)
    namespace = operator.attrgetter(service["attribute"])(client).tenant(tenant)
    return operator.attrgetter(attribute[len(service["attribute"]) + 1 :])(namespace)


def _invoke(
    resource: Mapping[str, Any],
    method: Mapping[str, Any],
    iterator: Mapping[str, Any] | None,
    service: Mapping[str, Any] | None,
    **given: Any,
) -> None:
    from .app import session

    ctx = click.get_current_context()
    state = session(ctx)
    state.output = given.pop("output", None) or state.output
    state.query = given.pop("query", None) or state.query
    secret_file: Path | None = given.pop("secret_file", None)
    all_pages = bool(given.pop("all_pages", False))
    tenant: str | None = given.pop("tenant", None)
    if secret_file is not None:
        check_writable(secret_file)  # before the secret exists
    positional, keywords = [], {}
    for arg in method["arguments"]:
        if arg["organization"] or arg["same_as_path"]:
            continue
        name = arg["python_name"]
        if arg.get("secret"):
            value = read_secret(given.pop(f"{name}_file"), given.pop(f"{name}_env"), f"--{command_name(name)}")
            if value is None and arg["required"]:
                raise click.UsageError(f"--{command_name(name)}-file or --{command_name(name)}-env is required")
        else:
            value = given.pop(name)
        if arg["location"] == "path":
            positional.append(value)
        elif value is not None and not (isinstance(value, tuple) and not value):  # an option not given
            keywords[name] = _build(arg, value)
    target = _target(state.client(), resource, service, tenant)
    if all_pages and iterator is not None:
        keywords = {k: v for k, v in keywords.items() if k not in ("top", "skip")}
        result: Any = list(getattr(target, iterator["name"])(*positional, **keywords))
    else:
        result = getattr(target, method["name"])(*positional, **keywords)
    data = jsonable(result)
    found = {"$": data} if method["secret_answer"] and isinstance(data, str) else secrets_in(data)
    if found and is_handover(method):
        if secret_file is not None:
            try:
                write_secret(secret_file, next(iter(found.values())) if len(found) == 1 else json.dumps(found))
            except OSError as error:  # never lose it: it exists only in this answer
                click.echo(f"Error: could not write {secret_file} ({error.strerror}); the new secret:", err=True)
                emit(data, state.format, state.query)
                ctx.exit(1)
            click.echo(f"The new secret is in {secret_file} (mode 0600).", err=True)
            data = REDACTED if "$" in found else redacted(data)
        else:
            data = shown_once(data)  # this command's purpose: hand it over, once
    else:
        data = REDACTED if "$" in found else redacted(data)
    emit(data, state.format, state.query)


def method_command(
    resource: Mapping[str, Any],
    method: Mapping[str, Any],
    iterator: Mapping[str, Any] | None,
    service: Mapping[str, Any] | None = None,
) -> click.Command:
    params: list[click.Parameter] = []
    if service is not None and service.get("tenant_prefix"):
        params.append(
            click.Option(["--tenant"], help="A tenant's name: its level of the service instead of the organization's.")
        )
    for arg in method["arguments"]:
        if not (arg["organization"] or arg["same_as_path"]):
            params += parameters(arg)
    if iterator is not None:
        params.append(
            click.Option(["--all", "all_pages"], is_flag=True, help=f"Read every page (`{iterator['name']}`).")
        )
    if is_handover(method):
        params.append(
            click.Option(
                ["--secret-file"],
                type=click.Path(dir_okay=False, path_type=Path),
                help="Write a new secret of the answer to this file (mode 0600) instead of printing it.",
            )
        )
    params += output_options()
    text = f"{method['summary']}.\n\n{method['description']}\n\n`{method['http_method'].upper()} {method['path']}` ({method['operation_id']})"
    callback: Callable[..., None] = functools.partial(_invoke, resource, method, iterator, service)
    return click.Command(
        command_name(method["name"]),
        params=params,
        callback=callback,
        help=text.replace("%", "%%"),
        short_help=method["summary"],
    )


def output_options() -> list[click.Parameter]:
    """`-o` and `--query` after the command too (`groups list -o table`), as before it."""
    return [
        click.Option(["-o", "--output"], type=click.Choice(FORMATS), help="Output format (json, yaml, table, csv)."),
        click.Option(["--query"], help="A JMESPath expression applied to the result."),
    ]


def _resource_group(resource: Mapping[str, Any], name: str, service: Mapping[str, Any] | None) -> click.Group:
    group = click.Group(name, help=resource["description"] or resource["class_name"])
    iterators = {m["paging"]["list_method"]: m for m in resource["methods"] if m["kind"] == "iter" and m["paging"]}
    for method in resource["methods"]:
        if method["kind"] != "iter":
            group.add_command(method_command(resource, method, iterators.get(method["name"]), service))
    return group


def resource_groups() -> list[click.Group]:
    """One command group per resource of the description, in its order; another service's
    resources inside a group per step of their attribute (`audit` > `classic` > `logs`)."""
    described = description()
    groups = [_resource_group(r, command_name(r["tag"]), None) for r in described["resources"]]
    titles = {s["attribute"]: s["title"] for s in described.get("services", []) if s["attribute"]}
    namespaces: dict[str, click.Group] = {}
    for service in described.get("services", []):
        for resource in service["resources"]:
            *steps, leaf = str(resource["attribute"]).split(".")
            parent: click.Group | None = None
            for depth, step in enumerate(steps):
                key = ".".join(steps[: depth + 1])
                if key not in namespaces:
                    namespaces[key] = click.Group(command_name(step), help=titles.get(key, key))
                    if parent is None:
                        groups.append(namespaces[key])
                    else:
                        parent.add_command(namespaces[key])
                parent = namespaces[key]
            group = _resource_group(resource, command_name(leaf), service)
            if parent is None:
                groups.append(group)
            else:
                parent.add_command(group)
    return groups
