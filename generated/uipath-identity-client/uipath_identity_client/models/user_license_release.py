from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "successfulUserIds",
        "failedUserIds",
    }
)


@_attrs_define
class UserLicenseRelease:
    """The outcome of releasing several users' licenses.

    Attributes:
        successful_user_ids (list[str]): Users whose licenses were released.
        failed_user_ids (list[str]): Users whose licenses could not all be released.
    """

    successful_user_ids: list[str]
    failed_user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful_user_ids = self.successful_user_ids

        failed_user_ids = self.failed_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successfulUserIds": successful_user_ids,
                "failedUserIds": failed_user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "successfulUserIds"
            successful_user_ids = cast(list[str], src_dict["successfulUserIds"])

            _key = "failedUserIds"
            failed_user_ids = cast(list[str], src_dict["failedUserIds"])

            user_license_release = _new_instance(cls)
            user_license_release.successful_user_ids = successful_user_ids
            user_license_release.failed_user_ids = failed_user_ids

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                user_license_release.additional_properties = {}
            else:
                user_license_release.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return user_license_release
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
