from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "name",
        "surname",
        "groupIDs",
        "redirectUrl",
        "language",
    }
)


@_attrs_define
class InvitedUser:
    """A person to invite by e-mail.

    Attributes:
        email (str): The address the invitation is sent to; it becomes the user's e-mail address.
        name (None | str | Unset): First name.
        surname (None | str | Unset): Last name.
        group_ids (list[UUID] | None | Unset): Ids of the groups to add the user to.
        redirect_url (None | str | Unset): Where the invitation link leads after sign-in.
        language (None | str | Unset): The language of the invitation e-mail, e.g. `en` or `ja`.
    """

    email: str
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    group_ids: list[UUID] | None | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        group_ids: list[str] | None | Unset
        if isinstance(self.group_ids, Unset):
            group_ids = UNSET
        elif isinstance(self.group_ids, list):
            group_ids = []
            for group_ids_type_0_item_data in self.group_ids:
                group_ids_type_0_item = str(group_ids_type_0_item_data)
                group_ids.append(group_ids_type_0_item)

        else:
            group_ids = self.group_ids

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if group_ids is not UNSET:
            field_dict["groupIDs"] = group_ids
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            email = src_dict["email"]

            name = src_dict.get("name", UNSET)

            surname = src_dict.get("surname", UNSET)

            _key = "groupIDs"

            def _parse_group_ids(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_type_0 = []
                    _group_ids_type_0 = data
                    for group_ids_type_0_item_data in _group_ids_type_0:
                        group_ids_type_0_item = UUID(group_ids_type_0_item_data)

                        group_ids_type_0.append(group_ids_type_0_item)

                    return group_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids = _parse_group_ids(src_dict.get("groupIDs", UNSET))

            redirect_url = src_dict.get("redirectUrl", UNSET)

            language = src_dict.get("language", UNSET)

            invited_user = _new_instance(cls)
            invited_user.email = email
            invited_user.name = name
            invited_user.surname = surname
            invited_user.group_ids = group_ids
            invited_user.redirect_url = redirect_url
            invited_user.language = language

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("name" in src_dict) + ("surname" in src_dict) + ("groupIDs" in src_dict) + (
                "redirectUrl" in src_dict
            ) + ("language" in src_dict):
                invited_user.additional_properties = {}
            else:
                invited_user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return invited_user
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
