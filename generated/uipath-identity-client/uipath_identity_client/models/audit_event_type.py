from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
    }
)


@_attrs_define
class AuditEventType:
    """A kind of activity recorded under a target, such as `User Login`.

    Attributes:
        id (str): The event type's id (a GUID), for the `type` filter.
        name (str): The activity's name.
    """

    id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            name = src_dict["name"]

            audit_event_type = _new_instance(cls)
            audit_event_type.id = id
            audit_event_type.name = name

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                audit_event_type.additional_properties = {}
            else:
                audit_event_type.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_event_type
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
