from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._logging import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_secret import ClientSecret
    from ..models.external_client_resource import ExternalClientResource


T = TypeVar("T", bound="ExternalClient")


@_attrs_define
class ExternalClient:
    """An external OAuth application registered in the organization.

    Attributes:
        name (str): The application's name.
        id (str): The application's id, its OAuth `client_id`.
        is_confidential (bool): Whether the application can keep a secret (and so use client credentials).
        resources (list[ExternalClientResource]): The APIs the application has scopes of, each with those scopes.
        secrets (list[ClientSecret]): The application's secrets, oldest first (values hidden except on creation).
        secret (None | str | Unset): The first client secret of a confidential application. Shown only in the create
            response;
            null everywhere else and for non-confidential applications (D3).
        redirect_uri (None | str | Unset): The redirect URI for authorization-code flows; null when none is registered.
    """

    name: str
    id: str
    is_confidential: bool
    resources: list[ExternalClientResource]
    secrets: list[ClientSecret]
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    redirect_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        is_confidential = self.is_confidential

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        redirect_uri: None | str | Unset
        if isinstance(self.redirect_uri, Unset):
            redirect_uri = UNSET
        else:
            redirect_uri = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "isConfidential": is_confidential,
                "resources": resources,
                "secrets": secrets,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_secret import ClientSecret  # noqa: PLC0415
        from ..models.external_client_resource import ExternalClientResource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        is_confidential = d.pop("isConfidential")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ExternalClientResource.from_dict(resources_item_data)

            resources.append(resources_item)

        secrets = []
        _secrets = d.pop("secrets")
        for secrets_item_data in _secrets:
            secrets_item = ClientSecret.from_dict(secrets_item_data)

            secrets.append(secrets_item)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_redirect_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_uri = _parse_redirect_uri(d.pop("redirectUri", UNSET))

        external_client = cls(
            name=name,
            id=id,
            is_confidential=is_confidential,
            resources=resources,
            secrets=secrets,
            secret=secret,
            redirect_uri=redirect_uri,
        )

        external_client.additional_properties = d
        return external_client

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
