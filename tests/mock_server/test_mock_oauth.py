"""The token endpoint: client_credentials, RFC 6749 errors, scopes, rotation, PATs."""

from __future__ import annotations

import base64

import jwt
import pytest
from mock_harness import ADMIN_SECRET, ORG_IDS, CheckedClient, create_client_body, in_process

C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"


@pytest.fixture(scope="module")
def mock() -> CheckedClient:
    client, _ = in_process(pats=())
    return client


def test_admin_token_carries_the_org_and_scopes(mock: CheckedClient) -> None:
    response = mock.token_request()
    assert response.status_code == 200
    body = response.json()
    assert (body["token_type"], body["expires_in"]) == ("Bearer", 3600)
    assert response.headers["cache-control"] == "no-store"
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert {"iss", "sub", "client_id", "scope", "prt_id", "org_name", "iat", "exp", "jti"} <= claims.keys()
    assert (claims["prt_id"], claims["org_name"], claims["client_id"]) == (C, "contoso", "mock-admin")
    assert claims["scope"] == body["scope"].split() and "PM.OAuthApp" in claims["scope"]


def test_requested_scopes_are_granted_within_the_registered_ones(mock: CheckedClient) -> None:
    narrow = mock.token_request(scope="PM.OAuthApp.Read PM.Directory").json()
    assert narrow["scope"] == "PM.OAuthApp.Read PM.Directory"
    token = narrow["access_token"]
    assert mock.request("GET", f"{API}/ExternalClient/{C}", token).status_code == 200
    assert (
        mock.request("POST", f"{API}/RobotAccount", token, json={"partitionGlobalId": C, "name": "r"}).status_code
        == 403
    )


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": ""}, 400, "invalid_request"),
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"client_id": "nobody"}, 401, "invalid_client"),
        ({"scope": "PM.OAuthApp NotAScope"}, 400, "invalid_scope"),
    ],
)
def test_token_errors(mock: CheckedClient, form: dict[str, str], status: int, error: str) -> None:
    data = {"grant_type": "client_credentials", "client_id": "mock-admin", "client_secret": ADMIN_SECRET, **form}
    response = mock.client.post("/contoso/identity_/connect/token", data=data)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_token_requires_a_form(mock: CheckedClient) -> None:
    response = mock.client.post("/contoso/identity_/connect/token", json={"grant_type": "client_credentials"})
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")


def test_client_of_another_org_cannot_use_this_orgs_endpoint(mock: CheckedClient) -> None:
    response = mock.token_request("contoso", client_id="mock-admin-fabrikam")
    assert response.json()["error"] == "invalid_client"
    # The legacy route without the org segment resolves the org from the client.
    legacy = mock.client.post(
        "/identity_/connect/token",
        data={"grant_type": "client_credentials", "client_id": "mock-admin-fabrikam", "client_secret": ADMIN_SECRET},
    )
    claims = jwt.decode(legacy.json()["access_token"], options={"verify_signature": False})
    assert claims["org_name"] == "fabrikam"


def test_basic_client_authentication(mock: CheckedClient) -> None:
    basic = base64.b64encode(f"mock-admin:{ADMIN_SECRET}".encode()).decode()
    response = mock.client.post(
        "/contoso/identity_/connect/token",
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert response.status_code == 200


def test_user_scopes_are_not_grantable(mock: CheckedClient) -> None:
    admin = mock.get_token()
    body = create_client_body(scopes=[])
    body["scopes"] = [{"name": "PM.OAuthApp.Read", "type": "application"}, {"name": "OR.Assets", "type": "user"}]
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=body).json()
    denied = mock.token_request(client_id=client["id"], secret=client["secret"], scope="OR.Assets")
    assert denied.json()["error"] == "invalid_scope"
    default = mock.token_request(client_id=client["id"], secret=client["secret"]).json()
    assert default["scope"] == "PM.OAuthApp.Read"


def test_secret_rotation_end_to_end(mock: CheckedClient) -> None:
    admin = mock.get_token()
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body()).json()
    first = (client["secrets"][0]["id"], client["secret"])
    assert mock.token_request(client_id=client["id"], secret=first[1]).status_code == 200
    new = mock.request(
        "POST", f"{API}/ExternalClient/GenerateSecret", admin, json={"partitionGlobalId": C, "clientId": client["id"]}
    ).json()
    assert mock.token_request(client_id=client["id"], secret=new["secret"]).status_code == 200
    assert mock.token_request(client_id=client["id"], secret=first[1]).status_code == 200  # both valid
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{first[0]}", admin).status_code == 204
    old = mock.token_request(client_id=client["id"], secret=first[1])
    assert (old.status_code, old.json()["error"]) == (401, "invalid_client")
    assert mock.token_request(client_id=client["id"], secret=new["secret"]).status_code == 200
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/{client['id']}", admin).status_code == 204
    gone = mock.token_request(client_id=client["id"], secret=new["secret"])
    assert gone.json()["error"] == "invalid_client"


def test_expired_secret_is_invalid_client(mock: CheckedClient) -> None:
    admin = mock.get_token()
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body()).json()
    expired = mock.request(
        "POST",
        f"{API}/ExternalClient/GenerateSecret",
        admin,
        json={"partitionGlobalId": C, "clientId": client["id"], "expiryTime": "2020-01-01T00:00:00Z"},
    ).json()
    response = mock.token_request(client_id=client["id"], secret=expired["secret"])
    assert (response.status_code, response.json()["error"]) == (401, "invalid_client")


def test_personal_access_tokens() -> None:
    from contract_tests.mock_server import PersonalAccessToken

    mock, _ = in_process(pats=(PersonalAccessToken.parse("pat-all"), PersonalAccessToken.parse("pat-dir:PM.Directory")))
    assert mock.request("GET", f"{API}/ExternalClient/{C}", "pat-all").status_code == 200
    assert mock.request("GET", f"{API}/ExternalClient/{C}", "pat-dir").status_code == 403
    assert mock.request("GET", f"{API}/ExternalClient/{C}", "pat-other").status_code == 401
    assert "pat-all" not in repr(PersonalAccessToken.parse("pat-all"))
