"""The `saml_certificates` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from ..._binding import AsyncBinding, Binding, where
from ..._raw import async_raw_response, raw_response
from ...models import (
    SamlCertificatePair,
    UploadSamlCertificateRequest,
)
from . import (
    delete_saml_certificate,
    get_saml_certificate_pair,
    switch_saml_certificates,
    upload_primary_saml_certificate,
    upload_secondary_saml_certificate,
)


class SamlCertificatesResource:
    """Saml certificates: `get_pair`, `upload_primary`, `upload_secondary`, `switch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> SamlCertificatesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return SamlCertificatesResourceWithRawResponse(self)

    def get_pair(
        self,
    ) -> SamlCertificatePair:
        """Get the SAML certificates.

        Returns the organization's SAML certificate pair: the primary certificate in use and the secondary
        one (if any) waiting to replace it. An organization with no certificate answers 404.

        Calls `getSamlCertificatePair` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return get_saml_certificate_pair.sync(
            _org,
            client=self._binding.client,
        )

    def upload_primary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the primary SAML certificate.

        Uploads the organization's primary SAML certificate, or replaces it. The secondary certificate, if
        any, is kept.

        Calls `uploadPrimarySamlCertificate` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return upload_primary_saml_certificate.sync(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(partition_global_id=_org, certificate=certificate),
        )

    def upload_secondary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the secondary SAML certificate.

        Uploads the organization's secondary SAML certificate, or replaces it: the certificate that will
        take over from the primary one when the two are switched. The organization must already have a
        primary certificate (400 otherwise).

        Calls `uploadSecondarySamlCertificate` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return upload_secondary_saml_certificate.sync(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(partition_global_id=_org, certificate=certificate),
        )

    def switch(
        self,
    ) -> SamlCertificatePair:
        """Switch the SAML certificates.

        Makes the secondary certificate the primary one, and the former primary the secondary one. An
        organization without a secondary certificate answers 400.

        Calls `switchSamlCertificates` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return switch_saml_certificates.sync(
            _org,
            client=self._binding.client,
        )

    def delete(
        self,
        certificate_id: int,
    ) -> bool:
        """Delete a SAML certificate.

        Deletes the organization's secondary SAML certificate and answers `true`. The primary certificate
        cannot be deleted while it is in use (400): switch first, or upload a replacement.

        Calls `deleteSamlCertificate` with the client's organization; raises its errors.
        """

        _org = self._binding.organization_id()
        return delete_saml_certificate.sync(
            _org,
            certificate_id,
            client=self._binding.client,
        )


class SamlCertificatesResourceWithRawResponse:
    """`SamlCertificatesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: SamlCertificatesResource) -> None:
        self._resource = resource
        self.get_pair = raw_response(resource.get_pair)
        self.upload_primary = raw_response(resource.upload_primary)
        self.upload_secondary = raw_response(resource.upload_secondary)
        self.switch = raw_response(resource.switch)
        self.delete = raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"


class AsyncSamlCertificatesResource:
    """Saml certificates: `get_pair`, `upload_primary`, `upload_secondary`, `switch`, `delete`.

    `with_raw_response` has the same methods (but the iterators), answering a `RawResponse`:
    status, headers and the parsed body.
    """

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={where(self._binding.client, 'identity')!r})"

    @property
    def with_raw_response(self) -> AsyncSamlCertificatesResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status code, headers, the parsed body)."""
        return AsyncSamlCertificatesResourceWithRawResponse(self)

    async def get_pair(
        self,
    ) -> SamlCertificatePair:
        """Get the SAML certificates.

        Returns the organization's SAML certificate pair: the primary certificate in use and the secondary
        one (if any) waiting to replace it. An organization with no certificate answers 404.

        Calls `getSamlCertificatePair` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await get_saml_certificate_pair.asyncio(
            _org,
            client=self._binding.client,
        )

    async def upload_primary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the primary SAML certificate.

        Uploads the organization's primary SAML certificate, or replaces it. The secondary certificate, if
        any, is kept.

        Calls `uploadPrimarySamlCertificate` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await upload_primary_saml_certificate.asyncio(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(partition_global_id=_org, certificate=certificate),
        )

    async def upload_secondary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the secondary SAML certificate.

        Uploads the organization's secondary SAML certificate, or replaces it: the certificate that will
        take over from the primary one when the two are switched. The organization must already have a
        primary certificate (400 otherwise).

        Calls `uploadSecondarySamlCertificate` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await upload_secondary_saml_certificate.asyncio(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(partition_global_id=_org, certificate=certificate),
        )

    async def switch(
        self,
    ) -> SamlCertificatePair:
        """Switch the SAML certificates.

        Makes the secondary certificate the primary one, and the former primary the secondary one. An
        organization without a secondary certificate answers 400.

        Calls `switchSamlCertificates` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await switch_saml_certificates.asyncio(
            _org,
            client=self._binding.client,
        )

    async def delete(
        self,
        certificate_id: int,
    ) -> bool:
        """Delete a SAML certificate.

        Deletes the organization's secondary SAML certificate and answers `true`. The primary certificate
        cannot be deleted while it is in use (400): switch first, or upload a replacement.

        Calls `deleteSamlCertificate` with the client's organization; raises its errors.
        """

        _org = await self._binding.organization_id()
        return await delete_saml_certificate.asyncio(
            _org,
            certificate_id,
            client=self._binding.client,
        )


class AsyncSamlCertificatesResourceWithRawResponse:
    """`AsyncSamlCertificatesResource`'s methods answering a `RawResponse` (`.status_code`, `.headers`, `.parsed`)."""

    def __init__(self, resource: AsyncSamlCertificatesResource) -> None:
        self._resource = resource
        self.get_pair = async_raw_response(resource.get_pair)
        self.upload_primary = async_raw_response(resource.upload_primary)
        self.upload_secondary = async_raw_response(resource.upload_secondary)
        self.switch = async_raw_response(resource.switch)
        self.delete = async_raw_response(resource.delete)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._resource!r})"
