from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.scope_type import ScopeType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "displayName",
        "description",
    }
)
_SCOPETYPE_BY_VALUE: dict[object, ScopeType] = {member.value: member for member in ScopeType}


@_attrs_define
class Scope:
    """An API scope an external client may request.

    Attributes:
        name (str): The scope's name, e.g. `PM.OAuthApp.Read` or `OR.Assets`.
        type (ScopeType): Whether a scope is granted to a user (authorization code flows) or to the application itself
            (client credentials), or both. Lower case on the wire.
        display_name (None | str | Unset): The scope's display name.
        description (None | str | Unset): What the scope allows.
    """

    name: str
    type: ScopeType
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type = self.type.value

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            name = src_dict["name"]

            _key = "type"
            type = _SCOPETYPE_BY_VALUE.get(src_dict["type"]) or ScopeType.from_wire(src_dict["type"])

            display_name = src_dict.get("displayName", UNSET)

            description = src_dict.get("description", UNSET)

            scope = _new_instance(cls)
            scope.name = name
            scope.type = type
            scope.display_name = display_name
            scope.description = description

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("displayName" in src_dict) + ("description" in src_dict):
                scope.additional_properties = {}
            else:
                scope.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return scope
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
