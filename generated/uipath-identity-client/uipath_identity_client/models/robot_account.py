from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class RobotAccount:
    """A robot account.

    Attributes:
        id (str): The robot account's id.
        name (str): The robot account's name.
        display_name (str): The name shown for the robot account.
        creation_time (datetime.datetime): When the robot account was created.
        last_modification_time (datetime.datetime | None): When the robot account was last changed.
        last_login_time (datetime.datetime | None): When the robot account last signed in; null if never.
        group_ids (list[str]): Ids of the groups the robot account belongs to.
    """

    id: str
    name: str
    display_name: str
    creation_time: datetime.datetime
    last_modification_time: datetime.datetime | None
    last_login_time: datetime.datetime | None
    group_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        creation_time = self.creation_time.isoformat()

        last_modification_time: None | str
        if isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        last_login_time: None | str
        if isinstance(self.last_login_time, datetime.datetime):
            last_login_time = self.last_login_time.isoformat()
        else:
            last_login_time = self.last_login_time

        group_ids = self.group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "creationTime": creation_time,
                "lastModificationTime": last_modification_time,
                "lastLoginTime": last_login_time,
                "groupIds": group_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        display_name = d.pop("displayName")

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        def _parse_last_modification_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modification_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_modification_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_modification_time = _parse_last_modification_time(d.pop("lastModificationTime"))

        def _parse_last_login_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_time = _parse_last_login_time(d.pop("lastLoginTime"))

        group_ids = cast(list[str], d.pop("groupIds"))

        robot_account = cls(
            id=id,
            name=name,
            display_name=display_name,
            creation_time=creation_time,
            last_modification_time=last_modification_time,
            last_login_time=last_login_time,
            group_ids=group_ids,
        )

        robot_account.additional_properties = d
        return robot_account

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
