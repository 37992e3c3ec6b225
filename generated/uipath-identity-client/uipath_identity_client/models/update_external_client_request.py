from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "redirectUri",
        "scopes",
        "clientCertificates",
    }
)


@_attrs_define
class UpdateExternalClientRequest:
    """The new name, redirect URI, scopes and certificates of an external application. Replaces all
    of them: a field left out is cleared.

        Attributes:
            name (str): The application's name.
            redirect_uri (None | str | Unset): The redirect URI for authorization-code flows.
            scopes (list[Scope] | Unset): The scopes the application may request; replaces the current ones.
            client_certificates (list[ClientCertificate] | Unset): Certificates the application may authenticate with;
                replaces the current ones.
    """

    name: str
    redirect_uri: None | str | Unset = UNSET
    scopes: list[Scope] | Unset = UNSET
    client_certificates: list[ClientCertificate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

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
                "name": name,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if client_certificates is not UNSET:
            field_dict["clientCertificates"] = client_certificates

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            name = src_dict["name"]

            redirect_uri = src_dict.get("redirectUri", UNSET)

            _key = "scopes"
            _scopes = src_dict.get("scopes", UNSET)
            scopes: list[Scope] | Unset = UNSET
            if _scopes is not UNSET:
                scopes = []
                for scopes_item_data in _scopes:
                    scopes_item = Scope.from_dict(scopes_item_data)

                    scopes.append(scopes_item)

            _key = "clientCertificates"
            _client_certificates = src_dict.get("clientCertificates", UNSET)
            client_certificates: list[ClientCertificate] | Unset = UNSET
            if _client_certificates is not UNSET:
                client_certificates = []
                for client_certificates_item_data in _client_certificates:
                    client_certificates_item = ClientCertificate.from_dict(client_certificates_item_data)

                    client_certificates.append(client_certificates_item)

            update_external_client_request = _new_instance(cls)
            update_external_client_request.name = name
            update_external_client_request.redirect_uri = redirect_uri
            update_external_client_request.scopes = scopes
            update_external_client_request.client_certificates = client_certificates

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("redirectUri" in src_dict) + ("scopes" in src_dict) + (
                "clientCertificates" in src_dict
            ):
                update_external_client_request.additional_properties = {}
            else:
                update_external_client_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return update_external_client_request
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
