from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "partitionGlobalId",
        "name",
        "description",
        "enabled",
        "definition",
        "assignedGroups",
    }
)


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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            name = src_dict["name"]

            description = src_dict["description"]

            enabled = src_dict["enabled"]

            definition = src_dict["definition"]

            _key = "assignedGroups"

            def _parse_assigned_groups(data: object) -> list[SamlProvisioningRuleGroup] | None:
                if data is None:
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    assigned_groups_type_0 = []
                    _assigned_groups_type_0 = data
                    for assigned_groups_type_0_item_data in _assigned_groups_type_0:
                        assigned_groups_type_0_item = SamlProvisioningRuleGroup.from_dict(
                            assigned_groups_type_0_item_data
                        )

                        assigned_groups_type_0.append(assigned_groups_type_0_item)

                    return assigned_groups_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[SamlProvisioningRuleGroup] | None, data)

            assigned_groups = _parse_assigned_groups(src_dict["assignedGroups"])

            saml_provisioning_rule = _new_instance(cls)
            saml_provisioning_rule.id = id
            saml_provisioning_rule.partition_global_id = partition_global_id
            saml_provisioning_rule.name = name
            saml_provisioning_rule.description = description
            saml_provisioning_rule.enabled = enabled
            saml_provisioning_rule.definition = definition
            saml_provisioning_rule.assigned_groups = assigned_groups

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 7:
                saml_provisioning_rule.additional_properties = {}
            else:
                saml_provisioning_rule.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return saml_provisioning_rule
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


from ..models.saml_provisioning_rule_group import SamlProvisioningRuleGroup  # noqa: E402
