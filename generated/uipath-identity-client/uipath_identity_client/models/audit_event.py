from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "createdOn",
        "organizationId",
        "eventType",
        "eventSource",
        "eventTarget",
        "status",
        "organizationName",
        "tenantId",
        "tenantName",
        "actorId",
        "actorName",
        "actorEmail",
        "eventDetails",
        "eventSummary",
        "clientInfo",
    }
)


@_attrs_define
class AuditEvent:
    """One recorded event.

    Attributes:
        id (str): The event's id.
        created_on (datetime.datetime): When the event happened (UTC).
        organization_id (str): The organization's id (a GUID).
        event_type (str): The activity's name, as in the catalogue (e.g. `User Login`).
        event_source (str): The source's name, as in the catalogue (e.g. `Identity`).
        event_target (str): The target's name, as in the catalogue (e.g. `Authentication`).
        status (int): The event's outcome: `0` success, `1` failure. Other values may appear in future and
            should be shown as they are.
        organization_name (None | str | Unset): The organization's name.
        tenant_id (None | str | Unset): The tenant's id; null for organization-level events.
        tenant_name (None | str | Unset): The tenant's name; null for organization-level events.
        actor_id (None | str | Unset): The id of the user, robot account or application that acted (its Identity id),
            the
            value the `userIds` filter matches; null for events the system raised itself.
        actor_name (None | str | Unset): The actor's display name.
        actor_email (None | str | Unset): The actor's e-mail address, if it has one.
        event_details (None | str | Unset): Details specific to the event type, as a JSON document in a string.
        event_summary (None | str | Unset): A one-line human-readable summary.
        client_info (ClientInfo | None | str | Unset): Where the request came from; absent for events the system raised
            itself.
    """

    id: str
    created_on: datetime.datetime
    organization_id: str
    event_type: str
    event_source: str
    event_target: str
    status: int
    organization_name: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    tenant_name: None | str | Unset = UNSET
    actor_id: None | str | Unset = UNSET
    actor_name: None | str | Unset = UNSET
    actor_email: None | str | Unset = UNSET
    event_details: None | str | Unset = UNSET
    event_summary: None | str | Unset = UNSET
    client_info: ClientInfo | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_on = self.created_on.isoformat()

        organization_id = self.organization_id

        event_type = self.event_type

        event_source = self.event_source

        event_target = self.event_target

        status = self.status

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        tenant_name: None | str | Unset
        if isinstance(self.tenant_name, Unset):
            tenant_name = UNSET
        else:
            tenant_name = self.tenant_name

        actor_id: None | str | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        actor_email: None | str | Unset
        if isinstance(self.actor_email, Unset):
            actor_email = UNSET
        else:
            actor_email = self.actor_email

        event_details: None | str | Unset
        if isinstance(self.event_details, Unset):
            event_details = UNSET
        else:
            event_details = self.event_details

        event_summary: None | str | Unset
        if isinstance(self.event_summary, Unset):
            event_summary = UNSET
        else:
            event_summary = self.event_summary

        client_info: dict[str, Any] | None | str | Unset
        if isinstance(self.client_info, Unset):
            client_info = UNSET
        elif isinstance(self.client_info, ClientInfo):
            client_info = self.client_info.to_dict()
        else:
            client_info = self.client_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdOn": created_on,
                "organizationId": organization_id,
                "eventType": event_type,
                "eventSource": event_source,
                "eventTarget": event_target,
                "status": status,
            }
        )
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if tenant_name is not UNSET:
            field_dict["tenantName"] = tenant_name
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        if actor_name is not UNSET:
            field_dict["actorName"] = actor_name
        if actor_email is not UNSET:
            field_dict["actorEmail"] = actor_email
        if event_details is not UNSET:
            field_dict["eventDetails"] = event_details
        if event_summary is not UNSET:
            field_dict["eventSummary"] = event_summary
        if client_info is not UNSET:
            field_dict["clientInfo"] = client_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            _key = "createdOn"
            created_on = datetime.datetime.fromisoformat(src_dict["createdOn"])

            organization_id = src_dict["organizationId"]

            event_type = src_dict["eventType"]

            event_source = src_dict["eventSource"]

            event_target = src_dict["eventTarget"]

            status = src_dict["status"]

            organization_name = src_dict.get("organizationName", UNSET)

            tenant_id = src_dict.get("tenantId", UNSET)

            tenant_name = src_dict.get("tenantName", UNSET)

            actor_id = src_dict.get("actorId", UNSET)

            actor_name = src_dict.get("actorName", UNSET)

            actor_email = src_dict.get("actorEmail", UNSET)

            event_details = src_dict.get("eventDetails", UNSET)

            event_summary = src_dict.get("eventSummary", UNSET)

            _key = "clientInfo"

            def _parse_client_info(data: object) -> ClientInfo | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    client_info_type_0 = ClientInfo.from_dict(data)

                    return client_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(ClientInfo | None | str | Unset, data)

            client_info = _parse_client_info(src_dict.get("clientInfo", UNSET))

            audit_event = _new_instance(cls)
            audit_event.id = id
            audit_event.created_on = created_on
            audit_event.organization_id = organization_id
            audit_event.event_type = event_type
            audit_event.event_source = event_source
            audit_event.event_target = event_target
            audit_event.status = status
            audit_event.organization_name = organization_name
            audit_event.tenant_id = tenant_id
            audit_event.tenant_name = tenant_name
            audit_event.actor_id = actor_id
            audit_event.actor_name = actor_name
            audit_event.actor_email = actor_email
            audit_event.event_details = event_details
            audit_event.event_summary = event_summary
            audit_event.client_info = client_info

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 7 + ("organizationName" in src_dict) + ("tenantId" in src_dict) + (
                "tenantName" in src_dict
            ) + ("actorId" in src_dict) + ("actorName" in src_dict) + ("actorEmail" in src_dict) + (
                "eventDetails" in src_dict
            ) + ("eventSummary" in src_dict) + ("clientInfo" in src_dict):
                audit_event.additional_properties = {}
            else:
                audit_event.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return audit_event
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


from ..models.client_info import ClientInfo  # noqa: E402
