"""Directory search and resolution over what the API created: users, groups, robot accounts and
external clients, with lower-case entity types (D21)."""

from __future__ import annotations

import uuid

from mock_harness import ORG_IDS, CheckedClient, create_client_body

C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
ALBUS = "1787ef38-5933-4f2c-a67a-9c22cdb8e6a2"
ADMINISTRATORS = "35551807-06b1-4cda-90a1-2fb84851eee7"
PREFECTS = "4d161738-7204-4794-b839-8f7fed28366c"


def _made(mock: CheckedClient, admin: str, tag: str) -> dict[str, str]:
    robot = mock.request("POST", f"{API}/RobotAccount", admin, json={"partitionGlobalId": C, "name": f"{tag}-robot"})
    group = mock.request("POST", f"{API}/Group", admin, json={"partitionGlobalId": C, "name": f"{tag}-group"})
    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body(name=f"{tag}-app"))
    user_id = str(uuid.uuid4())
    user = {"partitionGlobalId": C, "userName": f"{tag}-user", "id": user_id, "email": f"{tag}@example.com"}
    assert mock.request("POST", f"{API}/User", admin, json=user).status_code == 200
    return {
        "robot": robot.json()["id"],
        "group": group.json()["id"],
        "application": client.json()["id"],
        "user": user_id,
    }


def _search(mock: CheckedClient, admin: str, query: str) -> list[dict[str, str]]:
    response = mock.request("GET", f"{API}/Directory/Search/{C}?{query}", admin)
    assert response.status_code == 200, response.text
    return list(response.json())


def test_search_honours_starts_with_entity_type_and_source_filter(mock: CheckedClient, admin: str) -> None:
    tag = f"dir{uuid.uuid4().hex[:8]}"
    made = _made(mock, admin, tag)
    every = {h["identifier"]: h for h in _search(mock, admin, f"startsWith={tag.upper()}")}
    assert set(every) == set(made.values())
    assert every[made["robot"]]["objectType"] == "DirectoryRobotUser" and every[made["robot"]]["type"] == "user"
    assert every[made["user"]]["domain"] == "example.com"
    groups = _search(mock, admin, f"startsWith={tag}&entityType=group")
    assert [h["identifier"] for h in groups] == [made["group"]]
    robots_and_users = _search(mock, admin, f"startsWith={tag}&sourceFilter=robotAccounts&sourceFilter=localUsers")
    assert {h["identifier"] for h in robots_and_users} == {made["robot"], made["user"]}
    both = mock.request(
        "GET", f"{API}/Directory/Search/{C}?startsWith={tag}&entityType=user&sourceFilter=localUsers", admin
    )
    assert both.status_code == 400 and "entityType" in both.json()["errors"]
    assert _search(mock, admin, "startsWith=john")[0]["identifier"].startswith("aad|")


def test_resolve_finds_what_the_api_created(mock: CheckedClient, admin: str) -> None:
    tag = f"res{uuid.uuid4().hex[:8]}"
    made = _made(mock, admin, tag)
    for kind, entity_type, object_type in [
        ("robot", "user", "DirectoryRobotUser"),
        ("user", "user", "DirectoryUser"),
        ("group", "group", "DirectoryGroup"),
        ("application", "application", "DirectoryApplication"),
    ]:
        body = {"entityId": made[kind], "entityType": entity_type}
        answer = mock.request("POST", f"{API}/Directory/Resolve/{C}", admin, json=body)
        assert answer.status_code == 200, (kind, answer.text)
        assert answer.json()["objectType"] == object_type
    capitalized = {"entityId": made["robot"], "entityType": "User"}  # read case-insensitively (D21)
    assert mock.request("POST", f"{API}/Directory/Resolve/{C}", admin, json=capitalized).status_code == 200
    upper = _search(mock, admin, f"startsWith={tag}&entityType=GROUP")
    assert [h["identifier"] for h in upper] == [made["group"]]
    wrong = {"entityId": made["group"], "entityType": "user"}
    assert mock.request("POST", f"{API}/Directory/Resolve/{C}", admin, json=wrong).status_code == 404
    by_name = {"entityName": f"{tag}-group", "entityType": "group"}
    named = mock.request("POST", f"{API}/Directory/ResolveByName/{C}", admin, json=by_name)
    assert named.json()["identifier"] == made["group"]
    missing = {"entityName": "nobody-at-all", "entityType": "user"}
    assert mock.request("POST", f"{API}/Directory/ResolveByName/{C}", admin, json=missing).status_code == 404


def test_bulk_resolution_keys_hits_and_drops_misses(mock: CheckedClient, admin: str) -> None:
    tag = f"bulk{uuid.uuid4().hex[:8]}"
    made = _made(mock, admin, tag)
    body = {"entityIds": [made["robot"], made["group"], "nobody"], "entityTypes": ["user", "group", "user"]}
    mapped = mock.request("POST", f"{API}/Directory/BulkResolve/{C}", admin, json=body).json()
    assert set(mapped) == {made["robot"], made["group"]}
    uneven = {"entityIds": [made["robot"]], "entityTypes": ["user", "group"]}
    assert mock.request("POST", f"{API}/Directory/BulkResolve/{C}", admin, json=uneven).status_code == 400
    names = {"entityNames": [f"{tag}-user", "nobody"], "entityType": "user"}
    by_name = mock.request("POST", f"{API}/Directory/BulkResolveByName/{C}", admin, json=names).json()
    assert list(by_name) == [f"{tag}-user"] and by_name[f"{tag}-user"]["identifier"] == made["user"]


def test_group_membership_lists_the_given_groups_the_user_is_in(mock: CheckedClient, admin: str) -> None:
    body = {"userId": ALBUS, "groupIds": [PREFECTS, ADMINISTRATORS]}
    groups = mock.request("POST", f"{API}/Directory/GroupMembership/{C}", admin, json=body).json()
    assert [g["identifier"] for g in groups] == [PREFECTS]
