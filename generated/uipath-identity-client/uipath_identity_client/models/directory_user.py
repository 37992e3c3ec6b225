from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class DirectoryUser:
    """A user of the directory (local, Azure AD / Entra ID, or another identity provider).

    Attributes:
        object_type (Literal['DirectoryUser']): Always `DirectoryUser`.
        source (str): Where the entity lives, e.g. `local` or `aad`.
        identifier (str): The entity's unique identifier.
        name (str): The user name (an e-mail address for most users).
        display_name (str): The name shown for the user.
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
    display_name: str
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
        d = dict(src_dict)
        object_type = cast(Literal["DirectoryUser"], d.pop("objectType"))
        if object_type != "DirectoryUser":
            raise ValueError(f"objectType must match const 'DirectoryUser', got '{object_type}'")

        source = d.pop("source")

        identifier = d.pop("identifier")

        name = d.pop("name")

        display_name = d.pop("displayName")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("companyName", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("department", UNSET))

        is_active = d.pop("isActive", UNSET)

        def _parse_creation_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_time_type_0 = datetime.datetime.fromisoformat(data)

                return creation_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_time = _parse_creation_time(d.pop("creationTime", UNSET))

        directory_user = cls(
            object_type=object_type,
            source=source,
            identifier=identifier,
            name=name,
            display_name=display_name,
            email=email,
            first_name=first_name,
            last_name=last_name,
            job_title=job_title,
            company_name=company_name,
            city=city,
            department=department,
            is_active=is_active,
            creation_time=creation_time,
        )

        directory_user.additional_properties = d
        return directory_user

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
