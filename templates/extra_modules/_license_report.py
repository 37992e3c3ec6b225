"""Who holds which user license, and through what: `IdentityClient.license_report()`.

The License Accountant answers by angle (the bundles bought, the users with explicit allocations,
the group rules, each rule's quotas and the members leasing through it); the report joins them
into one row per user (explicit bundles and those leased through each group) and one per group
(its rule's bundles, quotas with their current usage, leases per bundle and the members holding
them), plus what the organization bought. `write_csv` writes either table (atomically, text made
safe for spreadsheets as the audit export does).

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from attrs import define, field, frozen

from ._audit_export import neutralized
from .models import (
    GroupLicenseAllocation,
    GroupLicenseMember,
    GroupLicenseQuota,
    UserBundleQuantity,
    UserLicenseAllocation,
)
from .types import Unset

if TYPE_CHECKING:
    from .api.group_licenses.resource import AsyncGroupLicensesResource, GroupLicensesResource
    from .api.user_licenses.resource import AsyncUserLicensesResource, UserLicensesResource

#: Per-group requests an async report runs at once.
CONCURRENCY = 4


@frozen
class UserLicenses:
    """One user's licenses: allocated to them (`explicit`) and leased through groups."""

    user_id: str
    name: str | None
    email: str | None
    explicit: tuple[str, ...]
    via_groups: tuple[tuple[str, tuple[str, ...]], ...]  # (group id, bundle codes leased through it)
    use_external_license: bool
    orphan: bool

    @property
    def bundles(self) -> tuple[str, ...]:
        """Every bundle code the user holds, however."""
        return tuple(sorted({*self.explicit, *(code for _, codes in self.via_groups for code in codes)}))


@frozen
class GroupLicenses:
    """One group's rule: its bundles, their quotas (limit and current usage), the leases per
    bundle and the members holding one."""

    group_id: str
    name: str | None
    bundles: tuple[str, ...]
    quotas: tuple[GroupLicenseQuota, ...]
    leases: tuple[tuple[str, int], ...]  # (bundle code, members leasing it)
    members: tuple[str, ...]  # ids of the members holding a lease through the group
    use_external_license: bool
    orphan: bool


@frozen
class LicenseReport:
    """The organization's user licenses: bought (`bundles`: code, allocated, total), per user
    and per group (sorted by name, then id)."""

    bundles: tuple[UserBundleQuantity, ...]
    users: tuple[UserLicenses, ...]
    groups: tuple[GroupLicenses, ...]

    def write_csv(self, path: str | os.PathLike[str], table: Literal["users", "groups"] = "users") -> Path:
        """Write one table as CSV (atomically: a scratch file renamed into place); the path."""
        if table == "users":
            header = ["userId", "name", "email", "bundles", "explicit", "viaGroups", "useExternalLicense", "orphan"]
            rows: list[list[str]] = [
                [u.user_id, u.name or "", u.email or "", " ".join(u.bundles), " ".join(u.explicit),
                 " ".join(f"{g}:{'+'.join(codes)}" for g, codes in u.via_groups),
                 str(u.use_external_license).lower(), str(u.orphan).lower()]
                for u in self.users
            ]  # fmt: skip
        elif table == "groups":
            header = ["groupId", "name", "bundles", "quotas", "leases", "members", "useExternalLicense", "orphan"]
            rows = [
                [g.group_id, g.name or "", " ".join(g.bundles),
                 " ".join(f"{q.user_bundle_code}:{q.current_usage}/{q.limit}" for q in g.quotas),
                 " ".join(f"{code}:{count}" for code, count in g.leases), str(len(g.members)),
                 str(g.use_external_license).lower(), str(g.orphan).lower()]
                for g in self.groups
            ]  # fmt: skip
        else:
            raise ValueError(f"table must be 'users' or 'groups', got {table!r}")
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows([header, *([neutralized(c) for c in r] for r in rows)])
        target = Path(path)
        scratch = target.with_name(target.name + ".partial")
        scratch.write_text(buffer.getvalue(), encoding="utf-8")
        os.replace(scratch, target)
        return target


