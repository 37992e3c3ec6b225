from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "userBundleLicenses",
        "useExternalLicense",
        "orphan",
        "email",
        "name",
        "surname",
        "lastInUse",
    }
)


@_attrs_define
class UserLicenseAllocation:
    """A user and the bundles allocated to them explicitly.

    Attributes:
        id (UUID): The user's id.
        user_bundle_licenses (list[str]): The bundles allocated to the user explicitly.
        use_external_license (bool): Whether the user's licenses are managed outside UiPath.
        orphan (bool): True when the user no longer exists in the organization but still holds licenses.
        email (None | str | Unset): The user's e-mail address.
        name (None | str | Unset): The user's first name.
        surname (None | str | Unset): The user's last name.
        last_in_use (datetime.datetime | None | Unset): When the user last used a license; null if never.
    """

    id: UUID
    user_bundle_licenses: list[str]
    use_external_license: bool
    orphan: bool
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    last_in_use: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_bundle_licenses = self.user_bundle_licenses

        use_external_license = self.use_external_license

        orphan = self.orphan

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

        last_in_use: None | str | Unset
        if isinstance(self.last_in_use, Unset):
            last_in_use = UNSET
        elif isinstance(self.last_in_use, datetime.datetime):
            last_in_use = self.last_in_use.isoformat()
        else:
            last_in_use = self.last_in_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "userBundleLicenses": user_bundle_licenses,
                "useExternalLicense": use_external_license,
                "orphan": orphan,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if last_in_use is not UNSET:
            field_dict["lastInUse"] = last_in_use

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "id"
            id = UUID(src_dict["id"])

            _key = "userBundleLicenses"
            user_bundle_licenses = cast(list[str], src_dict["userBundleLicenses"])

            use_external_license = src_dict["useExternalLicense"]

            orphan = src_dict["orphan"]

            email = src_dict.get("email", UNSET)

            name = src_dict.get("name", UNSET)

            surname = src_dict.get("surname", UNSET)

            _key = "lastInUse"
            last_in_use = src_dict.get("lastInUse", UNSET)
            if last_in_use is not None and last_in_use is not UNSET:
                last_in_use = datetime.datetime.fromisoformat(last_in_use)

            user_license_allocation = _new_instance(cls)
            user_license_allocation.id = id
            user_license_allocation.user_bundle_licenses = user_bundle_licenses
            user_license_allocation.use_external_license = use_external_license
            user_license_allocation.orphan = orphan
            user_license_allocation.email = email
            user_license_allocation.name = name
            user_license_allocation.surname = surname
            user_license_allocation.last_in_use = last_in_use

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 4 + ("email" in src_dict) + ("name" in src_dict) + ("surname" in src_dict) + (
                "lastInUse" in src_dict
            ):
                user_license_allocation.additional_properties = {}
            else:
                user_license_allocation.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return user_license_allocation
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
