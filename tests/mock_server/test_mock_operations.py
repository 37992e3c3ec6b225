"""Every operation's happy path and error classes, in process; every response checked against the spec."""

from __future__ import annotations

from typing import Any

import pytest
from mock_harness import ORG_IDS, CheckedClient, create_client_body, in_process

C = ORG_IDS["contoso"]
F = ORG_IDS["fabrikam"]
API = "/contoso/identity_/api"


def create(mock: CheckedClient, token: str, **kwargs: Any) -> dict[str, Any]:
    response = mock.request("POST", f"{API}/ExternalClient", token, json=create_client_body(**kwargs))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_create_shows_the_secret_once_and_sets_location(mock: CheckedClient, admin: str) -> None:
    response = mock.request(
        "POST",
        f"{API}/ExternalClient",
        admin,
        json=create_client_body(scopes=["PM.OAuthApp.Read", "OR.Assets", "DU.Digitization"]),
    )
    assert response.status_code == 201
    body = response.json()
    assert body["secret"] and body["secrets"][0]["secret"] == body["secret"]
    assert response.headers["location"].endswith(f"/contoso/identity_/api/ExternalClient/{C}/{body['id']}")
    assert [r["name"] for r in body["resources"]] == ["PlatformManagement", "OrchestratorApiUserAccess", "DU"]
    listed = mock.request("GET", f"{API}/ExternalClient/{C}", admin).json()
    mine = next(c for c in listed if c["id"] == body["id"])
    assert mine["secret"] is None and mine["secrets"][0]["secret"] is None
    got = mock.request("GET", f"{API}/ExternalClient/{C}/{body['id']}", admin)
    assert got.status_code == 200 and got.json()["secrets"][0]["secret"] is None


def test_non_confidential_client_has_no_secret(mock: CheckedClient, admin: str) -> None:
    body = create(mock, admin, confidential=False)
    assert body["secret"] is None and body["secrets"] == []
    response = mock.request(
        "POST", f"{API}/ExternalClient/GenerateSecret", admin, json={"partitionGlobalId": C, "clientId": body["id"]}
    )
    assert response.status_code == 409


def test_update_replaces_fields_and_keeps_secrets(mock: CheckedClient, admin: str) -> None:
    body = create(mock, admin)
    response = mock.request(
        "PUT",
        f"{API}/ExternalClient/{C}/{body['id']}",
        admin,
        json={"name": "renamed", "redirectUri": "https://example.com/cb", "scopes": []},
    )
    assert response.status_code == 200
    updated = response.json()
    assert (updated["name"], updated["redirectUri"], updated["resources"]) == ("renamed", "https://example.com/cb", [])
    assert [s["id"] for s in updated["secrets"]] == [s["id"] for s in body["secrets"]]
    missing = mock.request("PUT", f"{API}/ExternalClient/{C}/does-not-exist", admin, json={"name": "x"})
    assert missing.status_code == 404


def test_delete_then_get_is_404(mock: CheckedClient, admin: str) -> None:
    body = create(mock, admin)
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/{body['id']}", admin).status_code == 204
    assert mock.request("GET", f"{API}/ExternalClient/{C}/{body['id']}", admin).status_code == 404
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/{body['id']}", admin).status_code == 404


def test_generate_and_delete_secret(mock: CheckedClient, admin: str) -> None:
    body = create(mock, admin)
    response = mock.request(
        "POST",
        f"{API}/ExternalClient/GenerateSecret",
        admin,
        json={
            "partitionGlobalId": C,
            "clientId": body["id"],
            "description": "rotation",
            "expiryTime": "2099-01-01T02:00:00+02:00",
        },
    )
    assert response.status_code == 200
    secret = response.json()
    assert secret["secret"] and secret["id"] > body["secrets"][0]["id"]
    assert secret["expiryTime"] == "2099-01-01T00:00:00.000Z"
    got = mock.request("GET", f"{API}/ExternalClient/{C}/{body['id']}", admin).json()
    assert [s["id"] for s in got["secrets"]] == [body["secrets"][0]["id"], secret["id"]]
    assert all(s["secret"] is None for s in got["secrets"])
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{secret['id']}", admin).status_code == 204
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{secret['id']}", admin).status_code == 404
    unknown = mock.request(
        "POST", f"{API}/ExternalClient/GenerateSecret", admin, json={"partitionGlobalId": C, "clientId": "nope"}
    )
    assert unknown.status_code == 404


