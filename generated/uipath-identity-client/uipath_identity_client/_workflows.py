"""Generic helpers the generated resources use: reading every page of a `top`/`skip` list, and the
merge of a read-modify-write (`patch`). Nothing here knows an operation; the spec decides where
they apply (scripts/client_plan.py).

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Mapping, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")


class _Pages:
    """The state of reading a `top`/`skip` list page after page (shared by sync and async)."""

    def __init__(self, page_size: int, key: Callable[[Any], Hashable] | None) -> None:
        self.page_size = page_size
        self.key = key
        self.skip = 0
        self.items: list[Any] = []
        self.seen: set[Hashable] = set()

    def add(self, page: Sequence[Any]) -> bool:
        """Keep a page's items (each once); True if another page may follow."""
        for item in page:
            if self.key is None:
                self.items.append(item)
                continue
            key = self.key(item)
            if key not in self.seen:
                self.seen.add(key)
                self.items.append(item)
        self.skip += len(page)
        return len(page) >= self.page_size and len(page) > 0


def collect_pages(
    page: Callable[[int, int], Sequence[Item]], page_size: int, key: Callable[[Item], Hashable] | None = None
) -> list[Item]:
    """Every item of `page(top, skip)`, reading page after page until a short one, before any is
    used: deleting what one iterates cannot make the next `skip` pass over items. With `key`, an
    item met twice (the list moved while it was read) is kept once."""
    pages = _Pages(page_size, key)
    while pages.add(page(page_size, pages.skip)):
        pass
    items: list[Item] = pages.items
    return items


async def acollect_pages(
    page: Callable[[int, int], Awaitable[Sequence[Item]]],
    page_size: int,
    key: Callable[[Item], Hashable] | None = None,
) -> list[Item]:
    """`collect_pages` for asyncio."""
    pages = _Pages(page_size, key)
    while pages.add(await page(page_size, pages.skip)):
        pass
    items: list[Item] = pages.items
    return items


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


def merged_for_replace(
    current: Mapping[str, Any], kept: Mapping[str, str | None], filled: Mapping[str, Any]
) -> dict[str, Any]:
    """The body of a replace (PUT) that keeps the current state: each field of `kept` taken from the
    read (GET) answer `current`, under the same JSON name or at the `x-read-from` path given, and
    the `filled` fields (the organization, the ids of the path) as given. Exactly the update
    schema's fields: nothing else of the answer is sent."""
    body: dict[str, Any] = dict(filled)
    for name, read_from in kept.items():
        if read_from is not None:
            value = read_path(current, read_from)
            if value is not None:
                body[name] = value
        elif name in current:
            body[name] = current[name]
    return body
