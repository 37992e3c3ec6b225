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
        "availableUserBundles",
        "allocatedUserBundles",
        "useExternalLicense",
    }
)


@_attrs_define
class GroupLicenseOptions:
    """A group's rule, with the organization's bundles an edit of it can choose from.

    Attributes:
        available_user_bundles (list[UserBundleQuantity]): Every bundle of the organization, with its bought and
            allocated units.
        allocated_user_bundles (list[str]): The bundles of the group's rule; empty when the group has none.
        use_external_license (bool): Whether the members' licenses are managed outside UiPath.
    """

    available_user_bundles: list[UserBundleQuantity]
    allocated_user_bundles: list[str]
    use_external_license: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_user_bundles = []
        for available_user_bundles_item_data in self.available_user_bundles:
            available_user_bundles_item = available_user_bundles_item_data.to_dict()
            available_user_bundles.append(available_user_bundles_item)

        allocated_user_bundles = self.allocated_user_bundles

        use_external_license = self.use_external_license

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableUserBundles": available_user_bundles,
                "allocatedUserBundles": allocated_user_bundles,
                "useExternalLicense": use_external_license,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "availableUserBundles"
            available_user_bundles = list(map(UserBundleQuantity.from_dict, src_dict["availableUserBundles"]))

            _key = "allocatedUserBundles"
            allocated_user_bundles = cast(list[str], src_dict["allocatedUserBundles"])

            use_external_license = src_dict["useExternalLicense"]

            group_license_options = _new_instance(cls)
            group_license_options.available_user_bundles = available_user_bundles
            group_license_options.allocated_user_bundles = allocated_user_bundles
            group_license_options.use_external_license = use_external_license

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3:
                group_license_options.additional_properties = {}
            else:
                group_license_options.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return group_license_options
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


from ..models.user_bundle_quantity import UserBundleQuantity  # noqa: E402
