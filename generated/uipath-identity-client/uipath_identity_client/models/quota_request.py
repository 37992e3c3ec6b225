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
        "userBundleCode",
        "limit",
    }
)


@_attrs_define
class QuotaRequest:
    """A cap on how many members may lease one bundle of the rule at once.

    Attributes:
        user_bundle_code (str): A user bundle's code, e.g. `RPADEVPRONU` (Automation Developer – Named User), `ATTUNU`
            (Attended – Named User), `TSTNU` (Tester – Named User), `IDU` (Insights Designer).
        limit (int): The most members that may hold the bundle at once; at least 1 and not below its current usage.
    """

    user_bundle_code: str
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_bundle_code = self.user_bundle_code

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userBundleCode": user_bundle_code,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            user_bundle_code = src_dict["userBundleCode"]

            limit = src_dict["limit"]

            quota_request = _new_instance(cls)
            quota_request.user_bundle_code = user_bundle_code
            quota_request.limit = limit

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                quota_request.additional_properties = {}
            else:
                quota_request.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return quota_request
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
