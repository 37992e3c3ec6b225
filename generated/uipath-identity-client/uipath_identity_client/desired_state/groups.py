"""Groups and their members (users and robot accounts, by name). Built-in groups (Everyone,
Administrators, ...) are never created, renamed or deleted; their members can be managed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._identity import IdentityClient
from ..errors import UiPathIdentityError
from ..models import DirectoryEntityType
from .membership import MEMBER_FIELDS, MEMBER_TYPES
from .model import Change
from .registry import Field, Kind, Observed, Run, fold, register
from .steps import batched, chunks, reason

MEMBERS_BATCH = 1000  # directoryUserMemberIDs / directoryUserIDsToAdd maxItems
RESOLVE_BATCH = 100  # BulkResolveDirectoryEntitiesByNameRequest.entityNames maxItems
DELETE_BATCH = 1000


@register
class Groups(Kind):
    section = "groups"
    noun = "group"
    fields = tuple(Field(path, "names") for path in MEMBER_FIELDS.values())
    order = 50
    needs = tuple(MEMBER_FIELDS)

    def needed(self, desired: Any) -> tuple[str, ...]:
        """Only the kinds of member the document speaks of (an export reads them all)."""
        if desired is None or not desired.sections:
            return self.needs
        groups = desired.objects(self.section).values()
        return tuple(
            section
            for section, path in MEMBER_FIELDS.items()
            if desired.has(section) or any(path in fields for fields in groups)
        )

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        groups = observed.section(self.section)
        for group in client.groups.list():
            members: dict[str, list[str]] = {path: [] for path in MEMBER_FIELDS.values()}
            for member in group.members:
                section = MEMBER_TYPES.get(type(member).__name__)
                if section is None:  # directory groups, applications: listed by the service, not managed here
                    continue
                name = str(getattr(member, "name", ""))
                members[MEMBER_FIELDS[section]].append(name)
                observed.directory.setdefault((section, fold(name)), str(getattr(member, "identifier", "")))
            key = fold(group.name)
            groups[key] = {"name": group.name, **{p: sorted(set(n), key=str.lower) for p, n in members.items()}}
            observed.ids.setdefault(self.section, {})[key] = str(group.id)
            if str(group.type) == "builtIn":
                observed.protected.setdefault(self.section, {})[key] = "a built-in group"

    def resolve(self, client: IdentityClient, desired: Any, observed: Observed) -> None:
        """Member names that are neither today's users or robot accounts nor in the document:
        looked up in the directory (e.g. an Entra ID user), 100 names a request."""
        for section, path in MEMBER_FIELDS.items():
            wanted = {n for fields in desired.objects(self.section).values() for n in fields.get(path, [])}
            unknown = sorted(
                n for n in wanted if observed.id_of(section, n) is None and fold(n) not in desired.objects(section)
            )
            for names in chunks(unknown, RESOLVE_BATCH):
                found = client.directory.bulk_resolve_entities_by_name(
                    entity_names=list(names), entity_type=DirectoryEntityType.USER
                )
                for name in names:
                    entity = found.get(name)
                    if entity is not None and hasattr(entity, "identifier"):
                        observed.directory[(section, fold(name))] = str(entity.identifier)

    def create(self, run: Run, changes: list[Change]) -> None:
        for change in changes:
            missing: list[str] = []
            ids = _member_ids(run, change, "new", missing)
            try:
                group = run.client.groups.create(name=change.name, directory_user_member_ids=ids[:MEMBERS_BATCH])
                run.remember(self.section, change.name, str(group.id))
                for more in chunks(ids[MEMBERS_BATCH:], MEMBERS_BATCH):
                    run.client.groups.update(group.id, directory_user_ids_to_add=list(more))
            except UiPathIdentityError as error:
                run.failed(change, reason(error))
                continue
            _report(run, change, missing)

    def update(self, run: Run, changes: list[Change]) -> None:
        for change in changes:
            missing: list[str] = []
            adding = _member_ids(run, change, "added", missing)
            removing = _member_ids(run, change, "removed", missing)
            try:
                for start in range(0, max(len(adding), len(removing), 1), MEMBERS_BATCH):
                    run.client.groups.update(
                        str(change.id),
                        directory_user_ids_to_add=adding[start : start + MEMBERS_BATCH],
                        directory_user_ids_to_remove=removing[start : start + MEMBERS_BATCH],
                    )
            except UiPathIdentityError as error:
                run.failed(change, reason(error))
                continue
            _report(run, change, missing)

    def delete(self, run: Run, changes: list[Change]) -> None:
        batched(
            run,
            changes,
            DELETE_BATCH,
            lambda group: run.client.groups.delete_many(group_ids=[str(c.id) for c in group]),
            lambda change: run.client.groups.delete(str(change.id)),
        )


def _member_ids(run: Run, change: Change, which: str, missing: list[str]) -> list[str]:
    """The ids of a change's members (`new`: all of them; `added`/`removed`: the difference),
    from what was read, created in this run, or resolved through the directory."""
    ids: list[str] = []
    for section, path in MEMBER_FIELDS.items():
        found = change.field(path)
        if found is None:
            continue
        names = found.new if which == "new" else getattr(found, which)
        for name in names or []:
            ident = run.observed.id_of(section, str(name))
            if ident is None:
                missing.append(str(name))
            else:
                ids.append(ident)
    return ids


def _report(run: Run, change: Change, missing: list[str]) -> None:
    if missing:
        run.failed(change, f"members not found (not created?): {', '.join(sorted(missing))}")
    else:
        run.done(change)
