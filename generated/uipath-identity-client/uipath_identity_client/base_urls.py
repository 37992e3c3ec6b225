"""Identity base URLs of each UiPath deployment, matching the servers of the spec.

Added module: copied into the package by scripts/regenerate. Every function returns the base URL
to give `AuthenticatedClient(base_url=...)`; `token_url(base_url)` is the token endpoint under it.
"""

from __future__ import annotations

from urllib.parse import quote


def _segment(value: str, what: str) -> str:
    value = value.strip().strip("/")
    if not value:
        raise ValueError(f"{what} is empty")
    return quote(value, safe="")


def _host(value: str, what: str) -> str:
    value = value.strip().rstrip("/")
    for scheme in ("https://", "http://"):
        if value.startswith(scheme):
            value = value[len(scheme) :]
    if not value or "/" in value:
        raise ValueError(f"{what} must be a host name such as 'uipath.example.com', got {value!r}")
    return value


def automation_cloud(organization: str) -> str:
    """Automation Cloud / Test Cloud: ``https://cloud.uipath.com/{organization}/identity_``."""
    return f"https://cloud.uipath.com/{_segment(organization, 'organization')}/identity_"


test_cloud = automation_cloud


def public_sector(organization: str) -> str:
    """Automation Cloud / Test Cloud Public Sector: ``https://govcloud.uipath.us/{organization}/identity_``."""
    return f"https://govcloud.uipath.us/{_segment(organization, 'organization')}/identity_"


def dedicated(custom_url: str, organization: str) -> str:
    """Dedicated: ``https://{custom_url}.dedicated.uipath.com/{organization}/identity_``."""
    prefix = _host(custom_url, "custom_url").removesuffix(".dedicated.uipath.com")
    return f"https://{prefix}.dedicated.uipath.com/{_segment(organization, 'organization')}/identity_"


def automation_suite(domain: str, organization: str) -> str:
    """Automation Suite, organization level: ``https://{domain}/{organization}/identity_``."""
    return f"https://{_host(domain, 'domain')}/{_segment(organization, 'organization')}/identity_"


def automation_suite_standalone(domain: str) -> str:
    """Automation Suite, host level (the standalone Identity Server): ``https://{domain}/identity``."""
    return f"https://{_host(domain, 'domain')}/identity"


def from_uri(uri: str, organization: str) -> str:
    """``{uri}/{organization}/identity_`` for a UiPath URL such as ``https://cloud.uipath.com``
    (``UIPATH_URI`` of the UiPath CLI). http is kept as given (for a local mock)."""
    uri = uri.strip().rstrip("/")
    if not uri.startswith(("https://", "http://")):
        uri = f"https://{uri}"
    return f"{uri}/{_segment(organization, 'organization')}/identity_"


def token_url(base_url: str) -> str:
    """The OAuth 2.0 token endpoint under an identity base URL: ``{base_url}/connect/token``."""
    return f"{base_url.rstrip('/')}/connect/token"


__all__ = [
    "automation_cloud",
    "automation_suite",
    "automation_suite_standalone",
    "dedicated",
    "from_uri",
    "public_sector",
    "test_cloud",
    "token_url",
]
