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
        "userId",
        "useExternalLicense",
        "userBundleCodes",
        "organizationId",
    }
)


@_attrs_define
class UserLicense:
    """A user's explicit bundles, as an allocation answers them.

    Attributes:
        user_id (str): The user's id.
        use_external_license (bool): Whether the user's licenses are managed outside UiPath.
        user_bundle_codes (list[str]): The bundles the user holds explicitly.
        organization_id (None | str | Unset): The organization's id.
    """

    user_id: str
    use_external_license: bool
    user_bundle_codes: list[str]
    organization_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        use_external_license = self.use_external_license

        user_bundle_codes = self.user_bundle_codes

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "useExternalLicense": use_external_license,
                "userBundleCodes": user_bundle_codes,
            }
        )
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            user_id = src_dict["userId"]

            use_external_license = src_dict["useExternalLicense"]

            _key = "userBundleCodes"
            user_bundle_codes = cast(list[str], src_dict["userBundleCodes"])

            organization_id = src_dict.get("organizationId", UNSET)

            user_license = _new_instance(cls)
            user_license.user_id = user_id
            user_license.use_external_license = use_external_license
            user_license.user_bundle_codes = user_bundle_codes
            user_license.organization_id = organization_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3 + ("organizationId" in src_dict):
                user_license.additional_properties = {}
            else:
                user_license.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return user_license
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
