"""Options of the mock server, shared by the CLI and the in-process app factory."""

from __future__ import annotations

import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from contract_tests import spec_model

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
SERVICES_PATH = spec_model.SERVICES_PATH
BEHAVIOURS = "contract_tests.mock_server.behaviours"

# The primary organization's id is the one every spec example uses, so Schemathesis' example
# phase addresses real data.
PRIMARY_ORG_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SECOND_ORG_NAME = "fabrikam"
SECOND_ORG_ID = "8d3a6c1e-2f4b-4e5a-9c7d-1b2e3f4a5b6c"
DEFAULT_ADMIN_CLIENT_ID = "mock-admin"
SECOND_ADMIN_CLIENT_ID = "mock-admin-fabrikam"
ADMIN_SECRET_ENV = "UIPATH_MOCK_ADMIN_CLIENT_SECRET"
PAT_ENV = "UIPATH_MOCK_PAT"  # TOKEN[:SCOPE,...], several separated by spaces: kept out of argv (`ps`)
MAX_BODY_BYTES = 1024 * 1024
DEFAULT_TENANTS = ("DefaultTenant",)
_TENANT_IDS = uuid.UUID("5b0f3c52-6f4e-4d0e-9a51-7c1d2e3f4a5b")  # namespace of the tenants' ids


@dataclass(frozen=True)
class PersonalAccessToken:
    """A static bearer token; `scopes` empty means every PM scope."""

    token: str
    scopes: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> PersonalAccessToken:
        token, _, scope_list = text.partition(":")
        if not token:
            raise ValueError("a personal access token must not be empty")
        scopes = tuple(s.strip() for s in scope_list.split(",") if s.strip())
        return cls(token=token, scopes=scopes)

    def __repr__(self) -> str:  # never show the token itself
        return f"PersonalAccessToken(token='***', scopes={self.scopes!r})"


@dataclass(frozen=True)
class OrgCredentials:
    """What a user needs to get a token for one organization."""

    name: str
    partition_global_id: str
    admin_client_id: str
    admin_client_secret: str = field(repr=False)


def _default_secret() -> str:
    return os.environ.get(ADMIN_SECRET_ENV) or secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Tenant:
    """A tenant of an organization: the tenant-level services answer under `/{org}/{tenant}/`."""

    name: str
    id: str


def tenants_of(org_id: str, names: tuple[str, ...]) -> list[Tenant]:
    """The organization's tenants, their ids derived from the organization's and the name (stable
    across restarts and --db files)."""
    return [Tenant(name, str(uuid.uuid5(_TENANT_IDS, f"{org_id}/{name.lower()}"))) for name in names]


@dataclass(frozen=True)
class Service:
    """A service the mock serves (a line of spec/services.yaml): its name, the URL segment after the
    organization (and after `/{org}/{tenant}/` where it also answers per tenant), its spec (the
    operations table beside it) and the package of its behaviour modules (registry.py; a service
    without one has the table's generic actions only)."""

    name: str
    prefix: str
    spec_path: Path
    behaviours: str
    tenant_prefix: str | None = None

    @classmethod
    def of(cls, listed: spec_model.Service, spec_path: Path | None = None) -> Service:
        return cls(
            listed.name,
            listed.prefix,
            spec_path or listed.spec_path,
            f"{BEHAVIOURS}.{listed.name}",
            listed.tenant_prefix,
        )


@dataclass
class MockConfig:
    """Same options as the CLI (`python -m contract_tests.mock_server --help`)."""

    host: str = "127.0.0.1"
    port: int = 8080
    db: str | None = None
    org: str = "contoso"
    faults: tuple[str, ...] = ()
    admin_client_id: str = DEFAULT_ADMIN_CLIENT_ID
    admin_client_secret: str = field(default_factory=_default_secret, repr=False)
    second_admin_client_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    pats: tuple[PersonalAccessToken, ...] = ()
    token_ttl: int = 3600
    rate_limit: bool = False
    # The primary (Identity) service's document; None: the one spec/services.yaml names. A copy of
    # the spec here replaces Identity's only (tests/gate/test_gate_table_resource.py).
    spec_path: Path | None = None
    profile: str = "default"  # a behaviour profile of profiles.py: "default" or "aspnet"
    services_path: Path = SERVICES_PATH  # the list of services to serve (spec/services.yaml)
    tenants: tuple[str, ...] = DEFAULT_TENANTS  # every organization's tenants
    # Synthetic audit events seeded into the primary organization's empty log at start (a
    # benchmark's export), spread evenly over the last `seed_audit_days` days, organization level
    # and the first tenant.
    seed_audit_events: int = 0
    seed_tenant_audit_events: int = 0
    seed_audit_days: int = 30

    @property
    def services(self) -> list[Service]:
        """Every service of spec/services.yaml, the primary (Identity) first."""
        listed = spec_model.services(self.services_path)
        return [Service.of(s, self.spec_path if i == 0 else None) for i, s in enumerate(listed)]

    @property
    def service(self) -> Service:
        """The primary service (Identity), whose token endpoint serves every service."""
        return self.services[0]

    @property
    def organizations(self) -> list[OrgCredentials]:
        """The primary organization first, then the others."""
        return [
            OrgCredentials(self.org, PRIMARY_ORG_ID, self.admin_client_id, self.admin_client_secret),
            OrgCredentials(SECOND_ORG_NAME, SECOND_ORG_ID, SECOND_ADMIN_CLIENT_ID, self.second_admin_client_secret),
        ]
