from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ConstMismatch, FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "objectType",
        "source",
        "identifier",
        "name",
        "displayName",
        "email",
        "firstName",
        "lastName",
        "jobTitle",
        "companyName",
        "city",
        "department",
        "isActive",
        "creationTime",
    }
)


@_attrs_define
class DirectoryUser:
    """A user of the directory (local, Azure AD / Entra ID, or another identity provider).

    Attributes:
        object_type (Literal['DirectoryUser']): Always `DirectoryUser`.
        source (str): Where the entity lives, e.g. `local` or `aad`.
        identifier (str): The entity's unique identifier.
        name (str): The user name (an e-mail address for most users).
        display_name (None | str): The name shown for the user.
        email (None | str | Unset): The user's e-mail address.
        first_name (None | str | Unset): Given name.
        last_name (None | str | Unset): Surname.
        job_title (None | str | Unset): Job title.
        company_name (None | str | Unset): Company.
        city (None | str | Unset): City.
        department (None | str | Unset): Department.
        is_active (bool | Unset): Whether the user may sign in.
        creation_time (datetime.datetime | None | Unset): When the user was created (UTC).
    """

    object_type: Literal["DirectoryUser"]
    source: str
    identifier: str
    name: str
    display_name: None | str
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    creation_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        source = self.source

        identifier = self.identifier

        name = self.name

        display_name: None | str
        display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        is_active = self.is_active

        creation_time: None | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        elif isinstance(self.creation_time, datetime.datetime):
            creation_time = self.creation_time.isoformat()
        else:
            creation_time = self.creation_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "source": source,
                "identifier": identifier,
                "name": name,
                "displayName": display_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if city is not UNSET:
            field_dict["city"] = city
        if department is not UNSET:
            field_dict["department"] = department
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "objectType"
            object_type = cast(Literal["DirectoryUser"], src_dict["objectType"])
            if object_type != "DirectoryUser":
                raise ConstMismatch(f"objectType must match const 'DirectoryUser', got '{object_type}'")

            source = src_dict["source"]

            identifier = src_dict["identifier"]

            name = src_dict["name"]

            display_name = src_dict["displayName"]

            email = src_dict.get("email", UNSET)

            first_name = src_dict.get("firstName", UNSET)

            last_name = src_dict.get("lastName", UNSET)

            job_title = src_dict.get("jobTitle", UNSET)

            company_name = src_dict.get("companyName", UNSET)

            city = src_dict.get("city", UNSET)

            department = src_dict.get("department", UNSET)

            is_active = src_dict.get("isActive", UNSET)

            _key = "creationTime"
            creation_time = src_dict.get("creationTime", UNSET)
            if creation_time is not None and creation_time is not UNSET:
                creation_time = datetime.datetime.fromisoformat(creation_time)

            directory_user = _new_instance(cls)
            directory_user.object_type = object_type
            directory_user.source = source
            directory_user.identifier = identifier
            directory_user.name = name
            directory_user.display_name = display_name
            directory_user.email = email
            directory_user.first_name = first_name
            directory_user.last_name = last_name
            directory_user.job_title = job_title
            directory_user.company_name = company_name
            directory_user.city = city
            directory_user.department = department
            directory_user.is_active = is_active
            directory_user.creation_time = creation_time

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5 + ("email" in src_dict) + ("firstName" in src_dict) + ("lastName" in src_dict) + (
                "jobTitle" in src_dict
            ) + ("companyName" in src_dict) + ("city" in src_dict) + ("department" in src_dict) + (
                "isActive" in src_dict
            ) + ("creationTime" in src_dict):
                directory_user.additional_properties = {}
            else:
                directory_user.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return directory_user
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
