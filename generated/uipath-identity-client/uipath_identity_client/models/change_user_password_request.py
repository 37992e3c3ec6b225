from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._logging import redacted_repr

T = TypeVar("T", bound="ChangeUserPasswordRequest")


@_attrs_define
class ChangeUserPasswordRequest:
    """A user's current and new password.

    Attributes:
        old_password (str): The current password.
        new_password (str): The new password; it must meet the organization's password policy.
    """

    old_password: str = _attrs_field(repr=redacted_repr)
    new_password: str = _attrs_field(repr=redacted_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_password = self.old_password

        new_password = self.new_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oldPassword": old_password,
                "newPassword": new_password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_password = d.pop("oldPassword")

        new_password = d.pop("newPassword")

        change_user_password_request = cls(
            old_password=old_password,
            new_password=new_password,
        )

        change_user_password_request.additional_properties = d
        return change_user_password_request

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
