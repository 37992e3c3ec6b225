"""Hostile findings of issue 8 owned by the operations-table work: each failed on main."""

from __future__ import annotations

import pytest
from mock_harness import ORG_IDS, CheckedClient, create_client_body, in_process

C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
EVERYONE = "ce684f6f-5af3-4e43-8516-1adad6e98fc9"


@pytest.fixture(scope="module")
def session() -> tuple[CheckedClient, str]:
    """The in-process mock and an admin token for it."""
    client, _ = in_process()
    return client, client.get_token()


@pytest.fixture
def mock(session: tuple[CheckedClient, str]) -> CheckedClient:
    return session[0]


@pytest.fixture
def admin(session: tuple[CheckedClient, str]) -> str:
    return session[1]


def test_a_scope_outside_the_catalogue_is_a_400_naming_the_field(mock: CheckedClient, admin: str) -> None:
    body = create_client_body(scopes=["PM.OAuthApp.Read", "Evil.Everything"])
    response = mock.request("POST", f"{API}/ExternalClient", admin, json=body)
    assert response.status_code == 400, response.text
    assert "scopes[1].name" in response.json()["errors"]
    listed = mock.request("GET", f"{API}/ExternalClient/{C}", admin).json()
    assert not any(s["name"] == "Evil.Everything" for c in listed for r in c["resources"] for s in r["scopes"])


def test_an_invented_scope_never_reaches_a_token(mock: CheckedClient, admin: str) -> None:
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body()).json()
    update = {"name": "x", "scopes": [{"name": "Evil.Everything", "type": "application"}]}
    answer = mock.request("PUT", f"{API}/ExternalClient/{C}/{client['id']}", admin, json=update)
    assert answer.status_code == 400 and "scopes[0].name" in answer.json()["errors"]
    denied = mock.token_request(client_id=client["id"], secret=client["secret"], scope="Evil.Everything")
    assert denied.status_code == 400 and denied.json()["error"] == "invalid_scope"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/ExternalClient", create_client_body(name="   ")),
        ("POST", "/RobotAccount", {"partitionGlobalId": C, "name": " \t "}),
    ],
)
def test_a_name_of_only_spaces_is_a_400_naming_the_field(
    mock: CheckedClient, admin: str, method: str, path: str, body: dict[str, object]
) -> None:
    response = mock.request(method, f"{API}{path}", admin, json=body)
    assert response.status_code == 400, response.text
    assert response.json()["errors"]["name"] == ["The field must not be blank."]


def test_a_blank_rename_is_refused(mock: CheckedClient, admin: str) -> None:
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body()).json()
    response = mock.request("PUT", f"{API}/ExternalClient/{C}/{client['id']}", admin, json={"name": "  "})
    assert response.status_code == 400 and "name" in response.json()["errors"]


def test_group_ids_compare_case_insensitively(mock: CheckedClient, admin: str) -> None:
    body = {"partitionGlobalId": C, "name": "case robot", "groupIDsToAdd": [EVERYONE, EVERYONE.upper()]}
    response = mock.request("POST", f"{API}/RobotAccount", admin, json=body)
    assert response.status_code == 201, response.text
    assert response.json()["groupIds"] == [EVERYONE]
