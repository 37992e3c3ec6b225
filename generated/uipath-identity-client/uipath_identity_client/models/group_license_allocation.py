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
        "id",
        "userBundleLicenses",
        "userBundleLeases",
        "useExternalLicense",
        "orphan",
        "name",
    }
)


@_attrs_define
class GroupLicenseAllocation:
    """A group with a license rule.

    Attributes:
        id (UUID): The group's id.
        user_bundle_licenses (list[str]): The bundles of the group's rule.
        user_bundle_leases (UserBundleLeaseCounts): For each bundle of a rule (by code), how many members lease it now.
        use_external_license (bool): Whether the members' licenses are managed outside UiPath.
        orphan (bool): True when the group no longer exists but its rule still does.
        name (None | str | Unset): The group's name.
    """

    id: UUID
    user_bundle_licenses: list[str]
    user_bundle_leases: UserBundleLeaseCounts
    use_external_license: bool
    orphan: bool
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_bundle_licenses = self.user_bundle_licenses

        user_bundle_leases = self.user_bundle_leases.to_dict()

        use_external_license = self.use_external_license

        orphan = self.orphan

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userBundleLicenses": user_bundle_licenses,
                "userBundleLeases": user_bundle_leases,
                "useExternalLicense": use_external_license,
                "orphan": orphan,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            _key = "userBundleLicenses"
            user_bundle_licenses = cast(list[str], src_dict["userBundleLicenses"])

            _key = "userBundleLeases"
            user_bundle_leases = UserBundleLeaseCounts.from_dict(src_dict["userBundleLeases"])

            use_external_license = src_dict["useExternalLicense"]

            orphan = src_dict["orphan"]

            name = src_dict.get("name", UNSET)

            group_license_allocation = _new_instance(cls)
            group_license_allocation.id = id
            group_license_allocation.user_bundle_licenses = user_bundle_licenses
            group_license_allocation.user_bundle_leases = user_bundle_leases
            group_license_allocation.use_external_license = use_external_license
            group_license_allocation.orphan = orphan
            group_license_allocation.name = name

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5 + ("name" in src_dict):
                group_license_allocation.additional_properties = {}
            else:
                group_license_allocation.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return group_license_allocation
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


from ..models.user_bundle_lease_counts import UserBundleLeaseCounts  # noqa: E402
