"""Robot accounts: created and updated one by one, deleted in bulk. Their groups are applied
through the groups (see `membership`)."""

from __future__ import annotations

from collections.abc import Iterable

from .._identity import IdentityClient
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import batched, each

DELETE_BATCH = 1000  # DeleteRobotAccountsRequest.robotAccountIDs maxItems


@register
class RobotAccounts(Kind):
    section = "robot_accounts"
    noun = "robot account"
    fields = (Field("display_name", "text"), Field("groups", "names", compared=False))
    order = 30
    needs = ("groups",)  # the groups a member declares are read (and changed) there

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        robots = observed.section(self.section)
        for robot in client.robot_accounts.iter(page_size=1000):
            robots[fold(robot.name)] = {"name": robot.name, "display_name": robot.display_name}
            observed.ids.setdefault(self.section, {})[fold(robot.name)] = str(robot.id)

    def create(self, run: Run, changes: list[Change]) -> None:
        def create(change: Change) -> None:
            display = change.new("display_name")
            robot = run.client.robot_accounts.create(name=change.name, display_name=display)
            run.remember(self.section, change.name, str(robot.id))

        each(run, changes, create)

    def update(self, run: Run, changes: list[Change]) -> None:
        each(
            run,
            changes,
            lambda change: run.client.robot_accounts.update(str(change.id), display_name=change.new("display_name")),
        )

    def delete(self, run: Run, changes: list[Change]) -> None:
        batched(
            run,
            changes,
            DELETE_BATCH,
            lambda group: run.client.robot_accounts.delete_many(robot_account_ids=[str(c.id) for c in group]),
            lambda change: run.client.robot_accounts.delete(str(change.id)),
        )
