from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_user import NewUser


T = TypeVar("T", bound="CreateUsersRequest")


@_attrs_define
class CreateUsersRequest:
    """Several new users of an organization, all in the same groups.

    Attributes:
        partition_global_id (UUID): The organization's id.
        users (list[NewUser]): The users to create.
        group_i_ds (list[UUID] | None | Unset): Ids of the groups to add every new user to.
    """

    partition_global_id: UUID
    users: list[NewUser]
    group_i_ds: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        group_i_ds: list[str] | None | Unset
        if isinstance(self.group_i_ds, Unset):
            group_i_ds = UNSET
        elif isinstance(self.group_i_ds, list):
            group_i_ds = []
            for group_i_ds_type_0_item_data in self.group_i_ds:
                group_i_ds_type_0_item = str(group_i_ds_type_0_item_data)
                group_i_ds.append(group_i_ds_type_0_item)

        else:
            group_i_ds = self.group_i_ds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "users": users,
            }
        )
        if group_i_ds is not UNSET:
            field_dict["groupIDs"] = group_i_ds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_user import NewUser  # noqa: PLC0415

        d = dict(src_dict)
        partition_global_id = UUID(d.pop("partitionGlobalId"))

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = NewUser.from_dict(users_item_data)

            users.append(users_item)

        def _parse_group_i_ds(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_i_ds_type_0 = []
                _group_i_ds_type_0 = data
                for group_i_ds_type_0_item_data in _group_i_ds_type_0:
                    group_i_ds_type_0_item = UUID(group_i_ds_type_0_item_data)

                    group_i_ds_type_0.append(group_i_ds_type_0_item)

                return group_i_ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        group_i_ds = _parse_group_i_ds(d.pop("groupIDs", UNSET))

        create_users_request = cls(
            partition_global_id=partition_global_id,
            users=users,
            group_i_ds=group_i_ds,
        )

        create_users_request.additional_properties = d
        return create_users_request

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
