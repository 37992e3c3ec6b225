"""Groups, users, robot accounts and login attempts every organization starts with: the built-in
groups, the users and groups the spec's examples name (so the example phase of a contract run finds
them), with membership stored consistently on both sides. Seeded records cannot be deleted."""

from __future__ import annotations

from typing import Any

from .custom_directory import GROUPS, ROBOTS, USERS
from .custom_users import seed_login_attempts
from .store import NewDoc, Store, hash_secret

EVERYONE = "ce684f6f-5af3-4e43-8516-1adad6e98fc9"
ADMINISTRATORS = "35551807-06b1-4cda-90a1-2fb84851eee7"
AUTOMATION_USERS = "cdc34b5b-77d2-4ae1-9744-209d21ce557d"
ALUMNI = "9577fe24-a113-4f53-a1b5-8acbcd803c39"  # the spec's GroupId example
PREFECTS = "4d161738-7204-4794-b839-8f7fed28366c"
CITIZEN_DEVELOPERS = "65bac4da-2a5b-459a-8f49-318dc95c06a6"  # the access-policy example's group

ALICE = "6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601"
BOB = "7c2d3e4f-5061-4b72-9c83-ad94e5f60712"
ALBUS = "1787ef38-5933-4f2c-a67a-9c22cdb8e6a2"  # the spec's UserId example
ALBUS_PASSWORD = "Old-example-Passw0rd"  # changeUserPassword's example old password
BOT1 = "0f8fad5b-d9cb-469f-a165-70867728950e"  # the spec's RobotAccountId example

_CREATED = "2024-03-01T09:00:00.000Z"

GROUP_SEEDS = [
    (EVERYONE, "Everyone", "builtIn"),
    (ADMINISTRATORS, "Administrators", "builtIn"),
    (AUTOMATION_USERS, "Automation Users", "builtIn"),
    (ALUMNI, "Alumni", "custom"),
    (PREFECTS, "Prefects", "custom"),
    (CITIZEN_DEVELOPERS, "Citizen Developers", "custom"),
]
# (id, user name, first name, last name, password, groups)
USER_SEEDS = [
    (ALICE, "alice.admin", "Alice", "Admin", None, [EVERYONE, ADMINISTRATORS]),
    (BOB, "bob.builder", "Bob", "Builder", None, [EVERYONE]),
    (ALBUS, "albus", "Albus", "Dumbledore", ALBUS_PASSWORD, [EVERYONE, PREFECTS]),
]
ROBOT_SEEDS = [(BOT1, "Bot1", [AUTOMATION_USERS])]
LOGIN_ATTEMPTS = [
    ("2025-06-01T08:00:00.000Z", "success"),
    ("2025-06-02T08:00:00.000Z", "invalidPassword"),
    ("2025-06-03T08:00:00.000Z", "success"),
]


def seed_people(store: Store, org_id: str) -> None:
    members: dict[str, list[str]] = {g: [] for g, _, _ in GROUP_SEEDS}
    for ident, user, first, last, password, groups in USER_SEEDS:
        members_of(members, ident, groups)
        doc = {
            "userName": user,
            "email": f"{user}@example.com",
            "emailConfirmed": True,
            "name": first,
            "surname": last,
            "displayName": f"{first} {last}",
            "creationTime": _CREATED,
            "lastModificationTime": None,
            "lastLoginTime": None,
            "groupIDs": groups,
            "legacyId": 0,
            "isActive": True,
            "bypassBasicAuthRestriction": False,
            "type": "user",
            "invitationAccepted": True,
            "passwordHash": hash_secret(password) if password else None,
        }
        _seed(store, org_id, USERS, ident, doc, user)
        attempts = [
            {
                "partitionName": None,
                "userNameOrEmailAddress": user,
                "clientIpAddress": "203.0.113.7",
                "clientName": "UiPath Portal",
                "browserInfo": "Mozilla/5.0",
                "result": result,
                "creationTime": when,
            }
            for when, result in LOGIN_ATTEMPTS
        ]
        seed_login_attempts(store, org_id, ident, attempts)
    for ident, name, groups in ROBOT_SEEDS:
        members_of(members, ident, groups)
        doc = {
            "name": name,
            "displayName": name,
            "creationTime": _CREATED,
            "lastModificationTime": None,
            "lastLoginTime": None,
            "groupIds": groups,
        }
        _seed(store, org_id, ROBOTS, ident, doc, name)
    for ident, name, kind in GROUP_SEEDS:
        doc = {
            "name": name,
            "displayName": name,
            "type": kind,
            "creationTime": _CREATED,
            "lastModificationTime": None,
            "memberIds": members[ident],
        }
        _seed(store, org_id, GROUPS, ident, doc, name)


def members_of(members: dict[str, list[str]], ident: str, groups: list[str]) -> None:
    for group in groups:
        members[group].append(ident)


def _seed(store: Store, org_id: str, resource: str, ident: str, doc: dict[str, Any], name: str) -> None:
    if store.get(resource, org_id, ident) is None:
        store.create(org_id, NewDoc(resource, doc, record_id=ident, name=name, protected=True))
