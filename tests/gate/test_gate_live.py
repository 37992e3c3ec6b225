"""Live mode, pointed at the mock running as a separate process on loopback exactly as a user
points it at UiPath: UIPATH_URI, UIPATH_ORGANIZATION and client credentials in the environment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.gate.cleanup import read_created
from contract_tests.gate.gate import WRITE_PREFIX
from contract_tests.mock_server import process as mock_process

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture
def organization(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    faults = getattr(request, "param", ())
    with mock_process.running(*[arg for fault in faults for arg in ("--fault", fault)]) as mock:
        yield mock.ready


def live_env(ready: dict[str, Any]) -> dict[str, str]:
    root, _, _ = ready["base_url"].rpartition(f"/{ready['organization']}/identity_")
    return {
        **os.environ,
        "UIPATH_URI": root,
        "UIPATH_ORGANIZATION": ready["organization"],
        "UIPATH_CLIENT_ID": ready["admin_client_id"],
        "UIPATH_CLIENT_SECRET": ready["admin_client_secret"],
    }


def gate_command(reports: Path, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "contract_tests.gate",
        "--skip-drift-check",
        "--skip-spec-validation",
        "--max-examples",
        "8",
        "--seed",
        "3",
        "--rate-limit",
        "6000/m",
        "--reports",
        str(reports),
        *args,
    ]


# Identity's live writes, clean-up and credentials: the other services' live policy has its own
# tests (test_gate_live_licenses.py), and each service run live costs seconds.
IDENTITY_ONLY = ("--service", "identity")


def run_live(organization: dict[str, Any], reports: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = gate_command(reports, *IDENTITY_ONLY, *args)
    return subprocess.run(command, cwd=ROOT, env=live_env(organization), capture_output=True, text=True, timeout=300)


def client_names(ready: dict[str, Any]) -> list[str]:
    token = mock_process.admin_token(ready, scope="PM.OAuthApp.Read")
    listing = httpx.get(
        f"{ready['base_url']}/api/ExternalClient/{ready['partition_global_id']}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert listing.status_code == 200
    return sorted(client["name"] for client in listing.json())


def test_read_only_by_default(organization: dict[str, Any], tmp_path: Path) -> None:
    before = client_names(organization)
    result = subprocess.run(
        gate_command(tmp_path), cwd=ROOT, env=live_env(organization), capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert client_names(organization) == before
    summary = (tmp_path / "summary.md").read_text()
    assert "GET /api/ExternalClient/{partitionGlobalId}/{clientId}" in summary
    assert "PUT /api/ExternalClient" not in summary and "POST /api/RobotAccount" not in summary
    # Every service's reads run live, none of their writes; the tenant level needs a tenant named.
    for section in ("identity", "orgaudit", "audit", "lease"):
        assert f"\n## {section}: pass" in summary, section
    assert "GET /api/query/events" in summary and "| PUT /api/account" not in summary
    assert "not covered: the tenant level of orgaudit (name a tenant: --tenant or UIPATH_TENANT)" in summary
    assert organization["admin_client_secret"] not in summary + result.stdout


def test_writes_are_prefixed_and_cleaned_up(organization: dict[str, Any], tmp_path: Path) -> None:
    before = client_names(organization)
    result = run_live(organization, tmp_path, "--allow-writes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert client_names(organization) == before
    deleted = int(result.stdout.split("deleted ")[1].split()[0])
    assert deleted > 0  # it did create clients, and they carried the prefix
    # Message templates have no list: the run recorded the ids it created and the clean-up deleted them.
    templates = read_created(tmp_path / "created-ids.ndjson").get("messageTemplate", [])
    assert templates
    token = mock_process.admin_token(organization, scope="PM.MessageTemplate.Read")
    for ident in templates:
        answer = httpx.get(
            f"{organization['base_url']}/api/MessageTemplate/{ident}", headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 404, ident


def test_workflows_run_live_and_leave_nothing_behind(organization: dict[str, Any], tmp_path: Path) -> None:
    before = client_names(organization)
    result = run_live(organization, tmp_path, "--allow-writes", "--phases", "examples")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   workflow tests (tests/workflow, live, prefixed)" in result.stdout
    junit = ET.parse(tmp_path / "workflow-junit.xml").getroot()
    ran = {case.get("name"): case.find("skipped") is None for case in junit.iter("testcase")}
    assert ran["test_external_client_lifecycle_with_secret_rotation"], ran  # ran live, not skipped
    assert not ran["test_create_robot_account_in_a_group"], ran  # robot accounts cannot be deleted
    assert client_names(organization) == before
    assert organization["admin_client_secret"] not in result.stdout + (tmp_path / "summary.md").read_text()


@pytest.mark.parametrize("organization", [("server-error",)], indirect=True)
def test_clean_up_also_after_a_failure(organization: dict[str, Any], tmp_path: Path) -> None:
    before = client_names(organization)
    result = run_live(organization, tmp_path, "--allow-writes")
    assert result.returncode == 1
    assert "clean-up" in result.stdout
    assert client_names(organization) == before


def test_clean_up_after_ctrl_c(organization: dict[str, Any], tmp_path: Path) -> None:
    before = client_names(organization)
    gate = subprocess.Popen(
        gate_command(tmp_path, *IDENTITY_ONLY, "--allow-writes", "--max-examples", "300"),
        cwd=ROOT,
        env=live_env(organization),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not any(name.startswith(WRITE_PREFIX) for name in client_names(organization)):
        assert time.monotonic() < deadline and gate.poll() is None, "the gate created nothing before the deadline"
        time.sleep(0.2)
    gate.send_signal(signal.SIGINT)
    output, _ = gate.communicate(timeout=120)
    assert gate.returncode == 130, output
    assert "interrupted" in output
    assert client_names(organization) == before


def test_a_personal_access_token_drives_a_read_only_run(tmp_path: Path) -> None:
    """UIPATH_PAT instead of client credentials: the token is sent as it is, nothing is written."""
    pat = "contract-gate-test-pat-0123456789"
    with mock_process.running(env={"UIPATH_MOCK_PAT": pat}) as mock:
        ready = mock.ready
        env = {k: v for k, v in live_env(ready).items() if k not in ("UIPATH_CLIENT_ID", "UIPATH_CLIENT_SECRET")}
        env["UIPATH_PAT"] = pat
        env["UIPATH_PARTITION_GLOBAL_ID"] = ready["partition_global_id"]  # a PAT is opaque: no prt_id claim
        before = client_names(ready)
        command = gate_command(tmp_path, *IDENTITY_ONLY)
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout + result.stderr
        assert client_names(ready) == before
        summary = (tmp_path / "summary.md").read_text()
        assert "GET /api/ExternalClient/{partitionGlobalId}/{clientId}" in summary
        assert pat not in summary + result.stdout + result.stderr + mock.output()


def test_a_wrong_personal_access_token_fails_the_run(tmp_path: Path) -> None:
    with mock_process.running(env={"UIPATH_MOCK_PAT": "the-real-pat-value"}) as mock:
        env = {k: v for k, v in live_env(mock.ready).items() if k not in ("UIPATH_CLIENT_ID", "UIPATH_CLIENT_SECRET")}
        env["UIPATH_PAT"] = "not-the-pat-value"
        env["UIPATH_PARTITION_GLOBAL_ID"] = mock.ready["partition_global_id"]
        result = subprocess.run(gate_command(tmp_path), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "rejected the credentials (401" in result.stderr
        assert "not-the-pat-value" not in result.stdout + result.stderr


# The operations bound by their own table rows before issue 9 (its 49 new operations carry placeholder
# rows on some branches); every write-own one of them runs.
ORIGINAL_OPERATIONS = (
    "createExternalClient",
    "listExternalClients",
    "getExternalClient",
    "updateExternalClient",
    "deleteExternalClient",
    "generateExternalClientSecret",
    "deleteExternalClientSecret",
    "resolveDirectoryEntity",
    "createRobotAccount",
)


@pytest.fixture(scope="module")
def aspnet_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One live run with writes against the mock started with `--profile aspnet` (empty 401/403, an
    empty 200 for the update, lenient binding, foreign organizations 400/404, routing by path first)."""
    reports = tmp_path_factory.mktemp("aspnet-live")
    with mock_process.running(profile="aspnet") as mock:
        ready = mock.ready
        before = client_names(ready)
        only = [arg for op in ORIGINAL_OPERATIONS for arg in ("--operation", op)]
        result = run_live(ready, reports, "--allow-writes", *only)
        yield {
            "ready": ready,
            "result": result,
            "reports": reports,
            "before": before,
            "after": client_names(ready),
        }


