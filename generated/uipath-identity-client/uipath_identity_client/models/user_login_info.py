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
        "loginProvider",
        "providerKey",
        "providerDisplayName",
    }
)


@_attrs_define
class UserLoginInfo:
    """An external login (identity provider account) to link to a new user.

    Attributes:
        login_provider (str): The identity provider, e.g. `AzureAD`.
        provider_key (str): The user's unique id at that provider.
        provider_display_name (None | str | Unset): The provider's display name.
    """

    login_provider: str
    provider_key: str
    provider_display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_provider = self.login_provider

        provider_key = self.provider_key

        provider_display_name: None | str | Unset
        if isinstance(self.provider_display_name, Unset):
            provider_display_name = UNSET
        else:
            provider_display_name = self.provider_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loginProvider": login_provider,
                "providerKey": provider_key,
            }
        )
        if provider_display_name is not UNSET:
            field_dict["providerDisplayName"] = provider_display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            login_provider = src_dict["loginProvider"]

            provider_key = src_dict["providerKey"]

            provider_display_name = src_dict.get("providerDisplayName", UNSET)

            user_login_info = _new_instance(cls)
            user_login_info.login_provider = login_provider
            user_login_info.provider_key = provider_key
            user_login_info.provider_display_name = provider_display_name

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("providerDisplayName" in src_dict):
                user_login_info.additional_properties = {}
            else:
                user_login_info.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return user_login_info
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
