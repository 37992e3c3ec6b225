"""Errors raised by this package. Every one of them is a `UiPathIdentityError`.

`sync()` and `asyncio()` raise an `APIStatusError` subclass for any non-2xx answer;
`sync_detailed()` and `asyncio_detailed()` never raise for a status and return the raw `Response`.
Network failures (after retries) raise `APIConnectionError` / `APITimeoutError` (which are also
`httpx.TransportError` / `httpx.TimeoutException`), naming the URL and whether it was the token URL.
An answer that does not match the spec raises `ResponseValidationError`.
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
        token_url: The token endpoint asked.
        client_id: The client id the token was asked for (never the secret).
    """

    def __init__(
        self,
        status_code: int,
        error: str | None,
        error_description: str | None,
        request_id: str | None = None,
        *,
        token_url: str | None = None,
        client_id: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error = error
        self.error_description = error_description
        self.request_id = request_id
        self.token_url = token_url
        self.client_id = client_id
        message = f"token request failed ({status_code})"
        if error:
            message += f": {error}"
        if error_description:
            message = _join(message, error_description)
        if client_id:
            message += f" for client id {client_id!r}"
        if token_url:
            message += f" at {token_url}"
        if request_id:
            message += f" (request id {request_id})"
        super().__init__(message)


class APIConnectionError(UiPathIdentityError, httpx.TransportError):
    """The server could not be reached, or the connection failed (after retries).

    Also an ``httpx.TransportError``. The original httpx error is ``__cause__``.

    Attributes:
        url: The URL requested (without its query).
        token_request: True if it was the token URL that failed, False for an API call.
    """

    def __init__(self, message: str, *, request: httpx.Request, url: str, token_request: bool) -> None:
        super().__init__(message, request=request)
        self.url = url
        self.token_request = token_request

    @classmethod
    def wrap(cls, request: httpx.Request, error: httpx.TransportError, token_request: bool) -> APIConnectionError:
        """The package's error for `error`, a transport failure of `request`."""
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        url = str(request.url.copy_with(query=None))
        what = "the token request to" if token_request else f"the API request {request.method}"
        verb = "timed out" if kind is APITimeoutError else "failed"
        detail = str(error) or type(error).__name__
        message = f"{what} {url} {verb} ({type(error).__name__}: {detail})"
        return kind(message, request=request, url=url, token_request=token_request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """The request took longer than the client's timeout (after retries). Also an ``httpx.TimeoutException``."""


class ResponseValidationError(UiPathIdentityError):
    """The service answered 2xx with a body that does not match the spec.

    Attributes:
        operation: The operation's id, e.g. ``listExternalClients``.
        field: The missing or mistyped field, when known.
        status_code: The answer's HTTP status.
    """

    def __init__(self, operation: str, field: str | None, problem: str, status_code: int | None = None) -> None:
        self.operation = operation
        self.field = field
        self.status_code = status_code
        where = f" field {field!r}" if field else ""
        super().__init__(f"{operation}: the response{where} does not match the spec: {problem}")

    @classmethod
    def from_exception(cls, operation: str, response: httpx.Response, error: Exception) -> ResponseValidationError:
        if isinstance(error, KeyError) and error.args:
            return cls(operation, str(error.args[0]), "required field missing", response.status_code)
        return cls(operation, None, f"{type(error).__name__}: {error}", response.status_code)


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
            message = _join(message, self.detail)
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


def _join(first: str, second: str) -> str:
    """`first: second`, or `first second` when `first` already ends a sentence."""
    return f"{first} {second}" if first.endswith((".", "!", "?", ":")) else f"{first}: {second}"


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
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ResponseValidationError",
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
