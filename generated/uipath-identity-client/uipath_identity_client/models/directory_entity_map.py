from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import is_variant_mismatch, unknown_variant
from ..errors import FieldError
from ..types import UnknownObject

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset({})


if TYPE_CHECKING:  # the value types are imported at the end of the module
    _MapBase = Mapping[
        str, "DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject"
    ]
else:
    _MapBase = Mapping


@_attrs_define
class DirectoryEntityMap(_MapBase):
    """Resolved entities keyed by the identifier or name they were asked by; those not found are absent."""

    additional_properties: dict[
        str, DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, DirectoryUser):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DirectoryGroup):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DirectoryApplication):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            directory_entity_map = _new_instance(cls)

            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                _key = prop_name

                def _parse_additional_property(
                    data: object,
                ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
                    failure: Exception | None = None
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_0 = DirectoryUser.from_dict(data)

                        return componentsschemas_directory_entity_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_1 = DirectoryGroup.from_dict(data)

                        return componentsschemas_directory_entity_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_2 = DirectoryApplication.from_dict(data)

                        return componentsschemas_directory_entity_type_2
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_directory_entity_type_3 = DirectoryRobotUser.from_dict(data)

                        return componentsschemas_directory_entity_type_3
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error if failure is None and not is_variant_mismatch(error) else failure
                    if failure is not None:  # the variant the object claims to be (its const matched) is malformed
                        raise failure
                    if isinstance(data, dict):  # a variant this version does not know: kept as received
                        return unknown_variant(
                            "DirectoryUser | DirectoryGroup | DirectoryApplication | DirectoryRobotUser", data
                        )
                    raise TypeError(f"matches none of the variants: {data!r:.200}")

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property

            directory_entity_map.additional_properties = additional_properties
            return directory_entity_map
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise FieldError.at(error, src_dict, _key) from error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: DirectoryApplication | DirectoryGroup | DirectoryRobotUser | DirectoryUser | UnknownObject,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)


from ..models.directory_application import DirectoryApplication  # noqa: E402
from ..models.directory_group import DirectoryGroup  # noqa: E402
from ..models.directory_robot_user import DirectoryRobotUser  # noqa: E402
from ..models.directory_user import DirectoryUser  # noqa: E402
