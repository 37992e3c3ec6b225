"""The audit trail (issue 17): every write the mock performs on Identity resources (and license
writes) is an event of the organization's log, in order, naming the acting client, read back
through the unified audit query (cursor paging both ways), its CSV download, the classic audit
service and Identity's AuditQuery, which all show the one log.

Over a real socket in both behaviour profiles: a mock subprocess and raw httpx for the provisioning
workflow, a fresh mock per test for the finer points (filters, windows, CSV quoting, secrets)."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from mock_harness import (
    ADMIN_SECRET,
    ORG_IDS,
    CheckedClient,
    assert_conforms,
    assert_csv,
    on_socket,
    operation,
    route_operation,
)

from contract_tests.mock_server import process as mock_process
from contract_tests.mock_server.process import MockProcess

C = ORG_IDS["contoso"]
ID = "/contoso/identity_/api"
EVENTS = "/contoso/orgaudit_/api/query/events"
PROVISIONER_SCOPES = ["PM.Group", "PM.User", "PM.RobotAccount", "PM.Audit.Read", "PM.License"]


@pytest.fixture(scope="module", params=["default", "aspnet"])
def served(request: pytest.FixtureRequest) -> Iterator[MockProcess]:
    with mock_process.running(profile=request.param, env={"UIPATH_MOCK_ADMIN_CLIENT_SECRET": ADMIN_SECRET}) as mock:
        yield mock


class Api:
    """Raw httpx on the mock's socket, each answer held to its service's spec."""

    def __init__(self, mock: MockProcess, token: str) -> None:
        self.http = httpx.Client(base_url=mock.root, headers={"Authorization": f"Bearer {token}"}, timeout=30)

    def __call__(self, method: str, path: str, expect: int | None = None, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, path, **kwargs)
        assert_conforms(response, route_operation(method, path))
        if expect is not None:
            assert response.status_code == expect, response.text[:500]
        return response


def _token(mock: MockProcess, client_id: str, secret: str) -> str:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    response = httpx.post(f"{mock.ready['token_url']}", data=form, timeout=10)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _provisioner(mock: MockProcess, admin: Api) -> tuple[dict[str, Any], Api]:
    """An external application with the provisioning scopes (as created, with its secret), and a
    client acting as it."""
    body = {
        "partitionGlobalId": C,
        "name": f"provisioner-{uuid.uuid4().hex[:6]}",
        "isConfidential": True,
        "scopes": [{"name": s, "type": "application"} for s in PROVISIONER_SCOPES],
    }
    made = admin("POST", f"{ID}/ExternalClient", 201, json=body).json()
    return made, Api(mock, _token(mock, made["id"], made["secret"]))


def walk(api: Api, first: str, **params: Any) -> list[dict[str, Any]]:
    """Every event of a query, following `previous` links (newest first), checking each `next`
    link leads back to the page before."""
    pages = [api("GET", first, 200, params=params).json()]
    while pages[-1]["previous"]:
        pages.append(api("GET", pages[-1]["previous"], 200).json())
        back = pages[-1]["next"]
        assert back is not None, "a page reached through `previous` links to the newer one"
        assert api("GET", back, 200).json()["auditEvents"] == pages[-2]["auditEvents"]
    assert pages[0]["next"] is None
    return [event for page in pages for event in page["auditEvents"]]


def test_a_provisioning_workflow_reads_back_in_order_through_every_audit_query(served: MockProcess) -> None:
    admin = Api(served, mock_process.admin_token(served.ready))
    provisioner, api = _provisioner(served, admin)
    actor = provisioner["id"]
    group = api("POST", f"{ID}/Group", 201, json={"partitionGlobalId": C, "name": '=HYPERLINK("x"),team'}).json()
    robot = api(
        "POST",
        f"{ID}/RobotAccount",
        201,
        json={"partitionGlobalId": C, "name": "prov-bot", "groupIDsToAdd": [group["id"]]},
    ).json()
    user_body = {
        "partitionGlobalId": C,
        "userName": "prov.user",
        "email": "prov.user@example.com",
        "groupIDs": [group["id"]],
    }
    api("POST", f"{ID}/User", 200, json=user_body)
    user = api("GET", f"{ID}/User/users/{C}", 200, params={"searchTerm": "prov.user"}).json()["results"][0]
    api("PUT", f"{ID}/Group/{group['id']}", 200, json={"partitionGlobalId": C, "name": "renamed-team"})
    api(
        "PUT",
        f"{ID}/Group/{group['id']}",
        200,
        json={"partitionGlobalId": C, "directoryUserIDsToRemove": [robot["id"]]},
    )
    api("PUT", f"{ID}/User/{user['id']}", 200, json={"groupIDsToRemove": [group["id"]]})
    api("DELETE", f"{ID}/User/{user['id']}", 204)
    api("DELETE", f"{ID}/RobotAccount/{C}/{robot['id']}", 204)
    api("DELETE", f"{ID}/Group/{C}/{group['id']}", 204)

    events = walk(api, EVENTS, userIds=actor)
    trail = [(e["eventTarget"], e["eventType"]) for e in reversed(events)]
    assert trail == [
        ("Groups", "Group Created"),
        ("Robot Accounts", "Robot Account Created"),
        ("Users", "User Created"),
        ("Groups", "Group Updated"),
        ("Groups", "Group Updated"),
        ("Users", "User Updated"),
        ("Users", "User Deleted"),
        ("Robot Accounts", "Robot Account Deleted"),
        ("Groups", "Group Deleted"),
    ]
    assert {(e["actorId"], e["actorName"], e["eventSource"], e["status"]) for e in events} == {
        (actor, provisioner["name"], "Identity", 0)
    }
    created = [e["createdOn"] for e in reversed(events)]
    assert created == sorted(created) and len(set(created)) == len(created)  # strictly increasing
    details = [json.loads(e["eventDetails"]) for e in reversed(events)]
    assert details[1]["GroupIdsAdded"] == [group["id"]] and details[2]["GroupIdsAdded"] == [group["id"]]
    assert details[3]["PreviousGroupName"] == group["name"] and details[3]["GroupName"] == "renamed-team"
    assert details[4]["MemberIdsRemoved"] == [robot["id"]]
    assert details[5]["GroupIdsRemoved"] == [group["id"]]
    assert details[6] == {"UserId": user["id"], "UserName": "prov.user", "Email": "prov.user@example.com"}
    assert list(reversed(events))[3]["eventSummary"] == f"Group {group['name']} was renamed to renamed-team"
    assert provisioner["secret"] not in json.dumps(events)

    # The classic service and Identity's AuditQuery show the same log, as classic records.
    classic = admin("GET", "/contoso/audit_/api/auditlogs", 200, params={"top": 9}).json()
    assert classic["totalCount"] >= 10  # the provisioner's nine, and the admin's creation of the provisioner
    assert [(r["category"], r["action"]) for r in reversed(classic["results"])] == [
        ("Group", "Create"),
        ("RobotAccount", "Create"),
        ("User", "Create"),
        ("Group", "Update"),
        ("Group", "Update"),
        ("User", "Update"),
        ("User", "Delete"),
        ("RobotAccount", "Delete"),
        ("Group", "Delete"),
    ]
    assert {(r["source"], r["userName"], r["email"]) for r in classic["results"]} == {
        ("Identity", events[0]["actorName"], None)
    }
    assert [r["message"] for r in classic["results"]] == [e["eventSummary"] for e in events]
    query = admin("GET", f"{ID}/AuditQuery/{C}", 200, params={"top": 9}).json()
    assert query == classic

    # The CSV download holds the same events, with the stored values as they are (the `=`).
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    window = {"from": f"{today}T00:00:00Z", "to": f"{today}T23:59:59.999Z", "userIds": actor}
    download = admin("GET", "/contoso/orgaudit_/api/query/downloadevents", 200, params=window)
    assert download.headers["content-type"].startswith("text/csv")
    rows = assert_csv(download.text)
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    assert rows[0]["eventType"] == "Group Deleted" and rows[0]["ipAddress"] == "127.0.0.1"
    assert json.loads(rows[-1]["eventDetails"])["GroupName"] == group["name"]  # '=HYPERLINK("x"),team', raw
    classic_csv = assert_csv(admin("GET", f"{ID}/AuditQuery/{C}/download", 200, params={"size": 9}).text)
    assert [r["message"] for r in classic_csv] == [r["message"] for r in classic["results"]]


# ---- The finer points, each on a fresh mock ----------------------------------------------------


@pytest.fixture(params=["default", "aspnet"])
def fresh(request: pytest.FixtureRequest) -> Iterator[tuple[CheckedClient, str, Any]]:
    """A fresh mock on a real loopback socket, in each behaviour profile."""
    with on_socket(profile=request.param) as (client, app):
        yield client, client.get_token(), app


def _group(client: CheckedClient, token: str, name: str) -> dict[str, Any]:
    made = client.request("POST", f"{ID}/Group", token, json={"partitionGlobalId": C, "name": name})
    assert made.status_code == 201, made.text
    body: dict[str, Any] = made.json()
    return body


def _events(client: CheckedClient, token: str, **params: Any) -> dict[str, Any]:
    answer = client.request("GET", EVENTS, token, params=params)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_paging_is_a_cursor_that_new_events_do_not_disturb(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    for i in range(25):
        _group(client, token, f"paged-{i:02d}")
    first = _events(client, token, maxCount=3)  # clamped to 10 (x-service-clamps)
    assert len(first["auditEvents"]) == 10 and first["next"] is None
    assert first["previous"].startswith(f"{EVENTS}?") and "before=" in first["previous"] and "qw=" in first["previous"]
    _group(client, token, "late")  # newer than every page: the walk back is not disturbed
    second = client.request("GET", first["previous"], token).json()
    third = client.request("GET", second["previous"], token).json()
    names = [json.loads(e["eventDetails"])["GroupName"] for p in (first, second, third) for e in p["auditEvents"]]
    assert names == [f"paged-{i:02d}" for i in range(24, -1, -1)]
    assert third["previous"] is None
    assert len(_events(client, token, maxCount=5000)["auditEvents"]) == 26  # at most 200 a page
    newer = client.request("GET", second["next"], token).json()
    assert newer["auditEvents"] == first["auditEvents"]
    assert client.request("GET", first["previous"].replace("qw=", "qw=x"), token).status_code == 400


def test_filters_match_the_catalogue_the_actor_and_the_details(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    _group(client, token, "filtered")
    body = {"partitionGlobalId": C, "name": "bot-filtered"}
    assert client.request("POST", f"{ID}/RobotAccount", token, json=body).status_code == 201
    sources = client.request("GET", "/contoso/orgaudit_/api/query/sources", token).json()
    identity = next(s for s in sources if s["name"] == "Identity")
    robots = next(t for t in identity["eventTargets"] if t["name"] == "Robot Accounts")
    created = next(t for t in robots["eventTypes"] if t["name"] == "Robot Account Created")
    assert {s["name"] for s in sources} == {"Identity", "Licensing"}

    def kinds(**params: Any) -> list[str]:
        return [e["eventType"] for e in _events(client, token, **params)["auditEvents"]]

    assert kinds(source=identity["id"]) == ["Robot Account Created", "Group Created"]
    assert kinds(target=robots["id"]) == kinds(type=created["id"]) == ["Robot Account Created"]
    assert kinds(type=[created["id"], str(uuid.uuid4())]) == ["Robot Account Created"]
    assert kinds(source=str(uuid.uuid4())) == []
    assert kinds(userIds=str(uuid.uuid4())) == []  # the admin client is `mock-admin`, not this id
    assert kinds(searchTerm="BOT-FILTERED") == ["Robot Account Created"]  # details, any case
    assert kinds(searchTerm="127.0.0.1") == ["Robot Account Created", "Group Created"]  # the client's address
    assert kinds(searchTerm="Mock administrator") == []  # not the actor's name (D99)
    assert kinds(status=1) == [] and len(kinds(status=0)) == 2
    tenant = client.request("GET", "/contoso/DefaultTenant/tenantaudit_/api/query/sources", token).json()
    assert {s["id"] for s in tenant}.isdisjoint({s["id"] for s in sources})  # each level its own catalogue
    assert client.request("GET", "/contoso/DefaultTenant/tenantaudit_/api/query/events", token).json() == {
        "auditEvents": [],
        "next": None,
        "previous": None,
    }


def test_the_window_is_90_days_back_with_to_inclusive(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    _group(client, token, "windowed")
    event = _events(client, token)["auditEvents"][0]
    at = event["createdOn"]
    assert [e["id"] for e in _events(client, token, to=at)["auditEvents"]] == [event["id"]]
    assert [e["id"] for e in _events(client, token, **{"from": at})["auditEvents"]] == [event["id"]]
    moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    before = (moment - timedelta(microseconds=1)).isoformat().replace("+00:00", "Z")
    assert _events(client, token, to=before)["auditEvents"] == []
    assert len(_events(client, token, **{"from": "2000-01-01T00:00:00Z"})["auditEvents"]) == 1
    backwards = client.request("GET", EVENTS, token, params={"from": at, "to": before})
    assert backwards.status_code == 400 and "to" in backwards.json()["errors"]
    far = client.request("GET", EVENTS, token, params={"to": "0001-01-01T00:00:00+01:00"})
    assert far.status_code == 400 and "to" in far.json()["errors"]


def test_seeded_events_older_than_90_days_are_not_queried_but_stay_in_the_classic_log() -> None:
    with on_socket(seed_audit_events=120, seed_audit_days=90) as (client, _):
        token = client.get_token()
        page = _events(client, token, maxCount=200)
        # 120 events every 18 hours up to a minute ago: the oldest is a minute beyond the 90 days.
        assert len(page["auditEvents"]) == 119 and page["previous"] is None
        assert page["auditEvents"][-1]["eventType"] == "External Application Updated"  # the second seeded
        assert client.request("GET", "/contoso/audit_/api/auditlogs", token).json()["totalCount"] == 120


def test_secrets_never_reach_the_log(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    body = {
        "partitionGlobalId": C,
        "name": "secretive",
        "isConfidential": True,
        "scopes": [{"name": "PM.OAuthApp.Read", "type": "application"}],
    }
    made = client.request("POST", f"{ID}/ExternalClient", token, json=body).json()
    extra = client.request(
        "POST", f"{ID}/ExternalClient/GenerateSecret", token, json={"partitionGlobalId": C, "clientId": made["id"]}
    )
    assert extra.status_code == 200, extra.text
    user = {"partitionGlobalId": C, "userName": "pw.user", "password": "Sup3r-Secret-Passw0rd!"}
    assert client.request("POST", f"{ID}/User", token, json=user).status_code == 200
    settings = {"partitionGlobalId": C, "settings": [{"key": "Email.Smtp.Password", "value": "smtp-Secret-value"}]}
    assert client.request("PUT", f"{ID}/Setting", token, json=settings).status_code == 200
    trail = (
        json.dumps(_events(client, token))
        + client.request("GET", "/contoso/orgaudit_/api/query/downloadevents", token).text
    )
    for secret in (made["secret"], extra.json()["secret"], "Sup3r-Secret-Passw0rd!", "smtp-Secret-value"):
        assert secret not in trail
    kinds = [e["eventType"] for e in _events(client, token)["auditEvents"]]
    assert kinds == [
        "Setting Created",
        "User Created",
        "External Application Secret Created",
        "External Application Created",
    ]


def test_a_refused_write_records_nothing_and_each_organization_has_its_own_log(
    fresh: tuple[CheckedClient, str, Any],
) -> None:
    client, token, _ = fresh
    _group(client, token, "only-once")
    again = client.request("POST", f"{ID}/Group", token, json={"partitionGlobalId": C, "name": "only-once"})
    assert again.status_code == 409
    assert len(_events(client, token)["auditEvents"]) == 1
    other = client.get_token("fabrikam")
    assert client.request("GET", "/fabrikam/orgaudit_/api/query/events", other).json()["auditEvents"] == []
    assert client.request("GET", EVENTS, other).status_code == 403  # another organization's log


def test_csv_is_rfc_4180_with_values_kept_raw(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    names = ["=1+1", 'comma, "quoted"', "line\nbreak", "\u00e9t\u00e9 \U0001f916"]
    for name in names:
        _group(client, token, name)
    text = client.request("GET", "/contoso/orgaudit_/api/query/downloadevents", token).text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [json.loads(r["eventDetails"])["GroupName"] for r in rows] == names[::-1]
    assert text.split("\r\n", 1)[0].split(",")[:3] == ["id", "createdOn", "organizationId"]
    assert "ipAddress" in rows[0] and "clientInfo" not in rows[0]
    classic = client.request("GET", f"{ID}/AuditQuery/{C}/download", token, params={"size": 2}).text
    assert len(list(csv.DictReader(io.StringIO(classic, newline="")))) == 2


def test_classic_paging_and_sorting(fresh: tuple[CheckedClient, str, Any]) -> None:
    client, token, _ = fresh
    for name in ("b-group", "a-group", "c-group"):
        _group(client, token, name)
    body = {"partitionGlobalId": C, "name": "z-bot"}
    assert client.request("POST", f"{ID}/RobotAccount", token, json=body).status_code == 201
    logs = "/contoso/audit_/api/auditlogs"
    default = client.request("GET", logs, token).json()
    assert default["totalCount"] == 4 and default["results"][0]["category"] == "RobotAccount"
    page = client.request("GET", logs, token, params={"top": 2, "skip": 1}).json()
    assert [r["message"] for r in page["results"]] == [r["message"] for r in default["results"][1:3]]
    by_category = client.request("GET", logs, token, params={"sortBy": "category", "sortOrder": "desc"}).json()
    assert by_category["results"][0]["category"] == "RobotAccount"
    by_message = client.request("GET", logs, token, params={"sortBy": "message"}).json()
    assert [r["message"] for r in by_message["results"]][:3] == [
        "Group a-group was created",
        "Group b-group was created",
        "Group c-group was created",
    ]


@pytest.mark.parametrize(
    ("operation_id", "path"),
    [
        ("downloadAuditEvents", "/contoso/orgaudit_/api/query/downloadevents"),
        ("downloadClassicAuditLogs", "/contoso/audit_/api/auditlogs/download"),
        ("downloadAuditLogs", f"{ID}/AuditQuery/{C}/download"),
    ],
)
def test_the_csv_header_is_the_one_the_specs_example_shows(
    fresh: tuple[CheckedClient, str, Any], operation_id: str, path: str
) -> None:
    client, token, _ = fresh
    example = operation(operation_id).success_examples["200"]  # the text/csv example, first
    answer = client.request("GET", path, token)
    assert answer.text.split("\r\n", 1)[0] == example.split("\n", 1)[0]
