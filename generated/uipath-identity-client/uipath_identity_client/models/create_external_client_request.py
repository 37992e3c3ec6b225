from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "name",
        "isConfidential",
        "scopes",
        "redirectUri",
        "clientCertificates",
    }
)


@_attrs_define
class CreateExternalClientRequest:
    """A new external application.

    Attributes:
        partition_global_id (UUID): The organization's id (a GUID; IdentityClient fills it in).
        name (str): The application's name.
        is_confidential (bool): Whether the application can keep a secret; a confidential one gets a first secret.
        scopes (list[Scope]): The scopes the application may request.
        redirect_uri (None | str | Unset): The redirect URI for authorization-code flows.
        client_certificates (list[ClientCertificate] | Unset): Certificates the application may authenticate with.
    """

    partition_global_id: UUID
    name: str
    is_confidential: bool
    scopes: list[Scope]
    redirect_uri: None | str | Unset = UNSET
    client_certificates: list[ClientCertificate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        name = self.name

        is_confidential = self.is_confidential

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        client_certificates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_certificates, Unset):
            client_certificates = []
            for client_certificates_item_data in self.client_certificates:
                client_certificates_item = client_certificates_item_data.to_dict()
                client_certificates.append(client_certificates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "name": name,
                "isConfidential": is_confidential,
                "scopes": scopes,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if client_certificates is not UNSET:
            field_dict["clientCertificates"] = client_certificates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict["name"]

            is_confidential = src_dict["isConfidential"]

            _key = "scopes"
            scopes = list(map(Scope.from_dict, src_dict["scopes"]))

            redirect_uri = src_dict.get("redirectUri", UNSET)

            _key = "clientCertificates"
            _client_certificates = src_dict.get("clientCertificates", UNSET)
            client_certificates: list[ClientCertificate] | Unset = UNSET
            if _client_certificates is not UNSET:
                client_certificates = []
                for client_certificates_item_data in _client_certificates:
                    client_certificates_item = ClientCertificate.from_dict(client_certificates_item_data)

                    client_certificates.append(client_certificates_item)

            create_external_client_request = _new_instance(cls)
            create_external_client_request.partition_global_id = partition_global_id
            create_external_client_request.name = name
            create_external_client_request.is_confidential = is_confidential
            create_external_client_request.scopes = scopes
            create_external_client_request.redirect_uri = redirect_uri
            create_external_client_request.client_certificates = client_certificates

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 4 + ("redirectUri" in src_dict) + ("clientCertificates" in src_dict):
                create_external_client_request.additional_properties = {}
            else:
                create_external_client_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return create_external_client_request
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


from ..models.client_certificate import ClientCertificate  # noqa: E402
from ..models.scope import Scope  # noqa: E402
