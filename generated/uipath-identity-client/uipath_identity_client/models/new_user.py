from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..models.user_type import UserType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "userName",
        "id",
        "email",
        "name",
        "surname",
        "displayName",
        "type",
        "bypassBasicAuthRestriction",
        "legacyId",
        "invitationAccepted",
    }
)


@_attrs_define
class NewUser:
    """A user to create (one entry of a bulk creation).

    Attributes:
        user_name (str): The user name, unique in the organization.
        id (None | Unset | UUID): The id the new user gets; left out or null, the service assigns one.
        email (None | str | Unset): The user's e-mail address, unique in the organization.
        name (None | str | Unset): First name.
        surname (None | str | Unset): Last name.
        display_name (None | str | Unset): The name shown for the user.
        type (UserType | Unset): How a user was created and what it is for.
        bypass_basic_auth_restriction (bool | Unset): Whether the user may sign in with user name and password although
            the organization restricts basic authentication. Default: False.
        legacy_id (int | None | Unset): A numeric id to keep in step with an older UiPath service; null for the next
            free one.
        invitation_accepted (bool | Unset): Whether the user counts as having accepted an invitation. Default: False.
    """

    user_name: str
    id: None | Unset | UUID = UNSET
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    type: UserType | Unset = UNSET
    bypass_basic_auth_restriction: bool | Unset = False
    legacy_id: int | None | Unset = UNSET
    invitation_accepted: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
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

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.value

        bypass_basic_auth_restriction = self.bypass_basic_auth_restriction

        legacy_id: int | None | Unset
        if isinstance(self.legacy_id, Unset):
            legacy_id = UNSET
        else:
            legacy_id = self.legacy_id

        invitation_accepted = self.invitation_accepted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userName": user_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if type is not UNSET:
            field_dict["type"] = type
        if bypass_basic_auth_restriction is not UNSET:
            field_dict["bypassBasicAuthRestriction"] = bypass_basic_auth_restriction
        if legacy_id is not UNSET:
            field_dict["legacyId"] = legacy_id
        if invitation_accepted is not UNSET:
            field_dict["invitationAccepted"] = invitation_accepted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            user_name = src_dict["userName"]

            _key = "id"

            def _parse_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    id_type_0 = UUID(data)

                    return id_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(None | Unset | UUID, data)

            id = _parse_id(src_dict.get("id", UNSET))

            email = src_dict.get("email", UNSET)

            name = src_dict.get("name", UNSET)

            surname = src_dict.get("surname", UNSET)

            display_name = src_dict.get("displayName", UNSET)

            _key = "type"
            _type = src_dict.get("type", UNSET)
            type: UserType | Unset
            if isinstance(_type, Unset):
                type = UNSET
            else:
                type = UserType.from_wire(_type)

            bypass_basic_auth_restriction = src_dict.get("bypassBasicAuthRestriction", UNSET)

            legacy_id = src_dict.get("legacyId", UNSET)

            invitation_accepted = src_dict.get("invitationAccepted", UNSET)

            new_user = _new_instance(cls)
            new_user.user_name = user_name
            new_user.id = id
            new_user.email = email
            new_user.name = name
            new_user.surname = surname
            new_user.display_name = display_name
            new_user.type = type
            new_user.bypass_basic_auth_restriction = bypass_basic_auth_restriction
            new_user.legacy_id = legacy_id
            new_user.invitation_accepted = invitation_accepted

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("id" in src_dict) + ("email" in src_dict) + ("name" in src_dict) + (
                "surname" in src_dict
            ) + ("displayName" in src_dict) + ("type" in src_dict) + ("bypassBasicAuthRestriction" in src_dict) + (
                "legacyId" in src_dict
            ) + ("invitationAccepted" in src_dict):
                new_user.additional_properties = {}
            else:
                new_user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return new_user
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
