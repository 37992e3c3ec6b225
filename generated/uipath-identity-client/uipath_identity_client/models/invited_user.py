from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitedUser")


@_attrs_define
class InvitedUser:
    """A person to invite by e-mail.

    Attributes:
        email (str): The address the invitation is sent to; it becomes the user's e-mail address.
        name (None | str | Unset): First name.
        surname (None | str | Unset): Last name.
        group_i_ds (list[UUID] | None | Unset): Ids of the groups to add the user to.
        redirect_url (None | str | Unset): Where the invitation link leads after sign-in.
        language (None | str | Unset): The language of the invitation e-mail, e.g. `en` or `ja`.
    """

    email: str
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    group_i_ds: list[UUID] | None | Unset = UNSET
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

        group_i_ds: list[str] | None | Unset
        if isinstance(self.group_i_ds, Unset):
            group_i_ds = UNSET
        elif isinstance(self.group_i_ds, list):
            group_i_ds = []
            for group_i_ds_type_0_item_data in self.group_i_ds:
                group_i_ds_type_0_item = str(group_i_ds_type_0_item_data)
                group_i_ds.append(group_i_ds_type_0_item)

        else:
            group_i_ds = self.group_i_ds

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
        if group_i_ds is not UNSET:
            field_dict["groupIDs"] = group_i_ds
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_group_i_ds(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_i_ds_type_0 = []
                _group_i_ds_type_0 = data
                for group_i_ds_type_0_item_data in _group_i_ds_type_0:
                    group_i_ds_type_0_item = UUID(group_i_ds_type_0_item_data)

                    group_i_ds_type_0.append(group_i_ds_type_0_item)

                return group_i_ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        group_i_ds = _parse_group_i_ds(d.pop("groupIDs", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        invited_user = cls(
            email=email,
            name=name,
            surname=surname,
            group_i_ds=group_i_ds,
            redirect_url=redirect_url,
            language=language,
        )

        invited_user.additional_properties = d
        return invited_user

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
