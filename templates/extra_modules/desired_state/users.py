"""Users: created in bulk (1,000 a call) or invited by e-mail (100 a call), updated one by one,
deleted in bulk. Their groups are applied through the groups (see `membership`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .._identity import IdentityClient
from ..models import InvitedUser, NewUser
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import batched, each

#: The fields of a user the document manages (besides its user name), as the client names them.
PROFILE = ("email", "name", "surname", "display_name")
CREATE_BATCH = 1000  # CreateUsersRequest.users maxItems
INVITE_BATCH = 100  # InviteUsers body maxItems
DELETE_BATCH = 1000  # DeleteUsersRequest.userIds maxItems


@register
class Users(Kind):
    section = "users"
    noun = "user"
    name_key = "user_name"
    fields = (
        Field("email", "text"),
        Field("name", "text"),
        Field("surname", "text"),
        Field("display_name", "text"),
        Field("is_active", "bool"),
        Field("groups", "names", compared=False),
        Field("invite", "bool", compared=False),
    )
    order = 20
    needs = ("groups",)  # the groups a member declares are read (and changed) there

    def normalize(self, item: dict[str, Any], path: str, problems: list[str]) -> dict[str, Any]:
        if item.get("invite"):
            if not item.get("email"):
                problems.append(f"{path}.email: an invited user needs an e-mail address")
            item.setdefault("user_name", item.get("email"))
        return item

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        users = observed.section(self.section)
        for user in client.users.iter(page_size=1000):
            key = fold(user.user_name)
            users[key] = {
                "user_name": user.user_name,
                "email": user.email,
                "name": user.name,
                "surname": user.surname,
                "display_name": user.display_name,
                "is_active": user.is_active,
            }
            observed.ids.setdefault(self.section, {})[key] = str(user.id)
            if str(user.id) == observed.credentials_id:
                observed.protected.setdefault(self.section, {})[key] = "the user this run signs in as"

    def create(self, run: Run, changes: list[Change]) -> None:
        client = run.client
        invites = [c for c in changes if c.note == "invite"]
        creates = [c for c in changes if c.note != "invite"]

        def new_user(change: Change) -> NewUser:
            return NewUser(user_name=change.name, **{f: change.new(f) for f in PROFILE if change.field(f)})

        def invited(change: Change) -> InvitedUser:
            return InvitedUser(email=change.new("email"), name=change.new("name"), surname=change.new("surname"))

        batched(
            run,
            creates,
            CREATE_BATCH,
            lambda group: client.users.create_many(users=[new_user(c) for c in group]),
            lambda change: client.users.create(
                user_name=change.name, **{f: change.new(f) for f in PROFILE if change.field(f)}
            ),
        )
        batched(
            run,
            invites,
            INVITE_BATCH,
            lambda group: client.users.invite(body=[invited(c) for c in group]),
            lambda change: client.users.invite(body=[invited(change)]),
        )
        if changes:  # the bulk answers carry no ids: read them (one request per 1,000 users)
            for user in client.users.iter(page_size=1000):
                run.remember(self.section, user.user_name, str(user.id))
        inactive = [c for c in changes if c.new("is_active") is False and run.observed.id_of(self.section, c.name)]
        if inactive:  # a user is created active: deactivate those the document wants inactive
            self.update(run, [Change(self.section, c.name, "update", c.fields, run.observed.id_of(self.section, c.name)) for c in inactive])

    def update(self, run: Run, changes: list[Change]) -> None:
        each(run, changes, lambda change: run.client.users.update(str(change.id), **_updated(change)))

    def delete(self, run: Run, changes: list[Change]) -> None:
        def ids(group: Sequence[Change]) -> list[str]:
            return [str(c.id) for c in group]

        batched(
            run,
            changes,
            DELETE_BATCH,
            lambda group: run.client.users.delete_many(user_ids=ids(group)),
            lambda change: run.client.users.delete(str(change.id)),
        )


def _updated(change: Change) -> dict[str, Any]:
    """The update's fields: only what changes (the service keeps a field it is not sent)."""
    return {f.path: f.new for f in change.fields if f.path in (*PROFILE, "is_active")}
