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
        "groupRule",
        "quotas",
    }
)


@_attrs_define
class GroupLicenseAllocationWithQuota:
    """A group's license rule with its quotas.

    Attributes:
        group_rule (GroupLicenseRule): A group's license rule.
        quotas (list[GroupLicenseQuota]): The rule's quotas, one per capped bundle; empty when no bundle is capped.
    """

    group_rule: GroupLicenseRule
    quotas: list[GroupLicenseQuota]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_rule = self.group_rule.to_dict()

        quotas = []
        for quotas_item_data in self.quotas:
            quotas_item = quotas_item_data.to_dict()
            quotas.append(quotas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupRule": group_rule,
                "quotas": quotas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "groupRule"
            group_rule = GroupLicenseRule.from_dict(src_dict["groupRule"])

            _key = "quotas"
            quotas = list(map(GroupLicenseQuota.from_dict, src_dict["quotas"]))

            group_license_allocation_with_quota = _new_instance(cls)
            group_license_allocation_with_quota.group_rule = group_rule
            group_license_allocation_with_quota.quotas = quotas

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                group_license_allocation_with_quota.additional_properties = {}
            else:
                group_license_allocation_with_quota.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return group_license_allocation_with_quota
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


from ..models.group_license_quota import GroupLicenseQuota  # noqa: E402
from ..models.group_license_rule import GroupLicenseRule  # noqa: E402
