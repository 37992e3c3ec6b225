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
        "name",
        "enabled",
        "partitionGlobalId",
        "description",
        "definition",
    }
)


@_attrs_define
class CreateSamlProvisioningRuleRequest:
    """A new provisioning rule.

    Attributes:
        name (str): The rule's name.
        enabled (bool): Whether the rule is applied at sign-in.
        partition_global_id (UUID): The organization's id.
        description (None | str | Unset): What the rule is for.
        definition (None | str | Unset): The rule as a JSON document serialized into a string (see
            `SamlProvisioningRule.definition`).
    """

    name: str
    enabled: bool
    partition_global_id: UUID
    description: None | str | Unset = UNSET
    definition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        enabled = self.enabled

        partition_global_id = str(self.partition_global_id)

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
                "name": name,
                "enabled": enabled,
                "partitionGlobalId": partition_global_id,
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
            name = src_dict["name"]

            enabled = src_dict["enabled"]

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            description = src_dict.get("description", UNSET)

            definition = src_dict.get("definition", UNSET)

            create_saml_provisioning_rule_request = _new_instance(cls)
            create_saml_provisioning_rule_request.name = name
            create_saml_provisioning_rule_request.enabled = enabled
            create_saml_provisioning_rule_request.partition_global_id = partition_global_id
            create_saml_provisioning_rule_request.description = description
            create_saml_provisioning_rule_request.definition = definition

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3 + ("description" in src_dict) + ("definition" in src_dict):
                create_saml_provisioning_rule_request.additional_properties = {}
            else:
                create_saml_provisioning_rule_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return create_saml_provisioning_rule_request
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
