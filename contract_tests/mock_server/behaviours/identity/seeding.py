"""What every organization starts with, in one place: the mock's administrator client, the spec's
example client and directory (Azure AD) entities, the built-in and example groups, users (with
login attempts) and robot account with their membership, settings, a message template, the access
policy and (first organization only) a SAML certificate. Seeded records answer 403 to a change or
delete; an organization already seeded in a --db file is left as it is (the admin client is made
anew with the secret of this start)."""

from __future__ import annotations

import secrets
from typing import Any

from contract_tests.mock_server.credentials import hash_secret, secret_doc
from contract_tests.mock_server.registry import Seeding
from contract_tests.mock_server.store import CLIENTS, SECRETS, NewDoc, Store

from . import REGISTRY
from .saml import FIRST_ID, parse_certificate

# Resources of the operations table that seeds fill.
DIRECTORY, GROUPS, USERS, ROBOTS, LOGIN_ATTEMPTS = "directoryEntity", "group", "user", "robotAccount", "loginAttempt"
SETTINGS, TEMPLATES, CERTIFICATES, POLICY = "setting", "messageTemplate", "samlCertificate", "accessPolicy"
MEMBERSHIP = "membership"

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
BUILT_IN_CREATED = "2021-10-19T14:25:01.657Z"

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
LOGIN_ATTEMPT_SEEDS = [
    ("2025-06-01T08:00:00.000Z", "success"),
    ("2025-06-02T08:00:00.000Z", "invalidPassword"),
    ("2025-06-03T08:00:00.000Z", "success"),
]
# (key, value) of the organization-level settings every organization starts with.
SEEDED_SETTINGS = [
    ("Email.Smtp.Host", "smtp.example.com"),
    ("Email.Smtp.Port", "587"),
    ("Email.Smtp.EnableSsl", "true"),
    ("Auth.Password.DefaultExpirationDays", "0"),
    ("Auth.Password.MinimumLength", "8"),
]
SEEDED_TEMPLATE = ("LoginMessage", "Authorized use only. Activity is logged.")
SEEDED_POLICY = [[EVERYONE, "group"], [CITIZEN_DEVELOPERS, "group"], [ADMINISTRATORS, "group"]]

# The external client of the spec's examples, so the example phase of a contract run finds it.
EXAMPLE_CLIENT_ID = "8e5a1f04-2d4b-4c38-9f0e-6b7a3c1d2e90"
EXAMPLE_CLIENT_NAME = "Secret rotation job"
EXAMPLE_CLIENT_SCOPES = [
    {
        "name": "PM.OAuthApp.Read",
        "displayName": "PM.OAuthApp.Read",
        "description": "Read external applications",
        "type": "application",
    },
]

# The spec's example certificate (a real self-signed one), the primary of the first organization.
SEEDED_PRIMARY = (
    "MIIBhDCCASqgAwIBAgIJAOr4aRN/YaK7MAoGCCqGSM49BAMCMB0xGzAZBgNVBAMMEnNhbWwtYS5leGFtcGxlLmNvbTAeFw0yNjEx"
    "MjQwMTM0NThaFw0zNjExMjEwMTM0NThaMB0xGzAZBgNVBAMMEnNhbWwtYS5leGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqGSM49"
    "AwEHA0IABHS2+1qhTozzjZ1KGRCp8XBUOtaM8cpifiTpl03yMbA9tFRhf5kHv9QzxazJaDGwEh6CG5TrEp0Bh6lgHCwXzu2jUzBR"
    "MB0GA1UdDgQWBBTdHChgDTgKwz8YZosJqlELXaGQtTAfBgNVHSMEGDAWgBTdHChgDTgKwz8YZosJqlELXaGQtTAPBgNVHRMBAf8E"
    "BTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDgkjghYoZ/dLbXrrU4o52xzTFsA9ov1tmemU5NWFMFQQIgV4GaoQu47vfdFaahVyhY"
    "evudG/R7/2l8HsQw/IubaWU="
)


