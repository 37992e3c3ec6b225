from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._logging import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientSecret")


@_attrs_define
class ClientSecret:
    """A client secret of a confidential external client.

    Attributes:
        id (int): The secret's id, used to delete it.
        creation_time (datetime.datetime): When the secret was created (UTC).
        description (None | str | Unset): The description given when the secret was generated.
        secret (None | str | Unset): The secret's value. Shown only in the response that creates it (create external
            client,
            generate secret); null everywhere else (D3).
        expiry_time (datetime.datetime | None | Unset): When the secret stops working (UTC); null if it never expires.
    """

    id: int
    creation_time: datetime.datetime
    description: None | str | Unset = UNSET
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    expiry_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_time = self.creation_time.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

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
                "id": id,
                "creationTime": creation_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if secret is not UNSET:
            field_dict["secret"] = secret
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

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

        client_secret = cls(
            id=id,
            creation_time=creation_time,
            description=description,
            secret=secret,
            expiry_time=expiry_time,
        )

        client_secret.additional_properties = d
        return client_secret

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
