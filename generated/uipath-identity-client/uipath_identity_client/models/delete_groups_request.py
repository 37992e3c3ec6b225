from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteGroupsRequest")


@_attrs_define
class DeleteGroupsRequest:
    """The custom groups to delete.

    Attributes:
        group_i_ds (list[UUID]): Ids of the groups to delete.
    """

    group_i_ds: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_i_ds = []
        for group_i_ds_item_data in self.group_i_ds:
            group_i_ds_item = str(group_i_ds_item_data)
            group_i_ds.append(group_i_ds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupIDs": group_i_ds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_i_ds = []
        _group_i_ds = d.pop("groupIDs")
        for group_i_ds_item_data in _group_i_ds:
            group_i_ds_item = UUID(group_i_ds_item_data)

            group_i_ds.append(group_i_ds_item)

        delete_groups_request = cls(
            group_i_ds=group_i_ds,
        )

        delete_groups_request.additional_properties = d
        return delete_groups_request

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