def directory_entities(org_name: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(identifier, entity type, resolved document) of each seeded directory (Azure AD) entity."""
    return [
        (
            "aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "user",
            {
                "objectType": "DirectoryUser",
                "source": "aad",
                "identifier": "aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                "name": "john.doe@example.com",
                "email": "john.doe@example.com",
                "displayName": "John Doe",
                "firstName": "John",
                "lastName": "Doe",
                "jobTitle": "Software Engineer",
                "companyName": org_name.capitalize(),
                "city": "Seattle",
                "department": "Engineering",
                "isActive": True,
                "creationTime": "2025-01-15T10:30:00Z",
            },
        ),
        (
            "aad|b2c3d4e5-f6a7-8901-bcde-f12345678901",
            "group",
            {
                "objectType": "DirectoryGroup",
                "source": "aad",
                "identifier": "aad|b2c3d4e5-f6a7-8901-bcde-f12345678901",
                "name": "Engineering Team",
                "email": None,
                "displayName": "Engineering Team",
                "externalId": "b2c3d4e5-f6a7-8901-bcde-f12345678901",
            },
        ),
        (
            "aad|c3d4e5f6-a7b8-9012-cdef-123456789012",
            "application",
            {
                "objectType": "DirectoryApplication",
                "source": "aad",
                "identifier": "aad|c3d4e5f6-a7b8-9012-cdef-123456789012",
                "name": "My Application",
                "email": None,
                "displayName": "My Application",
                "applicationId": "c3d4e5f6-a7b8-9012-cdef-123456789012",
            },
        ),
    ]


def admin_scopes(scope_names: list[str]) -> list[dict[str, Any]]:
    return [{"name": n, "displayName": n, "description": None, "type": "application"} for n in scope_names]


def seed_client(
    store: Store, org_id: str, client_id: str, name: str, scopes: list[dict[str, Any]], secret: str, admin: bool
) -> None:
    """A client with a fixed id and one secret; the admin client (re)created read-only at each start."""
    doc = {"name": name, "isConfidential": True, "redirectUri": None, "scopes": scopes, "clientCertificates": []}
    client = NewDoc(CLIENTS, doc, record_id=client_id, protected=admin)
    description = "seeded by the mock" if admin else None
    first = NewDoc(SECRETS, secret_doc(secret, description), int_id=True, protected=admin)
    if admin:
        store.seed(org_id, client)
        store.create(org_id, NewDoc(**{**first.__dict__, "parent": client_id}))
    elif store.get(CLIENTS, org_id, client_id) is None:
        store.create(org_id, client, [first])


def _once(store: Store, org_id: str, resource: str, ident: str, doc: dict[str, Any], name: str | None) -> bool:
    if store.get(resource, org_id, ident) is not None:
        return False
    store.create(org_id, NewDoc(resource, doc, record_id=ident, name=name, protected=True))
    return True


def _people(store: Store, org_id: str) -> None:
    for ident, name, kind in GROUP_SEEDS:
        doc: dict[str, Any] = {
            "name": name,
            "displayName": name,
            "type": kind,
            "creationTime": _CREATED,
            "lastModificationTime": None,
        }
        _once(store, org_id, GROUPS, ident, doc, name)
    for ident, user, first, last, password, groups in USER_SEEDS:
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
            "legacyId": 0,
            "isActive": True,
            "bypassBasicAuthRestriction": False,
            "type": "user",
            "invitationAccepted": True,
            "passwordHash": hash_secret(password) if password else None,
        }
        if _once(store, org_id, USERS, ident, doc, user):
            for group in groups:
                store.link(MEMBERSHIP, org_id, group, ident)
            for when, result in LOGIN_ATTEMPT_SEEDS:
                attempt = {
                    "partitionName": None,
                    "userNameOrEmailAddress": user,
                    "clientIpAddress": "203.0.113.7",
                    "clientName": "UiPath Portal",
                    "browserInfo": "Mozilla/5.0",
                    "result": result,
                    "creationTime": when,
                    "userId": ident,
                    "partitionGlobalId": org_id,
                }
                store.create(org_id, NewDoc(LOGIN_ATTEMPTS, attempt, int_id=True, parent=ident, protected=True))
    for ident, name, groups in ROBOT_SEEDS:
        doc = {"name": name, "displayName": name, "creationTime": _CREATED, "lastModificationTime": None}
        if _once(store, org_id, ROBOTS, ident, {**doc, "lastLoginTime": None}, name):
            for group in groups:
                store.link(MEMBERSHIP, org_id, group, ident)


def _settings(store: Store, org_id: str, first: bool) -> None:
    if not store.records(SETTINGS, org_id) and not store.records(TEMPLATES, org_id):
        for key, value in SEEDED_SETTINGS:
            doc = {"key": key, "value": value, "partitionGlobalId": org_id, "userId": None}
            store.create(org_id, NewDoc(SETTINGS, doc, int_id=True))
        name, value = SEEDED_TEMPLATE
        store.create(org_id, NewDoc(TEMPLATES, {"name": name, "value": value}, int_id=True, name=name))
    if store.singleton(POLICY, org_id) is None:
        store.put_singleton(POLICY, org_id, {"entities": SEEDED_POLICY})
    if first and store.singleton(CERTIFICATES, org_id) is None:  # the others have none (get answers 404)
        parsed = parse_certificate(SEEDED_PRIMARY)
        assert not isinstance(parsed, str), parsed
        primary = {"id": FIRST_ID, "certificate": parsed[0], "thumbprint": parsed[1]}
        store.put_singleton(CERTIFICATES, org_id, {"nextId": FIRST_ID + 1, "primary": primary, "secondary": None})


@REGISTRY.seeder
def seed_organization(seeding: Seeding) -> None:
    store, org, creds = seeding.store, seeding.org, seeding.credentials
    scopes = admin_scopes(list(seeding.scopes or seeding.model.all_scopes))  # every service's
    seed_client(store, org.id, creds.admin_client_id, "Mock administrator", scopes, creds.admin_client_secret, True)
    for identifier, kind, doc in directory_entities(org.name):
        if store.get(DIRECTORY, org.id, identifier) is None:
            entity = {"entityType": kind, "entity": doc}
            store.create(org.id, NewDoc(DIRECTORY, entity, "identifier", record_id=identifier, protected=True))
    _people(store, org.id)
    _settings(store, org.id, seeding.first)
    if seeding.first:
        example = secrets.token_urlsafe(32)
        seed_client(store, org.id, EXAMPLE_CLIENT_ID, EXAMPLE_CLIENT_NAME, EXAMPLE_CLIENT_SCOPES, example, False)
