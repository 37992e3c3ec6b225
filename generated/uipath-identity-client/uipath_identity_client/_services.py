"""The services this package calls (spec/services.yaml), each under its own URL segment after the
organization; the first is the primary one, whose base URL the client is given (generated).

Added module: rendered into the package by scripts/regenerate.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class ServiceInfo:
    """A service: its name, title and URL segments (after ``/{organization}``, and after
    ``/{organization}/{tenant}`` for a service with a tenant level)."""

    name: str
    title: str
    prefix: str
    tenant_prefix: str | None


#: The primary service (the client's ``base_url`` is its).
PRIMARY = "identity"
SERVICES: dict[str, ServiceInfo] = {
    "identity": ServiceInfo("identity", "UiPath Identity Server (Platform Management) API", "identity_", None),
    "orgaudit": ServiceInfo("orgaudit", "UiPath Audit Service (unified audit logs) API", "orgaudit_", "tenantaudit_"),
    "audit": ServiceInfo("audit", "UiPath Audit (classic audit logs) API", "audit_", None),
    "lease": ServiceInfo("lease", "UiPath License Accountant (user license allocation) API", "lease_", None),
}
