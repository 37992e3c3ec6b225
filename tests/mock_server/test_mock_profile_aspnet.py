"""The mock's aspnet behaviour profile (contract_tests/mock_server/profiles.py) side by side with the
default one: each test shows what the default profile answers and what an ASP.NET Core service
answers instead, all computed from the spec (schemas, x-body-optional, path templates)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_harness import ORG_IDS, CheckedClient, create_client_body, in_process

from contract_tests.mock_server import process as mock_process

ROOT = Path(__file__).resolve().parents[2]
C = ORG_IDS["contoso"]
FOREIGN = "0b7c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d"  # no organization of the mock
API = "/contoso/identity_"


@pytest.fixture(scope="module")
def aspnet() -> CheckedClient:
    client, _ = in_process(profile="aspnet")
    return client


@pytest.fixture(scope="module")
def token(aspnet: CheckedClient) -> str:
    return aspnet.get_token()


def create(server: CheckedClient, token: str, **fields: Any) -> httpx.Response:
    body = {**create_client_body(), **fields}
    return server.request("POST", f"{API}/api/ExternalClient", token, json={k: v for k, v in body.items() if v != ...})


def test_null_for_an_optional_reference_field_binds_to_null(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    assert create(mock, admin, clientCertificates=None).status_code == 400  # the spec read strictly
    created = create(aspnet, token, clientCertificates=None, redirectUri=None)
    assert created.status_code == 201, created.text
    # A required field or a value type (Guid, bool) still refuses null.
    for field in ("name", "partitionGlobalId", "isConfidential"):
        refused = create(aspnet, token, **{field: None})
        assert refused.status_code == 400 and field in refused.json()["errors"], (field, refused.text)


def test_a_missing_bool_binds_to_false_and_unknown_fields_are_ignored(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    assert "isConfidential" in create(mock, admin, isConfidential=...).json()["errors"]
    created = create(aspnet, token, isConfidential=..., colour="green")
    assert created.status_code == 201, created.text
    assert created.json()["isConfidential"] is False and "colour" not in created.json()
    stored = aspnet.request("GET", f"{API}/api/ExternalClient/{C}/{created.json()['id']}", token).json()
    assert "colour" not in stored


def test_enums_match_without_regard_to_case_and_a_missing_one_binds_to_its_first_member(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    # Both profiles read enum values without regard to case (D21: the service's enum converter);
    # only the aspnet profile binds a missing enum to its first member.
    shouting = [{"name": "PM.OAuthApp.Read", "type": "APPLICATION"}]
    created = create(aspnet, token, scopes=shouting)
    assert created.status_code == 201, created.text
    resolve = f"{API}/api/Directory/Resolve/{C}"
    user = "aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890"  # seeded, of type user (the enum's first member)
    assert mock.request("POST", resolve, admin, json={"entityId": user}).status_code == 400
    # Whatever resolve answers the canonical spelling, the profile answers the same to the others.
    canonical = mock.request("POST", resolve, admin, json={"entityId": user, "entityType": "user"})
    for spelling in (None, "USER", "User"):
        body = {"entityId": user} if spelling is None else {"entityId": user, "entityType": spelling}
        answer = aspnet.request("POST", resolve, token, json=body)
        assert (answer.status_code, answer.json()) == (canonical.status_code, canonical.json()), body


def test_a_foreign_organization_is_400_in_a_body_and_404_in_a_path(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    assert create(mock, admin, partitionGlobalId=FOREIGN).status_code == 403
    assert mock.request("GET", f"{API}/api/ExternalClient/{FOREIGN}", admin).status_code == 403
    in_body = create(aspnet, token, partitionGlobalId=FOREIGN)
    assert in_body.status_code == 400 and "partitionGlobalId" in in_body.json()["errors"]
    for org in (FOREIGN, ORG_IDS["fabrikam"]):
        assert aspnet.request("GET", f"{API}/api/ExternalClient/{org}", token).status_code == 404


def test_a_shadowed_route_is_answered_by_its_sibling_template(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    path = f"{API}/api/ExternalClient/GenerateSecret"
    default = mock.client.get(path, headers={"Authorization": f"Bearer {admin}"})
    assert default.status_code == 405 and default.headers["allow"] == "POST"
    routed = aspnet.client.get(path, headers={"Authorization": f"Bearer {token}"})
    # The list action, with "GenerateSecret" as the organization id: not a GUID.
    assert routed.status_code == 400 and "partitionGlobalId" in routed.json()["errors"], routed.text
    options = aspnet.client.options(path, headers={"Authorization": f"Bearer {token}"})
    assert options.status_code == 405 and options.headers["allow"] == "GET, POST, HEAD"


def test_401_and_403_have_empty_bodies_and_a_bearer_challenge(aspnet: CheckedClient, token: str) -> None:
    url = f"{API}/api/ExternalClient/{C}"
    missing = aspnet.request("GET", url)
    assert missing.status_code == 401 and missing.content == b""
    assert missing.headers["www-authenticate"] == "Bearer"
    invalid = aspnet.request("GET", url, "not-a-token")
    assert invalid.status_code == 401 and invalid.content == b""
    assert invalid.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    narrow = aspnet.get_token(scope="PM.Directory")
    refused = aspnet.request("GET", url, narrow)
    assert refused.status_code == 403 and refused.content == b""
    assert refused.headers["www-authenticate"] == 'Bearer error="insufficient_scope"'


def test_an_update_whose_200_body_is_optional_answers_empty(aspnet: CheckedClient, token: str) -> None:
    created = create(aspnet, token).json()
    url = f"{API}/api/ExternalClient/{C}/{created['id']}"
    updated = aspnet.request("PUT", url, token, json={"name": "renamed", "isConfidential": True, "scopes": []})
    assert updated.status_code == 200 and updated.content == b""
    assert aspnet.request("GET", url, token).json()["name"] == "renamed"


def test_the_cli_flag_starts_the_profile_on_a_real_socket() -> None:
    with mock_process.running(profile="aspnet") as mock:
        answer = httpx.get(f"{mock.ready['base_url']}/api/ExternalClient/{C}")
        assert answer.status_code == 401 and answer.content == b""
        assert "profile      aspnet" in mock.output()
    refused = subprocess.run(
        [sys.executable, "-m", "contract_tests.mock_server", "--profile", "iis"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2 and "aspnet" in refused.stderr


def test_equally_specific_templates_share_a_path_on_both_profiles(
    aspnet: CheckedClient, token: str, mock: CheckedClient, admin: str
) -> None:
    """PUT /api/RobotAccount/{robotAccountId} and GET /api/RobotAccount/{partitionGlobalId} match the
    same paths: the PUT reaches its own action (404 for an unknown robot), never a 405."""
    url = f"{API}/api/RobotAccount/{FOREIGN}"
    body = {"partitionGlobalId": C, "displayName": "Roby", "groupIDsToAdd": [], "groupIDsToRemove": []}
    for server, bearer in ((mock, admin), (aspnet, token)):
        answer = server.client.put(url, json=body, headers={"Authorization": f"Bearer {bearer}"})
        assert answer.status_code == 404, answer.text
        options = server.client.options(url, headers={"Authorization": f"Bearer {bearer}"})
        assert set(options.headers["allow"].split(", ")) >= {"GET", "PUT"}
