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
        "users",
        "groupIDs",
    }
)


@_attrs_define
class CreateUsersRequest:
    """Several new users of an organization, all in the same groups.

    Attributes:
        partition_global_id (UUID): The organization's id.
        users (list[NewUser]): The users to create.
        group_ids (list[UUID] | None | Unset): Ids of the groups to add every new user to.
    """

    partition_global_id: UUID
    users: list[NewUser]
    group_ids: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        group_ids: list[str] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = []
            for group_ids_type_0_item_data in self.group_ids:
                group_ids_type_0_item = str(group_ids_type_0_item_data)
                group_ids.append(group_ids_type_0_item)

        else:
            group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "users": users,
            }
        )
        if group_ids is not UNSET:
            field_dict["groupIDs"] = group_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            _key = "users"
            users = list(map(NewUser.from_dict, src_dict["users"]))

            _key = "groupIDs"

            def _parse_group_ids(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_type_0 = []
                    _group_ids_type_0 = data
                    for group_ids_type_0_item_data in _group_ids_type_0:
                        group_ids_type_0_item = UUID(group_ids_type_0_item_data)

                        group_ids_type_0.append(group_ids_type_0_item)

                    return group_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids = _parse_group_ids(src_dict.get("groupIDs", UNSET))

            create_users_request = _new_instance(cls)
            create_users_request.partition_global_id = partition_global_id
            create_users_request.users = users
            create_users_request.group_ids = group_ids

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("groupIDs" in src_dict):
                create_users_request.additional_properties = {}
            else:
                create_users_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return create_users_request
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


from ..models.new_user import NewUser  # noqa: E402
