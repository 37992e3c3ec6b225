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
        "eventTargets",
    }
)


@_attrs_define
class AuditEventSource:
    """A service or area that records events, such as `Identity`, with its targets.

    Attributes:
        id (str): The source's id (a GUID), for the `source` filter.
        name (str): The source's name.
        event_targets (list[AuditEventTarget]): The kinds of things this source records events about.
    """

    id: str
    name: str
    event_targets: list[AuditEventTarget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        event_targets = []
        for event_targets_item_data in self.event_targets:
            event_targets_item = event_targets_item_data.to_dict()
            event_targets.append(event_targets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "eventTargets": event_targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            name = src_dict["name"]

            _key = "eventTargets"
            event_targets = list(map(AuditEventTarget.from_dict, src_dict["eventTargets"]))

            audit_event_source = _new_instance(cls)
            audit_event_source.id = id
            audit_event_source.name = name
            audit_event_source.event_targets = event_targets

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 3:
                audit_event_source.additional_properties = {}
            else:
                audit_event_source.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_event_source
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


from ..models.audit_event_target import AuditEventTarget  # noqa: E402
