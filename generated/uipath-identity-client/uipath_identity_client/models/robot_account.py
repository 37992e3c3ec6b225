from __future__ import annotations

import datetime
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
        "id",
        "name",
        "displayName",
        "creationTime",
        "lastLoginTime",
        "groupIds",
        "lastModificationTime",
    }
)


@_attrs_define
class RobotAccount:
    """A robot account.

    Attributes:
        id (UUID): The robot account's id.
        name (str): The robot account's name.
        display_name (str): The name shown for the robot account.
        creation_time (datetime.datetime): When the robot account was created.
        last_login_time (datetime.datetime | None): When the robot account last signed in; null if never.
        group_ids (list[UUID]): Ids of the groups the robot account belongs to.
        last_modification_time (datetime.datetime | None | Unset): When the robot account was last changed.
    """

    id: UUID
    name: str
    display_name: str
    creation_time: datetime.datetime
    last_login_time: datetime.datetime | None
    group_ids: list[UUID]
    last_modification_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        creation_time = self.creation_time.isoformat()

        last_login_time: None | str
        if isinstance(self.last_login_time, datetime.datetime):
            last_login_time = self.last_login_time.isoformat()
        else:
            last_login_time = self.last_login_time

        group_ids = []
        for group_ids_item_data in self.group_ids:
            group_ids_item = str(group_ids_item_data)
            group_ids.append(group_ids_item)

        last_modification_time: None | str | Unset
        if isinstance(self.last_modification_time, Unset):
            last_modification_time = UNSET
        elif isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "creationTime": creation_time,
                "lastLoginTime": last_login_time,
                "groupIds": group_ids,
            }
        )
        if last_modification_time is not UNSET:
            field_dict["lastModificationTime"] = last_modification_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            name = src_dict["name"]

            display_name = src_dict["displayName"]

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "lastLoginTime"
            last_login_time = src_dict["lastLoginTime"]
            if last_login_time is not None:
                last_login_time = datetime.datetime.fromisoformat(last_login_time)

            _key = "groupIds"
            group_ids = []
            _group_ids = src_dict["groupIds"]
            for group_ids_item_data in _group_ids:
                group_ids_item = UUID(group_ids_item_data)

                group_ids.append(group_ids_item)

            _key = "lastModificationTime"
            last_modification_time = src_dict.get("lastModificationTime", UNSET)
            if last_modification_time is not None and last_modification_time is not UNSET:
                last_modification_time = datetime.datetime.fromisoformat(last_modification_time)

            robot_account = _new_instance(cls)
            robot_account.id = id
            robot_account.name = name
            robot_account.display_name = display_name
            robot_account.creation_time = creation_time
            robot_account.last_login_time = last_login_time
            robot_account.group_ids = group_ids
            robot_account.last_modification_time = last_modification_time

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 6 + ("lastModificationTime" in src_dict):
                robot_account.additional_properties = {}
            else:
                robot_account.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return robot_account
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
