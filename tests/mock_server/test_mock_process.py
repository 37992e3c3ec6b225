"""The real server: `python -m contract_tests.mock_server` under uvicorn on loopback."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from mock_harness import ORG_IDS, ROOT, CheckedClient, RunningMock, create_client_body, start_mock

from contract_tests.mock_server import FAULTS
from contract_tests.mock_server import process as mock_process

C = ORG_IDS["contoso"]
pytestmark = pytest.mark.slow


def _token(ready: dict[str, str]) -> str:
    return mock_process.admin_token(ready)


def test_list_faults() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.mock_server", "--list-faults"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == list(FAULTS)


def test_unknown_fault_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.mock_server", "--fault", "nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "nope" in result.stderr


def test_ready_line_and_no_secrets_in_logs(tmp_path: Path) -> None:
    mock = start_mock(
        "--org",
        "acme",
        env={"UIPATH_MOCK_ADMIN_CLIENT_SECRET": "env-admin-secret", "UIPATH_MOCK_PAT": "static-pat-value:PM.Directory"},
    )
    try:
        ready = mock.ready
        assert ready["organization"] == "acme" and ready["partition_global_id"] == C
        assert (
            ready["base_url"].endswith("/acme/identity_") and ready["token_url"] == ready["base_url"] + "/connect/token"
        )
        assert (ready["admin_client_id"], ready["admin_client_secret"]) == ("mock-admin", "env-admin-secret")
        assert "PM.OAuthApp" in ready["scopes"]
        [other] = ready["other_organizations"]
        assert (other["organization"], other["partition_global_id"]) == ("fabrikam", ORG_IDS["fabrikam"])
        token = _token(ready)
        api = CheckedClient(httpx.Client(base_url=mock.root))
        created = api.request("POST", "/acme/identity_/api/ExternalClient", token, json=create_client_body()).json()
        generated = api.request(
            "POST",
            "/acme/identity_/api/ExternalClient/GenerateSecret",
            token,
            json={"partitionGlobalId": C, "clientId": created["id"]},
        ).json()
        api.request("GET", f"/acme/identity_/api/ExternalClient/{C}", "static-pat-value")
        api.request(
            "POST",
            "/acme/identity_/api/ExternalClient",
            token,
            content=b"{oops",
            headers={"Content-Type": "application/json"},
        )
        other_token = _token(other)
    finally:
        output = mock.stop()
    assert "env-admin-secret" in output  # the one deliberate exception
    # Seeded admin secrets are announced on purpose; nothing else may appear.
    for secret in (token, created["secret"], generated["secret"], "static-pat-value", other_token):
        assert secret not in output


def test_state_persists_across_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "mock.db")
    mock = start_mock("--db", db, env={"UIPATH_MOCK_ADMIN_CLIENT_SECRET": "one"})
    try:
        token = _token(mock.ready)
        api = CheckedClient(httpx.Client(base_url=mock.ready["base_url"].rsplit("/", 2)[0]))
        client = api.request("POST", "/contoso/identity_/api/ExternalClient", token, json=create_client_body()).json()
        robot = api.request(
            "POST", "/contoso/identity_/api/RobotAccount", token, json={"partitionGlobalId": C, "name": "persistent"}
        ).json()
    finally:
        mock.stop()
    mock = start_mock("--db", db, env={"UIPATH_MOCK_ADMIN_CLIENT_SECRET": "two"})
    try:
        assert mock.ready["admin_client_secret"] == "two"
        token = _token(mock.ready)
        api = CheckedClient(httpx.Client(base_url=mock.root))
        got = api.request("GET", f"/contoso/identity_/api/ExternalClient/{C}/{client['id']}", token)
        assert got.status_code == 200 and got.json()["name"] == client["name"]
        resolved = api.request(
            "POST",
            f"/contoso/identity_/api/Directory/Resolve/{C}",
            token,
            json={"entityId": robot["id"], "entityType": "User"},
        )
        assert resolved.status_code == 200
        again = api.request(
            "POST", "/contoso/identity_/api/RobotAccount", token, json={"partitionGlobalId": C, "name": "persistent"}
        )
        assert again.status_code == 409
        # The client's secret still works after the restart; the old admin secret does not.
        issued = httpx.post(
            mock.ready["token_url"],
            data={"grant_type": "client_credentials", "client_id": client["id"], "client_secret": client["secret"]},
        )
        assert issued.status_code == 200
        old_admin = httpx.post(
            mock.ready["token_url"],
            data={"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": "one"},
        )
        assert old_admin.status_code == 401
    finally:
        mock.stop()


@pytest.mark.parametrize("db", [False, True], ids=["memory", "sqlite-file"])
def test_parallel_writers_lose_nothing(tmp_path: Path, db: bool) -> None:
    mock: RunningMock = start_mock(*(["--db", str(tmp_path / "c.db")] if db else []))
    try:
        token = _token(mock.ready)
        headers = {"Authorization": f"Bearer {token}"}

        def writer(n: int) -> list[int]:
            statuses = []
            with httpx.Client(base_url=mock.root, headers=headers) as http:
                for i in range(250):
                    response = http.post(
                        "/contoso/identity_/api/ExternalClient", json=create_client_body(name=f"writer-{n}-{i}")
                    )
                    statuses.append(response.status_code)
            return statuses

        with ThreadPoolExecutor(8) as pool:
            statuses = [s for result in pool.map(writer, range(8)) for s in result]
        assert statuses == [201] * 2000
        listed = httpx.get(f"{mock.root}/contoso/identity_/api/ExternalClient/{C}", headers=headers).json()
        names = [c["name"] for c in listed if c["name"].startswith("writer-")]
        assert len(names) == 2000 == len(set(names))
        secret_ids = [s["id"] for c in listed for s in c["secrets"]]
        assert len(secret_ids) == len(set(secret_ids))
    finally:
        mock.stop()
