"""The cached list answer (re-rendered only where the store's journal says something changed)
always equals what a fresh read of each record answers."""

from __future__ import annotations

from mock_harness import ORG_IDS, create_client_body, in_process

C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"


def test_the_list_follows_every_kind_of_write() -> None:
    mock, _ = in_process()
    admin = mock.get_token()

    def listed() -> list[dict[str, object]]:
        items: list[dict[str, object]] = mock.request("GET", f"{API}/ExternalClient/{C}", admin).json()
        return items

    def fresh() -> list[object]:
        return [mock.request("GET", f"{API}/ExternalClient/{C}/{c['id']}", admin).json() for c in listed()]

    listed()  # cached from here on
    made = [
        mock.request("POST", f"{API}/ExternalClient", admin, json=create_client_body(name=f"c{i}")).json()
        for i in range(4)
    ]
    assert listed() == fresh() and [c["id"] for c in listed()][-4:] == [m["id"] for m in made]
    mock.request("PUT", f"{API}/ExternalClient/{C}/{made[1]['id']}", admin, json={"name": "renamed"})
    secret = mock.request(
        "POST", f"{API}/ExternalClient/GenerateSecret", admin, json={"partitionGlobalId": C, "clientId": made[2]["id"]}
    ).json()
    assert listed() == fresh()
    mock.request("DELETE", f"{API}/ExternalClient/{C}/secrets/{secret['id']}", admin)
    mock.request("DELETE", f"{API}/ExternalClient/{C}/{made[0]['id']}", admin)
    assert listed() == fresh() and made[0]["id"] not in [c["id"] for c in listed()]
    assert [c["name"] for c in listed()][-3:] == ["renamed", "c2", "c3"]


def test_a_long_list_is_encoded_in_pieces_to_the_same_json() -> None:
    """A big group's answer is serialized item by item in its worker thread (problems.py)."""
    import json

    from contract_tests.mock_server.problems import to_json, to_json_in_pieces

    members = [{"identifier": f"id-{i}", "name": 'é "quoted" \x00'} for i in range(2500)]
    group = {"id": "g", "members": members, "name": "\x00piece-lookalike\x00", "few": [1, 2]}
    for body in (group, members, {"x": 1}):
        assert json.loads(to_json_in_pieces(body)) == json.loads(to_json(body)) == body
