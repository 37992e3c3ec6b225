from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError
from ..models.login_attempt_result import LoginAttemptResult

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "partitionName",
        "userId",
        "userNameOrEmailAddress",
        "clientIpAddress",
        "clientName",
        "browserInfo",
        "result",
        "creationTime",
        "partitionGlobalId",
    }
)
_LOGINATTEMPTRESULT_BY_VALUE: dict[object, LoginAttemptResult] = {member.value: member for member in LoginAttemptResult}


@_attrs_define
class LoginAttempt:
    """One sign-in attempt of a user.

    Attributes:
        id (int): The attempt's id.
        partition_name (None | str): The name of the organization the attempt was made on.
        user_id (None | UUID): The user's id; null if the name matched no user.
        user_name_or_email_address (None | str): The user name or e-mail address that was typed.
        client_ip_address (None | str): The client's IP address.
        client_name (None | str): The name of the client machine.
        browser_info (None | str): The browser's user agent.
        result (LoginAttemptResult): The outcome of a sign-in attempt.
        creation_time (datetime.datetime): When the attempt was made.
        partition_global_id (UUID): The organization's id.
    """

    id: int
    partition_name: None | str
    user_id: None | UUID
    user_name_or_email_address: None | str
    client_ip_address: None | str
    client_name: None | str
    browser_info: None | str
    result: LoginAttemptResult
    creation_time: datetime.datetime
    partition_global_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        partition_name: None | str
        partition_name = self.partition_name

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        user_name_or_email_address: None | str
        user_name_or_email_address = self.user_name_or_email_address

        client_ip_address: None | str
        client_ip_address = self.client_ip_address

        client_name: None | str
        client_name = self.client_name

        browser_info: None | str
        browser_info = self.browser_info

        result = self.result.value

        creation_time = self.creation_time.isoformat()

        partition_global_id = str(self.partition_global_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "partitionName": partition_name,
                "userId": user_id,
                "userNameOrEmailAddress": user_name_or_email_address,
                "clientIpAddress": client_ip_address,
                "clientName": client_name,
                "browserInfo": browser_info,
                "result": result,
                "creationTime": creation_time,
                "partitionGlobalId": partition_global_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            partition_name = src_dict["partitionName"]

            _key = "userId"

            def _parse_user_id(data: object) -> None | UUID:
                if data is None:
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_id_type_0 = UUID(data)

                    return user_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(None | UUID, data)

            user_id = _parse_user_id(src_dict["userId"])

            user_name_or_email_address = src_dict["userNameOrEmailAddress"]

            client_ip_address = src_dict["clientIpAddress"]

            client_name = src_dict["clientName"]

            browser_info = src_dict["browserInfo"]

            _key = "result"
            result = _LOGINATTEMPTRESULT_BY_VALUE.get(src_dict["result"]) or LoginAttemptResult.from_wire(
                src_dict["result"]
            )

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

            login_attempt = _new_instance(cls)
            login_attempt.id = id
            login_attempt.partition_name = partition_name
            login_attempt.user_id = user_id
            login_attempt.user_name_or_email_address = user_name_or_email_address
            login_attempt.client_ip_address = client_ip_address
            login_attempt.client_name = client_name
            login_attempt.browser_info = browser_info
            login_attempt.result = result
            login_attempt.creation_time = creation_time
            login_attempt.partition_global_id = partition_global_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 10:
                login_attempt.additional_properties = {}
            else:
                login_attempt.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return login_attempt
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
