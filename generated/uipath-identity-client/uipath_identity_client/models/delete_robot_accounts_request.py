from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteRobotAccountsRequest")


@_attrs_define
class DeleteRobotAccountsRequest:
    """The robot accounts to delete.

    Attributes:
        robot_account_i_ds (list[UUID]): Ids of the robot accounts to delete.
    """

    robot_account_i_ds: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_account_i_ds = []
        for robot_account_i_ds_item_data in self.robot_account_i_ds:
            robot_account_i_ds_item = str(robot_account_i_ds_item_data)
            robot_account_i_ds.append(robot_account_i_ds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "robotAccountIDs": robot_account_i_ds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_account_i_ds = []
        _robot_account_i_ds = d.pop("robotAccountIDs")
        for robot_account_i_ds_item_data in _robot_account_i_ds:
            robot_account_i_ds_item = UUID(robot_account_i_ds_item_data)

            robot_account_i_ds.append(robot_account_i_ds_item)

        delete_robot_accounts_request = cls(
            robot_account_i_ds=robot_account_i_ds,
        )

        delete_robot_accounts_request.additional_properties = d
        return delete_robot_accounts_request

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
