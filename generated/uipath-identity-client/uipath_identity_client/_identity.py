"""`IdentityClient` / `AsyncIdentityClient`: one organization's API as resources
(`client.external_clients.list()`, `client.robot_accounts.create(name=...)`, and the other
services' under `client.audit` and `client.licenses`), plus the workflows that need more than one
call: `rotate_secret`, `verify_credentials`, `export_audit_events` and `license_report`.

Added module: copied into the package by scripts/regenerate. The resources themselves are
generated from the spec (`resources.py`, `api/<tag>/resource.py`); this module only builds the
client they are bound to and holds the inherently multi-step workflows. The two clients have the
same shape: the same methods, coroutines in the async one.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Generic, Literal, Self, TypeVar, Unpack
from uuid import UUID

import httpx
from attrs import frozen

from . import _audit_export, _license_report, base_urls
from ._audit_export import AsyncOnProgress, AuditExport, AuditFilters, OnProgress
from ._auth import ClientCredentials, PersonalAccessToken
from ._binding import AsyncBinding, Binding, to_uuid, token_claims
from ._env import from_env as _client_from_env
from ._options import ClientOptions
from ._rotation import AsyncOnNewSecret, OnNewSecret, Rotation, arotate, rotate
from .client import AuthenticatedClient
from .errors import ConfigurationError, ForbiddenError
from .resources import AsyncResources, Resources

#: The service `export_audit_events` reads (spec/services.yaml), at the organization or a tenant level.
AUDIT_SERVICE = "orgaudit"

ENV_ORGANIZATION_ID = "UIPATH_ORGANIZATION_ID"
AnyBinding = TypeVar("AnyBinding", Binding, AsyncBinding)


@frozen
class Credentials:
    """What the credentials were proven to be (see `verify_credentials`)."""

    organization_id: UUID | None
    client_id: str | None
    scopes: tuple[str, ...]
    token_url: str | None


def _build_client(
    client: AuthenticatedClient | None,
    base_url: str | None,
    client_id: str | None,
    client_secret: str | None,
    token: str | None,
    scopes: Iterable[str] | str | None,
    options: ClientOptions,
) -> AuthenticatedClient:
    if client is not None:
        if base_url or client_id or client_secret or token or options:
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
    return AuthenticatedClient(base_url=base_url, auth=auth, **options)


def _org_from_env(environ: Mapping[str, str] | None) -> str | None:
    env = os.environ if environ is None else environ
    return env.get(ENV_ORGANIZATION_ID, "").strip() or None


def _credentials(client: AuthenticatedClient, token: str, organization_id: UUID | None) -> Credentials:
    claims = token_claims(token)
    raw_scopes = claims.get("scope", ())
    scopes = tuple(raw_scopes.split() if isinstance(raw_scopes, str) else (str(s) for s in raw_scopes))
    org = claims.get("prt_id")
    auth = client.auth
    return Credentials(
        organization_id=to_uuid(org) if isinstance(org, str) else organization_id,
        client_id=str(claims.get("client_id")) if claims.get("client_id") else None,
        scopes=scopes,
        token_url=auth.token_url if isinstance(auth, ClientCredentials) else None,
    )


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
        **options: Unpack[ClientOptions],
    ) -> None:
        self.client = _build_client(client, base_url, client_id, client_secret, token, scopes, options)
        self._binding: AnyBinding = self._binding_type(self.client, organization_id)
        super().__init__(self._binding)  # type: ignore[call-arg]  # Resources / AsyncResources

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]) -> Self:
        """A client from the UiPath CLI's variables (see `from_env`) and ``UIPATH_ORGANIZATION_ID``."""
        client = _client_from_env(environ, **options)
        return cls(client=client, organization_id=_org_from_env(environ))

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """This client for some calls with another timeout, number of retries (attempts - 1) or
        extra headers, sharing its connections, token cache and organization:
        ``client.with_options(timeout=5, max_retries=0).groups.list()``."""
        derived = object.__new__(type(self))
        derived.client = self.client.with_options(timeout=timeout, max_retries=max_retries, headers=headers)
        derived._binding = self._binding_type(derived.client, parent=self._binding)
        super(_Bound, derived).__init__(derived._binding)  # type: ignore[call-arg]
        return derived

    def __repr__(self) -> str:
        org = self._binding.known_organization_id
        return (
            f"{type(self).__name__}(base_url={self.client._base_url!r}, "
            f"organization_id={str(org) if org else 'from the token'!r}, auth={self.client.auth!r})"
        )


