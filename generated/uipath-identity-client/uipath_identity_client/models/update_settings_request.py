from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast
from uuid import UUID

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
        "settings",
        "partitionGlobalId",
        "userId",
    }
)


@_attrs_define
class UpdateSettingsRequest:
    """Settings to create or update, for an organization or for one user of it.

    Attributes:
        settings (list[SettingValue]): The settings; each key at most once.
        partition_global_id (None | Unset | UUID): The organization's id. Omitted or null, the caller's own organization
            is meant.
        user_id (None | Unset | UUID): A user's id, to set that user's own settings; omitted or null for organization
            settings.
    """

    settings: list[SettingValue]
    partition_global_id: None | Unset | UUID = UNSET
    user_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = []
        for settings_item_data in self.settings:
            settings_item = settings_item_data.to_dict()
            settings.append(settings_item)

        partition_global_id: None | str | Unset
        if isinstance(self.partition_global_id, Unset):
            partition_global_id = UNSET
        elif isinstance(self.partition_global_id, UUID):
            partition_global_id = str(self.partition_global_id)
        else:
            partition_global_id = self.partition_global_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )
        if partition_global_id is not UNSET:
            field_dict["partitionGlobalId"] = partition_global_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            _key = "settings"
            settings = list(map(SettingValue.from_dict, src_dict["settings"]))

            _key = "partitionGlobalId"

            def _parse_partition_global_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    partition_global_id_type_0 = UUID(data)

                    return partition_global_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(None | Unset | UUID, data)

            partition_global_id = _parse_partition_global_id(src_dict.get("partitionGlobalId", UNSET))

            _key = "userId"

            def _parse_user_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                failure: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_id_type_0 = UUID(data)

                    return user_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error if failure is None and not is_variant_mismatch(error) else failure
                return cast(None | Unset | UUID, data)

            user_id = _parse_user_id(src_dict.get("userId", UNSET))

            update_settings_request = _new_instance(cls)
            update_settings_request.settings = settings
            update_settings_request.partition_global_id = partition_global_id
            update_settings_request.user_id = user_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 1 + ("partitionGlobalId" in src_dict) + ("userId" in src_dict):
                update_settings_request.additional_properties = {}
            else:
                update_settings_request.additional_properties = {
                    k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS
                }
            return update_settings_request
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


from ..models.setting_value import SettingValue  # noqa: E402
