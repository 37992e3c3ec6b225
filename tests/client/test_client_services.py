"""The other services through the one client, against the session's mock (every service on one
port, one state) in both profiles:

- the audit trail of a provisioning workflow (a group made, a robot account made into it, the group
  renamed, the robot and the group deleted) read back in order, with the right actor, through
  `client.audit.events`, the classic view (`client.audit.classic.logs`), Identity's own
  (`client.audit_logs`) and `export_audit_events` (the same events, newest first);
- a tenant's log at its own level (`client.audit.tenant(...)`), which the organization's does not mix in;
- `license_report()` (sync and async): users with explicit bundles and those leasing through a
  group rule, the group's quotas, current usage and members;
- one token for every service, the organization filled in everywhere from its `prt_id`."""

from __future__ import annotations

import asyncio
import datetime
import json
import uuid
from pathlib import Path
from typing import Any

from mock_session import async_client, credentials, identity_client
from uipath_identity_client import ClientCredentials, IdentityClient, LicenseReport
from uipath_identity_client._audit_export import read_csv
from uipath_identity_client.models import QuotaRequest

__all__ = ["identity_client"]  # the `client` fixture
UTC = datetime.UTC


def token() -> str:
    return f"trail-{uuid.uuid4().hex[:10]}"


def test_the_audit_trail_of_a_provisioning_workflow(
    client: IdentityClient, ready: dict[str, Any], tmp_path: Path
) -> None:
    tok = token()
    start = datetime.datetime.now(UTC) - datetime.timedelta(seconds=1)
    group = client.groups.create(name=f"{tok}-team")
    robot = client.robot_accounts.create(name=f"{tok}-bot", group_ids_to_add=[group.id])
    client.groups.patch(group.id, name=f"{tok}-crew")
    client.robot_accounts.delete(robot.id)
    client.groups.delete(group.id)

    page = client.audit.events.list(from_=start, search_term=tok)
    trail = list(reversed(page.audit_events))  # the service answers newest first
    assert [(e.event_target, e.event_type) for e in trail] == [
        ("Groups", "Group Created"),
        ("Robot Accounts", "Robot Account Created"),
        ("Groups", "Group Updated"),
        ("Robot Accounts", "Robot Account Deleted"),
        ("Groups", "Group Deleted"),
    ], [e.event_summary for e in trail]
    assert trail[2].event_summary == f"Group {tok}-team was renamed to {tok}-crew"
    assert json.loads(str(trail[1].event_details))["GroupIdsAdded"] == [str(group.id)]
    assert json.loads(str(trail[3].event_details))["GroupIdsRemoved"] == [str(group.id)]
    assert {e.actor_id for e in trail} == {ready["admin_client_id"]}
    assert {e.event_source for e in trail} == {"Identity"}
    assert [e.created_on for e in trail] == sorted(e.created_on for e in trail)

    # the classic view of the same log, and Identity's own AuditQuery
    classic = client.audit.classic.logs.list(top=100, sort_by="createdOn", sort_order="desc").results
    identity = client.audit_logs.list(top=100, sort_by="createdOn", sort_order="desc").results
    mine = [e.event_summary for e in reversed(trail)]
    for view in ([r.message for r in classic], [r.message for r in identity]):
        assert [m for m in view if m in mine] == mine, view[:10]

    # the export holds the same events, newest first
    exported = client.export_audit_events(tmp_path / "trail.csv", since=start, search_term=tok)
    assert [r["id"] for r in read_csv(exported.path)] == [e.id for e in page.audit_events]
    assert {r["actorId"] for r in read_csv(exported.path)} == {ready["admin_client_id"]}


def test_a_tenant_log_is_its_own(client: IdentityClient) -> None:
    tenant = client.audit.tenant("DefaultTenant")
    org_sources = {s.name for s in client.audit.events.list_sources()}
    tenant_sources = {s.name for s in tenant.events.list_sources()}
    assert tenant_sources and org_sources and tenant_sources != org_sources
    tok = token()
    client.groups.delete(client.groups.create(name=f"{tok}-g").id)
    assert tenant.events.list(search_term=tok).audit_events == []  # organization events stay there
    assert len(client.audit.events.list(search_term=tok).audit_events) == 2


