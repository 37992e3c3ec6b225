from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RobotAccount")


@_attrs_define
class RobotAccount:
    """A robot account.

    Attributes:
        id (UUID): The robot account's id.
        name (str): The robot account's name.
        display_name (str): The name shown for the robot account.
        creation_time (datetime.datetime): When the robot account was created.
        group_ids (list[UUID]): Ids of the groups the robot account belongs to.
        last_modification_time (datetime.datetime | None | Unset): When the robot account was last changed.
        last_login_time (datetime.datetime | None | Unset): When the robot account last signed in; null if never.
    """

    id: UUID
    name: str
    display_name: str
    creation_time: datetime.datetime
    group_ids: list[UUID]
    last_modification_time: datetime.datetime | None | Unset = UNSET
    last_login_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        creation_time = self.creation_time.isoformat()

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

        last_login_time: None | str | Unset
        if isinstance(self.last_login_time, Unset):
            last_login_time = UNSET
        elif isinstance(self.last_login_time, datetime.datetime):
            last_login_time = self.last_login_time.isoformat()
        else:
            last_login_time = self.last_login_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "creationTime": creation_time,
                "groupIds": group_ids,
            }
        )
        if last_modification_time is not UNSET:
            field_dict["lastModificationTime"] = last_modification_time
        if last_login_time is not UNSET:
            field_dict["lastLoginTime"] = last_login_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        display_name = d.pop("displayName")

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        group_ids = []
        _group_ids = d.pop("groupIds")
        for group_ids_item_data in _group_ids:
            group_ids_item = UUID(group_ids_item_data)

            group_ids.append(group_ids_item)

        def _parse_last_modification_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modification_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_modification_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_modification_time = _parse_last_modification_time(d.pop("lastModificationTime", UNSET))

        def _parse_last_login_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login_time = _parse_last_login_time(d.pop("lastLoginTime", UNSET))

        robot_account = cls(
            id=id,
            name=name,
            display_name=display_name,
            creation_time=creation_time,
            group_ids=group_ids,
            last_modification_time=last_modification_time,
            last_login_time=last_login_time,
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