def test_seeded_admin_is_read_only(mock: CheckedClient, admin: str) -> None:
    listed = mock.request("GET", f"{API}/ExternalClient/{C}", admin).json()
    admin_client = next(c for c in listed if c["id"] == "mock-admin")
    secret_id = admin_client["secrets"][0]["id"]
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/mock-admin", admin).status_code == 403
    assert mock.request("PUT", f"{API}/ExternalClient/{C}/mock-admin", admin, json={"name": "x"}).status_code == 403
    assert mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{secret_id}", admin).status_code == 403
    assert mock.get_token()


@pytest.mark.parametrize(
    ("entity_id", "entity_type", "object_type"),
    [
        ("aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", "User", "DirectoryUser"),
        ("aad|b2c3d4e5-f6a7-8901-bcde-f12345678901", "Group", "DirectoryGroup"),
        ("aad|c3d4e5f6-a7b8-9012-cdef-123456789012", "Application", "DirectoryApplication"),
        ("ce684f6f-5af3-4e43-8516-1adad6e98fc9", "Group", "DirectoryGroup"),
    ],
)
def test_resolve_seeded_entities(
    mock: CheckedClient, admin: str, entity_id: str, entity_type: str, object_type: str
) -> None:
    response = mock.request(
        "POST", f"{API}/Directory/Resolve/{C}", admin, json={"entityId": entity_id, "entityType": entity_type}
    )
    assert response.status_code == 200
    assert (response.json()["objectType"], response.json()["identifier"]) == (object_type, entity_id)


def test_resolve_clients_robots_and_misses(mock: CheckedClient, admin: str) -> None:
    client = create(mock, admin)
    robot = mock.request("POST", f"{API}/RobotAccount", admin, json={"partitionGlobalId": C, "name": "resolvable"})
    cases = [
        (client["id"], "Application", 200),
        (client["id"], "User", 404),
        (robot.json()["id"], "User", 200),
        ("aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890", "Group", 404),
        ("unknown", "User", 404),
    ]
    for entity_id, entity_type, status in cases:
        response = mock.request(
            "POST", f"{API}/Directory/Resolve/{C}", admin, json={"entityId": entity_id, "entityType": entity_type}
        )
        assert response.status_code == status, (entity_id, entity_type)
    app = mock.request(
        "POST", f"{API}/Directory/Resolve/{C}", admin, json={"entityId": client["id"], "entityType": "Application"}
    ).json()
    assert app["applicationId"] == client["id"] and app["source"] == "local"


UNKNOWN_GROUP = "00000000-0000-0000-0000-000000000001"


def test_robot_accounts(mock: CheckedClient, admin: str) -> None:
    group = "cdc34b5b-77d2-4ae1-9744-209d21ce557d"
    response = mock.request(
        "POST", f"{API}/RobotAccount", admin, json={"partitionGlobalId": C, "name": "Roby", "groupIDsToAdd": [group]}
    )
    assert response.status_code == 201
    robot = response.json()
    assert (robot["displayName"], robot["groupIds"], robot["lastLoginTime"]) == ("Roby", [group], None)
    again = mock.request("POST", f"{API}/RobotAccount", admin, json={"partitionGlobalId": C, "name": "roby"})
    assert again.status_code == 409
    no_group = mock.request(
        "POST",
        f"{API}/RobotAccount",
        admin,
        json={"partitionGlobalId": C, "name": "Other", "groupIDsToAdd": [UNKNOWN_GROUP]},
    )
    assert no_group.status_code == 404 and UNKNOWN_GROUP in no_group.json()["detail"]


# Error classes


