"""The gate's options, environment and report rendering, without a server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.gate.options import UsageError, parse, schemathesis_rate
from contract_tests.gate.results import curl

ROOT = Path(__file__).resolve().parents[2]


def test_live_mode_from_uipath_uri_and_organization() -> None:
    env = {
        "UIPATH_URI": "https://cloud.uipath.com/",
        "UIPATH_ORGANIZATION": "acme",
        "UIPATH_CLIENT_ID": "id",
        "UIPATH_CLIENT_SECRET": "secret",
    }
    options = parse([], env)
    assert options.live is not None
    assert options.live.base_url == "https://cloud.uipath.com/acme/identity_"
    assert options.rate_limit == "30/m"  # the live default, 150 per 5 minutes
    assert not options.allow_writes


def test_embedded_mock_by_default() -> None:
    options = parse([], {})
    assert options.live is None and options.rate_limit is None


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"UIPATH_URI": "https://cloud.uipath.com"}, "UIPATH_ORGANIZATION"),
        ({"UIPATH_URI": "https://x", "UIPATH_ORGANIZATION": "o"}, "UIPATH_CLIENT_ID"),
        ({"UIPATH_URI": "https://x", "UIPATH_ORGANIZATION": "o", "UIPATH_CLIENT_ID": "id"}, "UIPATH_CLIENT_SECRET"),
    ],
)
def test_missing_settings_name_the_variable(env: dict[str, str], missing: str) -> None:
    with pytest.raises(UsageError, match=missing):
        parse([], env)


def test_a_personal_access_token_is_enough() -> None:
    options = parse(["--base-url", "https://x/o/identity_"], {"UIPATH_PAT": "pat"})
    assert options.live is not None and options.live.credentials.pat == "pat"


@pytest.mark.parametrize(
    "argv", [["--fault", "server-error", "--base-url", "https://x/o/identity_"], ["--allow-writes"], ["--phases", "x"]]
)
def test_contradictory_options_are_usage_errors(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        parse(argv, {"UIPATH_PAT": "pat"})


def test_mock_profile_and_operation_filter() -> None:
    twice = ["--operation", "getExternalClient", "--operation", "getExternalClient"]
    options = parse(["--mock-profile", "aspnet", *twice])
    assert options.mock_profile == "aspnet" and options.operation_ids == ("getExternalClient",)
    assert parse([]).mock_profile is None and parse([]).operation_ids is None
    with pytest.raises(UsageError, match="mock-profile"):
        parse(["--mock-profile", "aspnet", "--base-url", "https://x/o/identity_"], {"UIPATH_PAT": "pat"})
    with pytest.raises(SystemExit):  # argparse: not one of the profiles
        parse(["--mock-profile", "iis"])


def test_services_and_a_tenant() -> None:
    live = {"UIPATH_URI": "https://x", "UIPATH_ORGANIZATION": "o", "UIPATH_PAT": "pat", "UIPATH_TENANT": "Prod"}
    options = parse(["--service", "lease", "--service", "orgaudit", "--service", "lease"], live)
    assert options.services == ("lease", "orgaudit") and options.live is not None and options.live.tenant == "Prod"
    assert parse(["--tenant", "Test"], live).live.tenant == "Test"  # type: ignore[union-attr]
    assert parse([], {}).services == ()
    with pytest.raises(UsageError, match="tenant"):
        parse(["--tenant", "Prod"], {})  # the embedded mock announces its tenants


def test_an_unknown_service_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.gate", "--service", "widgets", "--reports", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "widgets" in result.stderr and "lease" in result.stderr


def test_an_unknown_operation_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.gate", "--operation", "noSuchOperation", "--reports", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "noSuchOperation" in result.stderr


@pytest.mark.parametrize(("text", "rate"), [("150/5min", "30/m"), ("300/5m", "60/m"), ("10/s", "10/s"), ("2/h", "2/h")])
def test_rate_limits(text: str, rate: str) -> None:
    assert schemathesis_rate(text) == rate


def test_a_bad_rate_limit_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="rate-limit"):
        schemathesis_rate("fast")


def test_usage_errors_exit_2_with_the_variable_name() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.gate", "--skip-drift-check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "UIPATH_URI": "https://cloud.uipath.com", "UIPATH_ORGANIZATION": "acme"},
    )
    assert result.returncode == 2
    assert "UIPATH_CLIENT_ID" in result.stderr


def test_curl_reproductions_redact_credentials() -> None:
    command = curl(
        {
            "method": "GET",
            "uri": "http://127.0.0.1:1/o/identity_/api/ExternalClient/x",
            "headers": {"Authorization": ["Bearer eyJhbGciOi.secret.token"], "X-Other": ["Bearer abc"]},
        }
    )
    assert "eyJ" not in command and "abc" not in command
    assert "'Authorization: Bearer [REDACTED]'" in command