def allocate_some(client: IdentityClient) -> dict[str, Any]:
    """A user with explicit bundles, a group rule with a quota, two members leasing through it."""
    tok = token()
    ids = [str(uuid.uuid4()) for _ in range(3)]
    for n, user_id in enumerate(ids):
        client.users.create(id=user_id, user_name=f"{tok}-u{n}", email=f"{tok}-u{n}@example.com")
    client.licenses.users.allocate(user_ids=[ids[0]], user_bundle_codes=["RPADEVPRONU"])
    group = client.groups.create(name=f"{tok}-licensed", directory_user_member_ids=ids[1:])
    client.licenses.groups.allocate_with_quota(
        group.id, user_bundle_codes=["ATTUNU"], quotas=[QuotaRequest(user_bundle_code="ATTUNU", limit=5)]
    )
    return {"users": ids, "group": str(group.id), "group_name": f"{tok}-licensed"}


def check_report(report: LicenseReport, made: dict[str, Any]) -> None:
    by_user = {u.user_id.lower(): u for u in report.users}
    explicit = by_user[made["users"][0].lower()]
    assert explicit.explicit == ("RPADEVPRONU",) and explicit.bundles == ("RPADEVPRONU",)
    group = next(g for g in report.groups if g.group_id.lower() == made["group"].lower())
    assert (group.name, group.bundles) == (made["group_name"], ("ATTUNU",))
    assert [(q.user_bundle_code, q.limit) for q in group.quotas] == [("ATTUNU", 5)]
    for member in made["users"][1:]:
        row = by_user.get(member.lower())
        if row is not None:  # a member leasing through the rule
            assert row.via_groups == ((group.group_id, ("ATTUNU",)),) and row.bundles == ("ATTUNU",)
    leasing = [m for m in made["users"][1:] if m.lower() in by_user]
    assert len(group.members) == len(leasing) == sum(count for _, count in group.leases)
    assert {q.current_usage for q in group.quotas} == {len(leasing)}
    bought = {b.code: b for b in report.bundles}
    assert bought["RPADEVPRONU"].allocated >= 1 and bought["RPADEVPRONU"].total == 100


def test_license_report(client: IdentityClient, ready: dict[str, Any], tmp_path: Path) -> None:
    made = allocate_some(client)
    report = client.license_report()
    check_report(report, made)
    rows = list(read_csv(report.write_csv(tmp_path / "users.csv", "users")))
    assert any(r["userId"].lower() == made["users"][0].lower() and r["bundles"] == "RPADEVPRONU" for r in rows)
    groups = list(read_csv(report.write_csv(tmp_path / "groups.csv", "groups")))
    assert any(r["groupId"].lower() == made["group"].lower() and r["quotas"].startswith("ATTUNU:") for r in groups)

    async def main() -> LicenseReport:
        async with async_client(ready) as aclient:
            return await aclient.license_report()

    assert asyncio.run(main()) == client.license_report()


def test_one_token_serves_every_service(ready: dict[str, Any]) -> None:
    sent: list[str] = []
    hooks = {"event_hooks": {"request": [lambda request: sent.append(request.url.path)]}}
    with IdentityClient(ready["base_url"], **credentials(ready), httpx_args=hooks) as client:
        client.licenses.users.list_available()
        client.audit.events.list_sources()
        client.audit.classic.logs.list(top=1)
        client.audit.tenant("DefaultTenant").events.list()
        client.external_clients.list()
        client.with_options(timeout=5, headers={"X-Trace": "t"}).licenses.groups.list_allocations(top=1)
        auth = client.client.auth
        assert isinstance(auth, ClientCredentials) and auth.token_requests == 1
    org, pgid = ready["organization"], ready["partition_global_id"]
    assert sent == [
        f"/{org}/identity_/connect/token",  # Identity's token, once, for every service
        f"/{org}/lease_/api/account/{pgid}/user-license",  # accountId: the token's organization
        f"/{org}/orgaudit_/api/query/sources",
        f"/{org}/audit_/api/auditlogs",
        f"/{org}/DefaultTenant/tenantaudit_/api/query/events",
        f"/{org}/identity_/api/ExternalClient/{pgid}",
        f"/{org}/lease_/api/account/{pgid}/user-license/group/page",  # per-call options: the same token
    ]
