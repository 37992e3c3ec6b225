from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..models.directory_entity_type import DirectoryEntityType

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "source",
        "identifier",
        "identityName",
        "displayName",
        "email",
        "domain",
        "type",
        "objectType",
    }
)
_DIRECTORYENTITYTYPE_BY_VALUE: dict[object, DirectoryEntityType] = {
    member.value: member for member in DirectoryEntityType
}


@_attrs_define
class DirectorySearchResult:
    """One hit of a directory search.

    Attributes:
        source (str): Where the entity lives, e.g. `local` or `aad`.
        identifier (str): The entity's unique identifier (use it to resolve the entity).
        identity_name (str): The entity's unique name (a user name or e-mail address, a group's name).
        display_name (None | str): The name shown for the entity.
        email (None | str): The entity's e-mail address, if it has one.
        domain (None | str): The Active Directory domain of the entity; null for other sources.
        type (DirectoryEntityType): The type of a directory entity. Robot accounts are of type `user`. The service also
            accepts
            the capitalized spellings (`User`, `Group`, `Application`) in requests.
        object_type (str): The entity's shape when resolved, e.g. `DirectoryUser`, `DirectoryGroup`,
            `DirectoryRobotUser`, `DirectoryApplication`.
    """

    source: str
    identifier: str
    identity_name: str
    display_name: None | str
    email: None | str
    domain: None | str
    type: DirectoryEntityType
    object_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        identifier = self.identifier

        identity_name = self.identity_name

        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        domain: None | str
        domain = self.domain

        type = self.type.value

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
                "type": type,
                "objectType": object_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            source = src_dict["source"]

            identifier = src_dict["identifier"]

            identity_name = src_dict["identityName"]

            display_name = src_dict["displayName"]

            email = src_dict["email"]

            domain = src_dict["domain"]

            _key = "type"
            type = _DIRECTORYENTITYTYPE_BY_VALUE.get(src_dict["type"]) or DirectoryEntityType.from_wire(
                src_dict["type"]
            )

            object_type = src_dict["objectType"]

            directory_search_result = _new_instance(cls)
            directory_search_result.source = source
            directory_search_result.identifier = identifier
            directory_search_result.identity_name = identity_name
            directory_search_result.display_name = display_name
            directory_search_result.email = email
            directory_search_result.domain = domain
            directory_search_result.type = type
            directory_search_result.object_type = object_type

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 8:
                directory_search_result.additional_properties = {}
            else:
                directory_search_result.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return directory_search_result
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
