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
        "eventTypes",
    }
)


@_attrs_define
class AuditEventTarget:
    """A kind of thing acted on under a source, such as `Authentication` or `Folders`, with its event types.

    Attributes:
        id (str): The target's id (a GUID), for the `target` filter.
        name (str): The target's name.
        event_types (list[AuditEventType]): The activities recorded for this target.
    """

    id: str
    name: str
    event_types: list[AuditEventType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.to_dict()
            event_types.append(event_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "eventTypes": event_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            name = src_dict["name"]

            _key = "eventTypes"
            event_types = list(map(AuditEventType.from_dict, src_dict["eventTypes"]))

            audit_event_target = _new_instance(cls)
            audit_event_target.id = id
            audit_event_target.name = name
            audit_event_target.event_types = event_types

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3:
                audit_event_target.additional_properties = {}
            else:
                audit_event_target.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_event_target
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


from ..models.audit_event_type import AuditEventType  # noqa: E402
