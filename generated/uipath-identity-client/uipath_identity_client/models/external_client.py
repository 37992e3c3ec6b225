from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._logging import redacted_repr
from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "secret",
        "isConfidential",
        "redirectUri",
        "resources",
        "secrets",
    }
)


@_attrs_define
class ExternalClient:
    """An external OAuth application registered in the organization.

    Attributes:
        name (str): The application's name.
        id (str): The application's id, its OAuth `client_id`.
        secret (None | str): The first client secret of a confidential application. Shown only in the create response;
            null everywhere else and for non-confidential applications.
        is_confidential (bool): Whether the application can keep a secret (and so use client credentials).
        redirect_uri (None | str): The redirect URI for authorization-code flows; null when none is registered.
        resources (list[ExternalClientResource]): The APIs the application has scopes of, each with those scopes.
        secrets (list[ClientSecret]): The application's secrets, oldest first (values hidden except on creation).
    """

    name: str
    id: str
    secret: None | str = _attrs_field(repr=redacted_repr)
    is_confidential: bool
    redirect_uri: None | str
    resources: list[ExternalClientResource]
    secrets: list[ClientSecret]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        secret: None | str
        secret = self.secret

        is_confidential = self.is_confidential

        redirect_uri: None | str
        redirect_uri = self.redirect_uri

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "secret": secret,
                "isConfidential": is_confidential,
                "redirectUri": redirect_uri,
                "resources": resources,
                "secrets": secrets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            name = src_dict["name"]

            id = src_dict["id"]

            secret = src_dict["secret"]

            is_confidential = src_dict["isConfidential"]

            redirect_uri = src_dict["redirectUri"]

            _key = "resources"
            resources = list(map(ExternalClientResource.from_dict, src_dict["resources"]))

            _key = "secrets"
            secrets = list(map(ClientSecret.from_dict, src_dict["secrets"]))

            external_client = _new_instance(cls)
            external_client.name = name
            external_client.id = id
            external_client.secret = secret
            external_client.is_confidential = is_confidential
            external_client.redirect_uri = redirect_uri
            external_client.resources = resources
            external_client.secrets = secrets

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 7:
                external_client.additional_properties = {}
            else:
                external_client.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return external_client
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


from ..models.client_secret import ClientSecret  # noqa: E402
from ..models.external_client_resource import ExternalClientResource  # noqa: E402
