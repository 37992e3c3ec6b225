"""Every resource method of the package's description is a command, and every command runs
against the session's mock in both behaviour profiles over a real socket: the arguments are the
method matrix's (tests/client/method_matrix.py: spec examples, fresh resources), turned into
what a user types (ids as text, repeated options, JSON for models, secrets from a file)."""

from __future__ import annotations

import datetime
import enum
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_harness import environment, invoke
from uipath_identity_client.cli.app import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "client"))
from method_matrix import Matrix, description, methods, to_json
from mock_session import Mocks
from test_client_method_matrix import call_arguments, matrices  # matrices: its module fixture, shared here

pytestmark = pytest.mark.slow
CASES = methods()
__all__ = ("matrices",)


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def command_line(tag: str, method: dict[str, Any], args: list[Any], kwargs: dict[str, Any], tmp: Path) -> list[str]:
    """The command a user would type for this call (an `iter...` method is its list's `--all`)."""
    name = method["paging"]["list_method"] if method["kind"] == "iter" else method["name"]
    line = [*(step.replace("_", "-") for step in tag.split(".")), name.replace("_", "-")]
    positional = iter(args)
    for arg in method["arguments"]:
        if arg["organization"] or arg["same_as_path"]:
            continue
        flag = "--" + arg["python_name"].replace("_", "-")
        if arg["location"] == "path":
            line.append(_text(next(positional)))
            continue
        if arg["python_name"] not in kwargs:
            continue
        value = kwargs[arg["python_name"]]
        if arg.get("secret"):
            secret = tmp / f"{arg['python_name']}.txt"
            secret.write_text(str(value) + "\n")
            line += [f"{flag}-file", str(secret)]
        elif arg["kind"] == "bool":
            line.append(flag if value else f"--no-{flag[2:]}")
        elif arg["kind"] == "list" and arg["item_kind"] not in ("model", "any", "list", ""):
            for item in value:
                line += [flag, _text(item)]
        elif arg["kind"] in ("list", "model", "any"):
            line += [flag, json.dumps(to_json(value), default=str)]
        else:
            line += [flag, _text(value)]
    if method["kind"] == "iter":
        line.append("--all")
    return line


@pytest.mark.parametrize(("tag", "method"), CASES, ids=[f"{t}.{m['name']}" for t, m in CASES])
def test_every_method_as_a_command(
    matrices: dict[str, Matrix], mocks: Mocks, profile: str, tag: str, method: dict[str, Any], tmp_path: Path
) -> None:
    args, kwargs = call_arguments(matrices[profile], method)
    kwargs.pop("page_size", None)
    line = command_line(tag, method, args, kwargs, tmp_path)
    result = invoke([*line, "-o", "json"], environment(mocks.ready(profile)))
    assert result.code == 0, f"{' '.join(line)}\n{result}"
    returns_none = method["returns"] == "None"
    if returns_none:
        assert result.out.strip() in ("", "null"), result
    else:
        json.loads(result.out)  # the answer, as JSON


def test_every_method_of_the_description_has_a_command() -> None:
    """Adding an operation to the spec adds its command (nothing is listed by hand), another
    service's under its namespace (`audit events list`)."""
    reached = 0
    for tag, method in CASES:
        group: Any = cli
        for step in tag.split("."):
            group = group.commands[step.replace("_", "-")]
        if method["kind"] == "iter":
            listing = group.commands[method["paging"]["list_method"].replace("_", "-")]
            assert "all_pages" in {p.name for p in listing.params}
        else:
            assert method["name"].replace("_", "-") in group.commands
        reached += 1
    assert reached == description()["all_methods"] > description()["methods"]


def test_a_tenant_level_command(mocks: Mocks, profile: str) -> None:
    """`--tenant` sends the unified audit service's command to a tenant's level; the organization's
    and the tenant's catalogues differ (D176), so the two answers do."""
    env = environment(mocks.ready(profile))
    org = invoke(["audit", "events", "list-sources", "-o", "json"], env)
    tenant = invoke(["audit", "events", "list-sources", "--tenant", "DefaultTenant", "-o", "json"], env)
    assert org.code == 0 and tenant.code == 0, (org, tenant)
    assert json.loads(org.out) and json.loads(tenant.out)
    assert json.loads(org.out) != json.loads(tenant.out)
    unknown = invoke(["audit", "events", "list-sources", "--tenant", "NoSuchTenant"], env)
    assert unknown.code == 1 and "404" in unknown.err, unknown
