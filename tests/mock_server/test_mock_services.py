"""Every service of spec/services.yaml on one mock (issue 17, item 3): one app, one port, one state.
Over a real socket on both behaviour profiles: MOCK_READY names each service's base URL (and each
tenant's), Identity's tokens work for every service, each operation's scopes come from its own
spec, tenant-level routes find the tenant, and the profiles and faults apply to every service
alike (every answer held to its service's spec)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_harness import ADMIN_SECRET, ORG_IDS, CheckedClient, assert_conforms, in_process, route_operation, services

from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.config import tenants_of
from contract_tests.mock_server.process import MockProcess

C, F = ORG_IDS["contoso"], ORG_IDS["fabrikam"]
# A read of each service, as `{org}` and `{tenant}` fill it.
READS = {
    "identity": "/{org}/identity_/api/Group/{org_id}",
    "orgaudit": "/{org}/orgaudit_/api/query/events",
    "audit": "/{org}/audit_/api/auditlogs",
    "lease": "/{org}/lease_/api/account/{org_id}/user-license",
}


@pytest.fixture(scope="module", params=["default", "aspnet"])
def served(request: pytest.FixtureRequest) -> Iterator[MockProcess]:
    env = {"UIPATH_MOCK_ADMIN_CLIENT_SECRET": ADMIN_SECRET}
    with mock_process.running(profile=request.param, env=env) as mock:
        yield mock


def _get(mock: MockProcess, path: str, token: str | None, **params: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.get(mock.root + path, headers=headers, params=params, timeout=30)
    assert_conforms(response, route_operation("GET", path))
    return response


def test_mock_ready_names_every_services_base_url(served: MockProcess) -> None:
    ready, root = served.ready, served.root
    assert ready["base_url"] == f"{root}/contoso/identity_"  # as before: Identity's
    assert ready["services"] == {s.name: f"{root}/contoso/{s.prefix}" for s in services()}
    (tenant,) = ready["tenants"]
    assert tenant == {
        "name": "DefaultTenant",
        "id": tenants_of(C, ("DefaultTenant",))[0].id,
        "services": {"orgaudit": f"{root}/contoso/DefaultTenant/tenantaudit_"},
    }
    other = ready["other_organizations"][0]
    assert other["services"]["lease"] == f"{root}/fabrikam/lease_"
    assert {"PM.Audit.Read", "PM.License.Write", "PM.Group"} <= set(ready["scopes"])
    assert "orgaudit" in served.output() and "tenantaudit_" in served.output()


def test_identity_tokens_work_for_every_service_and_scopes_come_from_each_spec(served: MockProcess) -> None:
    everything = mock_process.admin_token(served.ready)
    for name, path in READS.items():
        answer = _get(served, path.format(org="contoso", org_id=C), everything)
        assert answer.status_code == 200, (name, answer.text)
        assert _get(served, path.format(org="contoso", org_id=C), None).status_code == 401
    audit_only = mock_process.admin_token(served.ready, scope="PM.Audit.Read")
    statuses = {
        name: _get(served, path.format(org="contoso", org_id=C), audit_only).status_code for name, path in READS.items()
    }
    assert statuses == {"identity": 403, "orgaudit": 200, "audit": 200, "lease": 403}
    reader = mock_process.admin_token(served.ready, scope="PM.License.Read")
    lease = f"{served.root}/contoso/lease_/api/account/{C}/user-license"
    write = {"userIds": ["1787ef38-5933-4f2c-a67a-9c22cdb8e6a2"], "userBundleCodes": ["TSTNU"]}
    refused = httpx.put(lease, json=write, headers={"Authorization": f"Bearer {reader}"})
    assert refused.status_code == 403
    assert_conforms(refused, "allocateUserLicenses")
    fabrikam = mock_process.admin_token(served.ready["other_organizations"][0])
    assert _get(served, READS["orgaudit"].format(org="contoso"), fabrikam).status_code == 403


def test_tenant_level_routes_find_the_tenant_by_name_or_id(served: MockProcess) -> None:
    token = mock_process.admin_token(served.ready)
    tenant_id = served.ready["tenants"][0]["id"]
    for tenant in ("DefaultTenant", "defaulttenant", tenant_id):
        answer = _get(served, f"/contoso/{tenant}/tenantaudit_/api/query/sources", token)
        assert answer.status_code == 200 and answer.json()[0]["name"] == "Orchestrator"
    missing = httpx.get(
        f"{served.root}/contoso/NoSuchTenant/tenantaudit_/api/query/events",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert missing.status_code == 404 and missing.json()["detail"] == "Tenant not found."
    # Only services with a tenant prefix answer per tenant; the organization may be named by its id.
    assert httpx.get(f"{served.root}/contoso/DefaultTenant/lease_/api/account/{C}/user-license").status_code == 404
    assert _get(served, f"/{C}/orgaudit_/api/query/events", token).status_code == 200


def test_a_foreign_account_id_is_answered_as_each_profile_answers_a_foreign_partition(
    served: MockProcess, request: pytest.FixtureRequest
) -> None:
    token = mock_process.admin_token(served.ready)
    answer = _get(served, f"/contoso/lease_/api/account/{F}/user-license", token)
    aspnet = request.node.callspec.params["served"] == "aspnet"
    assert answer.status_code == (404 if aspnet else 403)
    if aspnet:  # JwtBearer's empty challenge on every service
        bare = httpx.get(f"{served.root}/contoso/orgaudit_/api/query/sources")
        assert bare.status_code == 401 and bare.content == b"" and bare.headers["www-authenticate"] == "Bearer"


# ---- Faults act on every service: in process, each fault once on another service's operation --


def _faulty(fault: str) -> tuple[CheckedClient, str]:
    client, _ = in_process(faults=(fault,))
    return client, client.get_token()


def _raw(client: CheckedClient, method: str, path: str, token: str | None, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response: httpx.Response = client.client.request(method, path, headers=headers, **kwargs)
    return response


LEASE = f"/contoso/lease_/api/account/{C}/user-license"


def test_response_faults_reach_every_service() -> None:
    client, token = _faulty("wrong-success-status")
    assert _raw(client, "GET", "/contoso/orgaudit_/api/query/sources", token).status_code == 201
    client, token = _faulty("missing-required-field")
    bundles = _raw(client, "GET", LEASE, token).json()
    assert bundles and all("code" not in b for b in bundles)
    client, token = _faulty("wrong-field-type")
    page = _raw(client, "GET", "/contoso/audit_/api/auditlogs", token).json()
    assert isinstance(page["totalCount"], str)
    client, token = _faulty("wrong-content-type")
    download = _raw(client, "GET", "/contoso/orgaudit_/api/query/downloadevents", token)
    assert download.status_code == 200 and download.headers["content-type"].startswith("application/json")
    assert _raw(client, "GET", LEASE, token).headers["content-type"].startswith("text/plain")
    client, token = _faulty("undocumented-status")
    assert _raw(client, "GET", "/contoso/orgaudit_/api/query/events", token, params={"from": "x"}).status_code == 422


def test_pipeline_faults_reach_every_service() -> None:
    client, _ = _faulty("auth-not-enforced")
    assert _raw(client, "GET", "/contoso/DefaultTenant/tenantaudit_/api/query/events", None).status_code == 200
    client, _ = _faulty("scope-not-enforced")
    narrow = client.get_token(scope="PM.Group.Read")
    assert _raw(client, "GET", LEASE, narrow).status_code == 200
    client, _ = _faulty("cross-org-leak")
    assert _raw(client, "GET", "/contoso/audit_/api/auditlogs", client.get_token("fabrikam")).status_code == 200
    client, token = _faulty("invalid-input-accepted")
    accepted = _raw(client, "PUT", LEASE, token, json={"userIds": "not a list"})
    assert accepted.status_code == 200 and accepted.json()[0]["userBundleCodes"] == ["RPADEVPRONU", "ATTUNU"]
    client, token = _faulty("deleted-still-readable")
    group = _raw(
        client, "POST", "/contoso/identity_/api/Group", token, json={"partitionGlobalId": C, "name": "kept"}
    ).json()
    _raw(client, "PUT", f"{LEASE}/group/{group['id']}", token, json={"userBundleCodes": ["TSTNU"]})
    assert _raw(client, "DELETE", f"{LEASE}/group/{group['id']}", token).status_code == 200
    assert _raw(client, "GET", f"{LEASE}/group/{group['id']}", token).json()["allocatedUserBundles"] == ["TSTNU"]
