"""License allocation as a platform engineer scripts it with `client.licenses`, asserting what
schemas cannot: a quota caps how many members lease a bundle (`currentUsage` counts them), no
allocation goes beyond the units the organization bought (409, nothing allocated), and an
allocation to a group deleted in Identity is refused (404).

They create users, which no live run does unless it opts in: live, each runs only if the gate was
given --allow-live for every `never` operation it calls (users and license writes), and then only
on the users and groups it created (named with the run's prefix, deleted in a `finally`). Runs
where tests/workflow runs (see test_workflow_client.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from uuid import UUID

import pytest
from test_workflow_client import LIVE, mock, named, org  # noqa: F401  (fixtures shared with this module)
from uipath_identity_client import AuthenticatedClient, IdentityClient
from uipath_identity_client.errors import APIStatusError
from uipath_identity_client.models import QuotaRequest

from contract_tests.mock_server import process as mock_process

pytestmark = pytest.mark.slow
BUNDLE = "RPADEVPRONU"


def live_allows(*operations: str) -> pytest.MarkDecorator:
    """Skip live unless the run opted in (--allow-live) to each `never` operation named."""
    missing = [op for op in operations if LIVE is not None and op not in LIVE.get("allow_live", [])]
    return pytest.mark.skipif(bool(missing), reason=f"live: needs --allow-live {' '.join(missing)}")


@pytest.fixture(scope="module")
def identity(mock: dict[str, str], org: UUID) -> IdentityClient:  # noqa: F811  (the shared fixtures)
    token = LIVE["token"] if LIVE is not None else mock_process.admin_token(mock)
    return IdentityClient(client=AuthenticatedClient(base_url=mock["base_url"], token=token), organization_id=org)


@pytest.fixture
def made(identity: IdentityClient) -> Iterator[list[tuple[str, UUID]]]:
    """(kind, id) of what a test created; afterwards its license rules, groups and users go."""
    created: list[tuple[str, UUID]] = []
    yield created
    for kind, ident in sorted(created, key=lambda m: ("rule", "group", "user").index(m[0])):
        try:
            if kind == "rule":
                identity.licenses.groups.release(ident)
            elif kind == "group":
                identity.groups.delete(ident)
            else:
                identity.licenses.users.release(user_ids=[ident])
                identity.users.delete(ident)
        except APIStatusError as error:  # already gone
            assert error.status_code == 404, error


def new_users(identity: IdentityClient, made: list[tuple[str, UUID]], count: int) -> list[UUID]:
    tag = uuid.uuid4().hex[:8]
    ids = []
    for n in range(count):
        ident = uuid.uuid4()
        name = named(f"wf-lic-{tag}-{n}")
        identity.users.create(id=ident, user_name=name, email=f"{name}@example.com")
        made.append(("user", ident))
        ids.append(ident)
    return ids


@live_allows(
    "createUser", "deleteUser", "allocateGroupLicensesWithQuota", "releaseGroupLicenses", "releaseUserLicenses"
)
def test_a_quota_caps_how_many_members_lease(identity: IdentityClient, made: list[tuple[str, UUID]]) -> None:
    members = new_users(identity, made, 2)
    group = identity.groups.create(name=named(f"wf-quota-{uuid.uuid4().hex[:8]}"), directory_user_member_ids=members)
    made.append(("group", group.id))

    capped = identity.licenses.groups.allocate_with_quota(
        group.id, user_bundle_codes=[BUNDLE], quotas=[QuotaRequest(user_bundle_code=BUNDLE, limit=1)]
    )
    made.append(("rule", group.id))
    [quota] = capped.quotas
    assert (quota.user_bundle_code, quota.limit, quota.current_usage) == (BUNDLE, 1, 1), quota
    leasing = [
        m.id for m in identity.licenses.groups.list_members(group.id).results if BUNDLE in m.user_bundle_licenses
    ]
    assert len(leasing) == 1, leasing  # one member of two leases the capped bundle

    raised = identity.licenses.groups.allocate_with_quota(
        group.id, user_bundle_codes=[BUNDLE], quotas=[QuotaRequest(user_bundle_code=BUNDLE, limit=2)]
    )
    assert [(q.limit, q.current_usage) for q in raised.quotas] == [(2, 2)]
    read = identity.licenses.groups.get_allocation_with_quota(group.id)
    assert [(q.limit, q.current_usage) for q in read.quotas] == [(2, 2)]


@live_allows("createUser", "deleteUser", "allocateUserLicenses", "releaseUserLicenses")
def test_no_allocation_beyond_the_units_bought(identity: IdentityClient, made: list[tuple[str, UUID]]) -> None:
    """The bundle with the fewest units left: one user more than are left is refused as a whole."""
    bought = identity.licenses.users.list_available()
    scarce = min((b for b in bought if b.total > b.allocated), key=lambda b: b.total - b.allocated)
    if scarce.total - scarce.allocated > 20:
        pytest.skip(f"no bundle has 20 units or fewer left ({scarce.code}: {scarce.total - scarce.allocated})")
    users = new_users(identity, made, scarce.total - scarce.allocated + 1)
    with pytest.raises(APIStatusError) as refused:
        identity.licenses.users.allocate(user_ids=users, user_bundle_codes=[scarce.code])
    assert refused.value.status_code == 409, refused.value
    after = {b.code: b.allocated for b in identity.licenses.users.list_available()}
    assert after[scarce.code] == scarce.allocated  # all or nothing
    for user in users[:1]:
        assert identity.licenses.users.get_allocation(user).user_bundle_licenses == []


@live_allows("allocateGroupLicenses")
def test_an_allocation_to_a_deleted_group_is_refused(identity: IdentityClient, made: list[tuple[str, UUID]]) -> None:
    group = identity.groups.create(name=named(f"wf-gone-{uuid.uuid4().hex[:8]}"))
    made.append(("group", group.id))
    identity.groups.delete(group.id)
    with pytest.raises(APIStatusError) as refused:
        identity.licenses.groups.allocate(group.id, user_bundle_codes=[BUNDLE])
    assert refused.value.status_code == 404, refused.value
    made.append(("rule", group.id))  # released if it was stored after all
