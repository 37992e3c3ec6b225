from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "name",
        "displayName",
        "groupIDsToAdd",
    }
)


@_attrs_define
class CreateRobotAccountRequest:
    """A new robot account.

    Attributes:
        partition_global_id (UUID): The organization's id (a GUID; IdentityClient fills it in).
        name (str): The robot account's name, unique in the organization.
        display_name (None | str | Unset): The name shown for the robot account; defaults to `name`.
        group_ids_to_add (list[UUID] | Unset): Ids of the groups to add the robot account to.
    """

    partition_global_id: UUID
    name: str
    display_name: None | str | Unset = UNSET
    group_ids_to_add: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        name = self.name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        group_ids_to_add: list[str] | Unset = UNSET
        if not isinstance(self.group_ids_to_add, Unset):
            group_ids_to_add = []
            for group_ids_to_add_item_data in self.group_ids_to_add:
                group_ids_to_add_item = str(group_ids_to_add_item_data)
                group_ids_to_add.append(group_ids_to_add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "name": name,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if group_ids_to_add is not UNSET:
            field_dict["groupIDsToAdd"] = group_ids_to_add

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict["name"]

            display_name = src_dict.get("displayName", UNSET)

            _key = "groupIDsToAdd"
            _group_ids_to_add = src_dict.get("groupIDsToAdd", UNSET)
            group_ids_to_add: list[UUID] | Unset = UNSET
            if _group_ids_to_add is not UNSET:
                group_ids_to_add = []
                for group_ids_to_add_item_data in _group_ids_to_add:
                    group_ids_to_add_item = UUID(group_ids_to_add_item_data)

                    group_ids_to_add.append(group_ids_to_add_item)

            create_robot_account_request = _new_instance(cls)
            create_robot_account_request.partition_global_id = partition_global_id
            create_robot_account_request.name = name
            create_robot_account_request.display_name = display_name
            create_robot_account_request.group_ids_to_add = group_ids_to_add

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("displayName" in src_dict) + ("groupIDsToAdd" in src_dict):
                create_robot_account_request.additional_properties = {}
            else:
                create_robot_account_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return create_robot_account_request
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
