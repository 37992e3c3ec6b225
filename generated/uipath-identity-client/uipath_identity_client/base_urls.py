"""Identity base URLs of each UiPath deployment, matching the servers of the spec, and the base
URLs of the other services beside them.

Added module: copied into the package by scripts/regenerate. Every function but the last three
returns the base URL to give `AuthenticatedClient(base_url=...)`; `token_url(base_url)` is the
token endpoint under it; `service_url` and `tenant_url` derive another service's base URL from it
(every service is deployed under its own segment after the organization).
"""

from __future__ import annotations

from urllib.parse import quote

from ._services import PRIMARY, SERVICES


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


def service_url(base_url: str, service: str) -> str:
    """The base URL of another service beside an Identity base URL of an organization:
    ``https://cloud.uipath.com/myorg/identity_`` -> ``https://cloud.uipath.com/myorg/lease_`` for
    ``lease``. ValueError for a base URL not ending in the organization's Identity segment (the
    host-level ``/identity`` of a standalone Automation Suite Identity Server)."""
    base = base_url.rstrip("/")
    own = f"/{SERVICES[PRIMARY].prefix.strip('/')}"
    if not base.endswith(own):
        raise ValueError(f"cannot derive the {service} base URL from {base_url!r} (it does not end in {own!r})")
    return f"{base.removesuffix(own)}/{SERVICES[service].prefix.strip('/')}"


def tenant_url(service_base_url: str, service: str, tenant: str) -> str:
    """The base URL of a service's tenant level beside its organization level:
    ``https://cloud.uipath.com/myorg/orgaudit_`` -> ``https://cloud.uipath.com/myorg/DefaultTenant/tenantaudit_``.
    ValueError if the service has no tenant level or the URL does not end in its segment."""
    info = SERVICES[service]
    if info.tenant_prefix is None:
        raise ValueError(f"the {service} service has no tenant level")
    base = service_base_url.rstrip("/")
    own = f"/{info.prefix.strip('/')}"
    if not base.endswith(own):
        raise ValueError(
            f"cannot derive the {service} tenant URL from {service_base_url!r} (it does not end in {own!r})"
        )
    return f"{base.removesuffix(own)}/{_segment(tenant, 'tenant')}/{info.tenant_prefix.strip('/')}"


__all__ = [
    "automation_cloud",
    "automation_suite",
    "automation_suite_standalone",
    "dedicated",
    "from_uri",
    "public_sector",
    "service_url",
    "tenant_url",
    "test_cloud",
    "token_url",
]
