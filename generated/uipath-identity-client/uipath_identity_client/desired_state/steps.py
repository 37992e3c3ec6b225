"""What the kinds share when they make changes: batches within the spec's bounds, a batch that
falls back to one call per object to say which object the service refused and why."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ..errors import APIStatusError, UiPathIdentityError
from .model import Change
from .registry import Run

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reason(error: Exception) -> str:
    """The service's reason for refusing (its codes first, e.g. `DuplicateUserName: ...`)."""
    if isinstance(error, APIStatusError) and error.codes:
        return f"{', '.join(error.codes)}: {error}"
    return str(error) or type(error).__name__


def each(run: Run, changes: Sequence[Change], call: Callable[[Change], object]) -> None:
    """One call per change; a refusal is reported for that change and the others go on."""
    for change in changes:
        try:
            call(change)
        except UiPathIdentityError as error:
            run.failed(change, reason(error))
        else:
            run.done(change)


def batched(
    run: Run,
    changes: Sequence[Change],
    size: int,
    batch: Callable[[Sequence[Change]], object],
    one: Callable[[Change], object],
) -> None:
    """`batch` per `size` changes; where a batch is refused (all or nothing), `one` per change of
    it, so each refused object is reported with the service's reason."""
    for group in chunks(changes, size):
        try:
            batch(group)
        except UiPathIdentityError:
            each(run, group, one)
        else:
            for change in group:
                run.done(change)
