"""Each fault makes a contract violation that the spec-conformance helper (or a plain assertion
on documented behaviour) observes; without the fault the same request conforms."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import httpx
import pytest
from jsonschema import ValidationError
from mock_harness import ORG_IDS, CheckedClient, assert_conforms, create_client_body, in_process

from contract_tests.mock_server import FAULTS

C, F = ORG_IDS["contoso"], ORG_IDS["fabrikam"]
API = "/contoso/identity_/api"


def raw(mock: CheckedClient) -> httpx.Client:
    client: httpx.Client = mock.client
    return client


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def create_conforms(mock: CheckedClient) -> None:
    token = mock.get_token()
    response = raw(mock).post(f"{API}/ExternalClient", headers=_auth(token), json=create_client_body())
    assert_conforms(response, "createExternalClient")
    assert response.status_code == 201


def list_conforms(mock: CheckedClient) -> None:
    token = mock.get_token()
    response = raw(mock).get(f"{API}/ExternalClient/{C}", headers=_auth(token))
    assert_conforms(response, "listExternalClients")


def invalid_body_rejected(mock: CheckedClient) -> None:
    token = mock.get_token()
    response = raw(mock).post(f"{API}/ExternalClient", headers=_auth(token), json={"name": 5})
    assert_conforms(response, "createExternalClient")
    assert response.status_code == 400


def unauthenticated_rejected(mock: CheckedClient) -> None:
    assert raw(mock).get(f"{API}/ExternalClient/{C}").status_code == 401


def scope_enforced(mock: CheckedClient) -> None:
    token = mock.get_token(scope="PM.Directory")
    assert raw(mock).get(f"{API}/ExternalClient/{C}", headers=_auth(token)).status_code == 403


def valid_create_succeeds(mock: CheckedClient) -> None:
    token = mock.get_token()
    response = raw(mock).post(f"{API}/RobotAccount", headers=_auth(token), json={"partitionGlobalId": C, "name": "r1"})
    assert response.status_code == 201


def deleted_is_gone(mock: CheckedClient) -> None:
    token = mock.get_token()
    client = raw(mock).post(f"{API}/ExternalClient", headers=_auth(token), json=create_client_body()).json()
    assert raw(mock).delete(f"{API}/ExternalClient/{C}/{client['id']}", headers=_auth(token)).status_code == 204
    assert raw(mock).get(f"{API}/ExternalClient/{C}/{client['id']}", headers=_auth(token)).status_code == 404


def orgs_isolated(mock: CheckedClient) -> None:
    token = mock.get_token("fabrikam")
    assert raw(mock).get(f"/fabrikam/identity_/api/ExternalClient/{C}", headers=_auth(token)).status_code == 403


AUDIT = "/contoso/orgaudit_/api/query"
LEASE = f"/contoso/lease_/api/account/{C}/user-license"


def audit_filters_honoured(mock: CheckedClient) -> None:
    """A status filter keeps only the events of that status (the mock's writes all succeed: none)."""
    token = mock.get_token()
    raw(mock).post(f"{API}/RobotAccount", headers=_auth(token), json={"partitionGlobalId": C, "name": "r1"})
    assert raw(mock).get(f"{AUDIT}/events", headers=_auth(token), params={"status": 1}).json()["auditEvents"] == []


def page_size_honoured(mock: CheckedClient) -> None:
    token = mock.get_token()
    for n in range(3):
        raw(mock).post(f"{API}/RobotAccount", headers=_auth(token), json={"partitionGlobalId": C, "name": f"r{n}"})
    page = raw(mock).get("/contoso/audit_/api/auditlogs", headers=_auth(token), params={"top": 1}).json()
    assert len(page["results"]) == 1


def download_is_csv(mock: CheckedClient) -> None:
    """A value with a comma (every event's JSON details) is quoted: each record has the header's fields."""
    token = mock.get_token()
    raw(mock).post(f"{API}/RobotAccount", headers=_auth(token), json={"partitionGlobalId": C, "name": "r1"})
    text = raw(mock).get(f"{AUDIT}/downloadevents", headers=_auth(token)).text
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0]), rows


