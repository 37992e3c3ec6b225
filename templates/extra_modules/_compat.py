"""Forward compatibility: what a newer service may send that this version does not know.

Added module: copied into the package by scripts/regenerate.
- An enum value the spec does not list (a group `type: "dynamic"`) is kept as an extra member of
  the enum, so the model holding it and the list around it still parse and `to_dict()` sends the
  value back unchanged. `Enum(value)` still refuses it: arguments are checked.
- An object matching no variant of a union of objects (a directory entity whose `objectType` is
  new) is kept as an `UnknownObject`, its JSON as received.
Each new value or variant is logged once (WARNING on the package's logger).
"""

from __future__ import annotations

import threading
from enum import Enum
from typing import Any, TypeVar

from ._logging import logger
from .errors import ConstMismatch, FieldError
from .types import UnknownObject

E = TypeVar("E", bound=Enum)

_extra: dict[tuple[type[Enum], str], Enum] = {}
_lock = threading.Lock()


def unknown_member(cls: type[E], value: str) -> E:
    """The extra member of `cls` for `value` (made once, logged once)."""
    key = (cls, value)
    found = _extra.get(key)
    if found is None:
        with _lock:
            found = _extra.get(key)
            if found is None:
                member: Any = str.__new__(cls, value)  # type: ignore[type-var]  # a StrEnum
                member._name_ = value
                member._value_ = value
                _extra[key] = found = member
                logger.warning(
                    "the service sent %s %r, which this version of the client does not know; kept as is",
                    cls.__name__,
                    value,
                )
    result: E = found  # type: ignore[assignment]
    return result


_seen_variants: set[tuple[str, str]] = set()


def unknown_variant(union: str, data: dict[str, Any]) -> UnknownObject:
    """`data`, an object of the union `union` matching none of its variants, kept as received."""
    kind = str(data.get("objectType") or data.get("type") or sorted(data)[:5])
    if (union, kind) not in _seen_variants:
        with _lock:
            if (union, kind) not in _seen_variants:
                _seen_variants.add((union, kind))
                logger.warning(
                    "the service sent a %s of a kind this version of the client does not know (%s); kept as is",
                    union,
                    kind,
                )
    return UnknownObject(data)


def is_variant_mismatch(error: Exception) -> bool:
    """Whether a union variant failed because the object is not of that variant (its `const`
    differs, or it is not an object), rather than because it is a malformed one."""
    cause = error.cause if isinstance(error, FieldError) else error
    return isinstance(cause, ConstMismatch) or (isinstance(error, TypeError) and not str(error))
