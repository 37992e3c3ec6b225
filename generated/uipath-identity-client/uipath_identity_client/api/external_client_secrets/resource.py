"""The `external_client_secrets` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

import datetime
from uuid import UUID

from ..._arguments import as_str_id, check_aware
from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    GenerateSecretRequest,
    NewClientSecret,
)
from ...types import UNSET, Unset
from . import delete_external_client_secret, generate_external_client_secret, generate_external_client_secret_value


class ExternalClientSecretsResource:
    """External client secrets: `generate`, `delete`, `generate_value`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> ExternalClientSecretsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return ExternalClientSecretsResourceWithRawResponse(self)

    def generate(
        self,
        *,
        client_id: str | UUID,
        description: str | None | Unset = UNSET,
        expiry_time: datetime.datetime | None | Unset = UNSET,
    ) -> NewClientSecret:
        """Generate a new client secret.

        Adds a secret to a confidential external client; the client's other secrets stay valid, so a secret
        can be rotated without downtime. The response is the only place the secret's value is shown.

        Calls `generateExternalClientSecret` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return generate_external_client_secret.sync(
            client=self._binding.client,
            body=GenerateSecretRequest(
                client_id=as_str_id(client_id, "clientId"),
                partition_global_id=_org,
                description=description,
                expiry_time=(
                    expiry_time
                    if expiry_time is None or isinstance(expiry_time, Unset)
                    else check_aware(expiry_time, "expiryTime")
                ),
            ),
        )

    def delete(
        self,
        secret_id: int,
    ) -> None:
        """Delete a client secret.

        Deletes one secret; tokens can no longer be obtained with it.

        Calls `deleteExternalClientSecret` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        delete_external_client_secret.sync(
            _org,
            secret_id,
            client=self._binding.client,
        )

    def generate_value(
        self,
        client_id: str | UUID,
    ) -> str:
        """Generate a client secret and return only its value.

        Adds a new secret, with no description and no expiry, to a confidential external client and returns
        its value as a bare JSON string. Unlike a normal GET this changes state: every call adds a secret,
        so do not retry it blindly. Prefer `generateExternalClientSecret` (POST), which takes a description
        and an expiry time and returns the secret's id too.

        Calls `generateExternalClientSecretValue` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return generate_external_client_secret_value.sync(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )


class ExternalClientSecretsResourceWithRawResponse:
    """`ExternalClientSecretsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: ExternalClientSecretsResource) -> None:
        self._resource = resource
        self.generate = raw_response(resource.generate)
        self.delete = raw_response(resource.delete)
        self.generate_value = raw_response(resource.generate_value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncExternalClientSecretsResource:
    """External client secrets: `generate`, `delete`, `generate_value`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncExternalClientSecretsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncExternalClientSecretsResourceWithRawResponse(self)

    async def generate(
        self,
        *,
        client_id: str | UUID,
        description: str | None | Unset = UNSET,
        expiry_time: datetime.datetime | None | Unset = UNSET,
    ) -> NewClientSecret:
        """Generate a new client secret.

        Adds a secret to a confidential external client; the client's other secrets stay valid, so a secret
        can be rotated without downtime. The response is the only place the secret's value is shown.

        Calls `generateExternalClientSecret` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await generate_external_client_secret.asyncio(
            client=self._binding.client,
            body=GenerateSecretRequest(
                client_id=as_str_id(client_id, "clientId"),
                partition_global_id=_org,
                description=description,
                expiry_time=(
                    expiry_time
                    if expiry_time is None or isinstance(expiry_time, Unset)
                    else check_aware(expiry_time, "expiryTime")
                ),
            ),
        )

    async def delete(
        self,
        secret_id: int,
    ) -> None:
        """Delete a client secret.

        Deletes one secret; tokens can no longer be obtained with it.

        Calls `deleteExternalClientSecret` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        await delete_external_client_secret.asyncio(
            _org,
            secret_id,
            client=self._binding.client,
        )

    async def generate_value(
        self,
        client_id: str | UUID,
    ) -> str:
        """Generate a client secret and return only its value.

        Adds a new secret, with no description and no expiry, to a confidential external client and returns
        its value as a bare JSON string. Unlike a normal GET this changes state: every call adds a secret,
        so do not retry it blindly. Prefer `generateExternalClientSecret` (POST), which takes a description
        and an expiry time and returns the secret's id too.

        Calls `generateExternalClientSecretValue` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await generate_external_client_secret_value.asyncio(
            _org,
            as_str_id(client_id, "clientId"),
            client=self._binding.client,
        )


class AsyncExternalClientSecretsResourceWithRawResponse:
    """`AsyncExternalClientSecretsResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncExternalClientSecretsResource) -> None:
        self._resource = resource
        self.generate = async_raw_response(resource.generate)
        self.delete = async_raw_response(resource.delete)
        self.generate_value = async_raw_response(resource.generate_value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
