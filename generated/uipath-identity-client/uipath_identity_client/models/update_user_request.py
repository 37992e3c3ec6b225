from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from .._logging import redacted_repr
from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "surname",
        "displayName",
        "email",
        "isActive",
        "password",
        "groupIDsToAdd",
        "groupIDsToRemove",
        "bypassBasicAuthRestriction",
        "invitationAccepted",
        "extensionUserAttributesToAddOrUpdate",
        "extensionUserAttributesToRemove",
    }
)


@_attrs_define
class UpdateUserRequest:
    """The changes to a user; fields left out or null keep their value.

    Attributes:
        name (None | str | Unset): First name.
        surname (None | str | Unset): Last name.
        display_name (None | str | Unset): The name shown for the user.
        email (None | str | Unset): Not supported by the service for existing users; invite the new address instead.
        is_active (bool | None | Unset): Whether the user may sign in.
        password (None | str | Unset): A new password (local users).
        group_ids_to_add (list[UUID] | None | Unset): Ids of the groups to add the user to.
        group_ids_to_remove (list[UUID] | None | Unset): Ids of the groups to remove the user from.
        bypass_basic_auth_restriction (bool | None | Unset): Whether the user may sign in with user name and password
            although the organization restricts basic authentication.
        invitation_accepted (bool | None | Unset): Whether the user counts as having accepted the invitation.
        extension_user_attributes_to_add_or_update (None | Unset |
            UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0): Custom user attributes to set, name to value.
        extension_user_attributes_to_remove (list[str] | None | Unset): Names of custom user attributes to remove.
    """

    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    password: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    group_ids_to_add: list[UUID] | None | Unset = UNSET
    group_ids_to_remove: list[UUID] | None | Unset = UNSET
    bypass_basic_auth_restriction: bool | None | Unset = UNSET
    invitation_accepted: bool | None | Unset = UNSET
    extension_user_attributes_to_add_or_update: (
        None | Unset | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
    ) = UNSET
    extension_user_attributes_to_remove: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        group_ids_to_add: list[str] | None | Unset
        if isinstance(self.group_ids_to_add, Unset):
            group_ids_to_add = UNSET
        elif isinstance(self.group_ids_to_add, list):
            group_ids_to_add = []
            for group_ids_to_add_type_0_item_data in self.group_ids_to_add:
                group_ids_to_add_type_0_item = str(group_ids_to_add_type_0_item_data)
                group_ids_to_add.append(group_ids_to_add_type_0_item)

        else:
            group_ids_to_add = self.group_ids_to_add

        group_ids_to_remove: list[str] | None | Unset
        if isinstance(self.group_ids_to_remove, Unset):
            group_ids_to_remove = UNSET
        elif isinstance(self.group_ids_to_remove, list):
            group_ids_to_remove = []
            for group_ids_to_remove_type_0_item_data in self.group_ids_to_remove:
                group_ids_to_remove_type_0_item = str(group_ids_to_remove_type_0_item_data)
                group_ids_to_remove.append(group_ids_to_remove_type_0_item)

        else:
            group_ids_to_remove = self.group_ids_to_remove

        bypass_basic_auth_restriction: bool | None | Unset
        if isinstance(self.bypass_basic_auth_restriction, Unset):
            bypass_basic_auth_restriction = UNSET
        else:
            bypass_basic_auth_restriction = self.bypass_basic_auth_restriction

        invitation_accepted: bool | None | Unset
        if isinstance(self.invitation_accepted, Unset):
            invitation_accepted = UNSET
        else:
            invitation_accepted = self.invitation_accepted

        extension_user_attributes_to_add_or_update: dict[str, Any] | None | Unset
        if isinstance(self.extension_user_attributes_to_add_or_update, Unset):
            extension_user_attributes_to_add_or_update = UNSET
        elif isinstance(
            self.extension_user_attributes_to_add_or_update, UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0
        ):
            extension_user_attributes_to_add_or_update = self.extension_user_attributes_to_add_or_update.to_dict()
        else:
            extension_user_attributes_to_add_or_update = self.extension_user_attributes_to_add_or_update

        extension_user_attributes_to_remove: list[str] | None | Unset
        if isinstance(self.extension_user_attributes_to_remove, Unset):
            extension_user_attributes_to_remove = UNSET
        elif isinstance(self.extension_user_attributes_to_remove, list):
            extension_user_attributes_to_remove = self.extension_user_attributes_to_remove

        else:
            extension_user_attributes_to_remove = self.extension_user_attributes_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if password is not UNSET:
            field_dict["password"] = password
        if group_ids_to_add is not UNSET:
            field_dict["groupIDsToAdd"] = group_ids_to_add
        if group_ids_to_remove is not UNSET:
            field_dict["groupIDsToRemove"] = group_ids_to_remove
        if bypass_basic_auth_restriction is not UNSET:
            field_dict["bypassBasicAuthRestriction"] = bypass_basic_auth_restriction
        if invitation_accepted is not UNSET:
            field_dict["invitationAccepted"] = invitation_accepted
        if extension_user_attributes_to_add_or_update is not UNSET:
            field_dict["extensionUserAttributesToAddOrUpdate"] = extension_user_attributes_to_add_or_update
        if extension_user_attributes_to_remove is not UNSET:
            field_dict["extensionUserAttributesToRemove"] = extension_user_attributes_to_remove

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            name = src_dict.get("name", UNSET)

            surname = src_dict.get("surname", UNSET)

            display_name = src_dict.get("displayName", UNSET)

            email = src_dict.get("email", UNSET)

            is_active = src_dict.get("isActive", UNSET)

            password = src_dict.get("password", UNSET)

            _key = "groupIDsToAdd"

            def _parse_group_ids_to_add(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_to_add_type_0 = []
                    _group_ids_to_add_type_0 = data
                    for group_ids_to_add_type_0_item_data in _group_ids_to_add_type_0:
                        group_ids_to_add_type_0_item = UUID(group_ids_to_add_type_0_item_data)

                        group_ids_to_add_type_0.append(group_ids_to_add_type_0_item)

                    return group_ids_to_add_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids_to_add = _parse_group_ids_to_add(src_dict.get("groupIDsToAdd", UNSET))

            _key = "groupIDsToRemove"

            def _parse_group_ids_to_remove(data: object) -> list[UUID] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    group_ids_to_remove_type_0 = []
                    _group_ids_to_remove_type_0 = data
                    for group_ids_to_remove_type_0_item_data in _group_ids_to_remove_type_0:
                        group_ids_to_remove_type_0_item = UUID(group_ids_to_remove_type_0_item_data)

                        group_ids_to_remove_type_0.append(group_ids_to_remove_type_0_item)

                    return group_ids_to_remove_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[UUID] | None | Unset, data)

            group_ids_to_remove = _parse_group_ids_to_remove(src_dict.get("groupIDsToRemove", UNSET))

            bypass_basic_auth_restriction = src_dict.get("bypassBasicAuthRestriction", UNSET)

            invitation_accepted = src_dict.get("invitationAccepted", UNSET)

            _key = "extensionUserAttributesToAddOrUpdate"

            def _parse_extension_user_attributes_to_add_or_update(
                data: object,
            ) -> None | Unset | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    extension_user_attributes_to_add_or_update_type_0 = (
                        UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0.from_dict(data)
                    )

                    return extension_user_attributes_to_add_or_update_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(None | Unset | UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0, data)

            extension_user_attributes_to_add_or_update = _parse_extension_user_attributes_to_add_or_update(
                src_dict.get("extensionUserAttributesToAddOrUpdate", UNSET)
            )

            _key = "extensionUserAttributesToRemove"

            def _parse_extension_user_attributes_to_remove(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    extension_user_attributes_to_remove_type_0 = cast(list[str], data)

                    return extension_user_attributes_to_remove_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(list[str] | None | Unset, data)

            extension_user_attributes_to_remove = _parse_extension_user_attributes_to_remove(
                src_dict.get("extensionUserAttributesToRemove", UNSET)
            )

            update_user_request = _new_instance(cls)
            update_user_request.name = name
            update_user_request.surname = surname
            update_user_request.display_name = display_name
            update_user_request.email = email
            update_user_request.is_active = is_active
            update_user_request.password = password
            update_user_request.group_ids_to_add = group_ids_to_add
            update_user_request.group_ids_to_remove = group_ids_to_remove
            update_user_request.bypass_basic_auth_restriction = bypass_basic_auth_restriction
            update_user_request.invitation_accepted = invitation_accepted
            update_user_request.extension_user_attributes_to_add_or_update = extension_user_attributes_to_add_or_update
            update_user_request.extension_user_attributes_to_remove = extension_user_attributes_to_remove

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 0 + ("name" in src_dict) + ("surname" in src_dict) + ("displayName" in src_dict) + (
                "email" in src_dict
            ) + ("isActive" in src_dict) + ("password" in src_dict) + ("groupIDsToAdd" in src_dict) + (
                "groupIDsToRemove" in src_dict
            ) + ("bypassBasicAuthRestriction" in src_dict) + ("invitationAccepted" in src_dict) + (
                "extensionUserAttributesToAddOrUpdate" in src_dict
            ) + ("extensionUserAttributesToRemove" in src_dict):
                update_user_request.additional_properties = {}
            else:
                update_user_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return update_user_request
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


from ..models.update_user_request_extension_user_attributes_to_add_or_update_type_0 import (
    UpdateUserRequestExtensionUserAttributesToAddOrUpdateType0,  # noqa: E402
)
