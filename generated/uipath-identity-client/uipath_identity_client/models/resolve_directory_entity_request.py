from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.directory_entity_type import DirectoryEntityType

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entityId",
        "entityType",
    }
)
_DIRECTORYENTITYTYPE_BY_VALUE: dict[object, DirectoryEntityType] = {
    member.value: member for member in DirectoryEntityType
}


@_attrs_define
class ResolveDirectoryEntityRequest:
    """The entity to resolve.

    Attributes:
        entity_id (str): The entity's unique identifier, e.g. `aad|a1b2c3d4-...` or a local GUID.
        entity_type (DirectoryEntityType): The type of a directory entity. Robot accounts are of type `user`. The
            service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
    """

    entity_id: str
    entity_type: DirectoryEntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        entity_type = self.entity_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
                "entityType": entity_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            entity_id = src_dict["entityId"]

            _key = "entityType"
            entity_type = _DIRECTORYENTITYTYPE_BY_VALUE.get(src_dict["entityType"]) or DirectoryEntityType.from_wire(
                src_dict["entityType"]
            )

            resolve_directory_entity_request = _new_instance(cls)
            resolve_directory_entity_request.entity_id = entity_id
            resolve_directory_entity_request.entity_type = entity_type

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                resolve_directory_entity_request.additional_properties = {}
            else:
                resolve_directory_entity_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return resolve_directory_entity_request
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
