"""The audit log as a platform engineer reads it with `client.audit`, asserting what schemas cannot:
what a run just did is in the log, newest first, found by the filters that should find it and by
no filter that should not, and the CSV download of the same interval is CSV holding the same
events. Live-safe: the one write is a prefixed group, deleted at once; the log may lag behind a
write on a real service, so reads are retried for a while. Runs where tests/workflow runs (see
test_workflow_client.py)."""

from __future__ import annotations

import csv
import datetime
import io
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar
from uuid import UUID

import pytest
from test_workflow_client import LIVE, mock, named, org  # noqa: F401  (fixtures shared with this module)
from uipath_identity_client import AuthenticatedClient, IdentityClient
from uipath_identity_client.models import AuditEvent

from contract_tests.mock_server import process as mock_process

pytestmark = pytest.mark.slow
T = TypeVar("T")
PATIENCE = 90.0 if LIVE is not None else 5.0  # seconds a real audit log may take to show a write


@pytest.fixture(scope="module")
def identity(mock: dict[str, str], org: UUID) -> IdentityClient:  # noqa: F811  (the shared fixtures)
    token = LIVE["token"] if LIVE is not None else mock_process.admin_token(mock)
    return IdentityClient(client=AuthenticatedClient(base_url=mock["base_url"], token=token), organization_id=org)


def eventually(read: Callable[[], T], done: Callable[[T], bool]) -> T:
    deadline = time.monotonic() + PATIENCE
    while True:
        found = read()
        if done(found) or time.monotonic() > deadline:
            return found
        time.sleep(1.0)


def naming(events: list[AuditEvent], ident: str) -> list[AuditEvent]:
    return [e for e in events if ident.lower() in (e.event_details or "").lower()]


def test_a_group_made_and_deleted_is_in_the_log(identity: IdentityClient) -> None:
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
    group = identity.groups.create(name=named(f"wf-audit-{uuid.uuid4().hex[:8]}"))
    identity.groups.delete(group.id)
    ident = str(group.id)

    page = eventually(
        lambda: identity.audit.events.list(from_=since, max_count=200),
        lambda p: len(naming(p.audit_events, ident)) >= 2,
    )
    mine = naming(page.audit_events, ident)
    assert len(mine) == 2, [e.event_type for e in page.audit_events]
    deleted, created = mine  # newest first
    assert deleted.created_on >= created.created_on and created.created_on >= since
    assert "delet" in deleted.event_type.lower() and "creat" in created.event_type.lower(), mine
    assert deleted.event_source == created.event_source and deleted.status == created.status == 0

    # The filters that select them find them; a failed-only query does not.
    found = identity.audit.events.list(from_=created.created_on, to=deleted.created_on, status=0, max_count=200)
    assert {e.id for e in naming(found.audit_events, ident)} == {created.id, deleted.id}
    failed = identity.audit.events.list(from_=since, status=1, max_count=200)
    assert naming(failed.audit_events, ident) == []
    assert all(e.status == 1 for e in failed.audit_events)

    # The download of the same interval is CSV with the same two events.
    text = identity.audit.events.download(from_=created.created_on, to=deleted.created_on)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {row["id"] for row in rows if ident in row.get("eventDetails", "")} == {created.id, deleted.id}


def test_a_tenant_log_answers_its_own_events(identity: IdentityClient, mock: dict[str, Any]) -> None:  # noqa: F811
    """A tenant's level answers that tenant's events, none of the organization level's."""
    names = [LIVE.get("tenant")] if LIVE is not None else [t["name"] for t in mock.get("tenants") or []]
    if not names or not names[0]:
        pytest.skip("live: no tenant named (--tenant or UIPATH_TENANT)")
    tenant = identity.audit.tenant(str(names[0])).events.list(max_count=50).audit_events
    organization = identity.audit.events.list(max_count=200).audit_events
    assert all(e.tenant_id for e in tenant), [e.id for e in tenant if not e.tenant_id]
    assert not {e.id for e in tenant} & {e.id for e in organization}
