from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the organization.

    Attributes:
        id (UUID): The user's id.
        user_name (str): The user name.
        email (None | str): The user's e-mail address.
        email_confirmed (bool): Whether the e-mail address has been confirmed.
        name (None | str): First name.
        surname (None | str): Last name.
        display_name (None | str): The name shown for the user.
        creation_time (datetime.datetime): When the user was created.
        last_modification_time (datetime.datetime | None): When the user was last changed; null if never.
        last_login_time (datetime.datetime | None): When the user last signed in; null if never.
        group_i_ds (list[UUID]): Ids of the groups the user belongs to.
        legacy_id (int): The user's numeric id in older UiPath services (Orchestrator).
        is_active (bool): Whether the user may sign in.
        bypass_basic_auth_restriction (bool): Whether the user may sign in with user name and password although the
            organization restricts basic authentication.
        type_ (UserType): How a user was created and what it is for.
        invitation_accepted (bool): Whether the user has accepted the invitation.
    """

    id: UUID
    user_name: str
    email: None | str
    email_confirmed: bool
    name: None | str
    surname: None | str
    display_name: None | str
    creation_time: datetime.datetime
    last_modification_time: datetime.datetime | None
    last_login_time: datetime.datetime | None
    group_i_ds: list[UUID]
    legacy_id: int
    is_active: bool
    bypass_basic_auth_restriction: bool
    type_: UserType
    invitation_accepted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_name = self.user_name

        email: None | str
        email = self.email

        email_confirmed = self.email_confirmed

        name: None | str
        name = self.name

        surname: None | str
        surname = self.surname

        display_name: None | str
        display_name = self.display_name

        creation_time = self.creation_time.isoformat()

        last_modification_time: None | str
        if isinstance(self.last_modification_time, datetime.datetime):
            last_modification_time = self.last_modification_time.isoformat()
        else:
            last_modification_time = self.last_modification_time

        last_login_time: None | str
        if isinstance(self.last_login_time, datetime.datetime):
            last_login_time = self.last_login_time.isoformat()
        else:
            last_login_time = self.last_login_time

        group_i_ds = []
        for group_i_ds_item_data in self.group_i_ds:
            group_i_ds_item = str(group_i_ds_item_data)
            group_i_ds.append(group_i_ds_item)

        legacy_id = self.legacy_id

        is_active = self.is_active

        bypass_basic_auth_restriction = self.bypass_basic_auth_restriction

        type_ = self.type_.value

        invitation_accepted = self.invitation_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userName": user_name,
                "email": email,
                "emailConfirmed": email_confirmed,
                "name": name,
                "surname": surname,
                "displayName": display_name,
                "creationTime": creation_time,
                "lastModificationTime": last_modification_time,
                "lastLoginTime": last_login_time,
                "groupIDs": group_i_ds,
                "legacyId": legacy_id,
                "isActive": is_active,
                "bypassBasicAuthRestriction": bypass_basic_auth_restriction,
                "type": type_,
                "invitationAccepted": invitation_accepted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_name = d.pop("userName")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        email_confirmed = d.pop("emailConfirmed")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_surname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        surname = _parse_surname(d.pop("surname"))

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        creation_time = datetime.datetime.fromisoformat(d.pop("creationTime"))

        def _parse_last_modification_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_modification_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_modification_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_modification_time = _parse_last_modification_time(d.pop("lastModificationTime"))

        def _parse_last_login_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_time = _parse_last_login_time(d.pop("lastLoginTime"))

        group_i_ds = []
        _group_i_ds = d.pop("groupIDs")
        for group_i_ds_item_data in _group_i_ds:
            group_i_ds_item = UUID(group_i_ds_item_data)

            group_i_ds.append(group_i_ds_item)

        legacy_id = d.pop("legacyId")

        is_active = d.pop("isActive")

        bypass_basic_auth_restriction = d.pop("bypassBasicAuthRestriction")

        type_ = UserType(d.pop("type"))

        invitation_accepted = d.pop("invitationAccepted")

        user = cls(
            id=id,
            user_name=user_name,
            email=email,
            email_confirmed=email_confirmed,
            name=name,
            surname=surname,
            display_name=display_name,
            creation_time=creation_time,
            last_modification_time=last_modification_time,
            last_login_time=last_login_time,
            group_i_ds=group_i_ds,
            legacy_id=legacy_id,
            is_active=is_active,
            bypass_basic_auth_restriction=bypass_basic_auth_restriction,
            type_=type_,
            invitation_accepted=invitation_accepted,
        )

        user.additional_properties = d
        return user

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
