"""Where each service of spec/services.yaml answers: one Deployment per service at the organization
level, and per tenant for a service with a tenant level (the unified audit service's
`tenantaudit_`). The gate runs Schemathesis once per deployment, against that service's own
document (its paths are relative to its base URL), and reports each finding under it.

The services come from spec_model.services(), never from a list here. On the embedded mock the
base URLs are the ones its MOCK_READY announces; live, they are derived from Identity's base URL
the way UiPath deploys them (every service under its own segment after the organization, a
tenant's level under `/{organization}/{tenant}/<tenantPrefix>`), as the generated client's
`base_urls.service_url` and `tenant_url` do."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from contract_tests import spec_model
from contract_tests.spec_model import OperationModel, Service, SpecModel


@dataclass(frozen=True)
class Deployment:
    """One service at one level: its document and the base URL its paths are relative to."""

    service: Service
    base_url: str
    tenant: str | None = None  # None: the organization level

    @property
    def label(self) -> str:
        """How reports name it: the service's name, with the tenant for a tenant level."""
        return self.service.name if self.tenant is None else f"{self.service.name} (tenant {self.tenant})"

    @property
    def slug(self) -> str:
        """A folder name for its reports."""
        name = self.service.name if self.tenant is None else f"{self.service.name}-{self.tenant}"
        return re.sub(r"[^A-Za-z0-9_.-]+", "-", name)

    @property
    def spec(self) -> SpecModel:
        return self.service.model

    def selected(self, operation_ids: Iterable[str] | None) -> tuple[str, ...]:
        """Its operationIds, or those of `operation_ids` it has (None: every one)."""
        chosen = None if operation_ids is None else set(operation_ids)
        return tuple(op.operation_id for op in self.spec.operations if chosen is None or op.operation_id in chosen)


def services(names: Iterable[str] = ()) -> tuple[Service, ...]:
    """The services of spec/services.yaml (the primary first), or only those named."""
    wanted = set(names)
    return tuple(s for s in spec_model.services() if not wanted or s.name in wanted)


def unknown_services(names: Iterable[str]) -> list[str]:
    known = {s.name for s in spec_model.services()}
    return [name for name in names if name not in known]


def operations(names: Iterable[str] = ()) -> list[OperationModel]:
    """Every operation of the chosen services, in services.yaml's order."""
    return [op for service in services(names) for op in service.model.operations]


def owner_of(operation_id: str) -> Service | None:
    """The service whose document declares an operationId (operationIds are unique across services)."""
    return next((s for s in spec_model.services() if operation_id in s.model.by_id), None)


def resource_owner(resource: str) -> Service | None:
    """The service whose operations table declares a resource."""
    return next((s for s in spec_model.services() if resource in s.model.resources), None)


def from_announcement(ready: Mapping[str, Any]) -> list[Deployment]:
    """The embedded mock's deployments, from its MOCK_READY announcement (`services`, and each
    tenant's `services`)."""
    found = [Deployment(s, str(ready["services"][s.name])) for s in services() if s.name in ready["services"]]
    by_name = {s.name: s for s in services()}
    for tenant in ready.get("tenants") or []:
        for name, url in (tenant.get("services") or {}).items():
            if name in by_name:
                found.append(Deployment(by_name[name], str(url), str(tenant["name"])))
    return found


def org_root(identity_base_url: str) -> str:
    """`https://host/{org}` from Identity's `https://host/{org}/identity_`; ValueError otherwise."""
    primary = spec_model.services()[0]
    base = identity_base_url.rstrip("/")
    own = f"/{primary.prefix.strip('/')}"
    if not base.endswith(own):
        raise ValueError(f"{identity_base_url!r} does not end in {own!r}: cannot derive the other services' base URLs")
    return base.removesuffix(own)


def derived(identity_base_url: str, tenant: str | None) -> list[Deployment]:
    """Live: every service beside the organization's Identity base URL, and the tenant levels of
    `tenant` (none without one); Identity's alone when the others cannot be derived from it (a
    host-level Identity server)."""
    primary, *others = services()
    found = [Deployment(primary, identity_base_url.rstrip("/"))]
    try:
        root = org_root(identity_base_url)
    except ValueError:
        return found
    found += [Deployment(service, f"{root}/{service.prefix}") for service in others]
    if tenant:
        for service in services():
            if service.tenant_prefix:
                found.append(Deployment(service, f"{root}/{tenant.strip('/')}/{service.tenant_prefix}", tenant))
    return found


def with_tenant_level(names: Iterable[str] = ()) -> list[str]:
    """The services with a tenant level (what a live run without a tenant does not cover)."""
    return [s.name for s in services(names) if s.tenant_prefix]


def chosen(deployments: Iterable[Deployment], names: Iterable[str]) -> list[Deployment]:
    """The deployments of the services named (all without names)."""
    wanted = set(names)
    return [d for d in deployments if not wanted or d.service.name in wanted]


def service_urls(deployments: Iterable[Deployment]) -> dict[str, str]:
    """The organization-level base URL of each service (a check that needs a record of another
    service, e.g. a group for a license allocation, creates it there)."""
    return {d.service.name: d.base_url for d in deployments if d.tenant is None}
