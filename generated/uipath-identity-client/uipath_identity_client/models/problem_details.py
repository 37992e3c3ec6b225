from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import FieldError
from ..types import UNSET, Unset

#: `object.__new__`, looked up once: `from_dict` makes instances without calling `__init__`.
_new_instance = object.__new__
#: The JSON names of the declared fields (the others are additional properties).
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "title",
        "status",
        "type",
        "detail",
        "instance",
        "traceId",
    }
)


@_attrs_define
class ProblemDetails:
    """An RFC 9457 problem details object, as ASP.NET Core writes it.

    Attributes:
        title (str): A short, human-readable summary of the problem type.
        status (int): The HTTP status code.
        type (None | str | Unset): A URI reference that identifies the problem type.
        detail (None | str | Unset): A human-readable explanation of this occurrence of the problem.
        instance (None | str | Unset): A URI reference that identifies this occurrence of the problem.
        trace_id (None | str | Unset): The W3C trace id of the request, for support cases.
    """

    title: str
    status: int
    type: None | str | Unset = UNSET
    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        type: None | str | Unset
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
            }
        )
        if type is not UNSET:
            field_dict["type"] = type
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _key: str | None = None
        try:
            title = src_dict["title"]

            status = src_dict["status"]

            type = src_dict.get("type", UNSET)

            detail = src_dict.get("detail", UNSET)

            instance = src_dict.get("instance", UNSET)

            trace_id = src_dict.get("traceId", UNSET)

            problem_details = _new_instance(cls)
            problem_details.title = title
            problem_details.status = status
            problem_details.type = type
            problem_details.detail = detail
            problem_details.instance = instance
            problem_details.trace_id = trace_id

            # ours: unknown keys are rare; copy them only when there are more keys than known ones present
            if len(src_dict) == 2 + ("type" in src_dict) + ("detail" in src_dict) + ("instance" in src_dict) + (
                "traceId" in src_dict
            ):
                problem_details.additional_properties = {}
            else:
                problem_details.additional_properties = {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
            return problem_details
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
