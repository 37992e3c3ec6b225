from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._logging import redacted_repr
from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "description",
        "secret",
        "creationTime",
        "expiryTime",
    }
)


@_attrs_define
class ClientSecret:
    """A client secret of a confidential external client.

    Attributes:
        id (int): The secret's id, used to delete it.
        description (None | str): The description given when the secret was generated.
        secret (None | str): The secret's value. Shown only in the response that creates it (create external client,
            generate secret); null everywhere else.
        creation_time (datetime.datetime): When the secret was created (UTC).
        expiry_time (datetime.datetime | None): When the secret stops working (UTC); null if it never expires.
    """

    id: int
    description: None | str
    secret: None | str = _attrs_field(repr=redacted_repr)
    creation_time: datetime.datetime
    expiry_time: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: None | str
        description = self.description

        secret: None | str
        secret = self.secret

        creation_time = self.creation_time.isoformat()

        expiry_time: None | str
        if isinstance(self.expiry_time, datetime.datetime):
            expiry_time = self.expiry_time.isoformat()
        else:
            expiry_time = self.expiry_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "secret": secret,
                "creationTime": creation_time,
                "expiryTime": expiry_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            description = src_dict["description"]

            secret = src_dict["secret"]

            _key = "creationTime"
            creation_time = datetime.datetime.fromisoformat(src_dict["creationTime"])

            _key = "expiryTime"
            expiry_time = src_dict["expiryTime"]
            if expiry_time is not None:
                expiry_time = datetime.datetime.fromisoformat(expiry_time)

            client_secret = _new_instance(cls)
            client_secret.id = id
            client_secret.description = description
            client_secret.secret = secret
            client_secret.creation_time = creation_time
            client_secret.expiry_time = expiry_time

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5:
                client_secret.additional_properties = {}
            else:
                client_secret.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return client_secret
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