def test_live_against_the_aspnet_profile_runs_the_workflows_and_leaves_nothing_behind(
    aspnet_live: dict[str, Any],
) -> None:
    result, reports, ready = aspnet_live["result"], aspnet_live["reports"], aspnet_live["ready"]
    summary = (reports / "summary.md").read_text()
    assert "ok   schemathesis" in result.stdout, result.stdout  # no violation on any of the operations
    assert "PUT /api/ExternalClient/{partitionGlobalId}/{clientId}" in summary
    junit = ET.parse(reports / "workflow-junit.xml").getroot()
    ran = {case.get("name"): case.find("skipped") is None for case in junit.iter("testcase")}
    assert ran["test_external_client_lifecycle_with_secret_rotation"], ran  # ran live, not skipped
    assert int(result.stdout.split("deleted ")[1].split()[0]) > 0  # it created prefixed clients...
    assert aspnet_live["after"] == aspnet_live["before"]  # ...and deleted every one
    assert ready["admin_client_secret"] not in result.stdout + summary


def test_live_against_the_aspnet_profile_passes(aspnet_live: dict[str, Any]) -> None:
    result = aspnet_live["result"]
    assert result.returncode == 0, result.stdout + result.stderr


LIMITED_SCOPES = ("PM.Directory", "PM.RobotAccount.Read", "PM.Group.Read")


def test_an_application_with_some_scopes_runs_what_it_can(organization: dict[str, Any], tmp_path: Path) -> None:
    """The user's application holds a few read scopes: the token asks for no scope (so the server
    grants those), the pre-flight is the first `read` row the token can call, and every operation
    it cannot call is listed as not covered, never failed."""
    admin = mock_process.admin_token(organization)
    body = {
        "partitionGlobalId": organization["partition_global_id"],
        "name": "limited reader",
        "isConfidential": True,
        "scopes": [{"name": scope, "type": "application"} for scope in LIMITED_SCOPES],
    }
    created = httpx.post(
        f"{organization['base_url']}/api/ExternalClient", json=body, headers={"Authorization": f"Bearer {admin}"}
    )
    assert created.status_code == 201, created.text
    env = {**live_env(organization), "UIPATH_CLIENT_ID": created.json()["id"]}
    env["UIPATH_CLIENT_SECRET"] = created.json()["secret"]
    result = subprocess.run(gate_command(tmp_path), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "summary.md").read_text()
    assert "credentials proven by listGroups (200)" in summary
    assert "not covered: token lacks PM.OAuthApp or PM.OAuthApp.Read (listExternalClients, getExternalClient" in summary
    assert "GET /api/Group/{partitionGlobalId}/{groupId}" in summary and "GET /api/ExternalClient" not in summary
    assert created.json()["secret"] not in summary + result.stdout + result.stderr
