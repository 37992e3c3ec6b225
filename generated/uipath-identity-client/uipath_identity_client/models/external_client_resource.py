from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "displayName",
        "description",
        "scopes",
    }
)


@_attrs_define
class ExternalClientResource:
    """An API (resource) together with the scopes of it that the client holds.

    Attributes:
        name (str): The resource's name, e.g. `PlatformManagement` or `OrchestratorApiUserAccess`.
        display_name (None | str): The resource's display name.
        description (None | str): What the resource is.
        scopes (list[Scope]): The client's scopes of this resource.
    """

    name: str
    display_name: None | str
    description: None | str
    scopes: list[Scope]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.to_dict()
            scopes.append(scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "displayName": display_name,
                "description": description,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            name = src_dict["name"]

            display_name = src_dict["displayName"]

            description = src_dict["description"]

            _key = "scopes"
            scopes = list(map(Scope.from_dict, src_dict["scopes"]))

            external_client_resource = _new_instance(cls)
            external_client_resource.name = name
            external_client_resource.display_name = display_name
            external_client_resource.description = description
            external_client_resource.scopes = scopes

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 4:
                external_client_resource.additional_properties = {}
            else:
                external_client_resource.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return external_client_resource
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


from ..models.scope import Scope  # noqa: E402
