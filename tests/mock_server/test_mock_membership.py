"""Groups, robot accounts and users: membership stays consistent in both directions, deletes
cascade, built-in groups stay, paged lists and searches behave (every answer is checked against
the spec by CheckedClient)."""

from __future__ import annotations

import uuid
from typing import Any

from mock_harness import ORG_IDS, CheckedClient

C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
EVERYONE = "ce684f6f-5af3-4e43-8516-1adad6e98fc9"
AUTOMATION_USERS = "cdc34b5b-77d2-4ae1-9744-209d21ce557d"
ALBUS = "1787ef38-5933-4f2c-a67a-9c22cdb8e6a2"


def _unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _group(mock: CheckedClient, admin: str, members: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    body = {"partitionGlobalId": C, "name": _unique("group"), "directoryUserMemberIDs": members or [], **extra}
    response = mock.request("POST", f"{API}/Group", admin, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _robot(mock: CheckedClient, admin: str, groups: list[str] | None = None) -> dict[str, Any]:
    body = {"partitionGlobalId": C, "name": _unique("robot"), "groupIDsToAdd": groups or []}
    response = mock.request("POST", f"{API}/RobotAccount", admin, json=body)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _get(mock: CheckedClient, admin: str, path: str) -> Any:
    response = mock.request("GET", f"{API}{path}", admin)
    assert response.status_code == 200, response.text
    return response.json()


def _member_ids(group: dict[str, Any]) -> set[str]:
    return {m["identifier"] for m in group["members"]}


def test_a_robot_created_in_a_group_is_among_its_members(mock: CheckedClient, admin: str) -> None:
    group = _group(mock, admin)
    robot = _robot(mock, admin, [group["id"]])
    assert robot["groupIds"] == [group["id"]]
    members = _get(mock, admin, f"/Group/{C}/{group['id']}")["members"]
    assert [(m["identifier"], m["objectType"]) for m in members] == [(robot["id"], "DirectoryRobotUser")]
    listed = {g["id"]: g for g in _get(mock, admin, f"/Group/{C}")}
    assert robot["id"] in _member_ids(listed[group["id"]])


def test_update_robot_account_moves_it_between_groups_on_both_sides(mock: CheckedClient, admin: str) -> None:
    first, second = _group(mock, admin), _group(mock, admin)
    robot = _robot(mock, admin, [first["id"]])
    body = {"partitionGlobalId": C, "groupIDsToAdd": [second["id"]], "groupIDsToRemove": [first["id"]]}
    updated = mock.request("PUT", f"{API}/RobotAccount/{robot['id']}", admin, json=body)
    assert updated.status_code == 200, updated.text
    assert updated.json()["groupIds"] == [second["id"]]
    assert robot["id"] not in _member_ids(_get(mock, admin, f"/Group/{C}/{first['id']}"))
    assert robot["id"] in _member_ids(_get(mock, admin, f"/Group/{C}/{second['id']}"))
    unknown = {"partitionGlobalId": C, "groupIDsToAdd": [str(uuid.uuid4())]}
    assert mock.request("PUT", f"{API}/RobotAccount/{robot['id']}", admin, json=unknown).status_code == 404


def test_update_group_adds_and_removes_members_on_both_sides(mock: CheckedClient, admin: str) -> None:
    robot = _robot(mock, admin)
    group = _group(mock, admin, [robot["id"], ALBUS])
    assert _member_ids(group) == {robot["id"], ALBUS}
    assert group["id"] in _get(mock, admin, f"/User/{ALBUS}")["groupIDs"]
    body = {"partitionGlobalId": C, "name": group["name"] + "-renamed", "directoryUserIDsToRemove": [robot["id"]]}
    updated = mock.request("PUT", f"{API}/Group/{group['id']}", admin, json=body)
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"].endswith("-renamed") and _member_ids(updated.json()) == {ALBUS}
    assert _get(mock, admin, f"/RobotAccount/{C}/{robot['id']}")["groupIds"] == []
    back = {"partitionGlobalId": C, "directoryUserIDsToAdd": [robot["id"]]}
    assert mock.request("PUT", f"{API}/Group/{group['id']}", admin, json=back).status_code == 200
    assert _get(mock, admin, f"/RobotAccount/{C}/{robot['id']}")["groupIds"] == [group["id"]]


def test_deleting_a_group_removes_it_from_its_members(mock: CheckedClient, admin: str) -> None:
    robot = _robot(mock, admin)
    group = _group(mock, admin, [robot["id"], ALBUS])
    assert mock.request("DELETE", f"{API}/Group/{C}/{group['id']}", admin).status_code == 204
    assert _get(mock, admin, f"/RobotAccount/{C}/{robot['id']}")["groupIds"] == []
    assert group["id"] not in _get(mock, admin, f"/User/{ALBUS}")["groupIDs"]
    assert mock.request("GET", f"{API}/Group/{C}/{group['id']}", admin).status_code == 404
    other = _group(mock, admin, [robot["id"]])
    bulk = mock.request("DELETE", f"{API}/Group/{C}", admin, json={"groupIDs": [other["id"], str(uuid.uuid4())]})
    assert bulk.status_code == 204
    assert _get(mock, admin, f"/RobotAccount/{C}/{robot['id']}")["groupIds"] == []


def test_deleting_a_robot_or_user_removes_it_from_its_groups(mock: CheckedClient, admin: str) -> None:
    group = _group(mock, admin)
    robots = [_robot(mock, admin, [group["id"]]) for _ in range(3)]
    assert mock.request("DELETE", f"{API}/RobotAccount/{C}/{robots[0]['id']}", admin).status_code == 204
    body = {"robotAccountIDs": [robots[1]["id"]]}
    assert mock.request("DELETE", f"{API}/RobotAccount/{C}", admin, json=body).status_code == 204
    assert _member_ids(_get(mock, admin, f"/Group/{C}/{group['id']}")) == {robots[2]["id"]}
    user = {"partitionGlobalId": C, "userName": _unique("user"), "id": str(uuid.uuid4()), "groupIDs": [group["id"]]}
    assert mock.request("POST", f"{API}/User", admin, json=user).status_code == 200
    assert user["id"] in _member_ids(_get(mock, admin, f"/Group/{C}/{group['id']}"))
    assert mock.request("DELETE", f"{API}/User/{user['id']}", admin).status_code == 204
    assert _member_ids(_get(mock, admin, f"/Group/{C}/{group['id']}")) == {robots[2]["id"]}


def test_built_in_groups_cannot_be_deleted_or_renamed(mock: CheckedClient, admin: str) -> None:
    assert mock.request("DELETE", f"{API}/Group/{C}/{EVERYONE}", admin).status_code == 409
    # The bulk delete passes built-in groups over (D76).
    assert mock.request("DELETE", f"{API}/Group/{C}", admin, json={"groupIDs": [EVERYONE]}).status_code == 204
    rename = {"partitionGlobalId": C, "name": "Nobody"}
    assert mock.request("PUT", f"{API}/Group/{EVERYONE}", admin, json=rename).status_code == 409
    assert _get(mock, admin, f"/Group/{C}/{EVERYONE}")["type"] == "builtIn"


def test_create_group_honours_the_id_and_refuses_duplicates_and_unknown_members(
    mock: CheckedClient, admin: str
) -> None:
    ident = str(uuid.uuid4())
    group = _group(mock, admin, id=ident)
    assert group["id"] == ident and group["type"] == "custom"
    again = {"partitionGlobalId": C, "name": _unique("g"), "id": ident}
    assert mock.request("POST", f"{API}/Group", admin, json=again).status_code == 409
    same_name = {"partitionGlobalId": C, "name": group["name"].upper()}
    assert mock.request("POST", f"{API}/Group", admin, json=same_name).status_code == 409
    stranger = {"partitionGlobalId": C, "name": _unique("g"), "directoryUserMemberIDs": [str(uuid.uuid4())]}
    assert mock.request("POST", f"{API}/Group", admin, json=stranger).status_code == 404


def test_bulk_load_and_check_members(mock: CheckedClient, admin: str) -> None:
    robot = _robot(mock, admin)
    group = _group(mock, admin, [robot["id"]])
    loaded = mock.request("POST", f"{API}/Group/BulkLoadByIds/{C}", admin, json=[group["id"], str(uuid.uuid4())])
    assert [g["id"] for g in loaded.json()] == [group["id"]]
    checked = mock.request("POST", f"{API}/Group/{C}/{group['id']}/CheckMembers", admin, json=[robot["id"], ALBUS])
    assert [m["identifier"] for m in checked.json()] == [robot["id"]]


def test_robot_accounts_page_and_search(mock: CheckedClient, admin: str) -> None:
    tag = uuid.uuid4().hex[:8]
    for n in range(5):
        body = {"partitionGlobalId": C, "name": f"pager-{tag}-{n}", "displayName": f"Pager {n}"}
        assert mock.request("POST", f"{API}/RobotAccount", admin, json=body).status_code == 201
    page = _get(mock, admin, f"/RobotAccount/{C}?searchTerm=PAGER-{tag}&top=2&skip=1&sortBy=name&sortOrder=desc")
    assert page["totalCount"] == 5
    assert [r["name"] for r in page["results"]] == [f"pager-{tag}-3", f"pager-{tag}-2"]
    default = _get(mock, admin, f"/RobotAccount/{C}")
    assert len(default["results"]) == min(10, default["totalCount"])  # the service's default page size


def test_users_answer_identity_results(mock: CheckedClient, admin: str) -> None:
    name = _unique("hermione")
    body = {"partitionGlobalId": C, "userName": name, "email": f"{name}@example.com", "password": "pw-1"}
    created = mock.request("POST", f"{API}/User", admin, json=body)
    assert created.json() == {"succeeded": True, "errors": []}
    again = mock.request("POST", f"{API}/User", admin, json={**body, "userName": name.upper()})
    assert again.status_code == 400 and again.json()["errors"][0]["code"] == "DuplicateUserName"
    email = mock.request("POST", f"{API}/User", admin, json={**body, "userName": _unique("x")})
    assert email.status_code == 400 and email.json()["errors"][0]["code"] == "DuplicateEmail"
    found = _get(mock, admin, f"/User/users/{C}?searchTerm={name}")
    assert found["totalCount"] == 1
    user = found["results"][0]
    assert "password" not in str(user).lower()
    change = {"oldPassword": "wrong", "newPassword": "pw-2"}
    refused = mock.request("POST", f"{API}/User/{user['id']}/changepassword", admin, json=change)
    assert refused.status_code == 400 and refused.json()["errors"][0]["code"] == "PasswordMismatch"
    ok = mock.request("POST", f"{API}/User/{user['id']}/changepassword", admin, json={**change, "oldPassword": "pw-1"})
    assert ok.json()["succeeded"] is True
    update = mock.request("PUT", f"{API}/User/{user['id']}", admin, json={"surname": "Granger", "name": None})
    assert update.json()["succeeded"] is True
    kept = _get(mock, admin, f"/User/{user['id']}")
    assert kept["surname"] == "Granger" and kept["email"] == body["email"]


def test_bulk_create_and_invite_join_groups(mock: CheckedClient, admin: str) -> None:
    group = _group(mock, admin)
    names = [_unique("bulk"), _unique("bulk")]
    body = {"partitionGlobalId": C, "users": [{"userName": n} for n in names], "groupIDs": [group["id"]]}
    assert mock.request("POST", f"{API}/User/BulkCreate", admin, json=body).json()["succeeded"] is True
    email = f"{_unique('luna')}@example.com"
    invite = [{"email": email, "groupIDs": [group["id"]]}]
    assert mock.request("POST", f"{API}/User/InviteUsers", admin, json=invite).json()["succeeded"] is True
    members = _get(mock, admin, f"/Group/{C}/{group['id']}")["members"]
    assert sorted(m["name"] for m in members) == sorted([*names, email])
    invited = _get(mock, admin, f"/User/users/{C}?searchTerm={email}")["results"][0]
    assert invited["invitationAccepted"] is False


def test_login_attempts_filter_by_since(mock: CheckedClient, admin: str) -> None:
    every = _get(mock, admin, f"/User/{ALBUS}/loginAttempts")
    recent = _get(mock, admin, f"/User/{ALBUS}/loginAttempts?since=2025-06-02T00:00:00Z")
    assert every["totalCount"] == 3 and recent["totalCount"] == 2
    assert all(a["creationTime"] >= "2025-06-02" for a in recent["results"])


def test_get_generate_secret_answers_a_bare_string_that_authenticates(mock: CheckedClient, admin: str) -> None:
    from mock_harness import create_client_body

    client = mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body()).json()
    answer = mock.request("GET", f"{API}/ExternalClient/{C}/{client['id']}/GenerateSecret", admin)
    assert answer.status_code == 200 and isinstance(answer.json(), str)
    assert mock.token_request(client_id=client["id"], secret=answer.json()).status_code == 200
    missing = mock.request("GET", f"{API}/ExternalClient/{C}/{uuid.uuid4()}/GenerateSecret", admin)
    assert missing.status_code == 404


def test_blank_names_and_unknown_invite_groups_are_400s_naming_the_field(mock: CheckedClient, admin: str) -> None:
    group = mock.request("POST", f"{API}/Group", admin, json={"partitionGlobalId": C, "name": "  "})
    assert group.status_code == 400 and "name" in group.json()["errors"]  # D81
    user = mock.request("POST", f"{API}/User", admin, json={"partitionGlobalId": C, "userName": "\t"})
    assert user.status_code == 400 and "userName" in user.json()["errors"]
    invite = [{"email": f"{_unique('x')}@example.com", "groupIDs": [str(uuid.uuid4())]}]
    refused = mock.request("POST", f"{API}/User/InviteUsers", admin, json=invite)
    assert refused.status_code == 400 and "[0].groupIDs" in refused.json()["errors"]
