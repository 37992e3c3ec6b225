"""Raw responses: `client.groups.with_raw_response.get(...)` answers a `RawResponse` (status code,
headers, the parsed body), in the style of openai-python's `.with_raw_response`.

Added module: copied into the package by scripts/regenerate. The resource method runs as usual
(same arguments, same typed errors); while it runs, every response the client receives is noted
(`note`, called by `AuthenticatedClient` for each answer) in a context variable, so sync and
asyncio calls alike see only their own. A method that sends more than one request (`patch`: read,
then replace) keeps them all in `responses`; `http_response` is the last.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Generic, ParamSpec, TypeVar

import httpx
from attrs import frozen

P = ParamSpec("P")
T = TypeVar("T")

_capture: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar("uipath_raw", default=None)


@frozen
class RawResponse(Generic[T]):
    """A method's parsed answer with the HTTP response it came from.

    Attributes:
        parsed: What the method returns.
        http_response: The (last) ``httpx.Response``; ``responses`` has every one the call received.
    """

    parsed: T
    http_response: httpx.Response
    responses: tuple[httpx.Response, ...]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content


def note(response: httpx.Response) -> None:
    """Called for each response the client receives: kept if a raw-response call is running."""
    responses = _capture.get()
    if responses is not None:
        responses.append(response)


def _raw(parsed: T, responses: list[httpx.Response]) -> RawResponse[T]:
    if not responses:
        raise RuntimeError("the call received no HTTP response")  # cannot happen: every method sends
    return RawResponse(parsed=parsed, http_response=responses[-1], responses=tuple(responses))


def raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """`method`, answering a `RawResponse` around what it returns."""

    @wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        responses: list[httpx.Response] = []
        token = _capture.set(responses)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _capture.reset(token)
        return _raw(parsed, responses)

    return call


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """`raw_response` for a coroutine method."""

    @wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        responses: list[httpx.Response] = []
        token = _capture.set(responses)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _capture.reset(token)
        return _raw(parsed, responses)

    return call
