from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from .._logging import redacted_repr
from ..errors import FieldError
from ..models.user_type import UserType
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "partitionGlobalId",
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
        "password",
        "validatePassword",
        "groupIDs",
        "userLogins",
    }
)


@_attrs_define
class CreateUserRequest:
    """A new user of an organization.

    Attributes:
        partition_global_id (UUID): The organization's id.
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
        password (None | str | Unset): The user's initial password (local users).
        validate_password (bool | Unset): Whether to check the password against the organization's password policy.
            Default: False.
        group_ids (list[UUID] | None | Unset): Ids of the groups to add the user to.
        user_logins (list[UserLoginInfo] | None | Unset): External logins to link to the user.
    """

    partition_global_id: UUID
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
    password: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    validate_password: bool | Unset = False
    group_ids: list[UUID] | None | Unset = UNSET
    user_logins: list[UserLoginInfo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_global_id = str(self.partition_global_id)

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

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        validate_password = self.validate_password

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

        user_logins: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_logins, Unset):
            user_logins = UNSET
        elif isinstance(self.user_logins, list):
            user_logins = []
            for user_logins_type_0_item_data in self.user_logins:
                user_logins_type_0_item = user_logins_type_0_item_data.to_dict()
                user_logins.append(user_logins_type_0_item)

        else:
            user_logins = self.user_logins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partitionGlobalId": partition_global_id,
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
        if password is not UNSET:
            field_dict["password"] = password
        if validate_password is not UNSET:
            field_dict["validatePassword"] = validate_password
        if group_ids is not UNSET:
            field_dict["groupIDs"] = group_ids
        if user_logins is not UNSET:
            field_dict["userLogins"] = user_logins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

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

            password = src_dict.get("password", UNSET)

            validate_password = src_dict.get("validatePassword", UNSET)

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

            _key = "userLogins"

            def _parse_user_logins(data: object) -> list[UserLoginInfo] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    user_logins_type_0 = []
                    _user_logins_type_0 = data
                    for user_logins_type_0_item_data in _user_logins_type_0:
                        user_logins_type_0_item = UserLoginInfo.from_dict(user_logins_type_0_item_data)

                        user_logins_type_0.append(user_logins_type_0_item)

                    return user_logins_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UserLoginInfo] | None | Unset, data)

            user_logins = _parse_user_logins(src_dict.get("userLogins", UNSET))

            create_user_request = _new_instance(cls)
            create_user_request.partition_global_id = partition_global_id
            create_user_request.user_name = user_name
            create_user_request.id = id
            create_user_request.email = email
            create_user_request.name = name
            create_user_request.surname = surname
            create_user_request.display_name = display_name
            create_user_request.type = type
            create_user_request.bypass_basic_auth_restriction = bypass_basic_auth_restriction
            create_user_request.legacy_id = legacy_id
            create_user_request.invitation_accepted = invitation_accepted
            create_user_request.password = password
            create_user_request.validate_password = validate_password
            create_user_request.group_ids = group_ids
            create_user_request.user_logins = user_logins

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("id" in src_dict) + ("email" in src_dict) + ("name" in src_dict) + (
                "surname" in src_dict
            ) + ("displayName" in src_dict) + ("type" in src_dict) + ("bypassBasicAuthRestriction" in src_dict) + (
                "legacyId" in src_dict
            ) + ("invitationAccepted" in src_dict) + ("password" in src_dict) + ("validatePassword" in src_dict) + (
                "groupIDs" in src_dict
            ) + ("userLogins" in src_dict):
                create_user_request.additional_properties = {}
            else:
                create_user_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return create_user_request
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


from ..models.user_login_info import UserLoginInfo  # noqa: E402
