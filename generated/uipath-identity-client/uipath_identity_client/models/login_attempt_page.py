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
        "totalCount",
        "results",
    }
)


@_attrs_define
class LoginAttemptPage:
    """One page of login attempts.

    Attributes:
        total_count (int): How many attempts match in all (not only on this page).
        results (list[LoginAttempt]): The attempts of this page.
    """

    total_count: int
    results: list[LoginAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            total_count = src_dict["totalCount"]

            _key = "results"
            results = list(map(LoginAttempt.from_dict, src_dict["results"]))

            login_attempt_page = _new_instance(cls)
            login_attempt_page.total_count = total_count
            login_attempt_page.results = results

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                login_attempt_page.additional_properties = {}
            else:
                login_attempt_page.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return login_attempt_page
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


from ..models.login_attempt import LoginAttempt  # noqa: E402
