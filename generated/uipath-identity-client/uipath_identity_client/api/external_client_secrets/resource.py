"""The `external_client_secrets` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import datetime

from ..._binding import AsyncBinding, Binding
from ...models import (
    GenerateSecretRequest,
    NewClientSecret,
)
from ...types import UNSET, Unset
from . import delete_external_client_secret, generate_external_client_secret, generate_external_client_secret_value


class ExternalClientSecretsResource:
    """External client secrets: `generate`, `delete`, `generate_value`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def generate(
        self,
        *,
        client_id: str,
        description: None | str | Unset = UNSET,
        expiry_time: datetime.datetime | None | Unset = UNSET,
    ) -> NewClientSecret:
        """Generate a new client secret.

        Adds a secret to a confidential external client; the client's other secrets stay valid, so
        a secret can be rotated without downtime. The response is the only place the secret's value
        is shown.

        Calls `generate_external_client_secret` with the client's organization; raises its errors.
        """

        return generate_external_client_secret.sync(
            client=self._binding.client,
            body=GenerateSecretRequest(
                client_id=client_id,
                partition_global_id=self._binding.organization_id(),
                description=description,
                expiry_time=expiry_time,
            ),
        )

    def delete(
        self,
        secret_id: int,
    ) -> None:
        """Delete a client secret.

        Deletes one secret; tokens can no longer be obtained with it.

        Calls `delete_external_client_secret` with the client's organization; raises its errors.
        """

        delete_external_client_secret.sync(
            self._binding.organization_id(),
            secret_id,
            client=self._binding.client,
        )

    def generate_value(
        self,
        client_id: str,
    ) -> str:
        """Generate a client secret and return only its value.

        Adds a new secret, with no description and no expiry, to a confidential external client
        and returns its value as a bare JSON string. Unlike a normal GET this changes state: every
        call adds a secret, so do not retry it blindly. Prefer `generateExternalClientSecret` (POST),
        which takes a description and an expiry time and returns the secret's id too.

        Calls `generate_external_client_secret_value` with the client's organization; raises its errors.
        """

        return generate_external_client_secret_value.sync(
            self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )


class AsyncExternalClientSecretsResource:
    """External client secrets: `generate`, `delete`, `generate_value`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def generate(
        self,
        *,
        client_id: str,
        description: None | str | Unset = UNSET,
        expiry_time: datetime.datetime | None | Unset = UNSET,
    ) -> NewClientSecret:
        """Generate a new client secret.

        Adds a secret to a confidential external client; the client's other secrets stay valid, so
        a secret can be rotated without downtime. The response is the only place the secret's value
        is shown.

        Calls `generate_external_client_secret` with the client's organization; raises its errors.
        """

        return await generate_external_client_secret.asyncio(
            client=self._binding.client,
            body=GenerateSecretRequest(
                client_id=client_id,
                partition_global_id=await self._binding.organization_id(),
                description=description,
                expiry_time=expiry_time,
            ),
        )

    async def delete(
        self,
        secret_id: int,
    ) -> None:
        """Delete a client secret.

        Deletes one secret; tokens can no longer be obtained with it.

        Calls `delete_external_client_secret` with the client's organization; raises its errors.
        """

        await delete_external_client_secret.asyncio(
            await self._binding.organization_id(),
            secret_id,
            client=self._binding.client,
        )

    async def generate_value(
        self,
        client_id: str,
    ) -> str:
        """Generate a client secret and return only its value.

        Adds a new secret, with no description and no expiry, to a confidential external client
        and returns its value as a bare JSON string. Unlike a normal GET this changes state: every
        call adds a secret, so do not retry it blindly. Prefer `generateExternalClientSecret` (POST),
        which takes a description and an expiry time and returns the secret's id too.

        Calls `generate_external_client_secret_value` with the client's organization; raises its errors.
        """

        return await generate_external_client_secret_value.asyncio(
            await self._binding.organization_id(),
            client_id,
            client=self._binding.client,
        )
