from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "auditEvents",
        "next",
        "previous",
    }
)


@_attrs_define
class AuditEventPage:
    """One page of events, newest first, with the links to the neighbouring pages.

    Attributes:
        audit_events (list[AuditEvent]): The events of this page, newest first.
        next (None | str | Unset): The URL (path and query, on the same host) of the page of newer events; null when
            this
            page reaches the present. Request it as it is.
        previous (None | str | Unset): The URL (path and query, on the same host) of the page of older events; null when
            there
            are no older events in the interval. Request it as it is.
    """

    audit_events: list[AuditEvent]
    next: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_events = []
        for audit_events_item_data in self.audit_events:
            audit_events_item = audit_events_item_data.to_dict()
            audit_events.append(audit_events_item)

        next: None | str | Unset
        if isinstance(self.next, Unset):
            next = UNSET
        else:
            next = self.next

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auditEvents": audit_events,
            }
        )
        if next is not UNSET:
            field_dict["next"] = next
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "auditEvents"
            audit_events = list(map(AuditEvent.from_dict, src_dict["auditEvents"]))

            next = src_dict.get("next", UNSET)

            previous = src_dict.get("previous", UNSET)

            audit_event_page = _new_instance(cls)
            audit_event_page.audit_events = audit_events
            audit_event_page.next = next
            audit_event_page.previous = previous

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("next" in src_dict) + ("previous" in src_dict):
                audit_event_page.additional_properties = {}
            else:
                audit_event_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_event_page
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


from ..models.audit_event import AuditEvent  # noqa: E402
