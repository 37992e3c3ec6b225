from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "userBundleCodes",
        "useExternalLicense",
    }
)


@_attrs_define
class AllocateGroupLicensesRequest:
    """The bundles the group's members may lease.

    Attributes:
        user_bundle_codes (list[str]): The bundles of the rule; replaces the current ones.
        use_external_license (bool | Unset): Whether the members' licenses are managed outside UiPath (their own
            licenses). Default: False.
    """

    user_bundle_codes: list[str]
    use_external_license: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_bundle_codes = self.user_bundle_codes

        use_external_license = self.use_external_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
            _key = "userBundleCodes"
            user_bundle_codes = cast(list[str], src_dict["userBundleCodes"])

            use_external_license = src_dict.get("useExternalLicense", UNSET)

            allocate_group_licenses_request = _new_instance(cls)
            allocate_group_licenses_request.user_bundle_codes = user_bundle_codes
            allocate_group_licenses_request.use_external_license = use_external_license

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("useExternalLicense" in src_dict):
                allocate_group_licenses_request.additional_properties = {}
            else:
                allocate_group_licenses_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return allocate_group_licenses_request
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
