from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
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
        "userIds",
        "userBundleCodes",
        "useExternalLicense",
    }
)


@_attrs_define
class AllocateUserLicensesRequest:
    """Users and the bundles each of them is to hold explicitly.

    Attributes:
        user_ids (list[UUID]): The users (Identity user ids).
        user_bundle_codes (list[str]): The bundles each user is to hold; replaces their explicit bundles (empty releases
            them all).
        use_external_license (bool | Unset): Whether the users' licenses are managed outside UiPath (their own
            licenses). Default: False.
    """

    user_ids: list[UUID]
    user_bundle_codes: list[str]
    use_external_license: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        user_bundle_codes = self.user_bundle_codes

        use_external_license = self.use_external_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIds": user_ids,
                "userBundleCodes": user_bundle_codes,
            }
        )
        if use_external_license is not UNSET:
            field_dict["useExternalLicense"] = use_external_license

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "userIds"
            user_ids = []
            _user_ids = src_dict["userIds"]
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

            _key = "userBundleCodes"
            user_bundle_codes = cast(list[str], src_dict["userBundleCodes"])

            use_external_license = src_dict.get("useExternalLicense", UNSET)

            allocate_user_licenses_request = _new_instance(cls)
            allocate_user_licenses_request.user_ids = user_ids
            allocate_user_licenses_request.user_bundle_codes = user_bundle_codes
            allocate_user_licenses_request.use_external_license = use_external_license

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("useExternalLicense" in src_dict):
                allocate_user_licenses_request.additional_properties = {}
            else:
                allocate_user_licenses_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return allocate_user_licenses_request
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
