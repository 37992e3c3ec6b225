from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.directory_entity_type import DirectoryEntityType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entityNames",
        "entityType",
        "scope",
    }
)
_DIRECTORYENTITYTYPE_BY_VALUE: dict[object, DirectoryEntityType] = {
    member.value: member for member in DirectoryEntityType
}


@_attrs_define
class BulkResolveDirectoryEntitiesByNameRequest:
    """The entities to resolve, all of one type, by name.

    Attributes:
        entity_names (list[str]): Users' user names or e-mail addresses, or groups' or applications' names.
        entity_type (DirectoryEntityType): The type of a directory entity. Robot accounts are of type `user`. The
            service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        scope (None | str | Unset): The Active Directory domain to look in, for organizations with a connected Active
            Directory.
    """

    entity_names: list[str]
    entity_type: DirectoryEntityType
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_names = self.entity_names

        entity_type = self.entity_type.value

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityNames": entity_names,
                "entityType": entity_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "entityNames"
            entity_names = cast(list[str], src_dict["entityNames"])

            _key = "entityType"
            entity_type = _DIRECTORYENTITYTYPE_BY_VALUE.get(src_dict["entityType"]) or DirectoryEntityType.from_wire(
                src_dict["entityType"]
            )

            scope = src_dict.get("scope", UNSET)

            bulk_resolve_directory_entities_by_name_request = _new_instance(cls)
            bulk_resolve_directory_entities_by_name_request.entity_names = entity_names
            bulk_resolve_directory_entities_by_name_request.entity_type = entity_type
            bulk_resolve_directory_entities_by_name_request.scope = scope

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("scope" in src_dict):
                bulk_resolve_directory_entities_by_name_request.additional_properties = {}
            else:
                bulk_resolve_directory_entities_by_name_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return bulk_resolve_directory_entities_by_name_request
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
