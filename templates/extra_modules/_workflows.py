"""Generic helpers the generated resources use: auto-paging over `top`/`skip`, and the merge of a
read-modify-write (`patch`). Nothing here knows an operation; the spec decides where they apply.

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")


def iterate_pages(page: Callable[[int, int], Sequence[Item]], page_size: int) -> Iterator[Item]:
    """Every item of `page(top, skip)`, page after page, until a page is short."""
    if page_size < 1:
        raise ValueError(f"page_size must be >= 1, got {page_size}")
    skip = 0
    while True:
        items = page(page_size, skip)
        yield from items
        if len(items) < page_size:
            return
        skip += len(items)


async def aiterate_pages(page: Callable[[int, int], Awaitable[Sequence[Item]]], page_size: int) -> AsyncIterator[Item]:
    """Every item of `await page(top, skip)`, page after page, until a page is short."""
    if page_size < 1:
        raise ValueError(f"page_size must be >= 1, got {page_size}")
    skip = 0
    while True:
        items = await page(page_size, skip)
        for item in items:
            yield item
        if len(items) < page_size:
            return
        skip += len(items)


def read_path(document: Any, path: str) -> Any:
    """The value at `path` in a JSON document: dotted names, `[]` flattens a list
    (`resources[].scopes[]` is every scope of every resource)."""
    values: list[Any] = [document]
    flatten = False
    for segment in path.split("."):
        name, flatten = (segment[:-2], True) if segment.endswith("[]") else (segment, False)
        found: list[Any] = [
            value[name] for value in values if isinstance(value, Mapping) and value.get(name) is not None
        ]
        values = [item for value in found if isinstance(value, list) for item in value] if flatten else found
    return values if flatten else (values[0] if values else None)


def merge_for_replace(
    current: Mapping[str, Any], fields: Iterable[str], read_from: Mapping[str, str]
) -> dict[str, Any]:
    """The body of a replace (PUT) that keeps the current state: each of `fields` taken from the
    read (GET) answer `current`, by the same JSON name or from the `x-read-from` path the spec gives."""
    body: dict[str, Any] = {}
    for name in fields:
        value = read_path(current, read_from[name]) if name in read_from else current.get(name)
        if value is not None or name in current:
            body[name] = value
    return body
