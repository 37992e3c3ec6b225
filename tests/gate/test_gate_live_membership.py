"""Live policy of groups, robot accounts and users: what runs live, what a live write may touch
(each id of a list checked), the opt-in flag for `never` rows, and a clean-up that finds robot
accounts and groups through their custom delete actions and paged lists (against the mock as a
separate process on loopback)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from contract_tests.gate import live_policy, live_safety
from contract_tests.gate.cleanup import delete_prefixed
from contract_tests.gate.options import UsageError, parse
from contract_tests.mock_server import process as mock_process

SPEC = live_policy.model()


def test_robot_accounts_and_groups_are_cleaned_up_by_their_delete_by_id() -> None:
    steps = {
        s.resource.name: (s.list_op and s.list_op.operation_id, s.delete_op.operation_id)
        for s in live_policy.cleanup_plan(SPEC)
    }
    assert steps["robotAccount"] == ("listRobotAccounts", "deleteRobotAccount")
    assert steps["group"] == ("listGroups", "deleteGroup")
    assert "user" not in steps  # user writes are never live by default: nothing to clean


def test_user_writes_run_live_only_when_opted_in_one_by_one() -> None:
    writes = set(live_policy.live_operations(SPEC, allow_writes=True))
    assert {"createGroup", "updateRobotAccount", "deleteGroups"} <= writes
    assert not {"createUser", "updateUser", "deleteUsers"} & writes
    opted = set(live_policy.live_operations(SPEC, allow_writes=True, opted_in=("createUser",)))
    assert opted - writes == {"createUser"}
    assert "createUser" not in live_policy.live_operations(SPEC, allow_writes=False, opted_in=("createUser",))


def test_allow_live_needs_live_writes_and_operation_restricts() -> None:
    with pytest.raises(UsageError):
        parse(["--allow-live", "createUser"], env={})
    options = parse(["--operation", "listGroups", "--operation", "getGroup"], env={})
    assert options.operation_ids == ("listGroups", "getGroup")
    live = parse(
        ["--base-url", "https://example.test/org/identity_", "--allow-writes", "--allow-live", "createUser"],
        env={"UIPATH_PAT": "x"},
    )
    assert live.allow_live == ("createUser",)


def test_a_live_write_may_name_only_ids_this_run_created_each_one_of_a_list() -> None:
    own, foreign = str(uuid.uuid4()), str(uuid.uuid4())
    live_safety.CREATED.add("group", own)
    case: Any = SimpleNamespace(path_parameters={}, body={"groupIDs": [own, foreign]})
    live_safety._keep_to_own_resources(case, SPEC.by_id["deleteGroups"])
    assert case.body["groupIDs"][0] == own
    assert case.body["groupIDs"][1] not in (own, foreign)
    robot: Any = SimpleNamespace(path_parameters={}, body={"name": "r", "groupIDsToAdd": [foreign]})
    live_safety._keep_to_own_resources(robot, SPEC.by_id["createRobotAccount"])
    assert robot.body["groupIDsToAdd"] != [foreign]  # an organization's own group is never joined


@pytest.mark.slow
def test_clean_up_deletes_every_prefixed_robot_and_group_and_nothing_else() -> None:
    prefix = f"contract-gate-{uuid.uuid4().hex[:6]}-"
    with mock_process.running() as mock:
        ready = mock.ready
        token = mock_process.admin_token(ready)
        org = ready["partition_global_id"]
        with httpx.Client(base_url=ready["base_url"], headers={"Authorization": f"Bearer {token}"}) as http:
            group = http.post("/api/Group", json={"partitionGlobalId": org, "name": f"{prefix}group"}).json()
            for n in range(12):  # more than a default page of 10
                body = {"partitionGlobalId": org, "name": f"{prefix}robot-{n}", "groupIDsToAdd": [group["id"]]}
                assert http.post("/api/RobotAccount", json=body).status_code == 201
            kept = http.post("/api/RobotAccount", json={"partitionGlobalId": org, "name": "not-ours"}).json()
            result = delete_prefixed(SPEC, ready["base_url"], org, token, prefix)
            assert result.problems == [] and len(result.deleted) == 13
            robots = http.get(f"/api/RobotAccount/{org}", params={"top": 1000}).json()["results"]
            assert [r["name"] for r in robots if r["name"].startswith(prefix)] == []
            assert kept["id"] in {r["id"] for r in robots}
            assert http.get(f"/api/Group/{org}/{group['id']}").status_code == 404
