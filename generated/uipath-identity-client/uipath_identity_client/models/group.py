from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch, unknown_variant
from ..errors import FieldError
from ..models.group_type import GroupType
from ..types import UnknownObject

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "displayName",
        "type",
        "creationTime",
        "lastModificationTime",
        "members",
    }
)
_GROUPTYPE_BY_VALUE: dict[object, GroupType] = {member.value: member for member in GroupType}


@_attrs_define
class Group:
    """A group of the organization and its members.

    Attributes:
        id (UUID): The group's id.
        name (str): The group's name, unique in the organization.
        display_name (None | str): The name shown for the group (deprecated by UiPath; equals `name`).
        type (GroupType): Whether a group is built in (Everyone, Administrators, ...) or a custom group.
        creation_time (datetime.datetime): When the group was created.
        last_modification_time (datetime.datetime | None): When the group was last changed; null if never.
        members (list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]): The
            group's direct members (users, robot accounts, directory groups, applications).
    """

    id: UUID
    name: str
    display_name: None | str
    type: GroupType
    creation_time: datetime.datetime
    last_modification_time: datetime.datetime | None
    members: list[DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name: None | str
        display_name = self.display_name

        type = self.type.value

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
                "type": type,
                "creationTime": creation_time,
                "lastModificationTime": last_modification_time,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            name = src_dict["name"]

            display_name = src_dict["displayName"]

            _key = "type"
            type = _GROUPTYPE_BY_VALUE.get(src_dict["type"]) or GroupType.from_wire(src_dict["type"])

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "lastModificationTime"
            last_modification_time = src_dict["lastModificationTime"]
            if last_modification_time is not None:
                last_modification_time = datetime.datetime.fromisoformat(last_modification_time)

            _key = "members"
            members = []
            _members = src_dict["members"]
            for members_item_data in _members:

                def _parse_members_item(
                    data: object,
                ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
                    failure: Exception | None = None
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_0 = DirectoryUser.from_dict(data)

                        return componentsschemas_directory_entity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_1 = DirectoryGroup.from_dict(data)

                        return componentsschemas_directory_entity_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_2 = DirectoryApplication.from_dict(data)

                        return componentsschemas_directory_entity_type_2
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_3 = DirectoryRobotUser.from_dict(data)

                        return componentsschemas_directory_entity_type_3
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    if failure is not None:  # the variant the object claims to be (its const matched) is malformed
                        raise failure
                    if isinstance(data, dict):  # a variant this version does not know: kept as received
                        return unknown_variant(
                            "DirectoryUser | DirectoryGroup | DirectoryApplication | DirectoryRobotUser", data
                        )
                    raise TypeError(f"matches none of the variants: {data!r:.200}")

                members_item = _parse_members_item(members_item_data)

                members.append(members_item)

            group = _new_instance(cls)
            group.id = id
            group.name = name
            group.display_name = display_name
            group.type = type
            group.creation_time = creation_time
            group.last_modification_time = last_modification_time
            group.members = members

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 7:
                group.additional_properties = {}
            else:
                group.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return group
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


from ..models.directory_application import DirectoryApplication  # noqa: E402
from ..models.directory_group import DirectoryGroup  # noqa: E402
from ..models.directory_robot_user import DirectoryRobotUser  # noqa: E402
from ..models.directory_user import DirectoryUser  # noqa: E402
