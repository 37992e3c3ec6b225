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
        "succeeded",
        "errors",
    }
)


@_attrs_define
class IdentityResult:
    """Whether an identity operation (create, update, change password, invite) succeeded, and if not, why.

    Attributes:
        succeeded (bool): True if the operation succeeded.
        errors (list[IdentityError]): Why it failed; empty on success.
    """

    succeeded: bool
    errors: list[IdentityError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        succeeded = self.succeeded

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "succeeded": succeeded,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            succeeded = src_dict["succeeded"]

            _key = "errors"
            errors = list(map(IdentityError.from_dict, src_dict["errors"]))

            identity_result = _new_instance(cls)
            identity_result.succeeded = succeeded
            identity_result.errors = errors

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2:
                identity_result.additional_properties = {}
            else:
                identity_result.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return identity_result
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


from ..models.identity_error import IdentityError  # noqa: E402
