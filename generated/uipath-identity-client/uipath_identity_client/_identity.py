"""`IdentityClient` / `AsyncIdentityClient`: one organization's API as resources
(`client.external_clients.list()`, `client.robot_accounts.create(name=...)`), plus the workflows
that need more than one call: `rotate_secret` and `verify_credentials`.

Added module: copied into the package by scripts/regenerate. The resources themselves are
generated from the spec (`resources.py`, `api/<tag>/resource.py`); this module only builds the
client they are bound to and holds the inherently multi-step workflows.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Generic, Self, TypeVar
from uuid import UUID

from attrs import frozen

from . import base_urls
from ._auth import ClientCredentials, PersonalAccessToken
from ._binding import AsyncBinding, Binding, to_uuid, token_claims
from ._env import from_env as _client_from_env
from .client import AuthenticatedClient
from .errors import ConfigurationError, UiPathIdentityError
from .models import ExternalClient, NewClientSecret
from .resources import AsyncResources, Resources

ENV_ORGANIZATION_ID = "UIPATH_ORGANIZATION_ID"
AnyBinding = TypeVar("AnyBinding", Binding, AsyncBinding)


@frozen
class Credentials:
    """What a token says about the credentials it was issued for (see `verify_credentials`)."""

    organization_id: UUID | None
    client_id: str | None
    scopes: tuple[str, ...]
    token_url: str | None


@frozen
class Rotation:
    """The outcome of `rotate_secret`: the new secret (its value is ``new_secret.secret``), proven
    to obtain a token, and the ids of the secrets deleted because of their age."""

    new_secret: NewClientSecret
    retired: tuple[int, ...]


def _build_client(
    client: AuthenticatedClient | None,
    base_url: str | None,
    client_id: str | None,
    client_secret: str | None,
    token: str | None,
    scopes: Iterable[str] | str | None,
    client_kwargs: dict[str, Any],
) -> AuthenticatedClient:
    if client is not None:
        if base_url or client_id or client_secret or token or client_kwargs:
            raise ConfigurationError("give either client= or the arguments to build one, not both")
        return client
    if not base_url:
        raise ConfigurationError("base_url is required (see base_urls), or use IdentityClient.from_env()")
    if client_id or client_secret:
        if not (client_id and client_secret):
            raise ConfigurationError("client credentials need both client_id and client_secret")
        auth: ClientCredentials | PersonalAccessToken = ClientCredentials(
            client_id, client_secret, token_url=base_urls.token_url(base_url), scopes=scopes
        )
    elif token:
        auth = PersonalAccessToken(token)
    else:
        raise ConfigurationError("give client_id and client_secret, or token (a personal access token)")
    return AuthenticatedClient(base_url=base_url, auth=auth, **client_kwargs)


def _org_from_env(environ: Mapping[str, str] | None) -> str | None:
    env = os.environ if environ is None else environ
    return env.get(ENV_ORGANIZATION_ID, "").strip() or None


def _token_url(client: AuthenticatedClient) -> str:
    if isinstance(client.auth, ClientCredentials):
        return client.auth.token_url
    return base_urls.token_url(str(client.get_httpx_client().base_url).rstrip("/"))


def _credentials(client: AuthenticatedClient, token: str) -> Credentials:
    claims = token_claims(token)
    raw_scopes = claims.get("scope", ())
    scopes = tuple(raw_scopes.split() if isinstance(raw_scopes, str) else (str(s) for s in raw_scopes))
    org = claims.get("prt_id")
    auth = client.auth
    return Credentials(
        organization_id=to_uuid(org) if isinstance(org, str) else None,
        client_id=str(claims.get("client_id")) if claims.get("client_id") else None,
        scopes=scopes,
        token_url=auth.token_url if isinstance(auth, ClientCredentials) else None,
    )


def _to_retire(app: ExternalClient, new: NewClientSecret, older_than: datetime.timedelta | None) -> tuple[int, ...]:
    """The ids of `app`'s secrets other than `new` created more than `older_than` ago."""
    if older_than is None:
        return ()
    now = datetime.datetime.now(datetime.UTC)
    return tuple(s.id for s in app.secrets if s.id != new.id and s.creation_time < now - older_than)


