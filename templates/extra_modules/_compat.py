"""Forward compatibility: what a newer service may send that this version does not know.

Added module: copied into the package by scripts/regenerate. An enum value the spec does not list
(a group `type: "dynamic"`) is kept as an extra member of the enum, so the model holding it and the
list around it still parse and `to_dict()` sends the value back unchanged; each new value is logged
once (WARNING on the package's logger). `Enum(value)` still refuses it: arguments are checked.
"""

from __future__ import annotations

import threading
from enum import Enum
from typing import Any, TypeVar

from ._logging import logger

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
