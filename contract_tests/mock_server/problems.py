"""RFC 9457 problem details responses, shaped the way ASP.NET Core writes them."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response, StreamingResponse

PROBLEM_JSON = "application/problem+json"
JSON_MEDIA = "application/json"


@dataclass
class Reply:
    """A response before rendering, so faults can rewrite it in one place."""

    status: int
    body: Any = None  # JSON-able; None means no content
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = JSON_MEDIA
    # `body` already serialized (a cached read), or the serialized items of a list body; dropped
    # if the body changes.
    raw: bytes | list[bytes] | None = None
    # No body at all, whatever the status (a profile's empty 401/403 or x-body-optional success).
    empty: bool = False
    # A body that is not JSON, made piece by piece as it is sent (a CSV download): a synchronous
    # iterable, which Starlette iterates in worker threads, so each piece is made off the event loop.
    chunks: Iterable[bytes] | None = None

    def render(self) -> Response:
        if self.empty or (self.body is None and self.raw is None and self.chunks is None):  # no content
            return Response(status_code=self.status, headers=self.headers)
        if self.chunks is not None:
            return StreamingResponse(self.chunks, status_code=self.status, media_type=self.media_type, headers=self.headers)
        content = self.raw if self.raw is not None else to_json(self.body)
        if isinstance(content, bytes) and len(content) > _STREAM_ABOVE:
            # Sent in slices, as a big list is: one huge write holds the event loop.
            headers = {**self.headers, "Content-Length": str(len(content))}
            return StreamingResponse(
                _slices(content), status_code=self.status, media_type=self.media_type, headers=headers
            )
        if isinstance(content, list):
            size = sum(map(len, content)) + max(len(content) - 1, 0) + 2
            if size > _STREAM_ABOVE:
                # A big list goes out in slices: one huge write would hold the event loop while
                # asyncio copies and shifts its buffer, stalling every other request.
                headers = {**self.headers, "Content-Length": str(size)}
                return StreamingResponse(
                    _json_array(content), status_code=self.status, media_type=self.media_type, headers=headers
                )
            content = b"[" + b",".join(content) + b"]"
        return Response(content, status_code=self.status, media_type=self.media_type, headers=self.headers)


_STREAM_ABOVE = 256 * 1024
_SLICE = 256  # items per chunk


async def _slices(content: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(content), 64 * 1024):
        yield content[start : start + 64 * 1024]


async def _json_array(items: list[bytes]) -> AsyncIterator[bytes]:
    for start in range(0, len(items), _SLICE):
        yield (b"[" if start == 0 else b",") + b",".join(items[start : start + _SLICE])
    yield b"]" if items else b"[]"


_TYPES = {
    400: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    401: "https://tools.ietf.org/html/rfc9110#section-15.5.2",
    403: "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    404: "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    405: "https://tools.ietf.org/html/rfc9110#section-15.5.6",
    409: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    413: "https://tools.ietf.org/html/rfc9110#section-15.5.14",
    415: "https://tools.ietf.org/html/rfc9110#section-15.5.16",
    422: "https://tools.ietf.org/html/rfc9110#section-15.5.21",
    429: "https://tools.ietf.org/html/rfc6585#section-4",
    500: "https://tools.ietf.org/html/rfc9110#section-15.6.1",
}
_TITLES = {
    400: "One or more validation errors occurred.",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}


def to_json(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


_PIECES_ABOVE = 1000  # items of a list encoded one by one


def to_json_in_pieces(body: Any) -> bytes:
    """to_json, with a long list (a big group's members) encoded item by item: one C call over a
    4 MB answer would hold the interpreter's lock for tens of milliseconds, stalling the event loop
    while a worker thread serializes it."""
    if isinstance(body, list) and len(body) > _PIECES_ABOVE:
        return b"[" + b",".join(to_json(item) for item in body) + b"]"
    if not isinstance(body, dict):
        return to_json(body)
    marks: dict[bytes, bytes] = {}
    light = dict(body)
    for name, value in body.items():
        if isinstance(value, list) and len(value) > _PIECES_ABOVE:
            mark = f"\x00piece-{uuid.uuid4().hex}\x00"
            marks[to_json(mark)] = to_json_in_pieces(value)
            light[name] = mark
    encoded = to_json(light)
    for mark_json, piece in marks.items():
        encoded = encoded.replace(mark_json, piece, 1)
    return encoded


def problem(
    status: int,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """A problem+json response; `errors` makes it a ValidationProblemDetails."""
    body: dict[str, object] = {
        "type": _TYPES.get(status, "about:blank"),
        "title": _TITLES.get(status, "Error"),
        "status": status,
    }
    if detail is not None:
        body["detail"] = detail
    if errors is not None:
        body["errors"] = dict(errors)
    return Reply(status, body, dict(headers or {}), PROBLEM_JSON)


def validation_problem(errors: Mapping[str, list[str]]) -> Reply:
    return problem(400, "See errors for the fields that are invalid.", errors=errors)


def unauthorized(detail: str, error: str | None = "invalid_token") -> Reply:
    challenge = "Bearer" if error is None else f'Bearer error="{error}"'
    return problem(401, detail, headers={"WWW-Authenticate": challenge})
