from __future__ import annotations

import datetime
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
        "clientId",
        "partitionGlobalId",
        "description",
        "expiryTime",
    }
)


@_attrs_define
class GenerateSecretRequest:
    """A new secret for a confidential external application.

    Attributes:
        client_id (str): The external client's id.
        partition_global_id (UUID): The organization's id (a GUID; IdentityClient fills it in).
        description (None | str | Unset): What the secret is for, to tell secrets apart when rotating.
        expiry_time (datetime.datetime | None | Unset): When the secret stops working (UTC); null or absent for a secret
            that never expires.
    """

    client_id: str
    partition_global_id: UUID
    description: None | str | Unset = UNSET
    expiry_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        partition_global_id = str(self.partition_global_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        expiry_time: None | str | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        elif isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "partitionGlobalId": partition_global_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            client_id = src_dict["clientId"]

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            description = src_dict.get("description", UNSET)

            _key = "expiryTime"
            expiry_time = src_dict.get("expiryTime", UNSET)
            if expiry_time is not None and expiry_time is not UNSET:
                expiry_time = datetime.datetime.fromisoformat(expiry_time)

            generate_secret_request = _new_instance(cls)
            generate_secret_request.client_id = client_id
            generate_secret_request.partition_global_id = partition_global_id
            generate_secret_request.description = description
            generate_secret_request.expiry_time = expiry_time

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("description" in src_dict) + ("expiryTime" in src_dict):
                generate_secret_request.additional_properties = {}
            else:
                generate_secret_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return generate_secret_request
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
