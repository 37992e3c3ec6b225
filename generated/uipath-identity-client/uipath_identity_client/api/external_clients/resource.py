"""The `external_clients` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import builtins
from typing import Any

from attrs import evolve

from ..._binding import AsyncBinding, Binding
from ..._workflows import merge_for_replace
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
    """External clients: `create`, `list`, `get`, `update`, `delete`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def create(
        self,
        *,
        name: str,
        is_confidential: bool,
        scopes: builtins.list[Scope],
        redirect_uri: None | str | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Create an external client.

        Registers a new external OAuth application in the organization. For a confidential
        application the response carries its first client secret in `secret` and in `secrets`;
        this is the only response that shows it, so store it at once.

        Calls `create_external_client` with the client's organization; raises its errors.
        """

        return create_external_client.sync(
            client=self._binding.client,
            body=CreateExternalClientRequest(
                partition_global_id=self._binding.organization_id(),
                name=name,
                is_confidential=is_confidential,
                scopes=scopes,
                redirect_uri=redirect_uri,
                client_certificates=client_certificates,
            ),
        )

    def list(
        self,
    ) -> builtins.list[ExternalClient]:
        """List the external clients of an organization.

        Returns every external client registered in the organization. Secret values are never
        shown here: `secret` and `secrets[].secret` are null.

        Calls `list_external_clients` with the client's organization; raises its errors.
        """

        return list_external_clients.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def get(
        self,
        client_id: str,
    ) -> ExternalClient:
        """Get one external client.

        Returns one external client, with the ids, descriptions and expiry times of its secrets
        (the oldest first), but never their values.

        Calls `get_external_client` with the client's organization; raises its errors.
        """

        return get_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )

    def update(
        self,
        client_id: str,
        *,
        name: str,
        redirect_uri: None | str | Unset = UNSET,
        scopes: builtins.list[Scope] | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient | None:
        """Update an external client.

        Replaces the name, redirect URI, scopes and certificates of an external client: a field
        left out is cleared, not kept (use `IdentityClient.external_clients.patch()` to change only
        some fields). Its id, confidentiality and secrets do not change.

        Calls `update_external_client` with the client's organization; raises its errors.
        """

        return update_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
            body=UpdateExternalClientRequest(
                name=name,
                redirect_uri=redirect_uri,
                scopes=scopes,
                client_certificates=client_certificates,
            ),
        )

    def patch(
        self,
        client_id: str,
        *,
        name: str | Unset = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        scopes: builtins.list[Scope] | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Change only the given fields (`update_external_client` replaces the whole resource).

        Reads the current state with `get_external_client`, keeps every field not given here and
        sends the result with `update_external_client`. Fields the read does not return cannot be kept.
        When the update answers without a body, the new state is read back with `get_external_client`.
        """
        current = get_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "name",
            "redirectUri",
            "scopes",
            "clientCertificates",
        ]
        read_from: dict[str, str] = {
            "scopes": "resources[].scopes[]",
        }
        kept = UpdateExternalClientRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "name": name,
            "redirect_uri": redirect_uri,
            "scopes": scopes,
            "client_certificates": client_certificates,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        answer = update_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
            body=body,
        )
        if answer is not None:
            return answer
        return get_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )

    def delete(
        self,
        client_id: str,
    ) -> None:
        """Delete an external client.

        Deletes the external client and all its secrets; tokens can no longer be obtained with
        them.

        Calls `delete_external_client` with the client's organization; raises its errors.
        """

        delete_external_client.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )


class AsyncExternalClientsResource:
    """External clients: `create`, `list`, `get`, `update`, `delete`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def create(
        self,
        *,
        name: str,
        is_confidential: bool,
        scopes: builtins.list[Scope],
        redirect_uri: None | str | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Create an external client.

        Registers a new external OAuth application in the organization. For a confidential
        application the response carries its first client secret in `secret` and in `secrets`;
        this is the only response that shows it, so store it at once.

        Calls `create_external_client` with the client's organization; raises its errors.
        """

        return await create_external_client.asyncio(
            client=self._binding.client,
            body=CreateExternalClientRequest(
                partition_global_id=await self._binding.organization_id(),
                name=name,
                is_confidential=is_confidential,
                scopes=scopes,
                redirect_uri=redirect_uri,
                client_certificates=client_certificates,
            ),
        )

    async def list(
        self,
    ) -> builtins.list[ExternalClient]:
        """List the external clients of an organization.

        Returns every external client registered in the organization. Secret values are never
        shown here: `secret` and `secrets[].secret` are null.

        Calls `list_external_clients` with the client's organization; raises its errors.
        """

        return await list_external_clients.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def get(
        self,
        client_id: str,
    ) -> ExternalClient:
        """Get one external client.

        Returns one external client, with the ids, descriptions and expiry times of its secrets
        (the oldest first), but never their values.

        Calls `get_external_client` with the client's organization; raises its errors.
        """

        return await get_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )

    async def update(
        self,
        client_id: str,
        *,
        name: str,
        redirect_uri: None | str | Unset = UNSET,
        scopes: builtins.list[Scope] | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient | None:
        """Update an external client.

        Replaces the name, redirect URI, scopes and certificates of an external client: a field
        left out is cleared, not kept (use `IdentityClient.external_clients.patch()` to change only
        some fields). Its id, confidentiality and secrets do not change.

        Calls `update_external_client` with the client's organization; raises its errors.
        """

        return await update_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
            body=UpdateExternalClientRequest(
                name=name,
                redirect_uri=redirect_uri,
                scopes=scopes,
                client_certificates=client_certificates,
            ),
        )

    async def patch(
        self,
        client_id: str,
        *,
        name: str | Unset = UNSET,
        redirect_uri: None | str | Unset = UNSET,
        scopes: builtins.list[Scope] | Unset = UNSET,
        client_certificates: builtins.list[ClientCertificate] | Unset = UNSET,
    ) -> ExternalClient:
        """Change only the given fields (`update_external_client` replaces the whole resource).

        Reads the current state with `get_external_client`, keeps every field not given here and
        sends the result with `update_external_client`. Fields the read does not return cannot be kept.
        When the update answers without a body, the new state is read back with `get_external_client`.
        """
        current = await get_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )
        fields: list[str] = [
            "name",
            "redirectUri",
            "scopes",
            "clientCertificates",
        ]
        read_from: dict[str, str] = {
            "scopes": "resources[].scopes[]",
        }
        kept = UpdateExternalClientRequest.from_dict(merge_for_replace(current.to_dict(), fields, read_from))
        changes: dict[str, Any] = {
            "name": name,
            "redirect_uri": redirect_uri,
            "scopes": scopes,
            "client_certificates": client_certificates,
        }
        body = evolve(kept, **{key: value for key, value in changes.items() if not isinstance(value, Unset)})
        answer = await update_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
            body=body,
        )
        if answer is not None:
            return answer
        return await get_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )

    async def delete(
        self,
        client_id: str,
    ) -> None:
        """Delete an external client.

        Deletes the external client and all its secrets; tokens can no longer be obtained with
        them.

        Calls `delete_external_client` with the client's organization; raises its errors.
        """

        await delete_external_client.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )
