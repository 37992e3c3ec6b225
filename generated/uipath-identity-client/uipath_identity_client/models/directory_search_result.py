from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.directory_entity_type import DirectoryEntityType

T = TypeVar("T", bound="DirectorySearchResult")


@_attrs_define
class DirectorySearchResult:
    """One hit of a directory search.

    Attributes:
        source (str): Where the entity lives, e.g. `local` or `aad`.
        identifier (str): The entity's unique identifier (use it to resolve the entity).
        identity_name (str): The entity's unique name (a user name or e-mail address, a group's name).
        display_name (str): The name shown for the entity.
        email (None | str): The entity's e-mail address, if it has one.
        domain (None | str): The Active Directory domain of the entity; null for other sources.
        type_ (DirectoryEntityType): The type of a directory entity. Robot accounts are of type `user`. The service also
            accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        object_type (str): The entity's shape when resolved, e.g. `DirectoryUser`, `DirectoryGroup`,
            `DirectoryRobotUser`, `DirectoryApplication`.
    """

    source: str
    identifier: str
    identity_name: str
    display_name: str
    email: None | str
    domain: None | str
    type_: DirectoryEntityType
    object_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        identifier = self.identifier

        identity_name = self.identity_name

        display_name = self.display_name

        email: None | str
        email = self.email

        domain: None | str
        domain = self.domain

        type_ = self.type_.value

        object_type = self.object_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "identifier": identifier,
                "identityName": identity_name,
                "displayName": display_name,
                "email": email,
                "domain": domain,
                "type": type_,
                "objectType": object_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        identifier = d.pop("identifier")

        identity_name = d.pop("identityName")

        display_name = d.pop("displayName")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_domain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        type_ = DirectoryEntityType(d.pop("type"))

        object_type = d.pop("objectType")

        directory_search_result = cls(
            source=source,
            identifier=identifier,
            identity_name=identity_name,
            display_name=display_name,
            email=email,
            domain=domain,
            type_=type_,
            object_type=object_type,
        )

        directory_search_result.additional_properties = d
        return directory_search_result

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
