from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..models.directory_entity_type import DirectoryEntityType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "entitiesToAdd",
        "entitiesToRemove",
        "entityType",
    }
)


@_attrs_define
class UpdateAccessPolicyRequest:
    """Entities to add to and remove from the organization access policy, all of one type.

    Attributes:
        entities_to_add (list[UUID] | None | Unset): Ids of the entities to allow.
        entities_to_remove (list[UUID] | None | Unset): Ids of the entities to no longer allow.
        entity_type (DirectoryEntityType | Unset): The type of a directory entity. Robot accounts are of type `user`.
            The service also accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
    """

    entities_to_add: list[UUID] | None | Unset = UNSET
    entities_to_remove: list[UUID] | None | Unset = UNSET
    entity_type: DirectoryEntityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities_to_add: list[str] | None | Unset
        if isinstance(self.entities_to_add, Unset):
            entities_to_add = UNSET
        elif isinstance(self.entities_to_add, list):
            entities_to_add = []
            for entities_to_add_type_0_item_data in self.entities_to_add:
                entities_to_add_type_0_item = str(entities_to_add_type_0_item_data)
                entities_to_add.append(entities_to_add_type_0_item)

        else:
            entities_to_add = self.entities_to_add

        entities_to_remove: list[str] | None | Unset
        if isinstance(self.entities_to_remove, Unset):
            entities_to_remove = UNSET
        elif isinstance(self.entities_to_remove, list):
            entities_to_remove = []
            for entities_to_remove_type_0_item_data in self.entities_to_remove:
                entities_to_remove_type_0_item = str(entities_to_remove_type_0_item_data)
                entities_to_remove.append(entities_to_remove_type_0_item)

        else:
            entities_to_remove = self.entities_to_remove

        entity_type: str | Unset = UNSET
        if not isinstance(self.entity_type, Unset):
            entity_type = self.entity_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entities_to_add is not UNSET:
            field_dict["entitiesToAdd"] = entities_to_add
        if entities_to_remove is not UNSET:
            field_dict["entitiesToRemove"] = entities_to_remove
        if entity_type is not UNSET:
            field_dict["entityType"] = entity_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "entitiesToAdd"

            def _parse_entities_to_add(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    entities_to_add_type_0 = []
                    _entities_to_add_type_0 = data
                    for entities_to_add_type_0_item_data in _entities_to_add_type_0:
                        entities_to_add_type_0_item = UUID(entities_to_add_type_0_item_data)

                        entities_to_add_type_0.append(entities_to_add_type_0_item)

                    return entities_to_add_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            entities_to_add = _parse_entities_to_add(src_dict.get("entitiesToAdd", UNSET))

            _key = "entitiesToRemove"

            def _parse_entities_to_remove(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    entities_to_remove_type_0 = []
                    _entities_to_remove_type_0 = data
                    for entities_to_remove_type_0_item_data in _entities_to_remove_type_0:
                        entities_to_remove_type_0_item = UUID(entities_to_remove_type_0_item_data)

                        entities_to_remove_type_0.append(entities_to_remove_type_0_item)

                    return entities_to_remove_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            entities_to_remove = _parse_entities_to_remove(src_dict.get("entitiesToRemove", UNSET))

            _key = "entityType"
            _entity_type = src_dict.get("entityType", UNSET)
            entity_type: DirectoryEntityType | Unset
            if isinstance(_entity_type, Unset):
                entity_type = UNSET
            else:
                entity_type = DirectoryEntityType.from_wire(_entity_type)

            update_access_policy_request = _new_instance(cls)
            update_access_policy_request.entities_to_add = entities_to_add
            update_access_policy_request.entities_to_remove = entities_to_remove
            update_access_policy_request.entity_type = entity_type

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 0 + ("entitiesToAdd" in src_dict) + ("entitiesToRemove" in src_dict) + (
                "entityType" in src_dict
            ):
                update_access_policy_request.additional_properties = {}
            else:
                update_access_policy_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return update_access_policy_request
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
