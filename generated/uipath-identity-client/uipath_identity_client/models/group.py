from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_type import GroupType

if TYPE_CHECKING:
    from ..models.directory_application import DirectoryApplication
    from ..models.directory_group import DirectoryGroup
    from ..models.directory_robot_user import DirectoryRobotUser
    from ..models.directory_user import DirectoryUser


T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group of the organization and its members.

    Attributes:
        id (UUID): The group's id.
        name (str): The group's name, unique in the organization.
        display_name (None | str): The name shown for the group (deprecated by UiPath; equals `name`).
        type_ (GroupType): Whether a group is built in (Everyone, Administrators, ...) or a custom group.
        creation_time (datetime.datetime): When the group was created.
        last_modification_time (datetime.datetime | None): When the group was last changed; null if never.
        members (list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]): The group's direct
            members (users, robot accounts, directory groups, applications).
    """

    id: UUID
    name: str
    display_name: None | str
    type_: GroupType
    creation_time: datetime.datetime
    last_modification_time: datetime.datetime | None
    members: list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_application import DirectoryApplication  # noqa: PLC0415
        from ..models.directory_group import DirectoryGroup  # noqa: PLC0415
        from ..models.directory_user import DirectoryUser  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        display_name: None | str
        display_name = self.display_name

        type_ = self.type_.value

        creation_time = self.creation_time.isoformat()

        last_modification_time: None | str
        if isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        members = []
        for members_item_data in self.members:
            members_item: dict[str, Any]
            if isinstance(members_item_data, DirectoryUser):
                members_item = members_item_data.to_dict()
            elif isinstance(members_item_data, DirectoryGroup):
                members_item = members_item_data.to_dict()
            elif isinstance(members_item_data, DirectoryApplication):
                members_item = members_item_data.to_dict()
            else:
                members_item = members_item_data.to_dict()

            members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "type": type_,
                "creationTime": creation_time,
                "lastModificationTime": last_modification_time,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.directory_application import DirectoryApplication  # noqa: PLC0415
        from ..models.directory_group import DirectoryGroup  # noqa: PLC0415
        from ..models.directory_robot_user import DirectoryRobotUser  # noqa: PLC0415
        from ..models.directory_user import DirectoryUser  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        type_ = GroupType(d.pop("type"))

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

        members = []
        _members = d.pop("members")
        for members_item_data in _members:

            def _parse_members_item(
                data: object,
            ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_0 = DirectoryUser.from_dict(data)

                    return componentsschemas_directory_entity_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_1 = DirectoryGroup.from_dict(data)

                    return componentsschemas_directory_entity_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_directory_entity_type_2 = DirectoryApplication.from_dict(data)

                    return componentsschemas_directory_entity_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_directory_entity_type_3 = DirectoryRobotUser.from_dict(data)

                return componentsschemas_directory_entity_type_3

            members_item = _parse_members_item(members_item_data)

            members.append(members_item)

        group = cls(
            id=id,
            name=name,
            display_name=display_name,
            type_=type_,
            creation_time=creation_time,
            last_modification_time=last_modification_time,
            members=members,
        )

        group.additional_properties = d
        return group

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
