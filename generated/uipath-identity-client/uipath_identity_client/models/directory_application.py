from __future__ import annotations

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
        "applicationId",
    }
)


@_attrs_define
class DirectoryApplication:
    """An application of the directory (an external client, or an application of an external directory).

    Attributes:
        object_type (Literal['DirectoryApplication']): Always `DirectoryApplication`.
        source (str): Where the entity lives, e.g. `local` or `aad`.
        identifier (str): The entity's unique identifier.
        name (str): The application's name.
        display_name (None | str): The name shown for the application.
        email (None | str | Unset): Always null for applications in the documented examples.
        application_id (None | str | Unset): The application's id (for an external client, its `client_id`).
    """

    object_type: Literal["DirectoryApplication"]
    source: str
    identifier: str
    name: str
    display_name: None | str
    email: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
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

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

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
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "objectType"
            object_type = cast(Literal["DirectoryApplication"], src_dict["objectType"])
            if object_type != "DirectoryApplication":
                raise ConstMismatch(f"objectType must match const 'DirectoryApplication', got '{object_type}'")

            source = src_dict["source"]

            identifier = src_dict["identifier"]

            name = src_dict["name"]

            display_name = src_dict["displayName"]

            email = src_dict.get("email", UNSET)

            application_id = src_dict.get("applicationId", UNSET)

            directory_application = _new_instance(cls)
            directory_application.object_type = object_type
            directory_application.source = source
            directory_application.identifier = identifier
            directory_application.name = name
            directory_application.display_name = display_name
            directory_application.email = email
            directory_application.application_id = application_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5 + ("email" in src_dict) + ("applicationId" in src_dict):
                directory_application.additional_properties = {}
            else:
                directory_application.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return directory_application
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
