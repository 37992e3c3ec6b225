from __future__ import annotations

import datetime
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
        "createdOn",
        "source",
        "category",
        "action",
        "userName",
        "email",
        "message",
        "auditLogDetails",
        "detailsVersion",
    }
)


@_attrs_define
class AuditLogRecord:
    """One record of the audit log.

    Attributes:
        created_on (datetime.datetime): When the event happened (UTC).
        source (None | str | Unset): The service that recorded the event (e.g. `Identity`).
        category (None | str | Unset): The kind of thing acted on (e.g. `Group`, `User`, `RobotAccount`).
        action (None | str | Unset): What was done (e.g. `Create`, `Update`, `Delete`).
        user_name (None | str | Unset): The user name of who did it.
        email (None | str | Unset): The e-mail address of who did it.
        message (None | str | Unset): A human-readable description, in the requested language.
        audit_log_details (None | str | Unset): Details specific to the event, as a JSON document in a string.
        details_version (None | str | Unset): The version of the details' format.
    """

    created_on: datetime.datetime
    source: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    audit_log_details: None | str | Unset = UNSET
    details_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        audit_log_details: None | str | Unset
        if isinstance(self.audit_log_details, Unset):
            audit_log_details = UNSET
        else:
            audit_log_details = self.audit_log_details

        details_version: None | str | Unset
        if isinstance(self.details_version, Unset):
            details_version = UNSET
        else:
            details_version = self.details_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if category is not UNSET:
            field_dict["category"] = category
        if action is not UNSET:
            field_dict["action"] = action
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if email is not UNSET:
            field_dict["email"] = email
        if message is not UNSET:
            field_dict["message"] = message
        if audit_log_details is not UNSET:
            field_dict["auditLogDetails"] = audit_log_details
        if details_version is not UNSET:
            field_dict["detailsVersion"] = details_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "createdOn"
            created_on = datetime.datetime.fromisoformat(src_dict["createdOn"])

            source = src_dict.get("source", UNSET)

            category = src_dict.get("category", UNSET)

            action = src_dict.get("action", UNSET)

            user_name = src_dict.get("userName", UNSET)

            email = src_dict.get("email", UNSET)

            message = src_dict.get("message", UNSET)

            audit_log_details = src_dict.get("auditLogDetails", UNSET)

            details_version = src_dict.get("detailsVersion", UNSET)

            audit_log_record = _new_instance(cls)
            audit_log_record.created_on = created_on
            audit_log_record.source = source
            audit_log_record.category = category
            audit_log_record.action = action
            audit_log_record.user_name = user_name
            audit_log_record.email = email
            audit_log_record.message = message
            audit_log_record.audit_log_details = audit_log_details
            audit_log_record.details_version = details_version

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("source" in src_dict) + ("category" in src_dict) + ("action" in src_dict) + (
                "userName" in src_dict
            ) + ("email" in src_dict) + ("message" in src_dict) + ("auditLogDetails" in src_dict) + (
                "detailsVersion" in src_dict
            ):
                audit_log_record.additional_properties = {}
            else:
                audit_log_record.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_log_record
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