def _opt(value: object) -> str | None:
    return None if value is None or isinstance(value, Unset) else str(value)


def _full_name(name: object, surname: object, display: object = None) -> str | None:
    shown = _opt(display) or " ".join(part for part in (_opt(name), _opt(surname)) if part)
    return shown or None


@frozen
class _Group:
    """What the report reads about one group rule."""

    allocation: GroupLicenseAllocation
    quotas: tuple[GroupLicenseQuota, ...]
    members: tuple[GroupLicenseMember, ...]


@define
class _User:
    """A user's row while the report is assembled."""

    name: str | None = None
    email: str | None = None
    explicit: tuple[str, ...] = ()
    via: list[tuple[str, tuple[str, ...]]] = field(factory=list)
    external: bool = False
    orphan: bool = False


def _assemble(
    bought: Sequence[UserBundleQuantity], explicit: Sequence[UserLicenseAllocation], groups: Sequence[_Group]
) -> LicenseReport:
    users: dict[str, _User] = {}
    for a in explicit:
        users[str(a.id)] = _User(
            _full_name(a.name, a.surname), _opt(a.email), tuple(sorted(a.user_bundle_licenses)), [],
            a.use_external_license, a.orphan,
        )  # fmt: skip
    group_rows = []
    for group in groups:
        g = group.allocation
        holding = [m for m in group.members if m.user_bundle_licenses]
        for member in holding:
            user = users.setdefault(str(member.id), _User())
            user.name = user.name or _full_name(member.name, member.surname, member.display_name)
            user.email = user.email or _opt(member.email)
            user.via.append((str(g.id), tuple(sorted(member.user_bundle_licenses))))
        group_rows.append(
            GroupLicenses(
                group_id=str(g.id),
                name=_opt(g.name),
                bundles=tuple(sorted(g.user_bundle_licenses)),
                quotas=group.quotas,
                leases=tuple(sorted(g.user_bundle_leases.additional_properties.items())),
                members=tuple(sorted(str(m.id) for m in holding)),
                use_external_license=g.use_external_license,
                orphan=g.orphan,
            )
        )
    user_rows = [
        UserLicenses(user_id, u.name, u.email, u.explicit, tuple(sorted(u.via)), u.external, u.orphan)
        for user_id, u in users.items()
    ]
    return LicenseReport(
        bundles=tuple(sorted(bought, key=lambda b: b.code)),
        users=tuple(sorted(user_rows, key=lambda u: ((u.name or u.email or "").lower(), u.user_id))),
        groups=tuple(sorted(group_rows, key=lambda g: ((g.name or "").lower(), g.group_id))),
    )


def report(users: UserLicensesResource, groups: GroupLicensesResource) -> LicenseReport:
    """Read every allocation, group rule, quota and lease (one request per page, two per group)."""
    read = []
    for allocation in groups.iter_allocations():
        quotas = tuple(groups.get_allocation_with_quota(allocation.id).quotas)
        read.append(_Group(allocation, quotas, tuple(groups.iter_members(allocation.id))))
    return _assemble(users.list_available(), list(users.iter_allocations()), read)


async def areport(users: AsyncUserLicensesResource, groups: AsyncGroupLicensesResource) -> LicenseReport:
    """`report` for asyncio: the groups are read `CONCURRENCY` at a time."""
    limit = asyncio.Semaphore(CONCURRENCY)

    async def one(allocation: GroupLicenseAllocation) -> _Group:
        async with limit:
            quotas = tuple((await groups.get_allocation_with_quota(allocation.id)).quotas)
            members = tuple([m async for m in groups.iter_members(allocation.id)])
        return _Group(allocation, quotas, members)

    allocations = [a async for a in groups.iter_allocations()]
    read = await asyncio.gather(*(one(a) for a in allocations))
    explicit = [a async for a in users.iter_allocations()]
    return _assemble(await users.list_available(), explicit, read)
