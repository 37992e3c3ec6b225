from __future__ import annotations

import datetime
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
        "id",
        "name",
        "description",
        "enabled",
        "partitionId",
        "definition",
        "creationTime",
        "lastModificationTime",
    }
)


@_attrs_define
class SamlProvisioningRuleRecord:
    """A provisioning rule as stored, as the update operation answers it.

    Attributes:
        id (int): The rule's id.
        name (str): The rule's name.
        description (None | str): What the rule is for.
        enabled (bool): Whether the rule is applied at sign-in.
        partition_id (int): The organization's internal number (not its GUID).
        definition (None | str): The rule as a JSON document serialized into a string.
        creation_time (datetime.datetime): When the rule was created.
        last_modification_time (datetime.datetime | None): When the rule was last changed.
    """

    id: int
    name: str
    description: None | str
    enabled: bool
    partition_id: int
    definition: None | str
    creation_time: datetime.datetime
    last_modification_time: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        enabled = self.enabled

        partition_id = self.partition_id

        definition: None | str
        definition = self.definition

        creation_time = self.creation_time.isoformat()

        last_modification_time: None | str
        if isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "enabled": enabled,
                "partitionId": partition_id,
                "definition": definition,
                "creationTime": creation_time,
                "lastModificationTime": last_modification_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            name = src_dict["name"]

            description = src_dict["description"]

            enabled = src_dict["enabled"]

            partition_id = src_dict["partitionId"]

            definition = src_dict["definition"]

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "lastModificationTime"
            last_modification_time = src_dict["lastModificationTime"]
            if last_modification_time is not None:
                last_modification_time = datetime.datetime.fromisoformat(last_modification_time)

            saml_provisioning_rule_record = _new_instance(cls)
            saml_provisioning_rule_record.id = id
            saml_provisioning_rule_record.name = name
            saml_provisioning_rule_record.description = description
            saml_provisioning_rule_record.enabled = enabled
            saml_provisioning_rule_record.partition_id = partition_id
            saml_provisioning_rule_record.definition = definition
            saml_provisioning_rule_record.creation_time = creation_time
            saml_provisioning_rule_record.last_modification_time = last_modification_time

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 8:
                saml_provisioning_rule_record.additional_properties = {}
            else:
                saml_provisioning_rule_record.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return saml_provisioning_rule_record
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
