"""Settings and message templates on the mock, over HTTP (every answer checked against the spec):
settings upsert per key, 409 on a key listed twice (nothing stored), per-user settings, delete by
id and in bulk; message templates unique by name, created with a bare integer id, found by id and
by name, only `value` updated, deleted."""

from __future__ import annotations

import httpx
import pytest
from mock_harness import ORG_IDS, CheckedClient

CONTOSO = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
ALICE = "6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601"  # a seeded local user


def _get(mock: CheckedClient, admin: str, *keys: str, **params: str) -> list[dict[str, object]]:
    response = mock.request("GET", f"{API}/Setting", admin, params=[*(("key", k) for k in keys), *params.items()])
    assert response.status_code == 200, response.text
    result: list[dict[str, object]] = response.json()
    return result


def _put(mock: CheckedClient, admin: str, settings: list[dict[str, str | None]], **extra: object) -> httpx.Response:
    body = {"settings": settings, "partitionGlobalId": CONTOSO, **extra}
    return mock.request("PUT", f"{API}/Setting", admin, json=body)


def test_seeded_settings_are_read_by_repeated_key_and_unset_keys_are_left_out(mock: CheckedClient, admin: str) -> None:
    found = _get(mock, admin, "Email.Smtp.Host", "Email.Smtp.Port", "No.Such.Key")
    assert [(s["key"], s["value"], s["userId"]) for s in found] == [
        ("Email.Smtp.Host", "smtp.example.com", None),
        ("Email.Smtp.Port", "587", None),
    ]
    assert all(s["partitionGlobalId"] == CONTOSO and isinstance(s["id"], int) for s in found)
    assert _get(mock, admin) == []


def test_update_upserts_listed_keys_keeps_ids_and_leaves_others_alone(mock: CheckedClient, admin: str) -> None:
    before = {s["key"]: s for s in _get(mock, admin, "Email.Smtp.Port", "Email.Smtp.Host")}
    response = _put(mock, admin, [{"key": "Email.Smtp.Port", "value": "2525"}, {"key": "Test.New", "value": "x"}])
    assert response.status_code == 200
    stored = response.json()
    assert [(s["key"], s["value"]) for s in stored] == [("Email.Smtp.Port", "2525"), ("Test.New", "x")]
    assert stored[0]["id"] == before["Email.Smtp.Port"]["id"]
    after = {s["key"]: s for s in _get(mock, admin, "Email.Smtp.Port", "Email.Smtp.Host", "Test.New")}
    assert after["Email.Smtp.Host"] == before["Email.Smtp.Host"]
    assert after["Test.New"]["id"] == stored[1]["id"]


def test_a_key_listed_twice_is_409_and_nothing_changes(mock: CheckedClient, admin: str) -> None:
    before = _get(mock, admin, "Email.Smtp.EnableSsl", "Dup.Key")
    response = _put(
        mock,
        admin,
        [{"key": "Email.Smtp.EnableSsl", "value": "false"}, {"key": "Dup.Key", "value": "1"}, {"key": "dup.key"}],
    )
    assert response.status_code == 409
    assert "dup.key" in response.json()["detail"]
    assert _get(mock, admin, "Email.Smtp.EnableSsl", "Dup.Key") == before


def test_user_settings_are_apart_from_the_organizations_and_unknown_users_are_404(
    mock: CheckedClient, admin: str
) -> None:
    assert _put(mock, admin, [{"key": "Email.Smtp.Host", "value": "alice.example"}], userId=ALICE).status_code == 200
    assert [s["value"] for s in _get(mock, admin, "Email.Smtp.Host", userId=ALICE)] == ["alice.example"]
    assert [s["value"] for s in _get(mock, admin, "Email.Smtp.Host")] == ["smtp.example.com"]
    stranger = "0f0f0f0f-0000-4000-8000-000000000000"
    assert _put(mock, admin, [{"key": "A", "value": "b"}], userId=stranger).status_code == 404
    assert _get(mock, admin, "A", userId=stranger) == []  # reading has no 404: an unknown user has no settings


def test_partition_may_be_omitted_or_null_and_means_the_callers_organization(mock: CheckedClient, admin: str) -> None:
    body = {"settings": [{"key": "Implicit.Org", "value": "yes"}], "partitionGlobalId": None}
    assert mock.request("PUT", f"{API}/Setting", admin, json=body).json()[0]["partitionGlobalId"] == CONTOSO
    response = mock.request("GET", f"{API}/Setting", admin, params={"key": "Implicit.Org"})
    assert [s["value"] for s in response.json()] == ["yes"]


def test_a_foreign_partition_is_refused(mock: CheckedClient, admin: str) -> None:
    body = {"settings": [{"key": "X", "value": "y"}], "partitionGlobalId": ORG_IDS["fabrikam"]}
    assert mock.request("PUT", f"{API}/Setting", admin, json=body).status_code == 403


