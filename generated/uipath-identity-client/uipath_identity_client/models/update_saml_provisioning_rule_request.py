from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSamlProvisioningRuleRequest")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("ruleId")

        partition_global_id = UUID(d.pop("partitionGlobalId"))

        name = d.pop("name")

        enabled = d.pop("enabled")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        definition = _parse_definition(d.pop("definition", UNSET))

        update_saml_provisioning_rule_request = cls(
            rule_id=rule_id,
            partition_global_id=partition_global_id,
            name=name,
            enabled=enabled,
            description=description,
            definition=definition,
        )

        update_saml_provisioning_rule_request.additional_properties = d
        return update_saml_provisioning_rule_request

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
