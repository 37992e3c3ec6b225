from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "userBundleCode",
        "limit",
        "currentUsage",
    }
)


@_attrs_define
class GroupLicenseQuota:
    """A bundle's quota in a group rule, and how much of it is used.

    Attributes:
        user_bundle_code (str): The bundle's code.
        limit (int): The most members that may hold the bundle at once.
        current_usage (int): How many members hold the bundle through this rule now.
    """

    user_bundle_code: str
    limit: int
    current_usage: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_bundle_code = self.user_bundle_code

        limit = self.limit

        current_usage = self.current_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userBundleCode": user_bundle_code,
                "limit": limit,
                "currentUsage": current_usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            user_bundle_code = src_dict["userBundleCode"]

            limit = src_dict["limit"]

            current_usage = src_dict["currentUsage"]

            group_license_quota = _new_instance(cls)
            group_license_quota.user_bundle_code = user_bundle_code
            group_license_quota.limit = limit
            group_license_quota.current_usage = current_usage

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3:
                group_license_quota.additional_properties = {}
            else:
                group_license_quota.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return group_license_quota
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
