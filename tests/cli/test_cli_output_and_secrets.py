"""Output formats and JMESPath; secrets handed over once or to a 0600 file and never taken from
argv; named profiles; exit codes; the message when the `cli` extra is missing."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
import yaml
from cli_harness import environment, invoke, unique
from mock_session_path import Mocks, credentials
from uipath_identity_client import IdentityClient
from uipath_identity_client.cli import main


def test_formats_and_query(mocks: Mocks, profile: str) -> None:
    env = environment(mocks.ready(profile))
    as_json = json.loads(invoke(["groups", "list"], env).out)
    names = sorted(g["name"] for g in as_json)
    assert yaml.safe_load(invoke(["groups", "list", "-o", "yaml", "--query", "[].name"], env).out) == [
        g["name"] for g in as_json
    ]
    members = "[].{id: id, name: name, type: type, members: members[].name}"  # other tests' groups may be huge
    rows = list(csv.DictReader(io.StringIO(invoke(["-o", "csv", "groups", "list", "--query", members], env).out)))
    assert sorted(r["name"] for r in rows) == names and list(rows[0]) == ["id", "name", "type", "members"]
    everyone = next(r for r in rows if r["name"] == "Everyone")
    assert "alice.admin" in everyone["members"].split(";")  # a list of names: `;`-separated
    table = invoke(["groups", "list", "-o", "table", "--query", "[].{name: name, type: type}"], env).out
    assert all(name in table for name in names) and "builtIn" in table
    assert invoke(["groups", "list", "--query", "[?type=='builtIn'] | length(@)"], env).out.strip() == "3"
    bad = invoke(["groups", "list", "--query", "[?"], env)
    assert bad.code == 1 and "--query" in bad.err


def test_a_created_secret_is_shown_once_or_written_to_a_0600_file(mocks: Mocks, profile: str, tmp_path: Path) -> None:
    env = environment(mocks.ready(profile))
    shown = invoke(
        ["external-clients", "create", "--name", unique("cli-app"), "--is-confidential", "--scopes", "PM.Group.Read"],
        env,
    )
    assert shown.code == 0, shown
    answer = json.loads(shown.out)
    assert answer["secret"] and shown.out.count(answer["secret"]) == 1  # handed over, once
    assert answer["secrets"][0]["secret"] == "***"

    target = tmp_path / "app.secret"
    target.write_text("old\n")
    os.chmod(target, 0o644)  # replaced whole, never reopened with its old mode
    kept = invoke(
        [
            "external-clients",
            "create",
            "--name",
            unique("cli-app"),
            "--is-confidential",
            "--scopes",
            "PM.Group.Read",
            "--secret-file",
            str(target),
        ],
        env,
    )
    assert kept.code == 0, kept
    secret = target.read_text().strip()
    assert secret != "old" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert secret not in kept.out + kept.err and json.loads(kept.out)["secret"] == "***"
    app_id = json.loads(kept.out)["id"]

    value = invoke(["external-client-secrets", "generate-value", app_id, "--secret-file", str(tmp_path / "v")], env)
    assert value.code == 0 and json.loads(value.out) == "***" and len((tmp_path / "v").read_text().strip()) > 10
    listed = invoke(["external-clients", "get", app_id], env)
    assert secret not in listed.out


def test_a_secret_file_that_cannot_be_written_stops_before_the_secret_exists(mocks: Mocks, tmp_path: Path) -> None:
    ready = mocks.ready()
    env = environment(ready)
    name = unique("never-created")
    result = invoke(
        [
            "external-clients",
            "create",
            "--name",
            name,
            "--is-confidential",
            "--scopes",
            "PM.Group.Read",
            "--secret-file",
            str(tmp_path / "missing" / "s"),
        ],
        env,
    )
    assert result.code == 1 and "does not exist" in result.err
    client = IdentityClient(ready["base_url"], **credentials(ready))
    assert name not in {app.name for app in client.external_clients.list()}


def test_secrets_come_from_a_file_a_variable_or_stdin_never_argv(mocks: Mocks, tmp_path: Path) -> None:
    env = environment(mocks.ready())
    helptext = invoke(["users", "create", "--help"], env).out
    assert "--password-file" in helptext and "--password-env" in helptext and "--password " not in helptext
    name = unique("pw-user")
    password = "Correct-horse-1"
    (tmp_path / "pw").write_text(password + "\n")
    assert invoke(["users", "create", "--user-name", name, "--password-file", str(tmp_path / "pw")], env).code == 0
    user_id = json.loads(invoke(["users", "list", "--all", "--query", f"[?userName=='{name}'].id | [0]"], env).out)
    changed = invoke(
        ["users", "change-password", user_id, "--old-password-env", "OLD", "--new-password-file", "-"],
        {**env, "OLD": password},
        input="Battery-staple-2\n",
    )
    assert changed.code == 0, changed
    wrong = invoke(
        ["users", "change-password", user_id, "--old-password-env", "OLD", "--new-password-env", "OLD"],
        {**env, "OLD": password},
    )
    assert wrong.code == 1 and "PasswordMismatch" in wrong.err and password not in wrong.err


def test_profiles_from_the_config_file(mocks: Mocks, tmp_path: Path) -> None:
    ready = mocks.ready()
    env = environment(ready)
    secret_file = tmp_path / "secret"
    secret_file.write_text(env["UIPATH_CLIENT_SECRET"] + "\n")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.mock]\nuri = "{env["UIPATH_URI"]}"\norganization = "{env["UIPATH_ORGANIZATION"]}"\n'
        f'client_id = "{env["UIPATH_CLIENT_ID"]}"\nclient_secret_file = "{secret_file}"\noutput = "yaml"\n'
        '[profiles.leaky]\nclient_secret = "s3cret"\n'
    )
    bare = {"PATH": env["PATH"], "HOME": str(tmp_path), "UIPATH_IDENTITY_CONFIG": str(config)}
    result = invoke(["--profile", "mock", "groups", "list", "--query", "[0].name"], bare)
    assert result.code == 0 and result.out.strip().startswith("Everyone"), result  # YAML, the profile's format
    assert invoke(["groups", "list"], {**bare, "UIPATH_PROFILE": "mock"}).code == 0
    leaky = invoke(["--profile", "leaky", "groups", "list"], bare)
    assert leaky.code == 1 and "client_secret_file" in leaky.err and "s3cret" not in leaky.err
    unknown = invoke(["--profile", "nope", "groups", "list"], bare)
    assert unknown.code == 1 and "no profile 'nope' (profiles: leaky, mock)" in unknown.err
    missing = invoke(["groups", "list"], {"PATH": env["PATH"], "HOME": str(tmp_path)})
    assert missing.code == 1 and "UIPATH_URI" in missing.err


def test_exit_codes_usage_errors_are_1_not_2() -> None:
    assert invoke(["groups", "get"]).code == 1  # a missing argument: 2 means only "changes pending"
    assert invoke(["no-such-command"]).code == 1
    assert invoke(["--help"]).code == 0


def test_without_the_cli_extra_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "jmespath" else real(name, *a))
    assert main(["groups", "list"]) == 1
    assert "pip install 'uipath-identity-client[cli]'" in capsys.readouterr().err