def test_delete_by_id_then_404_and_bulk_delete_by_key(mock: CheckedClient, admin: str) -> None:
    made = _put(mock, admin, [{"key": "Del.One", "value": "1"}, {"key": "Del.Two", "value": "2"}])
    one, _two = made.json()
    assert mock.request("DELETE", f"{API}/Setting/{one['id']}", admin).status_code == 204
    assert mock.request("DELETE", f"{API}/Setting/{one['id']}", admin).status_code == 404
    assert [s["key"] for s in _get(mock, admin, "Del.One", "Del.Two")] == ["Del.Two"]
    body = {"settings": ["Del.Two", "Never.Set"], "partitionGlobalId": CONTOSO}
    assert mock.request("DELETE", f"{API}/Setting", admin, json=body).status_code == 204
    assert _get(mock, admin, "Del.One", "Del.Two") == []


def test_settings_reject_bad_input_naming_the_field(mock: CheckedClient, admin: str) -> None:
    response = mock.request("PUT", f"{API}/Setting", admin, json={"settings": [{"value": "no key"}]})
    assert response.status_code == 400
    assert "settings[0].key" in response.json()["errors"]
    response = mock.request("GET", f"{API}/Setting", admin, params={"key": "x" * 257})
    assert response.status_code == 400 and "key" in response.json()["errors"]


# Message templates


def _create(mock: CheckedClient, admin: str, name: str, value: str = "Hello") -> int:
    response = mock.request("POST", f"{API}/MessageTemplate", admin, json={"name": name, "value": value})
    assert response.status_code == 200, response.text
    ident = response.json()
    assert isinstance(ident, int) and not isinstance(ident, bool)
    return ident


def test_the_seeded_login_message_is_found_by_name_case_insensitively(mock: CheckedClient, admin: str) -> None:
    response = mock.request("GET", f"{API}/MessageTemplate", admin, params={"name": "loginmessage"})
    assert response.status_code == 200
    assert response.json()["name"] == "LoginMessage"


def test_template_lifecycle_create_get_by_id_and_name_update_delete(mock: CheckedClient, admin: str) -> None:
    ident = _create(mock, admin, "Welcome", "Hi")
    got = mock.request("GET", f"{API}/MessageTemplate/{ident}", admin).json()
    assert got == {"id": ident, "name": "Welcome", "value": "Hi"}
    assert mock.request("GET", f"{API}/MessageTemplate", admin, params={"name": "Welcome"}).json() == got
    updated = mock.request("PUT", f"{API}/MessageTemplate/{ident}", admin, json={"id": ident, "value": "Hello"})
    assert updated.status_code == 200 and updated.json() == {"id": ident, "name": "Welcome", "value": "Hello"}
    assert mock.request("DELETE", f"{API}/MessageTemplate/{ident}", admin).status_code == 204
    assert mock.request("GET", f"{API}/MessageTemplate/{ident}", admin).status_code == 404
    assert mock.request("GET", f"{API}/MessageTemplate", admin, params={"name": "Welcome"}).status_code == 404
    assert mock.request("DELETE", f"{API}/MessageTemplate/{ident}", admin).status_code == 404


def test_template_names_are_unique_and_required(mock: CheckedClient, admin: str) -> None:
    _create(mock, admin, "Banner")
    response = mock.request("POST", f"{API}/MessageTemplate", admin, json={"name": "BANNER", "value": "x"})
    assert response.status_code == 409
    for body in ({"value": "x"}, {"name": "", "value": "x"}):
        response = mock.request("POST", f"{API}/MessageTemplate", admin, json=body)
        assert response.status_code == 400 and "name" in response.json()["errors"]


@pytest.mark.parametrize("params", [{}, {"name": ""}, {"name": "No such template"}])
def test_get_by_name_without_a_match_is_404(mock: CheckedClient, admin: str, params: dict[str, str]) -> None:
    assert mock.request("GET", f"{API}/MessageTemplate", admin, params=params).status_code == 404


def test_update_changes_only_the_value_and_a_different_body_id_is_400(mock: CheckedClient, admin: str) -> None:
    ident = _create(mock, admin, "Footer", "v1")
    response = mock.request("PUT", f"{API}/MessageTemplate/{ident}", admin, json={"id": ident + 1, "value": "v2"})
    assert response.status_code == 400 and "id" in response.json()["errors"]
    response = mock.request("PUT", f"{API}/MessageTemplate/{ident}", admin, json={"value": "v2", "name": "Renamed"})
    assert response.status_code == 200 and response.json()["name"] == "Footer"
    assert mock.request("PUT", f"{API}/MessageTemplate/999999", admin, json={"value": "v"}).status_code == 404


def test_templates_of_another_organization_are_not_found(mock: CheckedClient, admin: str) -> None:
    ident = _create(mock, admin, "Contoso only")
    other = mock.get_token("fabrikam")
    assert mock.request("GET", f"/fabrikam/identity_/api/MessageTemplate/{ident}", other).status_code == 404
    assert mock.request("DELETE", f"/fabrikam/identity_/api/MessageTemplate/{ident}", other).status_code == 404
    assert mock.request("GET", f"{API}/MessageTemplate/{ident}", admin).status_code == 200
