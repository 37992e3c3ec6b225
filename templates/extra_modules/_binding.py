"""What a resource of `IdentityClient` needs: the `AuthenticatedClient` to call with and the
organization id to fill in, resolved once from an argument, ``UIPATH_ORGANIZATION_ID`` or the
token's ``prt_id`` claim.

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

import base64
import json
import threading
from typing import Any
from uuid import UUID

from . import base_urls
from ._auth import ClientCredentials, PersonalAccessToken
from ._services import PRIMARY
from .client import AuthenticatedClient
from .errors import ConfigurationError

ORGANIZATION_CLAIM = "prt_id"


def to_uuid(value: str | UUID, what: str = "organization_id") -> UUID:
    if isinstance(value, UUID):
        return value
    try:
        return UUID(str(value).strip())
    except ValueError:
        raise ConfigurationError(f"{what} must be the organization's GUID, got {value!r}") from None


def token_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT access token, unverified (the server verifies it); {} if not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except ValueError:
        return {}
    return payload if isinstance(payload, dict) else {}


def organization_from_claims(claims: dict[str, Any]) -> UUID:
    value = claims.get(ORGANIZATION_CLAIM)
    if not isinstance(value, str):
        raise ConfigurationError(
            f"the access token has no {ORGANIZATION_CLAIM!r} claim: pass organization_id= or set UIPATH_ORGANIZATION_ID"
        )
    return to_uuid(value, f"the token's {ORGANIZATION_CLAIM}")


def tenant_client(client: AuthenticatedClient, service: str, tenant: str) -> AuthenticatedClient:
    """`client` sending `service`'s requests to its level of `tenant` (shared connections and auth)."""
    try:
        url = base_urls.tenant_url(client.service_base_url(service), service, tenant)
    except ValueError as error:
        raise ConfigurationError(str(error)) from None
    return client.with_service_urls({service: url})


def where(client: AuthenticatedClient, service: str) -> str:
    """The base URL a resource or service object sends to, for its repr (which must not raise: a
    base URL that cannot be derived says what to give instead)."""
    try:
        return client.service_base_url(service or PRIMARY)
    except ConfigurationError:
        return f"(not derivable from base_url: give service_urls[{service!r}])"


def _static_token(client: AuthenticatedClient) -> str | None:
    if isinstance(client.auth, PersonalAccessToken):
        return client.auth.token
    return client.token if client.auth is None else None


class Binding:
    """An `AuthenticatedClient` and the organization its calls are for (sync). A binding made for
    `with_options` (`parent`) shares its parent's organization."""

    def __init__(
        self, client: AuthenticatedClient, organization_id: str | UUID | None = None, parent: Binding | None = None
    ) -> None:
        self.client = client
        self._organization_id = None if organization_id is None else to_uuid(organization_id)
        self._lock = threading.Lock()
        self._parent = parent

    @property
    def known_organization_id(self) -> UUID | None:
        """The organization id if already known (given, or read from a token)."""
        return self._parent.known_organization_id if self._parent is not None else self._organization_id

    def for_tenant(self, service: str, tenant: str) -> Binding:
        """This binding for one tenant's level of a service (same organization)."""
        return Binding(tenant_client(self.client, service, tenant), parent=self)

    def organization_id(self) -> UUID:
        if self._parent is not None:
            return self._parent.organization_id()
        if self._organization_id is None:
            with self._lock:
                if self._organization_id is None:
                    self._organization_id = organization_from_claims(token_claims(self._access_token()))
        return self._organization_id

    def _access_token(self) -> str:
        auth = self.client.auth
        if isinstance(auth, ClientCredentials):
            return auth.token(self.client.get_httpx_client())
        token = _static_token(self.client)
        if token is None:
            raise ConfigurationError("cannot read the organization from this auth: pass organization_id=")
        return token


class AsyncBinding:
    """An `AuthenticatedClient` and the organization its calls are for (async)."""

    def __init__(
        self, client: AuthenticatedClient, organization_id: str | UUID | None = None, parent: AsyncBinding | None = None
    ) -> None:
        self.client = client
        self._organization_id = None if organization_id is None else to_uuid(organization_id)
        self._parent = parent

    @property
    def known_organization_id(self) -> UUID | None:
        """The organization id if already known (given, or read from a token)."""
        return self._parent.known_organization_id if self._parent is not None else self._organization_id

    def for_tenant(self, service: str, tenant: str) -> AsyncBinding:
        """This binding for one tenant's level of a service (same organization)."""
        return AsyncBinding(tenant_client(self.client, service, tenant), parent=self)

    async def organization_id(self) -> UUID:
        if self._parent is not None:
            return await self._parent.organization_id()
        if self._organization_id is None:
            auth = self.client.auth
            if isinstance(auth, ClientCredentials):
                token = await auth.atoken(self.client.get_async_httpx_client())
            else:
                static = _static_token(self.client)
                if static is None:
                    raise ConfigurationError("cannot read the organization from this auth: pass organization_id=")
                token = static
            self._organization_id = organization_from_claims(token_claims(token))
        return self._organization_id
