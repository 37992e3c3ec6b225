"""Live mode and license writes, against the mock running as a separate process on loopback as a
user points the gate at UiPath. License writes are `never` live (spec/lease/operations.yaml): with
--allow-writes alone the gate only reads the License Accountant; opted in one by one
(--allow-live), they act only on groups and users the run created (made for it through Identity,
named with the run's prefix) and the clean-up releases and deletes everything it made.

The mock's audit log is the witness: every license write it performed names its group or user,
and each of those was created by the run (a `Group Created` / `User Created` event carrying the
run's prefix). The organization's own rule and allocation, made before the run, are as they were."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from test_gate_live import ROOT, gate_command, live_env

from contract_tests.gate.gate import WRITE_PREFIX
from contract_tests.mock_server import process as mock_process

pytestmark = pytest.mark.slow
ALICE = "6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601"  # a user every mock organization starts with
LICENSE_WRITES = (
    "allocateGroupLicenses",
    "allocateGroupLicensesWithQuota",
    "releaseGroupLicenses",
    "allocateUserLicenses",
    "releaseUserLicenses",
)
USER_WRITES = ("createUser", "deleteUser")  # users a run may make to allocate to


@pytest.fixture
def organization() -> Iterator[dict[str, Any]]:
    with mock_process.running() as mock:
        yield mock.ready


class Org:
    """The organization's state as its administrator reads it."""

    def __init__(self, ready: dict[str, Any]) -> None:
        self.ready = ready
        self.http = httpx.Client(headers={"Authorization": f"Bearer {mock_process.admin_token(ready)}"}, timeout=30)
        self.lease = f"{ready['services']['lease']}/api/account/{ready['partition_global_id']}/user-license"

    def licenses(self) -> dict[str, Any]:
        """Everything the License Accountant holds: bundles, group rules, users' allocations."""
        return {
            "bundles": self.http.get(self.lease).json(),
            "groups": self.http.get(f"{self.lease}/group/page", params={"top": 1000}).json(),
            "users": self.http.get(f"{self.lease}/user/page", params={"top": 1000}).json(),
        }

    def names(self, kind: str) -> list[str]:
        base, org = self.ready["base_url"], self.ready["partition_global_id"]
        if kind == "groups":
            return sorted(g["name"] for g in self.http.get(f"{base}/api/Group/{org}").json())
        users = self.http.get(f"{base}/api/User/users/{org}", params={"top": 1000}).json()
        return sorted(u["userName"] for u in users.get("results") or [])

    def events(self) -> list[dict[str, Any]]:
        """The organization's whole audit log, oldest first (following the `previous` links)."""
        root = self.ready["base_url"].rsplit("/", 2)[0]
        found: list[dict[str, Any]] = []
        page = self.http.get(f"{self.ready['services']['orgaudit']}/api/query/events", params={"maxCount": 200}).json()
        while True:
            found += page["auditEvents"]
            if not page.get("previous"):
                return found[::-1]
            page = self.http.get(root + page["previous"]).json()


def details(event: dict[str, Any]) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(event.get("eventDetails") or "{}")
    return parsed


def run_gate(ready: dict[str, Any], reports: Any, *args: str) -> subprocess.CompletedProcess[str]:
    command = gate_command(reports, "--allow-writes", "--service", "lease", *args)
    return subprocess.run(command, cwd=ROOT, env=live_env(ready), capture_output=True, text=True, timeout=600)


def existing_state(org: Org) -> None:
    """The organization's own: a group with a license rule, and an explicit allocation to Alice."""
    base, org_id = org.ready["base_url"], org.ready["partition_global_id"]
    finance = org.http.post(f"{base}/api/Group", json={"partitionGlobalId": org_id, "name": "Finance"}).json()
    assert org.http.put(f"{org.lease}/group/{finance['id']}", json={"userBundleCodes": ["ATTUNU"]}).status_code == 200
    assert org.http.put(org.lease, json={"userIds": [ALICE], "userBundleCodes": ["TSTNU"]}).status_code == 200


def test_license_writes_do_not_run_live_without_opting_in(organization: dict[str, Any], tmp_path: Any) -> None:
    org = Org(organization)
    existing_state(org)
    before, events_before = org.licenses(), len(org.events())
    result = run_gate(organization, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "summary.md").read_text()
    assert "GET /api/account/{accountId}/user-license/group/{groupId}" in summary  # the reads ran
    assert not any(f"| {method} /api/account" in summary for method in ("PUT", "DELETE"))
    never = summary.split("never live (operations tables): ")[1].split(";")[0]
    assert set(LICENSE_WRITES) <= set(never.split(", "))
    assert org.licenses() == before
    assert [e for e in org.events()[events_before:] if "License" in e["eventTarget"]] == []


def test_opted_in_license_writes_touch_only_what_the_run_created(organization: dict[str, Any], tmp_path: Any) -> None:
    org = Org(organization)
    existing_state(org)
    before, groups, users = org.licenses(), org.names("groups"), org.names("users")
    start = len(org.events())
    opted = [arg for op in (*LICENSE_WRITES, *USER_WRITES) for arg in ("--allow-live", op)]
    result = run_gate(organization, tmp_path, *opted)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = (tmp_path / "summary.md").read_text()
    assert "PUT /api/account/{accountId}/user-license/group/{groupId}" in summary  # the writes ran
    assert organization["admin_client_secret"] not in summary + result.stdout

    run = org.events()[start:]
    made = {
        str(details(e).get(key, "")).lower()
        for e in run
        for kind, key, name in (("Group Created", "GroupId", "GroupName"), ("User Created", "UserId", "UserName"))
        if e["eventType"] == kind and str(details(e).get(name, "")).startswith(WRITE_PREFIX)
    }
    rules = [e for e in run if e["eventTarget"] == "Group License Rules"]
    allocations = [e for e in run if e["eventTarget"] == "User Licenses"]
    assert rules and allocations, sorted({e["eventType"] for e in run})  # it did allocate, to groups and users
    keys = ("GroupLicenseRuleId", "UserLicenseId")
    touched = {str(details(e).get(key, "")).lower() for e in rules + allocations for key in keys}
    assert touched - {""} <= made, touched - made  # only groups and users the run created
    # ...and it left nothing behind: the rules and allocations released, the groups and users deleted.
    assert org.licenses() == before
    assert org.names("groups") == groups and org.names("users") == users
