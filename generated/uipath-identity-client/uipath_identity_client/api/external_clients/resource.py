"""The `external_clients` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from attrs import evolve

from ..._arguments import as_model, as_str_id
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ..._workflows import merged_for_replace
from ...models import (
    ClientCertificate,
    CreateExternalClientRequest,
    ExternalClient,
    Scope,
    UpdateExternalClientRequest,
)
from ...types import UNSET, Unset
from . import (
    create_external_client,
    delete_external_client,
    get_external_client,
    list_external_clients,
    update_external_client,
)


class ExternalClientsResource:
    """External clients: `create`, `list`, `get`, `update`, `patch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> ExternalClientsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return ExternalClientsResourceWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        is_confidential: bool,
        scopes: Sequence[Scope | str],
        redirect_uri: str | None | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Create an external client.

        Registers a new external OAuth application in the organization. For a confidential application the
        response carries its first client secret in `secret` and in `secrets`; this is the only response
        that shows it, so store it at once.

        Calls `createExternalClient` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return create_external_client.sync(
            client=self._binding.client,
            body=CreateExternalClientRequest(
                partition_global_id=_org,
                name=name,
                is_confidential=is_confidential,
                scopes=[as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes],
                redirect_uri=redirect_uri,
                client_certificates=(
                    client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
                ),
            ),
        )

    def list(
        self,
    ) -> builtins.list[ExternalClient]:
        """List the external clients of an organization.

        Returns every external client registered in the organization. Secret values are never shown here:
        `secret` and `secrets[].secret` are null.

        Calls `listExternalClients` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return list_external_clients.sync(
            _org,
            client=self._binding.client,
        )

    def get(
        self,
        client_id: str | UUID,
    ) -> ExternalClient:
        """Get one external client.

        Returns one external client, with the ids, descriptions and expiry times of its secrets (the oldest
        first), but never their values.

        Calls `getExternalClient` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    def update(
        self,
        client_id: str | UUID,
        *,
        name: str,
        redirect_uri: str | None | Unset = UNSET,
        scopes: Sequence[Scope | str] | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Update an external client.

        Replaces the name, redirect URI, scopes and certificates of an external client: a field left out is
        cleared, not kept (use `IdentityClient.external_clients.patch()` to change only some fields). Its
        id, confidentiality and secrets do not change.

        An empty answer is read back with `getExternalClient`, so this always returns the state.

        Calls `updateExternalClient` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        answer = update_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
            body=UpdateExternalClientRequest(
                name=name,
                redirect_uri=redirect_uri,
                scopes=(
                    scopes
                    if isinstance(scopes, Unset)
                    else [as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes]
                ),
                client_certificates=(
                    client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
                ),
            ),
        )
        if answer is not None:
            return answer
        return get_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    def patch(
        self,
        client_id: str | UUID,
        *,
        name: str | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        scopes: Sequence[Scope | str] | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Change only the given fields (`updateExternalClient` replaces the whole resource).

        Reads the current state with `getExternalClient`, keeps every field of the update
        not given here (`name`, `redirectUri`, `scopes`) and sends the result with
        `updateExternalClient`. An empty answer is read back with `getExternalClient`.
        """
        _org = self._binding.organization_id()
        current = get_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )
        kept = UpdateExternalClientRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "redirectUri": None,
                    "scopes": "resources[].scopes[]",
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "redirect_uri": redirect_uri,
            "scopes": (
                scopes
                if isinstance(scopes, Unset)
                else [as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes]
            ),
            "client_certificates": (
                client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        answer = update_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
            body=body,
        )
        if answer is not None:
            return answer
        return get_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    def delete(
        self,
        client_id: str | UUID,
    ) -> None:
        """Delete an external client.

        Deletes the external client and all its secrets; tokens can no longer be obtained with them.

        Calls `deleteExternalClient` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_external_client.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )


class ExternalClientsResourceWithRawResponse:
    """`ExternalClientsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: ExternalClientsResource) -> None:
        self._resource = resource
        self.create = raw_response(resource.create)
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.patch = raw_response(resource.patch)
        self.delete = raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncExternalClientsResource:
    """External clients: `create`, `list`, `get`, `update`, `patch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncExternalClientsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncExternalClientsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        is_confidential: bool,
        scopes: Sequence[Scope | str],
        redirect_uri: str | None | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Create an external client.

        Registers a new external OAuth application in the organization. For a confidential application the
        response carries its first client secret in `secret` and in `secrets`; this is the only response
        that shows it, so store it at once.

        Calls `createExternalClient` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await create_external_client.asyncio(
            client=self._binding.client,
            body=CreateExternalClientRequest(
                partition_global_id=_org,
                name=name,
                is_confidential=is_confidential,
                scopes=[as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes],
                redirect_uri=redirect_uri,
                client_certificates=(
                    client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
                ),
            ),
        )

    async def list(
        self,
    ) -> builtins.list[ExternalClient]:
        """List the external clients of an organization.

        Returns every external client registered in the organization. Secret values are never shown here:
        `secret` and `secrets[].secret` are null.

        Calls `listExternalClients` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await list_external_clients.asyncio(
            _org,
            client=self._binding.client,
        )

    async def get(
        self,
        client_id: str | UUID,
    ) -> ExternalClient:
        """Get one external client.

        Returns one external client, with the ids, descriptions and expiry times of its secrets (the oldest
        first), but never their values.

        Calls `getExternalClient` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    async def update(
        self,
        client_id: str | UUID,
        *,
        name: str,
        redirect_uri: str | None | Unset = UNSET,
        scopes: Sequence[Scope | str] | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Update an external client.

        Replaces the name, redirect URI, scopes and certificates of an external client: a field left out is
        cleared, not kept (use `IdentityClient.external_clients.patch()` to change only some fields). Its
        id, confidentiality and secrets do not change.

        An empty answer is read back with `getExternalClient`, so this always returns the state.

        Calls `updateExternalClient` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        answer = await update_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
            body=UpdateExternalClientRequest(
                name=name,
                redirect_uri=redirect_uri,
                scopes=(
                    scopes
                    if isinstance(scopes, Unset)
                    else [as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes]
                ),
                client_certificates=(
                    client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
                ),
            ),
        )
        if answer is not None:
            return answer
        return await get_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    async def patch(
        self,
        client_id: str | UUID,
        *,
        name: str | Unset = UNSET,
        redirect_uri: str | None | Unset = UNSET,
        scopes: Sequence[Scope | str] | Unset = UNSET,
        client_certificates: Sequence[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Change only the given fields (`updateExternalClient` replaces the whole resource).

        Reads the current state with `getExternalClient`, keeps every field of the update
        not given here (`name`, `redirectUri`, `scopes`) and sends the result with
        `updateExternalClient`. An empty answer is read back with `getExternalClient`.
        """
        _org = await self._binding.organization_id()
        current = await get_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )
        kept = UpdateExternalClientRequest.from_dict(
            merged_for_replace(
                current.to_dict(),
                {
                    "name": None,
                    "redirectUri": None,
                    "scopes": "resources[].scopes[]",
                },
                {},
            )
        )
        changes: dict[str, Any] = {
            "name": name,
            "redirect_uri": redirect_uri,
            "scopes": (
                scopes
                if isinstance(scopes, Unset)
                else [as_model(Scope, item, "scopes", "name", {"type": "application"}) for item in scopes]
            ),
            "client_certificates": (
                client_certificates if isinstance(client_certificates, Unset) else list(client_certificates)
            ),
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        answer = await update_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
            body=body,
        )
        if answer is not None:
            return answer
        return await get_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )

    async def delete(
        self,
        client_id: str | UUID,
    ) -> None:
        """Delete an external client.

        Deletes the external client and all its secrets; tokens can no longer be obtained with them.

        Calls `deleteExternalClient` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_external_client.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )


class AsyncExternalClientsResourceWithRawResponse:
    """`AsyncExternalClientsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncExternalClientsResource) -> None:
        self._resource = resource
        self.create = async_raw_response(resource.create)
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.patch = async_raw_response(resource.patch)
        self.delete = async_raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
