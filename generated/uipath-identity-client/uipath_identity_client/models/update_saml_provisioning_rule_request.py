from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
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
        "ruleId",
        "partitionGlobalId",
        "name",
        "enabled",
        "description",
        "definition",
    }
)


@_attrs_define
class UpdateSamlProvisioningRuleRequest:
    """The new name, description, enabled flag and definition of a provisioning rule.

    Attributes:
        rule_id (int): The id of the rule to update.
        partition_global_id (UUID): The organization's id.
        name (str): The rule's name.
        enabled (bool): Whether the rule is applied at sign-in.
        description (None | str | Unset): What the rule is for.
        definition (None | str | Unset): The rule as a JSON document serialized into a string.
    """

    rule_id: int
    partition_global_id: UUID
    name: str
    enabled: bool
    description: None | str | Unset = UNSET
    definition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        partition_global_id = str(self.partition_global_id)

        name = self.name

        enabled = self.enabled

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ruleId": rule_id,
                "partitionGlobalId": partition_global_id,
                "name": name,
                "enabled": enabled,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if definition is not UNSET:
            field_dict["definition"] = definition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            rule_id = src_dict["ruleId"]

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict["name"]

            enabled = src_dict["enabled"]

            description = src_dict.get("description", UNSET)

            definition = src_dict.get("definition", UNSET)

            update_saml_provisioning_rule_request = _new_instance(cls)
            update_saml_provisioning_rule_request.rule_id = rule_id
            update_saml_provisioning_rule_request.partition_global_id = partition_global_id
            update_saml_provisioning_rule_request.name = name
            update_saml_provisioning_rule_request.enabled = enabled
            update_saml_provisioning_rule_request.description = description
            update_saml_provisioning_rule_request.definition = definition

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 4 + ("description" in src_dict) + ("definition" in src_dict):
                update_saml_provisioning_rule_request.additional_properties = {}
            else:
                update_saml_provisioning_rule_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return update_saml_provisioning_rule_request
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
