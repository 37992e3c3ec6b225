from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


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
        d = dict(src_dict)
        client_id = d.pop("clientId")

        partition_global_id = UUID(d.pop("partitionGlobalId"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_expiry_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_time_type_0 = datetime.datetime.fromisoformat(data)

                return expiry_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiry_time = _parse_expiry_time(d.pop("expiryTime", UNSET))

        generate_secret_request = cls(
            client_id=client_id,
            partition_global_id=partition_global_id,
            description=description,
            expiry_time=expiry_time,
        )

        generate_secret_request.additional_properties = d
        return generate_secret_request

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
