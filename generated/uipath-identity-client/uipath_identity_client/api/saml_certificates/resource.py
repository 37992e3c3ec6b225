"""The `saml_certificates` resource of `IdentityClient` / `AsyncIdentityClient` (generated from the spec)."""

from __future__ import annotations

from ..._binding import AsyncBinding, Binding
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
    """Saml certificates: `get_pair`, `upload_primary`, `upload_secondary`, `switch`, `delete`."""

    def __init__(self, binding: Binding) -> None:
        self._binding = binding

    def get_pair(
        self,
    ) -> SamlCertificatePair:
        """Get the SAML certificates.

        Returns the organization's SAML certificate pair: the primary certificate in use and the
        secondary one (if any) waiting to replace it. An organization with no certificate answers 404.

        Calls `get_saml_certificate_pair` with the client's organization; raises its errors.
        """

        return get_saml_certificate_pair.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def upload_primary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the primary SAML certificate.

        Uploads the organization's primary SAML certificate, or replaces it. The secondary certificate,
        if any, is kept.

        Calls `upload_primary_saml_certificate` with the client's organization; raises its errors.
        """

        return upload_primary_saml_certificate.sync(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(
                partition_global_id=self._binding.organization_id(),
                certificate=certificate,
            ),
        )

    def upload_secondary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the secondary SAML certificate.

        Uploads the organization's secondary SAML certificate, or replaces it: the certificate that
        will take over from the primary one when the two are switched. The organization must already
        have a primary certificate (400 otherwise).

        Calls `upload_secondary_saml_certificate` with the client's organization; raises its errors.
        """

        return upload_secondary_saml_certificate.sync(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(
                partition_global_id=self._binding.organization_id(),
                certificate=certificate,
            ),
        )

    def switch(
        self,
    ) -> SamlCertificatePair:
        """Switch the SAML certificates.

        Makes the secondary certificate the primary one, and the former primary the secondary one.
        An organization without a secondary certificate answers 400.

        Calls `switch_saml_certificates` with the client's organization; raises its errors.
        """

        return switch_saml_certificates.sync(
            self._binding.organization_id(),
            client=self._binding.client,
        )

    def delete(
        self,
        certificate_id: int,
    ) -> bool:
        """Delete a SAML certificate.

        Deletes the organization's secondary SAML certificate and answers `true`. The primary
        certificate cannot be deleted while it is in use (400): switch first, or upload a replacement.

        Calls `delete_saml_certificate` with the client's organization; raises its errors.
        """

        return delete_saml_certificate.sync(
            self._binding.organization_id(),
            certificate_id,
            client=self._binding.client,
        )


class AsyncSamlCertificatesResource:
    """Saml certificates: `get_pair`, `upload_primary`, `upload_secondary`, `switch`, `delete`."""

    def __init__(self, binding: AsyncBinding) -> None:
        self._binding = binding

    async def get_pair(
        self,
    ) -> SamlCertificatePair:
        """Get the SAML certificates.

        Returns the organization's SAML certificate pair: the primary certificate in use and the
        secondary one (if any) waiting to replace it. An organization with no certificate answers 404.

        Calls `get_saml_certificate_pair` with the client's organization; raises its errors.
        """

        return await get_saml_certificate_pair.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def upload_primary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the primary SAML certificate.

        Uploads the organization's primary SAML certificate, or replaces it. The secondary certificate,
        if any, is kept.

        Calls `upload_primary_saml_certificate` with the client's organization; raises its errors.
        """

        return await upload_primary_saml_certificate.asyncio(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(
                partition_global_id=await self._binding.organization_id(),
                certificate=certificate,
            ),
        )

    async def upload_secondary(
        self,
        *,
        certificate: str,
    ) -> SamlCertificatePair:
        """Upload the secondary SAML certificate.

        Uploads the organization's secondary SAML certificate, or replaces it: the certificate that
        will take over from the primary one when the two are switched. The organization must already
        have a primary certificate (400 otherwise).

        Calls `upload_secondary_saml_certificate` with the client's organization; raises its errors.
        """

        return await upload_secondary_saml_certificate.asyncio(
            client=self._binding.client,
            body=UploadSamlCertificateRequest(
                partition_global_id=await self._binding.organization_id(),
                certificate=certificate,
            ),
        )

    async def switch(
        self,
    ) -> SamlCertificatePair:
        """Switch the SAML certificates.

        Makes the secondary certificate the primary one, and the former primary the secondary one.
        An organization without a secondary certificate answers 400.

        Calls `switch_saml_certificates` with the client's organization; raises its errors.
        """

        return await switch_saml_certificates.asyncio(
            await self._binding.organization_id(),
            client=self._binding.client,
        )

    async def delete(
        self,
        certificate_id: int,
    ) -> bool:
        """Delete a SAML certificate.

        Deletes the organization's secondary SAML certificate and answers `true`. The primary
        certificate cannot be deleted while it is in use (400): switch first, or upload a replacement.

        Calls `delete_saml_certificate` with the client's organization; raises its errors.
        """

        return await delete_saml_certificate.asyncio(
            await self._binding.organization_id(),
            certificate_id,
            client=self._binding.client,
        )
