"""Robot-account and group lifecycles through `IdentityClient`, as a platform engineer scripts
them: membership must read the same from both sides at every step. Live-safe: every name carries
the gate run's prefix (`named`), everything created is deleted in a `finally`, and nothing
pre-existing is touched (only groups and robots this test created are members or memberships).
Runs where tests/workflow runs (see test_workflow_client.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from uuid import UUID

import pytest
from test_workflow_client import LIVE, client, mock, named, org  # noqa: F401  (fixtures shared with this module)
from uipath_identity_client import AuthenticatedClient, IdentityClient
from uipath_identity_client.errors import APIStatusError

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def identity(client: AuthenticatedClient, org: UUID) -> IdentityClient:  # noqa: F811  (the shared fixtures)
    return IdentityClient(client=client, organization_id=org)


def _member_ids(identity: IdentityClient, group_id: UUID) -> set[str]:
    return {m.identifier for m in identity.groups.get(group_id).members}


@pytest.fixture
def tag() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture
def cleanup(identity: IdentityClient) -> Iterator[list[tuple[str, UUID]]]:
    """(kind, id) of what a test created; deleted afterwards, robots before groups."""
    made: list[tuple[str, UUID]] = []
    yield made
    for kind, ident in sorted(made, key=lambda m: m[0] != "robot"):
        try:
            if kind == "robot":
                identity.robot_accounts.delete(ident)
            else:
                identity.groups.delete(ident)
        except APIStatusError as error:  # already deleted by the workflow itself
            assert error.status_code == 404, error


def test_robot_account_lifecycle(identity: IdentityClient, tag: str, cleanup: list[tuple[str, UUID]]) -> None:
    first = identity.groups.create(name=named(f"wf-robots-{tag}"))
    cleanup.append(("group", first.id))
    second = identity.groups.create(name=named(f"wf-robots-b-{tag}"))
    cleanup.append(("group", second.id))

    robot = identity.robot_accounts.create(name=named(f"wf-robot-{tag}"), group_ids_to_add=[first.id])
    cleanup.append(("robot", robot.id))
    assert robot.group_ids == [first.id]

    # The list (auto-paged, searched) finds it; the group's members show it.
    found = list(identity.robot_accounts.iter(search_term=f"wf-robot-{tag}", page_size=1))
    assert [r.id for r in found] == [robot.id]
    assert _member_ids(identity, first.id) == {str(robot.id)}

    moved = identity.robot_accounts.update(
        robot.id, group_ids_to_add=[second.id], group_ids_to_remove=[first.id], display_name="Workflow robot"
    )
    assert moved.group_ids == [second.id] and moved.display_name == "Workflow robot"
    assert _member_ids(identity, first.id) == set()
    assert _member_ids(identity, second.id) == {str(robot.id)}

    identity.robot_accounts.delete(robot.id)
    with pytest.raises(APIStatusError) as gone:
        identity.robot_accounts.get(robot.id)
    assert gone.value.status_code == 404
    assert _member_ids(identity, second.id) == set()


def test_group_lifecycle(identity: IdentityClient, tag: str, cleanup: list[tuple[str, UUID]]) -> None:
    robots = []
    for n in range(2):
        robot = identity.robot_accounts.create(name=named(f"wf-member-{n}-{tag}"))
        cleanup.append(("robot", robot.id))
        robots.append(robot)
    group = identity.groups.create(name=named(f"wf-group-{tag}"), directory_user_member_ids=[robots[0].id])
    cleanup.append(("group", group.id))
    assert {m.identifier for m in group.members} == {str(robots[0].id)}
    assert identity.robot_accounts.get(robots[0].id).group_ids == [group.id]

    renamed = identity.groups.update(
        group.id,
        name=named(f"wf-group-renamed-{tag}"),
        directory_user_ids_to_add=[robots[1].id],
        directory_user_ids_to_remove=[robots[0].id],
    )
    assert renamed.name == named(f"wf-group-renamed-{tag}")
    assert {m.identifier for m in renamed.members} == {str(robots[1].id)}
    checked = identity.groups.check_members(group.id, body=[robots[0].id, robots[1].id])
    assert [m.identifier for m in checked] == [str(robots[1].id)]
    assert identity.robot_accounts.get(robots[0].id).group_ids == []

    identity.groups.delete(group.id)
    assert identity.robot_accounts.get(robots[1].id).group_ids == []
    assert group.id not in {g.id for g in identity.groups.list()}


@pytest.mark.skipif(LIVE is not None, reason="needs the mock's built-in groups")
def test_a_built_in_group_cannot_be_deleted(identity: IdentityClient) -> None:
    everyone = next(g for g in identity.groups.list() if g.name == "Everyone")
    with pytest.raises(APIStatusError) as refused:
        identity.groups.delete(everyone.id)
    assert refused.value.status_code == 409