class _Bound(Generic[AnyBinding]):
    """The construction `IdentityClient` and `AsyncIdentityClient` share: build (or take) the
    `AuthenticatedClient`, bind the organization, then let the resources (the next base) bind."""

    _binding_type: type[AnyBinding]

    def __init__(
        self,
        base_url: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token: str | None = None,
        scopes: Iterable[str] | str | None = None,
        organization_id: str | UUID | None = None,
        client: AuthenticatedClient | None = None,
        **client_kwargs: Any,
    ) -> None:
        self.client = _build_client(client, base_url, client_id, client_secret, token, scopes, client_kwargs)
        self._binding: AnyBinding = self._binding_type(self.client, organization_id)
        super().__init__(self._binding)  # type: ignore[call-arg]  # Resources / AsyncResources

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **client_kwargs: Any) -> Self:
        """A client from the UiPath CLI's variables (see `from_env`) and ``UIPATH_ORGANIZATION_ID``."""
        client = _client_from_env(environ, **client_kwargs)
        return cls(client=client, organization_id=_org_from_env(environ))


class IdentityClient(_Bound[Binding], Resources):
    """One organization's Identity API, as resources: ``client.external_clients.list()``.

    Build it from the environment (``IdentityClient.from_env()``: the UiPath CLI's variables plus
    ``UIPATH_ORGANIZATION_ID``), from explicit arguments (``IdentityClient(base_url,
    client_id=..., client_secret=...)``), or around an existing ``AuthenticatedClient``
    (``IdentityClient(client=...)``). The organization id is, in this order, the
    ``organization_id`` argument (``str`` or ``UUID``), ``UIPATH_ORGANIZATION_ID``, or the
    ``prt_id`` claim of the access token; every operation that needs it gets it filled in.
    """

    _binding_type = Binding

    @property
    def organization_id(self) -> UUID:
        """The organization's GUID (read from the token on first use if not given)."""
        return self._binding.organization_id()

    def verify_credentials(self) -> Credentials:
        """Fetch a token and report what it grants: organization, client id, scopes."""
        auth = self.client.auth
        if isinstance(auth, ClientCredentials):
            return _credentials(self.client, auth.token(self.client.get_httpx_client()))
        if isinstance(auth, PersonalAccessToken):
            return _credentials(self.client, auth.token)
        raise ConfigurationError("verify_credentials needs ClientCredentials or a PersonalAccessToken")

    def rotate_secret(
        self,
        client_id: str,
        *,
        description: str | None = None,
        expiry_time: datetime.datetime | None = None,
        retire_older_than: datetime.timedelta | None = None,
    ) -> Rotation:
        """Rotate an external client's secret without downtime.

        1. Generate a new secret (``description``, ``expiry_time``).
        2. Prove it: fetch a token with it from the token URL. If that fails, the new secret is
           deleted again and the error is raised; nothing else changed.
        3. Delete the client's other secrets created more than ``retire_older_than`` ago (none if
           not given), so the ones in use right now can be replaced first.
        """
        new = self.external_client_secrets.generate(
            client_id=client_id, description=description, expiry_time=expiry_time
        )
        try:
            ClientCredentials(client_id, new.secret, token_url=_token_url(self.client)).token(
                self.client.get_httpx_client()
            )
        except UiPathIdentityError:
            self.external_client_secrets.delete(new.id)
            raise
        retired = _to_retire(self.external_clients.get(client_id), new, retire_older_than)
        for secret_id in retired:
            self.external_client_secrets.delete(secret_id)
        return Rotation(new_secret=new, retired=retired)

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIdentityClient(_Bound[AsyncBinding], AsyncResources):
    """`IdentityClient` for asyncio: the same resources, each method a coroutine (``iter``
    methods are async iterators)."""

    _binding_type = AsyncBinding

    async def organization_id(self) -> UUID:
        """The organization's GUID (read from the token on first use if not given)."""
        return await self._binding.organization_id()

    async def verify_credentials(self) -> Credentials:
        """Fetch a token and report what it grants: organization, client id, scopes."""
        auth = self.client.auth
        if isinstance(auth, ClientCredentials):
            return _credentials(self.client, await auth.atoken(self.client.get_async_httpx_client()))
        if isinstance(auth, PersonalAccessToken):
            return _credentials(self.client, auth.token)
        raise ConfigurationError("verify_credentials needs ClientCredentials or a PersonalAccessToken")

    async def rotate_secret(
        self,
        client_id: str,
        *,
        description: str | None = None,
        expiry_time: datetime.datetime | None = None,
        retire_older_than: datetime.timedelta | None = None,
    ) -> Rotation:
        """See `IdentityClient.rotate_secret`."""
        new = await self.external_client_secrets.generate(
            client_id=client_id, description=description, expiry_time=expiry_time
        )
        try:
            await ClientCredentials(client_id, new.secret, token_url=_token_url(self.client)).atoken(
                self.client.get_async_httpx_client()
            )
        except UiPathIdentityError:
            await self.external_client_secrets.delete(new.id)
            raise
        retired = _to_retire(await self.external_clients.get(client_id), new, retire_older_than)
        for secret_id in retired:
            await self.external_client_secrets.delete(secret_id)
        return Rotation(new_secret=new, retired=retired)

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