def quota_enforced(mock: CheckedClient) -> None:
    token = mock.get_token()
    users = ["6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601", "7c2d3e4f-5061-4b72-9c83-ad94e5f60712"]  # seeded
    body = {"partitionGlobalId": C, "name": "quota", "directoryUserMemberIDs": users}
    group = raw(mock).post(f"{API}/Group", headers=_auth(token), json=body).json()
    capped = {"userBundleCodes": ["TSTNU"], "quotas": [{"userBundleCode": "TSTNU", "limit": 1}]}
    answer = raw(mock).put(f"{LEASE}/group/{group['id']}/with-quota", headers=_auth(token), json=capped).json()
    assert [q["currentUsage"] for q in answer["quotas"]] == [1]


def deleted_group_refused(mock: CheckedClient) -> None:
    token = mock.get_token()
    group = raw(mock).post(f"{API}/Group", headers=_auth(token), json={"partitionGlobalId": C, "name": "gone"}).json()
    raw(mock).delete(f"{API}/Group/{C}/{group['id']}", headers=_auth(token))
    refused = raw(mock).put(f"{LEASE}/group/{group['id']}", headers=_auth(token), json={"userBundleCodes": ["TSTNU"]})
    assert refused.status_code == 404


# fault -> a check that passes on a correct mock and fails with the fault on.
CHECKS: dict[str, Callable[[CheckedClient], None]] = {
    "wrong-success-status": create_conforms,
    "missing-required-field": list_conforms,
    "wrong-field-type": list_conforms,
    "undocumented-status": invalid_body_rejected,
    "server-error": valid_create_succeeds,
    "auth-not-enforced": unauthenticated_rejected,
    "scope-not-enforced": scope_enforced,
    "invalid-input-accepted": invalid_body_rejected,
    "deleted-still-readable": deleted_is_gone,
    "wrong-content-type": list_conforms,
    "cross-org-leak": orgs_isolated,
    "filter-ignored": audit_filters_honoured,
    "page-size-ignored": page_size_honoured,
    "broken-csv": download_is_csv,
    "license-limits-ignored": quota_enforced,
    "dangling-reference-accepted": deleted_group_refused,
}


def test_every_fault_has_a_check() -> None:
    assert set(CHECKS) == set(FAULTS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_fault_is_observable(name: str) -> None:
    healthy, _ = in_process()
    CHECKS[name](healthy)
    faulty, _ = in_process(faults=(name,))
    with pytest.raises((AssertionError, ValidationError)):
        CHECKS[name](faulty)


def test_faults_do_not_corrupt_state() -> None:
    mock, app = in_process(faults=("deleted-still-readable", "wrong-field-type", "invalid-input-accepted"))
    token = mock.get_token()
    before = app.state.mock.store.list_clients(C)
    raw(mock).post(f"{API}/ExternalClient", headers=_auth(token), json={"name": 5})
    raw(mock).get(f"{API}/ExternalClient/{C}", headers=_auth(token))
    raw(mock).delete(f"{API}/ExternalClient/{C}/{before[-1].id}", headers=_auth(token))
    assert app.state.mock.store.list_clients(C) == before


def test_cross_org_leak_serves_the_other_orgs_data() -> None:
    mock, _ = in_process(faults=("cross-org-leak",))
    contoso = mock.get_token()
    raw(mock).post(f"{API}/ExternalClient", headers=_auth(contoso), json=create_client_body(name="secret-project"))
    fabrikam = mock.get_token("fabrikam")
    response = raw(mock).get(f"/fabrikam/identity_/api/ExternalClient/{C}", headers=_auth(fabrikam))
    assert response.status_code == 200 and "secret-project" in {c["name"] for c in response.json()}
    reverse = raw(mock).get(f"{API}/ExternalClient/{F}", headers=_auth(contoso))
    assert reverse.status_code == 200