class IdentityClient(_Bound[Binding], Resources):
    """One organization's Identity API, as resources: ``client.external_clients.list()``.

    Build it from the environment (``IdentityClient.from_env()``: the UiPath CLI's variables plus
    ``UIPATH_ORGANIZATION_ID``), from explicit arguments (``IdentityClient(base_url,
    client_id=..., client_secret=...)``), or around an existing ``AuthenticatedClient``
    (``IdentityClient(client=...)``). The organization id is, in this order, the
    ``organization_id`` argument (``str`` or ``UUID``), ``UIPATH_ORGANIZATION_ID``, or the
    ``prt_id`` claim of the access token; every operation that needs it gets it filled in.
    Keyword options (``timeout``, ``retry``, ``proxy``, ``verify_ssl``, ...) go to the
    `AuthenticatedClient` it builds.
    """

    _binding_type = Binding

    def organization_id(self) -> UUID:
        """The organization's GUID (read from the token on first use if not given)."""
        return self._binding.organization_id()

    def verify_credentials(self) -> Credentials:
        """Prove the credentials and report what they grant: organization, client id, scopes.

        Client credentials: a token is obtained (`TokenError` if refused). A personal access
        token: one cheap authenticated read is sent (`UnauthorizedError` if the token is refused;
        a token lacking that read's scope still proves valid)."""
        auth = self.client.auth
        if isinstance(auth, ClientCredentials):
            token = auth.token(self.client.get_httpx_client())
            return _credentials(self.client, token, self._binding.known_organization_id)
        if isinstance(auth, PersonalAccessToken):
            try:
                self._probe()
            except ForbiddenError:
                pass  # authenticated, but without that read's scope: still a valid token
            return _credentials(self.client, auth.token, self._binding.known_organization_id)
        raise ConfigurationError("verify_credentials needs ClientCredentials or a PersonalAccessToken")

    def rotate_secret(
        self,
        client_id: str,
        *,
        description: str | None = None,
        expiry_time: datetime.datetime | None = None,
        retire_older_than: datetime.timedelta | None = None,
        on_new_secret: OnNewSecret | None = None,
    ) -> Rotation:
        """Rotate an external client's secret without downtime, never losing the new secret.

        1. Read the client's secrets (only these may be retired: none created after this began).
        2. Generate a new secret (``description``, ``expiry_time``).
        3. Prove it: obtain a token with it (if that fails the new secret is deleted again).
        4. Hand it over: ``on_new_secret(new_secret)``, e.g. store it; raising keeps every old secret.
        5. Retire the secrets of step 1 created more than ``retire_older_than`` ago (none if not
           given); one already gone (a rotation running at the same time) is passed over.

        A failure after step 2 raises `SecretRotationError` carrying the new secret (``.new_secret``;
        its repr and str never show the value)."""
        return rotate(self, client_id, description, expiry_time, retire_older_than, on_new_secret)

    def export_audit_events(
        self,
        path: str | os.PathLike[str],
        *,
        since: datetime.date | datetime.datetime,
        until: datetime.date | datetime.datetime | None = None,
        format: Literal["csv", "jsonl"] | None = None,
        tenant: str | None = None,
        on_progress: OnProgress | None = None,
        resume: bool = True,
        **filters: Unpack[AuditFilters],
    ) -> AuditExport:
        """Export the unified audit log of the period [``since``, ``until``) (UTC; ``until``
        defaults to now) to ``path``, as CSV or JSON Lines (``format``, else the path's suffix).

        Reads one UTC day per query, newest first, following each day's cursor; writes as it
        reads (memory stays flat), into ``<path>.partial`` renamed to ``path`` when complete.
        Interrupted, the same call goes on from its last checkpoint with no event twice
        (``resume=False`` starts over). CSV text that a spreadsheet would evaluate (``=``, ``+``,
        ``-``, ``@``, ...) is prefixed with ``'``. ``tenant`` reads a tenant's log instead of the
        organization's; the filters (``source``, ``target``, ``type``, ``user_ids``, ``status``,
        ``search_term``) are those of ``client.audit.events.list``. ``on_progress`` is called
        after every page with an `ExportProgress`."""
        events = (self.audit if tenant is None else self.audit.tenant(tenant)).events
        where = events._binding.client.service_base_url(AUDIT_SERVICE)  # in the checkpoint: never resumed elsewhere
        export = _audit_export.prepare(path, since, until, format, filters, where, resume, on_progress)
        return _audit_export.run(events, export)

    def license_report(self) -> _license_report.LicenseReport:
        """Who holds which user license: the bundles bought, one row per user (allocated to them
        or leased through a group) and one per group rule (bundles, quotas and their usage,
        leases). ``.write_csv(path, "users")`` / ``"groups"`` writes a table."""
        return _license_report.report(self.licenses.users, self.licenses.groups)

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncIdentityClient(_Bound[AsyncBinding], AsyncResources):
    """`IdentityClient` for asyncio: the same resources and methods, each a coroutine (``iter``
    methods are async iterators)."""

    _binding_type = AsyncBinding

    async def organization_id(self) -> UUID:
        """The organization's GUID (read from the token on first use if not given)."""
        return await self._binding.organization_id()

    async def verify_credentials(self) -> Credentials:
        """See `IdentityClient.verify_credentials`."""
        auth = self.client.auth
        if isinstance(auth, ClientCredentials):
            token = await auth.atoken(self.client.get_async_httpx_client())
            return _credentials(self.client, token, self._binding.known_organization_id)
        if isinstance(auth, PersonalAccessToken):
            try:
                await self._probe()
            except ForbiddenError:
                pass
            return _credentials(self.client, auth.token, self._binding.known_organization_id)
        raise ConfigurationError("verify_credentials needs ClientCredentials or a PersonalAccessToken")

    async def rotate_secret(
        self,
        client_id: str,
        *,
        description: str | None = None,
        expiry_time: datetime.datetime | None = None,
        retire_older_than: datetime.timedelta | None = None,
        on_new_secret: AsyncOnNewSecret | None = None,
    ) -> Rotation:
        """See `IdentityClient.rotate_secret` (``on_new_secret`` may be a coroutine function)."""
        return await arotate(self, client_id, description, expiry_time, retire_older_than, on_new_secret)

    async def export_audit_events(
        self,
        path: str | os.PathLike[str],
        *,
        since: datetime.date | datetime.datetime,
        until: datetime.date | datetime.datetime | None = None,
        format: Literal["csv", "jsonl"] | None = None,
        tenant: str | None = None,
        on_progress: AsyncOnProgress | None = None,
        resume: bool = True,
        **filters: Unpack[AuditFilters],
    ) -> AuditExport:
        """See `IdentityClient.export_audit_events` (``on_progress`` may be a coroutine function)."""
        events = (self.audit if tenant is None else self.audit.tenant(tenant)).events
        where = events._binding.client.service_base_url(AUDIT_SERVICE)
        export = _audit_export.prepare(path, since, until, format, filters, where, resume, on_progress)
        return await _audit_export.arun(events, export)

    async def license_report(self) -> _license_report.LicenseReport:
        """See `IdentityClient.license_report` (the groups are read a few at a time)."""
        return await _license_report.areport(self.licenses.users, self.licenses.groups)

    async def close(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def aclose(self) -> None:
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
