from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "primaryCertificateId",
        "primaryCertificate",
        "primaryCertificateThumbprint",
        "secondaryCertificateId",
        "secondaryCertificate",
        "secondaryCertificateThumbprint",
    }
)


@_attrs_define
class SamlCertificatePair:
    """The organization's SAML certificates: the primary one in use, and the secondary one (if any)
    that will replace it when the two are switched.

        Attributes:
            partition_global_id (UUID): The organization's id.
            primary_certificate_id (int): The primary certificate's id.
            primary_certificate (None | str): The primary certificate, Base64-encoded DER.
            primary_certificate_thumbprint (str): The primary certificate's SHA-1 thumbprint, upper-case hexadecimal.
            secondary_certificate_id (int | None): The secondary certificate's id; null when there is none.
            secondary_certificate (None | str): The secondary certificate, Base64-encoded DER; null when there is none.
            secondary_certificate_thumbprint (None | str): The secondary certificate's SHA-1 thumbprint; null when there is
                none.
    """

    partition_global_id: UUID
    primary_certificate_id: int
    primary_certificate: None | str
    primary_certificate_thumbprint: str
    secondary_certificate_id: int | None
    secondary_certificate: None | str
    secondary_certificate_thumbprint: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        primary_certificate_id = self.primary_certificate_id

        primary_certificate: None | str
        primary_certificate = self.primary_certificate

        primary_certificate_thumbprint = self.primary_certificate_thumbprint

        secondary_certificate_id: int | None
        secondary_certificate_id = self.secondary_certificate_id

        secondary_certificate: None | str
        secondary_certificate = self.secondary_certificate

        secondary_certificate_thumbprint: None | str
        secondary_certificate_thumbprint = self.secondary_certificate_thumbprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "primaryCertificateId": primary_certificate_id,
                "primaryCertificate": primary_certificate,
                "primaryCertificateThumbprint": primary_certificate_thumbprint,
                "secondaryCertificateId": secondary_certificate_id,
                "secondaryCertificate": secondary_certificate,
                "secondaryCertificateThumbprint": secondary_certificate_thumbprint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            primary_certificate_id = src_dict["primaryCertificateId"]

            primary_certificate = src_dict["primaryCertificate"]

            primary_certificate_thumbprint = src_dict["primaryCertificateThumbprint"]

            secondary_certificate_id = src_dict["secondaryCertificateId"]

            secondary_certificate = src_dict["secondaryCertificate"]

            secondary_certificate_thumbprint = src_dict["secondaryCertificateThumbprint"]

            saml_certificate_pair = _new_instance(cls)
            saml_certificate_pair.partition_global_id = partition_global_id
            saml_certificate_pair.primary_certificate_id = primary_certificate_id
            saml_certificate_pair.primary_certificate = primary_certificate
            saml_certificate_pair.primary_certificate_thumbprint = primary_certificate_thumbprint
            saml_certificate_pair.secondary_certificate_id = secondary_certificate_id
            saml_certificate_pair.secondary_certificate = secondary_certificate
            saml_certificate_pair.secondary_certificate_thumbprint = secondary_certificate_thumbprint

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 7:
                saml_certificate_pair.additional_properties = {}
            else:
                saml_certificate_pair.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return saml_certificate_pair
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FieldError.at(error, src_dict, _key) from error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
