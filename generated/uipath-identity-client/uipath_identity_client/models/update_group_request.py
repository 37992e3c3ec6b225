from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "name",
        "directoryUserIDsToAdd",
        "directoryUserIDsToRemove",
    }
)


@_attrs_define
class UpdateGroupRequest:
    """The new name of a group and the members to add and remove.

    Attributes:
        partition_global_id (UUID): The organization's id.
        name (None | str | Unset): The group's new name; left out or null, the name stays.
        directory_user_ids_to_add (list[UUID] | None | Unset): Ids of the users (or robot accounts) to add as members.
        directory_user_ids_to_remove (list[UUID] | None | Unset): Ids of the members to remove.
    """

    partition_global_id: UUID
    name: None | str | Unset = UNSET
    directory_user_ids_to_add: list[UUID] | None | Unset = UNSET
    directory_user_ids_to_remove: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        directory_user_ids_to_add: list[str] | None | Unset
        if isinstance(self.directory_user_ids_to_add, Unset):
            directory_user_ids_to_add = UNSET
        elif isinstance(self.directory_user_ids_to_add, list):
            directory_user_ids_to_add = []
            for directory_user_ids_to_add_type_0_item_data in self.directory_user_ids_to_add:
                directory_user_ids_to_add_type_0_item = str(directory_user_ids_to_add_type_0_item_data)
                directory_user_ids_to_add.append(directory_user_ids_to_add_type_0_item)

        else:
            directory_user_ids_to_add = self.directory_user_ids_to_add

        directory_user_ids_to_remove: list[str] | None | Unset
        if isinstance(self.directory_user_ids_to_remove, Unset):
            directory_user_ids_to_remove = UNSET
        elif isinstance(self.directory_user_ids_to_remove, list):
            directory_user_ids_to_remove = []
            for directory_user_ids_to_remove_type_0_item_data in self.directory_user_ids_to_remove:
                directory_user_ids_to_remove_type_0_item = str(directory_user_ids_to_remove_type_0_item_data)
                directory_user_ids_to_remove.append(directory_user_ids_to_remove_type_0_item)

        else:
            directory_user_ids_to_remove = self.directory_user_ids_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if directory_user_ids_to_add is not UNSET:
            field_dict["directoryUserIDsToAdd"] = directory_user_ids_to_add
        if directory_user_ids_to_remove is not UNSET:
            field_dict["directoryUserIDsToRemove"] = directory_user_ids_to_remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict.get("name", UNSET)

            _key = "directoryUserIDsToAdd"

            def _parse_directory_user_ids_to_add(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    directory_user_ids_to_add_type_0 = []
                    _directory_user_ids_to_add_type_0 = data
                    for directory_user_ids_to_add_type_0_item_data in _directory_user_ids_to_add_type_0:
                        directory_user_ids_to_add_type_0_item = UUID(directory_user_ids_to_add_type_0_item_data)

                        directory_user_ids_to_add_type_0.append(directory_user_ids_to_add_type_0_item)

                    return directory_user_ids_to_add_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            directory_user_ids_to_add = _parse_directory_user_ids_to_add(src_dict.get("directoryUserIDsToAdd", UNSET))

            _key = "directoryUserIDsToRemove"

            def _parse_directory_user_ids_to_remove(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    directory_user_ids_to_remove_type_0 = []
                    _directory_user_ids_to_remove_type_0 = data
                    for directory_user_ids_to_remove_type_0_item_data in _directory_user_ids_to_remove_type_0:
                        directory_user_ids_to_remove_type_0_item = UUID(directory_user_ids_to_remove_type_0_item_data)

                        directory_user_ids_to_remove_type_0.append(directory_user_ids_to_remove_type_0_item)

                    return directory_user_ids_to_remove_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            directory_user_ids_to_remove = _parse_directory_user_ids_to_remove(
                src_dict.get("directoryUserIDsToRemove", UNSET)
            )

            update_group_request = _new_instance(cls)
            update_group_request.partition_global_id = partition_global_id
            update_group_request.name = name
            update_group_request.directory_user_ids_to_add = directory_user_ids_to_add
            update_group_request.directory_user_ids_to_remove = directory_user_ids_to_remove

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("name" in src_dict) + ("directoryUserIDsToAdd" in src_dict) + (
                "directoryUserIDsToRemove" in src_dict
            ):
                update_group_request.additional_properties = {}
            else:
                update_group_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return update_group_request
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
