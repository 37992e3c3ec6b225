from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ConstMismatch, FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "objectType",
        "source",
        "identifier",
        "name",
        "displayName",
        "email",
    }
)


@_attrs_define
class DirectoryRobotUser:
    """A robot account, as a member of a group or a directory search hit.

    Attributes:
        object_type (Literal['DirectoryRobotUser']): Always `DirectoryRobotUser`.
        source (str): Where the entity lives; `local` for robot accounts.
        identifier (str): The robot account's id.
        name (str): The robot account's name.
        display_name (None | str): The name shown for the robot account.
        email (None | str | Unset): Always null for robot accounts in practice.
    """

    object_type: Literal["DirectoryRobotUser"]
    source: str
    identifier: str
    name: str
    display_name: None | str
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        source = self.source

        identifier = self.identifier

        name = self.name

        display_name: None | str
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "objectType"
            object_type = cast(Literal["DirectoryRobotUser"], src_dict["objectType"])
            if object_type != "DirectoryRobotUser":
                raise ConstMismatch(f"objectType must match const 'DirectoryRobotUser', got '{object_type}'")

            source = src_dict["source"]

            identifier = src_dict["identifier"]

            name = src_dict["name"]

            display_name = src_dict["displayName"]

            email = src_dict.get("email", UNSET)

            directory_robot_user = _new_instance(cls)
            directory_robot_user.object_type = object_type
            directory_robot_user.source = source
            directory_robot_user.identifier = identifier
            directory_robot_user.name = name
            directory_robot_user.display_name = display_name
            directory_robot_user.email = email

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5 + ("email" in src_dict):
                directory_robot_user.additional_properties = {}
            else:
                directory_robot_user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return directory_robot_user
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
