from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
        "ruleIds",
    }
)


@_attrs_define
class DeleteSamlProvisioningRulesRequest:
    """The provisioning rules to delete.

    Attributes:
        partition_global_id (UUID): The organization the rules belong to.
        rule_ids (list[int]): The ids of the rules to delete.
    """

    partition_global_id: UUID
    rule_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

        rule_ids = self.rule_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
                "ruleIds": rule_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            _key = "ruleIds"
            rule_ids = cast(list[int], src_dict["ruleIds"])

            delete_saml_provisioning_rules_request = _new_instance(cls)
            delete_saml_provisioning_rules_request.partition_global_id = partition_global_id
            delete_saml_provisioning_rules_request.rule_ids = rule_ids

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                delete_saml_provisioning_rules_request.additional_properties = {}
            else:
                delete_saml_provisioning_rules_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return delete_saml_provisioning_rules_request
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
