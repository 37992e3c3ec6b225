from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.setting_value import SettingValue


T = TypeVar("T", bound="UpdateSettingsRequest")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.setting_value import SettingValue  # noqa: PLC0415

        d = dict(src_dict)
        settings = []
        _settings = d.pop("settings")
        for settings_item_data in _settings:
            settings_item = SettingValue.from_dict(settings_item_data)

            settings.append(settings_item)

        def _parse_partition_global_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                partition_global_id_type_0 = UUID(data)

                return partition_global_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        partition_global_id = _parse_partition_global_id(d.pop("partitionGlobalId", UNSET))

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("userId", UNSET))

        update_settings_request = cls(
            settings=settings,
            partition_global_id=partition_global_id,
            user_id=user_id,
        )

        update_settings_request.additional_properties = d
        return update_settings_request

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
