"""Options of the mock server, shared by the CLI and the in-process app factory."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"

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
class Service:
    """A service the mock serves: its name, the URL segment after the organization, its spec (the
    operations table beside it) and the package of its behaviour modules (registry.py)."""

    name: str
    prefix: str
    spec_path: Path
    behaviours: str


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
    spec_path: Path = SPEC_PATH
    profile: str = "default"  # a behaviour profile of profiles.py: "default" or "aspnet"

    @property
    def service(self) -> Service:
        return Service("identity", "identity_", self.spec_path, "contract_tests.mock_server.behaviours.identity")

    @property
    def organizations(self) -> list[OrgCredentials]:
        """The primary organization first, then the others."""
        return [
            OrgCredentials(self.org, PRIMARY_ORG_ID, self.admin_client_id, self.admin_client_secret),
            OrgCredentials(SECOND_ORG_NAME, SECOND_ORG_ID, SECOND_ADMIN_CLIENT_ID, self.second_admin_client_secret),
        ]
