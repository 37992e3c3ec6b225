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
        "id",
        "directoryUserMemberIDs",
    }
)


@_attrs_define
class CreateGroupRequest:
    """A new local group.

    Attributes:
        partition_global_id (UUID): The organization's id.
        name (str): The group's name, unique in the organization.
        id (UUID | Unset): The id the new group gets; left out, the service assigns one.
        directory_user_member_ids (list[UUID] | None | Unset): Ids of the users (or robot accounts) to add as members.
    """

    partition_global_id: UUID
    name: str
    id: UUID | Unset = UNSET
    directory_user_member_ids: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        name = self.name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        directory_user_member_ids: list[str] | None | Unset
        if isinstance(self.directory_user_member_ids, Unset):
            directory_user_member_ids = UNSET
        elif isinstance(self.directory_user_member_ids, list):
            directory_user_member_ids = []
            for directory_user_member_ids_type_0_item_data in self.directory_user_member_ids:
                directory_user_member_ids_type_0_item = str(directory_user_member_ids_type_0_item_data)
                directory_user_member_ids.append(directory_user_member_ids_type_0_item)

        else:
            directory_user_member_ids = self.directory_user_member_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if directory_user_member_ids is not UNSET:
            field_dict["directoryUserMemberIDs"] = directory_user_member_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict["name"]

            _key = "id"
            _id = src_dict.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

            _key = "directoryUserMemberIDs"

            def _parse_directory_user_member_ids(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    directory_user_member_ids_type_0 = []
                    _directory_user_member_ids_type_0 = data
                    for directory_user_member_ids_type_0_item_data in _directory_user_member_ids_type_0:
                        directory_user_member_ids_type_0_item = UUID(directory_user_member_ids_type_0_item_data)

                        directory_user_member_ids_type_0.append(directory_user_member_ids_type_0_item)

                    return directory_user_member_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            directory_user_member_ids = _parse_directory_user_member_ids(src_dict.get("directoryUserMemberIDs", UNSET))

            create_group_request = _new_instance(cls)
            create_group_request.partition_global_id = partition_global_id
            create_group_request.name = name
            create_group_request.id = id
            create_group_request.directory_user_member_ids = directory_user_member_ids

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("id" in src_dict) + ("directoryUserMemberIDs" in src_dict):
                create_group_request.additional_properties = {}
            else:
                create_group_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return create_group_request
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
