from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.directory_entity_type import DirectoryEntityType

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entityIds",
        "entityTypes",
    }
)


@_attrs_define
class BulkResolveDirectoryEntitiesRequest:
    """The entities to resolve; `entityTypes[i]` is the type of `entityIds[i]`.

    Attributes:
        entity_ids (list[str]): The entities' unique identifiers.
        entity_types (list[DirectoryEntityType]): The type of each entity, in the same order as `entityIds`.
    """

    entity_ids: list[str]
    entity_types: list[DirectoryEntityType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_ids = self.entity_ids

        entity_types = []
        for entity_types_item_data in self.entity_types:
            entity_types_item = entity_types_item_data.value
            entity_types.append(entity_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityIds": entity_ids,
                "entityTypes": entity_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "entityIds"
            entity_ids = cast(list[str], src_dict["entityIds"])

            _key = "entityTypes"
            entity_types = []
            _entity_types = src_dict["entityTypes"]
            for entity_types_item_data in _entity_types:
                entity_types_item = DirectoryEntityType.from_wire(entity_types_item_data)

                entity_types.append(entity_types_item)

            bulk_resolve_directory_entities_request = _new_instance(cls)
            bulk_resolve_directory_entities_request.entity_ids = entity_ids
            bulk_resolve_directory_entities_request.entity_types = entity_types

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                bulk_resolve_directory_entities_request.additional_properties = {}
            else:
                bulk_resolve_directory_entities_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return bulk_resolve_directory_entities_request
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
