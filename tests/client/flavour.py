"""One test body for the sync and the async client: the `flavour` fixture (import
`flavour_fixture` from here)
builds an `IdentityClient` or an `AsyncIdentityClient`, and `flavour(x)` is `x` for the sync one
and `x` awaited for the async one, on one event loop kept for the whole test (the async client's
connections belong to it)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from uipath_identity_client import AsyncIdentityClient, IdentityClient


class Flavour:
    def __init__(self, asynchronous: bool) -> None:
        self.asynchronous = asynchronous
        self.loop = asyncio.new_event_loop() if asynchronous else None
        self.opened: list[Any] = []

    def __repr__(self) -> str:
        return "async" if self.asynchronous else "sync"

    def __call__(self, value: Any) -> Any:
        """The value of a client call: awaited on this flavour's loop for the async client."""
        return value if self.loop is None else self.loop.run_until_complete(value)

    def client(self, *args: Any, **kwargs: Any) -> Any:
        """An `IdentityClient` or `AsyncIdentityClient` (closed at the end of the test)."""
        return self._opened((AsyncIdentityClient if self.asynchronous else IdentityClient)(*args, **kwargs))

    def from_env(self, environ: Mapping[str, str], **options: Any) -> Any:
        kind = AsyncIdentityClient if self.asynchronous else IdentityClient
        return self._opened(kind.from_env(environ, **options))

    def _opened(self, client: Any) -> Any:
        self.opened.append(client)
        return client

    def close(self) -> None:
        for client in self.opened:
            self(client.close())
        if self.loop is not None:
            self.loop.close()


@pytest.fixture(name="flavour", params=("sync", "async"))
def flavour_fixture(request: pytest.FixtureRequest) -> Iterator[Flavour]:
    made = Flavour(request.param == "async")
    try:
        yield made
    finally:
        made.close()
