"""The License Accountant on the mock (issue 17): allocations refer to the mock's Identity users
and groups (404 for one that does not exist, or no longer does), allocating beyond what the
organization bought is 409 and changes nothing, quotas cap a rule's leases and `currentUsage`
counts them, and leases follow Identity's membership. Every answer is checked against the lease
spec by CheckedClient; license writes are audit events of source `Licensing`. Each test on a fresh
mock on a real loopback socket, in both behaviour profiles."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from mock_harness import ORG_IDS, CheckedClient, on_socket

C = ORG_IDS["contoso"]
ID = "/contoso/identity_/api"
LEASE = f"/contoso/lease_/api/account/{C}/user-license"
ROBOT = "0f8fad5b-d9cb-469f-a165-70867728950e"  # Bot1, a seeded robot account (not a user)


class Org:
    def __init__(self, client: CheckedClient) -> None:
        self.client = client
        self.token = self.client.get_token()

    def call(self, method: str, path: str, expect: int | None = None, **kwargs: Any) -> Any:
        answer = self.client.request(method, path, self.token, **kwargs)
        if expect is not None:
            assert answer.status_code == expect, answer.text
        return answer

    def users(self, *names: str) -> list[str]:
        body = {"partitionGlobalId": C, "users": [{"userName": n, "email": f"{n}@example.com"} for n in names]}
        self.call("POST", f"{ID}/User/BulkCreate", 200, json=body)
        found = self.call("GET", f"{ID}/User/users/{C}", 200, params={"top": 1000}).json()["results"]
        by_name = {u["userName"]: u["id"] for u in found}
        return [by_name[n] for n in names]

    def group(self, name: str, members: list[str] | None = None) -> str:
        body = {"partitionGlobalId": C, "name": name, "directoryUserMemberIDs": members or []}
        made: str = self.call("POST", f"{ID}/Group", 201, json=body).json()["id"]
        return made

    def bundles(self) -> dict[str, tuple[int, int]]:
        listed = self.call("GET", LEASE, 200).json()
        return {b["code"]: (b["allocated"], b["total"]) for b in listed}

    def quota(self, group: str) -> dict[str, Any]:
        answer: dict[str, Any] = self.call("GET", f"{LEASE}/group/{group}/with-quota", 200).json()
        return answer


@pytest.fixture(params=["default", "aspnet"])
def org(request: pytest.FixtureRequest) -> Iterator[Org]:
    """A fresh mock on a real loopback socket, in each behaviour profile."""
    with on_socket(profile=request.param) as (client, _):
        yield Org(client)


def test_explicit_allocations_replace_release_and_refuse_beyond_what_was_bought(org: Org) -> None:
    six = org.users(*(f"dev{i}" for i in range(6)))
    assert org.bundles() == {"RPADEVPRONU": (0, 100), "ATTUNU": (0, 50), "TSTNU": (0, 10), "IDU": (0, 5)}
    made = org.call("PUT", LEASE, 200, json={"userIds": six[:5], "userBundleCodes": ["IDU", "ATTUNU"]}).json()
    assert [m["userBundleCodes"] for m in made] == [["IDU", "ATTUNU"]] * 5 and made[0]["organizationId"] == C
    assert org.bundles()["IDU"] == (5, 5)
    refused = org.call("PUT", LEASE, 409, json={"userIds": [six[5]], "userBundleCodes": ["ATTUNU", "IDU"]})
    assert "IDU" in refused.json()["detail"]
    assert org.call("GET", f"{LEASE}/user/{six[5]}/allocation", 200).json()["userBundleLicenses"] == []  # nothing
    assert org.bundles()["ATTUNU"] == (5, 50)
    # The same users again: each holds a bundle once, so no unit more is needed.
    org.call("PUT", LEASE, 200, json={"userIds": six[:5], "userBundleCodes": ["IDU"]})
    assert org.bundles()["ATTUNU"] == (0, 50) and org.bundles()["IDU"] == (5, 5)  # replaced, not merged
    org.call("PUT", LEASE, 200, json={"userIds": [six[0]], "userBundleCodes": []})  # an empty list releases
    assert org.bundles()["IDU"] == (4, 5)
    org.call("PUT", LEASE, 200, json={"userIds": [six[5]], "userBundleCodes": ["IDU"]})
    for unknown in (["NOSUCH"], ["IDU", "nosuch"]):
        assert org.call("PUT", LEASE, 409, json={"userIds": [six[0]], "userBundleCodes": unknown})
    page = org.call("GET", f"{LEASE}/user/page", 200, params={"sortBy": "email", "sortOrder": "Desc"}).json()
    assert page["totalCount"] == 5 and [r["userBundleLicenses"] for r in page["results"]] == [["IDU"]] * 5
    assert [r["email"] for r in page["results"]] == [f"dev{i}@example.com" for i in (5, 4, 3, 2, 1)]
    two = org.call("GET", f"{LEASE}/user/page", 200, params={"sortBy": "email", "top": 2, "skip": 1}).json()
    assert two["totalCount"] == 5 and [r["email"] for r in two["results"]] == ["dev2@example.com", "dev3@example.com"]
    assert org.call("GET", f"{LEASE}/user/page", 200, params={"userBundleLicenseCodes": "ATTUNU"}).json() == {
        "totalCount": 0,
        "results": [],
    }


def test_allocations_refer_to_the_organizations_users(org: Org) -> None:
    (alive, doomed) = org.users("alive", "doomed")
    for stranger in (str(uuid.uuid4()), ROBOT):  # nobody, and a robot account (not a user)
        answer = org.call("PUT", LEASE, 404, json={"userIds": [alive, stranger], "userBundleCodes": ["TSTNU"]})
        assert stranger in answer.json()["detail"]
    assert org.bundles()["TSTNU"] == (0, 10)  # the whole request refused
    org.call("PUT", LEASE, 200, json={"userIds": [doomed], "userBundleCodes": ["TSTNU"]})
    org.call("DELETE", f"{ID}/User/{doomed}", 204)
    org.call("PUT", LEASE, 404, json={"userIds": [doomed], "userBundleCodes": ["TSTNU"]})  # deleted: 404
    kept = org.call("GET", f"{LEASE}/user/{doomed}/allocation", 200).json()
    assert kept["orphan"] is True and kept["userBundleLicenses"] == ["TSTNU"] and kept["email"] is None
    assert org.bundles()["TSTNU"] == (1, 10)  # until released
    released = org.call("DELETE", LEASE, 200, json={"userIds": [doomed, str(uuid.uuid4()).upper()]}).json()
    assert released["successfulUserIds"] == [doomed] and len(released["failedUserIds"]) == 1
    assert org.bundles()["TSTNU"] == (0, 10)
    org.call("GET", f"{LEASE}/user/{doomed}/allocation", 404)
    other = org.client.get_token("fabrikam")
    foreign = org.client.request("GET", f"{LEASE}/user/{alive}/allocation", other)
    assert foreign.status_code == 403


def test_group_rules_lease_to_members_in_order_within_quotas_and_units(org: Org) -> None:
    people = org.users(*(f"member{i}" for i in range(7)))
    team = org.group("licensed-team", [people[0], people[1], ROBOT, people[2]])
    rule = org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["RPADEVPRONU", "IDU"]}).json()
    assert rule == {
        "groupId": team,
        "organizationId": C,
        "useExternalLicense": False,
        "userBundleCodes": ["RPADEVPRONU", "IDU"],
    }
    assert org.bundles()["RPADEVPRONU"] == (3, 100)  # three users; the robot account leases nothing
    capped = {"userBundleCodes": ["RPADEVPRONU", "IDU"], "quotas": [{"userBundleCode": "IDU", "limit": 4}]}
    answer = org.call("PUT", f"{LEASE}/group/{team}/with-quota", 200, json=capped).json()
    assert answer["quotas"] == [{"userBundleCode": "IDU", "limit": 4, "currentUsage": 3}]
    for person in people[3:]:  # four more join: the quota of 4 stops IDU at the fourth member
        org.call("PUT", f"{ID}/Group/{team}", 200, json={"partitionGlobalId": C, "directoryUserIDsToAdd": [person]})
    assert org.quota(team)["quotas"][0]["currentUsage"] == 4
    members = org.call("GET", f"{LEASE}/group/{team}/user", 200).json()
    assert members["totalCount"] == 7
    assert [m["userBundleLicenses"] for m in members["results"]] == [["RPADEVPRONU", "IDU"]] * 4 + [["RPADEVPRONU"]] * 3
    assert org.bundles()["IDU"] == (4, 5) and org.bundles()["RPADEVPRONU"] == (7, 100)
    # Explicit allocations take the last IDU unit; a member of a second rule finds none left.
    org.call("PUT", LEASE, 200, json={"userIds": [people[6]], "userBundleCodes": ["IDU"]})
    solo = org.users("solo")[0]
    second = org.group("second-team", [solo])
    org.call("PUT", f"{LEASE}/group/{second}", 200, json={"userBundleCodes": ["IDU"]})
    assert org.quota(second)["groupRule"]["userBundleCodes"] == ["IDU"]
    assert org.call("GET", f"{LEASE}/group/{second}/user", 200).json()["results"][0]["userBundleLicenses"] == []
    listed = org.call("GET", f"{LEASE}/group/page", 200).json()
    assert [(g["name"], g["userBundleLeases"]) for g in listed["results"]] == [
        ("licensed-team", {"RPADEVPRONU": 7, "IDU": 4}),
        ("second-team", {"IDU": 0}),
    ]
    options = org.call("GET", f"{LEASE}/group/{team}", 200).json()
    assert options["allocatedUserBundles"] == ["RPADEVPRONU", "IDU"]
    assert {b["code"]: b["allocated"] for b in options["availableUserBundles"]}["IDU"] == 5


def test_quota_rules_are_400_and_change_nothing(org: Org) -> None:
    people = org.users("q1", "q2", "q3")
    team = org.group("quota-team", people)
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["ATTUNU"]})
    url = f"{LEASE}/group/{team}/with-quota"
    for quotas, field in (
        ([{"userBundleCode": "TSTNU", "limit": 5}], "quotas[0].userBundleCode"),  # not in the rule
        (
            [{"userBundleCode": "ATTUNU", "limit": 5}, {"userBundleCode": "ATTUNU", "limit": 6}],
            "quotas[1].userBundleCode",
        ),
        ([{"userBundleCode": "ATTUNU", "limit": 2}], "quotas[0].limit"),  # below the current usage of 3
    ):
        refused = org.call("PUT", url, 400, json={"userBundleCodes": ["ATTUNU"], "quotas": quotas})
        assert list(refused.json()["errors"]) == [field]
    org.call(
        "PUT", url, 400, json={"userBundleCodes": ["ATTUNU"], "quotas": [{"userBundleCode": "ATTUNU", "limit": 0}]}
    )
    org.call("PUT", url, 409, json={"userBundleCodes": ["ATTUNU", "NOSUCH"]})
    assert org.quota(team) == {
        "groupRule": {"groupId": team, "organizationId": C, "useExternalLicense": False, "userBundleCodes": ["ATTUNU"]},
        "quotas": [],
    }
    org.call(
        "PUT", url, 200, json={"userBundleCodes": ["ATTUNU"], "quotas": [{"userBundleCode": "ATTUNU", "limit": 3}]}
    )
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["ATTUNU", "TSTNU"]})  # quotas kept
    assert org.quota(team)["quotas"] == [{"userBundleCode": "ATTUNU", "limit": 3, "currentUsage": 3}]
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["TSTNU"]})  # ... of bundles that stay
    assert org.quota(team)["quotas"] == [] and org.bundles()["ATTUNU"] == (0, 50)


def test_leases_follow_membership_and_outlive_a_deleted_group_as_orphans(org: Org) -> None:
    stay, leave = org.users("stays", "leaves")
    team = org.group("following", [stay, leave])
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["TSTNU"]})
    org.call("PUT", f"{ID}/Group/{team}", 200, json={"partitionGlobalId": C, "directoryUserIDsToRemove": [leave]})
    members = org.call("GET", f"{LEASE}/group/{team}/user", 200).json()["results"]
    assert [(m["id"], m["orphan"], m["userBundleLicenses"]) for m in members] == [
        (stay, False, ["TSTNU"]),
        (leave, True, ["TSTNU"]),  # kept, as an orphan, until the rule is set again
    ]
    assert org.quota(team)["groupRule"]["userBundleCodes"] == ["TSTNU"]
    assert org.bundles()["TSTNU"] == (2, 10)
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["TSTNU"]})  # re-applied
    assert [m["id"] for m in org.call("GET", f"{LEASE}/group/{team}/user", 200).json()["results"]] == [stay]
    assert org.bundles()["TSTNU"] == (1, 10)
    org.call("DELETE", f"{ID}/Group/{C}/{team}", 204)
    org.call("PUT", f"{LEASE}/group/{team}", 404, json={"userBundleCodes": ["TSTNU"]})  # a deleted group: 404
    listed = org.call("GET", f"{LEASE}/group/page", 200).json()["results"]
    assert [(g["id"], g["name"], g["orphan"], g["userBundleLeases"]) for g in listed] == [
        (team, None, True, {"TSTNU": 1})
    ]
    org.call("DELETE", f"{LEASE}/group/{team}", 200)  # the orphan rule can be removed: its units return
    assert org.bundles()["TSTNU"] == (0, 10)
    org.call("DELETE", f"{LEASE}/group/{team}", 404)
    org.call("GET", f"{LEASE}/group/{team}", 404)
    org.call("GET", f"{LEASE}/group/{uuid.uuid4()}/with-quota", 404)


def test_license_writes_are_audited_under_licensing(org: Org) -> None:
    (user,) = org.users("audited")
    team = org.group("audited-team")
    org.call("PUT", LEASE, 200, json={"userIds": [user], "userBundleCodes": ["ATTUNU"]})
    org.call("PUT", f"{LEASE}/group/{team}", 200, json={"userBundleCodes": ["ATTUNU"]})
    org.call("PUT", f"{LEASE}/group/{team}/with-quota", 200, json={"userBundleCodes": ["ATTUNU"], "quotas": []})
    org.call("PUT", LEASE, 200, json={"userIds": [user], "userBundleCodes": []})
    org.call("DELETE", f"{LEASE}/group/{team}", 200)
    org.call("PUT", LEASE, 409, json={"userIds": [user], "userBundleCodes": ["NOSUCH"]})  # refused: no event
    events = org.call("GET", "/contoso/orgaudit_/api/query/events", 200).json()["auditEvents"][:5]
    assert [(e["eventSource"], e["eventTarget"], e["eventType"]) for e in reversed(events)] == [
        ("Licensing", "User Licenses", "User License Created"),
        ("Licensing", "Group License Rules", "Group License Rule Created"),
        ("Licensing", "Group License Rules", "Group License Rule Updated"),
        ("Licensing", "User Licenses", "User License Deleted"),
        ("Licensing", "Group License Rules", "Group License Rule Deleted"),
    ]
    assert '"UserBundleCodes":["ATTUNU"]' in events[-1]["eventDetails"]


@pytest.mark.parametrize("order", ["Asc", "asc", "DESC"])
def test_license_lists_read_the_sort_order_as_aspnet_binds_it(org: Org, order: str) -> None:
    org.users("sorted-a", "sorted-b")
    ids = org.users("sorted-c")
    org.call("PUT", LEASE, 200, json={"userIds": ids, "userBundleCodes": ["TSTNU"]})
    assert (
        org.call("GET", f"{LEASE}/user/page", 200, params={"sortBy": "email", "sortOrder": order}).json()["totalCount"]
        == 1
    )
