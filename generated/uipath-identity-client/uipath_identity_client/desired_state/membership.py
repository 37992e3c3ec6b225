"""Group membership, which a document may declare from either side: a group's `members`
(authoritative for that group: members it does not list leave it) or a member's `groups`
(authoritative for that member). Both sides must agree where both speak. Every membership change
is applied, and shown, on the group: one update per group adds and removes many members.
"""

from __future__ import annotations

from typing import Any

from .document import DesiredState
from .model import sorted_names
from .registry import Observed, fold

GROUPS = "groups"
#: member section -> the group field listing such members
MEMBER_FIELDS = {"users": "members.users", "robot_accounts": "members.robot_accounts"}
#: the directory's object type of a group member -> its member section
MEMBER_TYPES = {"DirectoryUser": "users", "DirectoryRobotUser": "robot_accounts"}


def effective_groups(desired: DesiredState, observed: Observed, problems: list[str]) -> dict[str, dict[str, Any]]:
    """The groups section as it must end up: the document's groups with their final member lists,
    plus today's groups whose membership the members' `groups` change."""
    groups = {key: dict(fields) for key, fields in desired.objects(GROUPS).items()}
    today = observed.objects.get(GROUPS, {})
    for section, path in MEMBER_FIELDS.items():
        claims: dict[str, set[str]] = {}  # member (folded) -> the groups it declares (folded)
        spelling: dict[str, str] = {}
        for key, fields in desired.objects(section).items():
            spelling[key] = str(fields.get("user_name") or fields.get("name"))
            if "groups" not in fields:
                continue
            claims[key] = {fold(g) for g in fields["groups"]}
            for group in fields["groups"]:
                if fold(group) not in groups and fold(group) not in today:
                    problems.append(
                        f"{section}[{spelling[key]}].groups: no group named {group!r} (in the document or the organization)"
                    )
        for key in sorted(set(groups) | set(today)):
            declared = path in groups.get(key, {})
            base_names = groups[key][path] if declared else today.get(key, {}).get(path, [])
            names = {fold(n): n for n in base_names}
            for member, member_groups in claims.items():
                listed = member in names
                if member_groups.__contains__(key) == listed:
                    continue
                group_name = groups.get(key, today.get(key, {})).get("name", key)
                if declared:
                    side = "lists" if listed else "does not list"
                    problems.append(
                        f"groups[{group_name}].members: {side} {spelling[member]!r}, whose `groups` "
                        f"{'do not name' if listed else 'name'} it; say it on one side"
                    )
                elif key in member_groups:
                    names[member] = spelling[member]
                else:
                    names.pop(member, None)
            final = sorted_names(list(names.values()))
            current = today.get(key, {}).get(path)
            if declared or (key in today and {fold(n) for n in final} != {fold(n) for n in current or []}):
                if key not in groups:
                    groups[key] = {"name": today[key]["name"]}
                groups[key][path] = final
    return groups
