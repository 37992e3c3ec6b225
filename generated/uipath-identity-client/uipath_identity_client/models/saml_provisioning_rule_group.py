from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..models.saml_provisioning_rule_group_type import SamlProvisioningRuleGroupType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "type",
        "creationTime",
        "displayName",
        "lastModificationTime",
        "members",
    }
)
_SAMLPROVISIONINGRULEGROUPTYPE_BY_VALUE: dict[object, SamlProvisioningRuleGroupType] = {
    member.value: member for member in SamlProvisioningRuleGroupType
}


@_attrs_define
class SamlProvisioningRuleGroup:
    """A group that a provisioning rule adds matching users to.

    Attributes:
        id (UUID): The group's id.
        name (str): The group's name.
        type (SamlProvisioningRuleGroupType): Whether the group is built in (such as Administrators) or was created by
            the organization.
        creation_time (datetime.datetime): When the group was created.
        display_name (None | str | Unset): The group's display name (deprecated; use `name`).
        last_modification_time (datetime.datetime | None | Unset): When the group was last changed.
        members (list[SamlProvisioningRuleGroupMembersType0Item] | None | Unset): The group's members, as directory
            entities.
    """

    id: UUID
    name: str
    type: SamlProvisioningRuleGroupType
    creation_time: datetime.datetime
    display_name: None | str | Unset = UNSET
    last_modification_time: datetime.datetime | None | Unset = UNSET
    members: list[SamlProvisioningRuleGroupMembersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type = self.type.value

        creation_time = self.creation_time.isoformat()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        last_modification_time: None | str | Unset
        if isinstance(self.last_modification_time, Unset):
            last_modification_time = UNSET
        elif isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type,
                "creationTime": creation_time,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if last_modification_time is not UNSET:
            field_dict["lastModificationTime"] = last_modification_time
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            name = src_dict["name"]

            _key = "type"
            type = _SAMLPROVISIONINGRULEGROUPTYPE_BY_VALUE.get(
                src_dict["type"]
            ) or SamlProvisioningRuleGroupType.from_wire(src_dict["type"])

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            display_name = src_dict.get("displayName", UNSET)

            _key = "lastModificationTime"
            last_modification_time = src_dict.get("lastModificationTime", UNSET)
            if last_modification_time is not None and last_modification_time is not UNSET:
                last_modification_time = datetime.datetime.fromisoformat(last_modification_time)

            _key = "members"

            def _parse_members(data: object) -> list[SamlProvisioningRuleGroupMembersType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    members_type_0 = []
                    _members_type_0 = data
                    for members_type_0_item_data in _members_type_0:
                        members_type_0_item = SamlProvisioningRuleGroupMembersType0Item.from_dict(
                            members_type_0_item_data
                        )

                        members_type_0.append(members_type_0_item)

                    return members_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[SamlProvisioningRuleGroupMembersType0Item] | None | Unset, data)

            members = _parse_members(src_dict.get("members", UNSET))

            saml_provisioning_rule_group = _new_instance(cls)
            saml_provisioning_rule_group.id = id
            saml_provisioning_rule_group.name = name
            saml_provisioning_rule_group.type = type
            saml_provisioning_rule_group.creation_time = creation_time
            saml_provisioning_rule_group.display_name = display_name
            saml_provisioning_rule_group.last_modification_time = last_modification_time
            saml_provisioning_rule_group.members = members

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 4 + ("displayName" in src_dict) + ("lastModificationTime" in src_dict) + (
                "members" in src_dict
            ):
                saml_provisioning_rule_group.additional_properties = {}
            else:
                saml_provisioning_rule_group.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return saml_provisioning_rule_group
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


from ..models.saml_provisioning_rule_group_members_type_0_item import SamlProvisioningRuleGroupMembersType0Item  # noqa: E402
