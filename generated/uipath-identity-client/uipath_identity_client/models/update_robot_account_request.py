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
        "displayName",
        "groupIDsToAdd",
        "groupIDsToRemove",
    }
)


@_attrs_define
class UpdateRobotAccountRequest:
    """The new display name of a robot account and the groups to add it to and remove it from.

    Attributes:
        partition_global_id (UUID): The organization's id.
        display_name (None | str | Unset): The new display name; left out or null, it stays.
        group_ids_to_add (list[UUID] | None | Unset): Ids of the groups to add the robot account to.
        group_ids_to_remove (list[UUID] | None | Unset): Ids of the groups to remove the robot account from.
    """

    partition_global_id: UUID
    display_name: None | str | Unset = UNSET
    group_ids_to_add: list[UUID] | None | Unset = UNSET
    group_ids_to_remove: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        group_ids_to_add: list[str] | None | Unset
        if isinstance(self.group_ids_to_add, Unset):
            group_ids_to_add = UNSET
        elif isinstance(self.group_ids_to_add, list):
            group_ids_to_add = []
            for group_ids_to_add_type_0_item_data in self.group_ids_to_add:
                group_ids_to_add_type_0_item = str(group_ids_to_add_type_0_item_data)
                group_ids_to_add.append(group_ids_to_add_type_0_item)

        else:
            group_ids_to_add = self.group_ids_to_add

        group_ids_to_remove: list[str] | None | Unset
        if isinstance(self.group_ids_to_remove, Unset):
            group_ids_to_remove = UNSET
        elif isinstance(self.group_ids_to_remove, list):
            group_ids_to_remove = []
            for group_ids_to_remove_type_0_item_data in self.group_ids_to_remove:
                group_ids_to_remove_type_0_item = str(group_ids_to_remove_type_0_item_data)
                group_ids_to_remove.append(group_ids_to_remove_type_0_item)

        else:
            group_ids_to_remove = self.group_ids_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if group_ids_to_add is not UNSET:
            field_dict["groupIDsToAdd"] = group_ids_to_add
        if group_ids_to_remove is not UNSET:
            field_dict["groupIDsToRemove"] = group_ids_to_remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            display_name = src_dict.get("displayName", UNSET)

            _key = "groupIDsToAdd"

            def _parse_group_ids_to_add(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_to_add_type_0 = []
                    _group_ids_to_add_type_0 = data
                    for group_ids_to_add_type_0_item_data in _group_ids_to_add_type_0:
                        group_ids_to_add_type_0_item = UUID(group_ids_to_add_type_0_item_data)

                        group_ids_to_add_type_0.append(group_ids_to_add_type_0_item)

                    return group_ids_to_add_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids_to_add = _parse_group_ids_to_add(src_dict.get("groupIDsToAdd", UNSET))

            _key = "groupIDsToRemove"

            def _parse_group_ids_to_remove(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_to_remove_type_0 = []
                    _group_ids_to_remove_type_0 = data
                    for group_ids_to_remove_type_0_item_data in _group_ids_to_remove_type_0:
                        group_ids_to_remove_type_0_item = UUID(group_ids_to_remove_type_0_item_data)

                        group_ids_to_remove_type_0.append(group_ids_to_remove_type_0_item)

                    return group_ids_to_remove_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids_to_remove = _parse_group_ids_to_remove(src_dict.get("groupIDsToRemove", UNSET))

            update_robot_account_request = _new_instance(cls)
            update_robot_account_request.partition_global_id = partition_global_id
            update_robot_account_request.display_name = display_name
            update_robot_account_request.group_ids_to_add = group_ids_to_add
            update_robot_account_request.group_ids_to_remove = group_ids_to_remove

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("displayName" in src_dict) + ("groupIDsToAdd" in src_dict) + (
                "groupIDsToRemove" in src_dict
            ):
                update_robot_account_request.additional_properties = {}
            else:
                update_robot_account_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return update_robot_account_request
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
