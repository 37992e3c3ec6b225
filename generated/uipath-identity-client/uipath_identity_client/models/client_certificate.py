from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset({})


if TYPE_CHECKING:  # the value types are imported at the end of the module
    _MapBase = Mapping[str, "Any"]
else:
    _MapBase = Mapping


@_attrs_define
class ClientCertificate(_MapBase):
    """A certificate the client may authenticate with instead of a secret. Its fields are not
    documented; any object is accepted and returned as sent.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            client_certificate = _new_instance(cls)

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 0:
                client_certificate.additional_properties = {}
            else:
                client_certificate.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return client_certificate
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

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)
