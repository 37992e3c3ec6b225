from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectoryRobotUser")


@_attrs_define
class DirectoryRobotUser:
    """A robot account, as a member of a group or a directory search hit.

    Attributes:
        object_type (Literal['DirectoryRobotUser']): Always `DirectoryRobotUser`.
        source (str): Where the entity lives; `local` for robot accounts.
        identifier (str): The robot account's id.
        name (str): The robot account's name.
        display_name (str): The name shown for the robot account.
        email (None | str | Unset): Always null for robot accounts in practice.
    """

    object_type: Literal["DirectoryRobotUser"]
    source: str
    identifier: str
    name: str
    display_name: str
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        source = self.source

        identifier = self.identifier

        name = self.name

        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "source": source,
                "identifier": identifier,
                "name": name,
                "displayName": display_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type = cast(Literal["DirectoryRobotUser"], d.pop("objectType"))
        if object_type != "DirectoryRobotUser":
            raise ValueError(f"objectType must match const 'DirectoryRobotUser', got '{object_type}'")

        source = d.pop("source")

        identifier = d.pop("identifier")

        name = d.pop("name")

        display_name = d.pop("displayName")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        directory_robot_user = cls(
            object_type=object_type,
            source=source,
            identifier=identifier,
            name=name,
            display_name=display_name,
            email=email,
        )

        directory_robot_user.additional_properties = d
        return directory_robot_user

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
