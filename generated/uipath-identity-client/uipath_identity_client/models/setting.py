from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch
from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "key",
        "value",
        "partitionGlobalId",
        "userId",
    }
)


@_attrs_define
class Setting:
    """A stored setting of an organization, or of one user of it.

    Attributes:
        id (int): The setting's id, used to delete it.
        key (str): The setting's key, e.g. `Email.Smtp.Host` or `Auth.Password.DefaultExpirationDays`.
        value (None | str): The setting's value, always a string (numbers, booleans and JSON documents are sent as
            their text, e.g. `"587"`, `"true"`).
        partition_global_id (UUID): The id of the organization the setting belongs to.
        user_id (None | UUID): The id of the user the setting belongs to; null for an organization setting.
    """

    id: int
    key: str
    value: None | str
    partition_global_id: UUID
    user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        value: None | str
        value = self.value

        partition_global_id = str(self.partition_global_id)

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "value": value,
                "partitionGlobalId": partition_global_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            id = src_dict["id"]

            key = src_dict["key"]

            value = src_dict["value"]

            _key = "partitionGlobalId"
            partition_global_id = UUID(src_dict["partitionGlobalId"])

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

            setting = _new_instance(cls)
            setting.id = id
            setting.key = key
            setting.value = value
            setting.partition_global_id = partition_global_id
            setting.user_id = user_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 5:
                setting.additional_properties = {}
            else:
                setting.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return setting
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
