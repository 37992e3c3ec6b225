from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "ipAddress",
        "ipCountry",
    }
)


@_attrs_define
class ClientInfo:
    """Where a request that caused the event came from.

    Attributes:
        ip_address (None | str | Unset): The client's IP address.
        ip_country (None | str | Unset): The country of the IP address (ISO 3166 alpha-2 code).
    """

    ip_address: None | str | Unset = UNSET
    ip_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        ip_country: None | str | Unset
        if isinstance(self.ip_country, Unset):
            ip_country = UNSET
        else:
            ip_country = self.ip_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if ip_country is not UNSET:
            field_dict["ipCountry"] = ip_country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            ip_address = src_dict.get("ipAddress", UNSET)

            ip_country = src_dict.get("ipCountry", UNSET)

            client_info = _new_instance(cls)
            client_info.ip_address = ip_address
            client_info.ip_country = ip_country

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 0 + ("ipAddress" in src_dict) + ("ipCountry" in src_dict):
                client_info.additional_properties = {}
            else:
                client_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return client_info
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
