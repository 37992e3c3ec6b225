from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "userIds",
    }
)


@_attrs_define
class DeleteUsersRequest:
    """The users to delete.

    Attributes:
        partition_global_id (UUID): The organization's id.
        user_ids (list[UUID]): Ids of the users to delete.
    """

    partition_global_id: UUID
    user_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "userIds": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            _key = "userIds"
            user_ids = []
            _user_ids = src_dict["userIds"]
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

            delete_users_request = _new_instance(cls)
            delete_users_request.partition_global_id = partition_global_id
            delete_users_request.user_ids = user_ids

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                delete_users_request.additional_properties = {}
            else:
                delete_users_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return delete_users_request
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
