"""Data every organization starts with: the spec's example directory entities, the built-in local
groups, a couple of local users, and the admin client's scopes."""

from __future__ import annotations

from typing import Any

EVERYONE = "ce684f6f-5af3-4e43-8516-1adad6e98fc9"
ADMINISTRATORS = "35551807-06b1-4cda-90a1-2fb84851eee7"
AUTOMATION_USERS = "cdc34b5b-77d2-4ae1-9744-209d21ce557d"


def _local_group(identifier: str, name: str) -> tuple[str, str, dict[str, Any]]:
    return (
        identifier,
        "Group",
        {
            "objectType": "DirectoryGroup",
            "source": "local",
            "identifier": identifier,
            "name": name,
            "email": None,
            "displayName": name,
            "externalId": None,
        },
    )


def _local_user(identifier: str, user: str, first: str, last: str) -> tuple[str, str, dict[str, Any]]:
    email = f"{user}@example.com"
    return (
        identifier,
        "User",
        {
            "objectType": "DirectoryUser",
            "source": "local",
            "identifier": identifier,
            "name": email,
            "email": email,
            "displayName": f"{first} {last}",
            "firstName": first,
            "lastName": last,
            "jobTitle": None,
            "companyName": None,
            "city": None,
            "department": None,
            "isActive": True,
            "creationTime": "2024-03-01T09:00:00Z",
        },
    )


def directory_entities(org_name: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(identifier, entity type, resolved document) of each seeded entity."""
    return [
        (
            "aad|a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "User",
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
            "Group",
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
            "Application",
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
        _local_group(EVERYONE, "Everyone"),
        _local_group(ADMINISTRATORS, "Administrators"),
        _local_group(AUTOMATION_USERS, "Automation Users"),
        _local_user("6b1c2d3e-4f50-4a61-8b72-9c83d4e5f601", "alice.admin", "Alice", "Admin"),
        _local_user("7c2d3e4f-5061-4b72-9c83-ad94e5f60712", "bob.builder", "Bob", "Builder"),
    ]


def admin_scopes(scope_names: list[str]) -> list[dict[str, Any]]:
    return [{"name": n, "displayName": n, "description": None, "type": "application"} for n in scope_names]


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