def test_authentication_errors(mock: CheckedClient) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}):
        response = mock.request("GET", f"{API}/ExternalClient/{C}", headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_expired_token_is_401() -> None:
    mock, _ = in_process(token_ttl=-1)
    token = mock.get_token()
    assert mock.request("GET", f"{API}/ExternalClient/{C}", token).status_code == 401


def test_missing_scope_is_403(mock: CheckedClient, admin: str) -> None:
    client = create(mock, admin, scopes=["PM.Directory"])
    token = mock.get_token(client_id=client["id"], secret=client["secret"])
    assert mock.request("GET", f"{API}/ExternalClient/{C}", token).status_code == 403
    ok = mock.request("POST", f"{API}/Directory/Resolve/{C}", token, json={"entityId": "unknown", "entityType": "User"})
    assert ok.status_code == 404  # authorized: got as far as the lookup


def test_organizations_are_isolated(mock: CheckedClient, admin: str) -> None:
    other = mock.get_token("fabrikam")
    secret_of_contoso = create(mock, admin, name="contoso-only")
    assert mock.request("GET", f"{API}/ExternalClient/{C}", other).status_code == 403
    assert mock.request("GET", f"/fabrikam/identity_/api/ExternalClient/{C}", other).status_code == 403
    assert mock.request("GET", f"{API}/ExternalClient/{F}", admin).status_code == 403
    unknown_org = "11111111-2222-4333-8444-555555555555"
    assert mock.request("GET", f"/fabrikam/identity_/api/ExternalClient/{unknown_org}", other).status_code == 403
    theirs = mock.request("GET", f"/fabrikam/identity_/api/ExternalClient/{F}", other).json()
    assert secret_of_contoso["id"] not in {c["id"] for c in theirs}
    cross = mock.request("GET", f"/fabrikam/identity_/api/ExternalClient/{F}/{secret_of_contoso['id']}", other)
    assert cross.status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"partitionGlobalId": "DatacomGroup", "name": "x"}, "partitionGlobalId"),
        ({"partitionGlobalId": C}, "name"),
        ({"partitionGlobalId": C, "name": ""}, "name"),
        ({"partitionGlobalId": C, "name": "x", "scopes": [{"name": "a", "type": "robot"}]}, "scopes[0].type"),
        ({"partitionGlobalId": C, "name": "x", "isConfidential": "yes"}, "isConfidential"),
        ([], "body"),
    ],
)
def test_validation_errors_name_the_field(mock: CheckedClient, admin: str, body: Any, field: str) -> None:
    response = mock.request("POST", f"{API}/ExternalClient", admin, json=body)
    assert response.status_code == 400
    assert field in response.json()["errors"], response.json()


def test_path_and_body_errors(mock: CheckedClient, admin: str) -> None:
    bad_id = mock.request("GET", f"{API}/ExternalClient/not-a-guid", admin)
    assert bad_id.status_code == 400 and "partitionGlobalId" in bad_id.json()["errors"]
    bad_secret = mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/abc", admin)
    assert bad_secret.status_code == 400 and "secretId" in bad_secret.json()["errors"]
    # Beyond int64: ASP.NET Core's binding refuses it, naming the parameter (D9x, branch i19-mock).
    huge_secret = mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{2**63}", admin)
    assert huge_secret.status_code == 400 and "secretId" in huge_secret.json()["errors"]
    largest = mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{2**63 - 1}", admin)
    assert largest.status_code == 404
    malformed = mock.request(
        "POST", f"{API}/RobotAccount", admin, content=b"{bad", headers={"Content-Type": "application/json"}
    )
    assert malformed.status_code == 400 and "body" in malformed.json()["errors"]
    wrong_type = mock.request(
        "POST", f"{API}/RobotAccount", admin, content=b"{}", headers={"Content-Type": "text/plain"}
    )
    assert wrong_type.status_code == 415
    too_big = mock.request(
        "POST", f"{API}/ExternalClient", admin, json={**create_client_body(), "pad": "x" * (1024 * 1024)}
    )
    assert too_big.status_code == 413
    empty = mock.request(
        "POST", f"{API}/RobotAccount", admin, content=b"", headers={"Content-Type": "application/json"}
    )
    assert empty.status_code == 400


def test_unknown_fields_are_ignored(mock: CheckedClient, admin: str) -> None:
    response = mock.request("POST", f"{API}/ExternalClient", admin, json={**create_client_body(), "colour": "blue"})
    assert response.status_code == 201 and "colour" not in response.json()


def test_unknown_path_and_method(mock: CheckedClient, admin: str) -> None:
    assert mock.request("GET", "/contoso/identity_/api/Nope", admin).status_code == 404
    for method, path in [("PATCH", f"{API}/ExternalClient/{C}"), ("GET", f"{API}/ExternalClient/GenerateSecret")]:
        response = mock.request(method, path, admin)
        assert response.status_code == 405, (method, path)
        assert response.headers["allow"]
        assert method not in response.headers["allow"].split(", ")
    assert mock.request("GET", f"/nope/identity_/api/ExternalClient/{C}", admin).status_code == 404


def test_rate_limit_answers_429_with_retry_after() -> None:
    mock, _ = in_process(rate_limit=True)
    token = mock.get_token()
    statuses = [mock.request("GET", f"{API}/ExternalClient/{C}", token).status_code for _ in range(301)]
    assert statuses[:300] == [200] * 300 and statuses[300] == 429
    last = mock.request("GET", f"{API}/ExternalClient/{C}", token)
    assert int(last.headers["retry-after"]) > 0
