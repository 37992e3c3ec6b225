"""Errors raised by this package. Every one of them is a `UiPathIdentityError`.

`sync()` and `asyncio()` raise an `APIStatusError` subclass for any non-2xx answer;
`sync_detailed()` and `asyncio_detailed()` never raise for a status and return the raw `Response`.
Network failures (after retries) propagate as `httpx.TransportError` (`httpx.TimeoutException`,
`httpx.ConnectError`, ...).
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any

import httpx

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-ms-request-id")


class UiPathIdentityError(Exception):
    """The base class of every error this package raises."""


class ConfigurationError(UiPathIdentityError, ValueError):
    """The client's configuration (arguments or environment variables) is incomplete or invalid."""


class TokenError(UiPathIdentityError):
    """The token endpoint refused to issue an access token (RFC 6749 section 5.2 error).

    Attributes:
        status_code: The token endpoint's HTTP status.
        error: The OAuth error code, e.g. ``invalid_client`` or ``invalid_scope``.
        error_description: The server's explanation, if any.
        request_id: The request id of the token request, if the server sent one.
    """

    def __init__(
        self, status_code: int, error: str | None, error_description: str | None, request_id: str | None = None
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.error_description = error_description
        self.request_id = request_id
        message = f"token request failed ({status_code})"
        if error:
            message += f": {error}"
        if error_description:
            message += f": {error_description}"
        if request_id:
            message += f" (request id {request_id})"
        super().__init__(message)


class APIStatusError(UiPathIdentityError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status code.
        title, detail, type, instance: The RFC 9457 problem-details fields (None when absent).
        trace_id: The problem's ``traceId``.
        request_id: The ``x-request-id`` header (or a similar one), else the ``traceId``.
        errors: For a validation failure, the problems per field.
        body: The decoded JSON body, or None if the body was not JSON.
        headers: The response headers.
        method, url: What was requested (the URL holds ids, never credentials).
    """

    def __init__(
        self,
        status_code: int,
        *,
        title: str | None = None,
        detail: str | None = None,
        type: str | None = None,
        instance: str | None = None,
        trace_id: str | None = None,
        request_id: str | None = None,
        errors: Mapping[str, list[str]] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.title = title
        self.detail = detail
        self.type = type
        self.instance = instance
        self.trace_id = trace_id
        self.request_id = request_id or trace_id
        self.errors: dict[str, list[str]] = dict(errors or {})
        self.body = body
        self.headers: dict[str, str] = dict(headers or {})
        self.method = method
        self.url = url
        super().__init__(self._message())

    def _message(self) -> str:
        parts = [str(self.status_code)]
        if self.title:
            parts.append(self.title)
        message = " ".join(parts)
        if self.detail:
            message += f": {self.detail}"
        if self.errors:
            message += " [" + "; ".join(f"{k}: {' '.join(v)}" for k, v in sorted(self.errors.items())) + "]"
        if self.method and self.url:
            message += f" ({self.method} {self.url})"
        if self.request_id:
            message += f" (request id {self.request_id})"
        return message


class BadRequestError(APIStatusError):
    """400: the request is malformed or a value is invalid; see ``errors``."""


class UnauthorizedError(APIStatusError):
    """401: no bearer token, or an invalid or expired one."""


class ForbiddenError(APIStatusError):
    """403: the token lacks every scope the operation accepts, or is for another organization."""


class NotFoundError(APIStatusError):
    """404: the organization or the addressed resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the stored state."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body is larger than the service accepts."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the request body is not JSON."""


class RateLimitError(APIStatusError):
    """429: the organization's rate limit is exhausted. ``retry_after`` is the server's hint in seconds."""

    @property
    def retry_after(self) -> float | None:
        return parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class UnexpectedStatus(APIStatusError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.content = content
        super().__init__(status_code, title="Unexpected status code")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP-date."""
    lowered = {k.lower(): v for k, v in headers.items()}
    try:
        if "retry-after-ms" in lowered:
            return max(0.0, float(lowered["retry-after-ms"]) / 1000)
        value = lowered.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            when = email.utils.parsedate_to_datetime(value)
            return max(0.0, when.timestamp() - time.time())
    except (ValueError, TypeError, OverflowError):
        return None


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx `response` (problem details parsed when the body is JSON)."""
    body: Any = None
    if response.content:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
    problem = body if isinstance(body, dict) else {}
    raw_errors = problem.get("errors")
    errors: dict[str, list[str]] = {}
    if isinstance(raw_errors, dict):
        for key, value in raw_errors.items():
            errors[str(key)] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
    status = response.status_code
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    method = url = None
    try:
        method, url = response.request.method, str(response.request.url.copy_with(query=None))
    except RuntimeError:  # a Response built without a request
        pass
    return cls(
        status,
        title=_str_or_none(problem.get("title")) or response.reason_phrase or None,
        detail=_str_or_none(problem.get("detail")),
        type=_str_or_none(problem.get("type")),
        instance=_str_or_none(problem.get("instance")),
        trace_id=_str_or_none(problem.get("traceId")),
        request_id=request_id,
        errors=errors,
        body=body,
        headers=dict(response.headers),
        method=method,
        url=url,
    )


__all__ = [
    "APIStatusError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RateLimitError",
    "TokenError",
    "UiPathIdentityError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnsupportedMediaTypeError",
    "parse_retry_after",
    "status_error",
]
