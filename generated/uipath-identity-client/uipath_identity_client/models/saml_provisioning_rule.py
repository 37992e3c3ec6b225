from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.saml_provisioning_rule_group import SamlProvisioningRuleGroup


T = TypeVar("T", bound="SamlProvisioningRule")


@_attrs_define
class SamlProvisioningRule:
    """A rule that adds users signing in through SAML to groups when their claims match.

    Attributes:
        id (int): The rule's id.
        partition_global_id (UUID): The organization's id (the all-zero GUID in some create responses).
        name (str): The rule's name.
        description (None | str): What the rule is for.
        enabled (bool): Whether the rule is applied at sign-in.
        definition (None | str): The rule as a JSON document serialized into a string: `GroupsToAssign` (group ids) and
            `Conditions` (each with `ClaimName`, `ConditionType` such as `Contains`, and `Value`).
        assigned_groups (list[SamlProvisioningRuleGroup] | None): The groups the rule adds matching users to.
    """

    id: int
    partition_global_id: UUID
    name: str
    description: None | str
    enabled: bool
    definition: None | str
    assigned_groups: list[SamlProvisioningRuleGroup] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        partition_global_id = str(self.partition_global_id)

        name = self.name

        description: None | str
        description = self.description

        enabled = self.enabled

        definition: None | str
        definition = self.definition

        assigned_groups: list[dict[str, Any]] | None
        if isinstance(self.assigned_groups, list):
            assigned_groups = []
            for assigned_groups_type_0_item_data in self.assigned_groups:
                assigned_groups_type_0_item = assigned_groups_type_0_item_data.to_dict()
                assigned_groups.append(assigned_groups_type_0_item)

        else:
            assigned_groups = self.assigned_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "partitionGlobalId": partition_global_id,
                "name": name,
                "description": description,
                "enabled": enabled,
                "definition": definition,
                "assignedGroups": assigned_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saml_provisioning_rule_group import SamlProvisioningRuleGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        partition_global_id = UUID(d.pop("partitionGlobalId"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        enabled = d.pop("enabled")

        def _parse_definition(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        definition = _parse_definition(d.pop("definition"))

        def _parse_assigned_groups(data: object) -> list[SamlProvisioningRuleGroup] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                assigned_groups_type_0 = []
                _assigned_groups_type_0 = data
                for assigned_groups_type_0_item_data in _assigned_groups_type_0:
                    assigned_groups_type_0_item = SamlProvisioningRuleGroup.from_dict(assigned_groups_type_0_item_data)

                    assigned_groups_type_0.append(assigned_groups_type_0_item)

                return assigned_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SamlProvisioningRuleGroup] | None, data)

        assigned_groups = _parse_assigned_groups(d.pop("assignedGroups"))

        saml_provisioning_rule = cls(
            id=id,
            partition_global_id=partition_global_id,
            name=name,
            description=description,
            enabled=enabled,
            definition=definition,
            assigned_groups=assigned_groups,
        )

        saml_provisioning_rule.additional_properties = d
        return saml_provisioning_rule

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
