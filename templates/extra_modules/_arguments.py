"""What the resource methods accept beyond the wire types, and the checks made before sending.

Added module: copied into the package by scripts/regenerate. `scripts/client_plan.py` decides which
argument gets which conversion; these only perform it:
- every id accepts a `UUID` or a `str` (`as_uuid` for the spec's `format: uuid` values, `as_str_id`
  for string ids such as directory identifiers or a client id), so ids flow between resources;
- an enum accepts its members or their plain string values (`entity_type="user"`);
- a model with a shorthand in the spec (`x-shorthand`) accepts a plain string (`scopes=["PM.OAuthApp"]`);
- integers are checked against the spec's bounds (`top`, `page_size`) before anything is sent;
- a date-time must say its time zone (`datetime.now(UTC)`): a naive one is ambiguous (local time
  or UTC?), and the spec's `format: date-time` (RFC 3339) has no form for it.
A value that does not fit raises `ConfigurationError` (a `ValueError`) naming the argument.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from enum import Enum
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID

from .errors import ConfigurationError

E = TypeVar("E", bound=Enum)


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def as_uuid(value: UUID | str, name: str) -> UUID:
    """A GUID given as `UUID` or `str`."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value.strip())
        except ValueError:
            pass
    raise ConfigurationError(f"{name} must be a GUID (a UUID or its string), got {value!r}")


def as_str_id(value: str | UUID, name: str) -> str:
    """A string id given as `str` or `UUID` (a GUID is sent in its canonical form)."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, str):
        return value
    raise ConfigurationError(f"{name} must be an id (a str or a UUID), got {type(value).__name__}")


def as_enum(cls: type[E], value: E | str | int, name: str) -> E:
    """A member of `cls`, given as the member or its value (`"user"` for `DirectoryEntityType.USER`,
    `0` for an integer enum's `VALUE_0`)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str) and issubclass(cls, int) and value.lstrip("-").isdigit():
        value = int(value)  # an integer enum's value as typed on a command line
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise ConfigurationError(f"{name} must be one of {allowed}, got {value!r}") from None


def as_model(cls: type[M], value: M | str, name: str, field: str, defaults: Mapping[str, Any]) -> M:
    """An instance of `cls`, or a plain string standing for `{field: value, **defaults}` (the
    spec's `x-shorthand`, e.g. a scope given by its name)."""
    if isinstance(value, str):
        return cls.from_dict({**defaults, field: value})
    if isinstance(value, cls):
        return value
    raise ConfigurationError(f"{name} must be a {cls.__name__} or a str, got {type(value).__name__}")


def check_aware(value: datetime.datetime, name: str) -> datetime.datetime:
    """`value`, if it is a date-time that says its time zone."""
    if not isinstance(value, datetime.datetime):
        raise ConfigurationError(f"{name} must be a datetime.datetime, got {type(value).__name__}")
    if value.utcoffset() is None:
        raise ConfigurationError(
            f"{name} must say its time zone (e.g. datetime.now(UTC) or datetime(2026, 1, 31, tzinfo=UTC)), "
            f"got the naive {value.isoformat()}"
        )
    return value


def check_range(value: int, name: str, minimum: int | None, maximum: int | None) -> int:
    """`value`, if within the spec's bounds for `name`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, got {value!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise ConfigurationError(f"{name} must be between {minimum} and {maximum}, got {value}")
    return value


def check_page_size(page_size: int, maximum: int) -> int:
    """A page size the list accepts as `top` (1 to the spec's maximum)."""
    return check_range(page_size, "page_size", 1, maximum)
