from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.user_type import UserType

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "userName",
        "email",
        "emailConfirmed",
        "name",
        "surname",
        "displayName",
        "creationTime",
        "lastModificationTime",
        "lastLoginTime",
        "groupIDs",
        "legacyId",
        "isActive",
        "bypassBasicAuthRestriction",
        "type",
        "invitationAccepted",
    }
)
_USERTYPE_BY_VALUE: dict[object, UserType] = {member.value: member for member in UserType}


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
        group_ids (list[UUID]): Ids of the groups the user belongs to.
        legacy_id (int): The user's numeric id in older UiPath services (Orchestrator).
        is_active (bool): Whether the user may sign in.
        bypass_basic_auth_restriction (bool): Whether the user may sign in with user name and password although the
            organization restricts basic authentication.
        type (UserType): How a user was created and what it is for.
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
    group_ids: list[UUID]
    legacy_id: int
    is_active: bool
    bypass_basic_auth_restriction: bool
    type: UserType
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

        group_ids = []
        for group_ids_item_data in self.group_ids:
            group_ids_item = str(group_ids_item_data)
            group_ids.append(group_ids_item)

        legacy_id = self.legacy_id

        is_active = self.is_active

        bypass_basic_auth_restriction = self.bypass_basic_auth_restriction

        type = self.type.value

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
                "groupIDs": group_ids,
                "legacyId": legacy_id,
                "isActive": is_active,
                "bypassBasicAuthRestriction": bypass_basic_auth_restriction,
                "type": type,
                "invitationAccepted": invitation_accepted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            user_name = src_dict["userName"]

            email = src_dict["email"]

            email_confirmed = src_dict["emailConfirmed"]

            name = src_dict["name"]

            surname = src_dict["surname"]

            display_name = src_dict["displayName"]

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "lastModificationTime"
            last_modification_time = src_dict["lastModificationTime"]
            if last_modification_time is not None:
                last_modification_time = datetime.datetime.fromisoformat(last_modification_time)

            _key = "lastLoginTime"
            last_login_time = src_dict["lastLoginTime"]
            if last_login_time is not None:
                last_login_time = datetime.datetime.fromisoformat(last_login_time)

            _key = "groupIDs"
            group_ids = []
            _group_ids = src_dict["groupIDs"]
            for group_ids_item_data in _group_ids:
                group_ids_item = UUID(group_ids_item_data)

                group_ids.append(group_ids_item)

            legacy_id = src_dict["legacyId"]

            is_active = src_dict["isActive"]

            bypass_basic_auth_restriction = src_dict["bypassBasicAuthRestriction"]

            _key = "type"
            type = _USERTYPE_BY_VALUE.get(src_dict["type"]) or UserType.from_wire(src_dict["type"])

            invitation_accepted = src_dict["invitationAccepted"]

            user = _new_instance(cls)
            user.id = id
            user.user_name = user_name
            user.email = email
            user.email_confirmed = email_confirmed
            user.name = name
            user.surname = surname
            user.display_name = display_name
            user.creation_time = creation_time
            user.last_modification_time = last_modification_time
            user.last_login_time = last_login_time
            user.group_ids = group_ids
            user.legacy_id = legacy_id
            user.is_active = is_active
            user.bypass_basic_auth_restriction = bypass_basic_auth_restriction
            user.type = type
            user.invitation_accepted = invitation_accepted

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 16:
                user.additional_properties = {}
            else:
                user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return user
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
