"""Data every organization starts with: the spec's example directory (Azure AD) entities and the
admin client's scopes. Local groups, users and robot accounts are seeded by seed_people.py."""

from __future__ import annotations

from typing import Any


def directory_entities(org_name: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(identifier, entity type, resolved document) of each seeded entity."""
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
