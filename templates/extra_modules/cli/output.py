"""Turning results into JSON, YAML, a table or CSV, after an optional JMESPath `--query`.
Models become their JSON form (`to_dict()`), so every format shows the API's field names."""

from __future__ import annotations

import csv
import datetime
import enum
import io
import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import click
import jmespath
import jmespath.exceptions
import yaml
from rich.console import Console
from rich.table import Table

from .._logging import SPEC_SECRET_FIELDS
from .secrets import REDACTED

FORMATS = ("json", "yaml", "table", "csv")


def jsonable(value: Any) -> Any:
    """A result as plain JSON data (models, lists, mappings, UUIDs, datetimes, enums)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "to_dict"):
        return jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def secrets_in(data: Any, path: str = "$") -> dict[str, str]:
    """JSON path -> value of every secret field (the spec's `x-secret`) holding a value."""
    found: dict[str, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in SPEC_SECRET_FIELDS and isinstance(value, str) and value:
                found[f"{path}.{key}"] = value
            else:
                found.update(secrets_in(value, f"{path}.{key}"))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.update(secrets_in(value, f"{path}[{index}]"))
    return found


def redacted(data: Any) -> Any:
    """`data` with every secret field's value replaced by `***`."""
    if isinstance(data, dict):
        return {
            k: (REDACTED if k in SPEC_SECRET_FIELDS and isinstance(v, str) and v else redacted(v))
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [redacted(v) for v in data]
    return data


def shown_once(data: Any, seen: set[str] | None = None) -> Any:
    """`data` with each secret value shown at its first place only (`***` where it repeats, as
    an answer's `secret` and `secrets[0].secret` do)."""
    seen = set() if seen is None else seen
    if isinstance(data, dict):
        result = {}
        for key, value in data.items():
            if key in SPEC_SECRET_FIELDS and isinstance(value, str) and value:
                result[key] = REDACTED if value in seen else value
                seen.add(value)
            else:
                result[key] = shown_once(value, seen)
        return result
    if isinstance(data, list):
        return [shown_once(v, seen) for v in data]
    return data


def query(data: Any, expression: str | None) -> Any:
    if not expression:
        return data
    try:
        return jmespath.search(expression, data)
    except jmespath.exceptions.JMESPathError as error:
        raise click.UsageError(f"--query: {error}") from None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ";".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _rows(data: Any) -> tuple[list[str], list[list[str]]]:
    """Columns and rows: a list of objects is one row each; an object is one row; a list of
    scalars one column; a scalar one cell."""
    if isinstance(data, dict):
        data = [data]
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        columns: list[str] = []
        for item in data:
            columns += [key for key in item if key not in columns]
        return columns, [[_cell(item.get(c)) for c in columns] for item in data]
    if isinstance(data, list):
        return ["value"], [[_cell(item)] for item in data]
    return ["value"], [[_cell(data)]]


def render(data: Any, fmt: str) -> str:
    """`data` in the format (no trailing newline handling: the caller echoes it)."""
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False)
    if fmt == "yaml":
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True).rstrip("\n")
    columns, rows = _rows(data)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=200, force_terminal=False, color_system=None)
    console.print(table)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    return str(text).rstrip("\n")


def emit(data: Any, fmt: str, expression: str | None = None) -> None:
    """Print a result (JSON-ready data) in `fmt` after `expression`; nothing for no result."""
    data = query(data, expression)
    if data is None and fmt != "json":
        return
    click.echo(render(data, fmt))
