"""Errors raised by this package. Every one of them is a `UiPathIdentityError`.

`sync()` and `asyncio()` raise an `APIStatusError` subclass for any non-2xx answer;
`sync_detailed()` and `asyncio_detailed()` never raise for a status and return the raw `Response`.
Network failures (after retries) raise `APIConnectionError` / `APITimeoutError` (which are also
`httpx.TransportError` / `httpx.TimeoutException`), naming the URL and whether it was the token URL;
a failed TLS handshake raises `TLSError` (`CertificateVerificationError` for an untrusted
certificate), at once unless the connection was merely cut mid-handshake.
An answer that does not match the spec raises `ResponseValidationError`.
"""

from __future__ import annotations

import email.utils
import json
import operator
import re
import ssl
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
        who = f" for client id {client_id!r}" if client_id else ""
        where = f" at {token_url}" if token_url else ""
        message = f"the token request{who}{where} failed ({status_code})"
        reason = ": ".join(part.rstrip(".") for part in (error, error_description) if part)
        if reason:
            message += f": {reason}"
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
        url = str(request.url.copy_with(query=None))
        what = "the token request to" if token_request else f"the API request {request.method}"
        failure = tls_failure(error)
        if failure is not None:
            return TLSError.of(failure, f"{what} {url} failed", request=request, url=url, token_request=token_request)
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        verb = "timed out" if kind is APITimeoutError else "failed"
        detail = str(error) or type(error).__name__
        message = f"{what} {url} {verb} ({type(error).__name__}: {detail})"
        return kind(message, request=request, url=url, token_request=token_request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """The request took longer than the client's timeout (after retries). Also an ``httpx.TimeoutException``."""


def tls_failure(error: BaseException) -> ssl.SSLError | None:
    """The `ssl.SSLError` behind a transport error (httpx raises it as a `ConnectError` caused by
    httpcore's, caused by ssl's), or None if it is not a TLS failure."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


#: TLS failures of the connection rather than of the handshake's content (the peer went away
#: mid-handshake): retried like any connection that could not be opened.
_TRANSIENT_TLS = (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError)


def final_tls_failure(error: BaseException) -> bool:
    """Whether `error` is a TLS failure that sending again cannot change (a certificate refused,
    a protocol the server does not speak), as opposed to a connection cut mid-handshake."""
    failure = tls_failure(error)
    return failure is not None and not isinstance(failure, _TRANSIENT_TLS)


class TLSError(APIConnectionError):
    """The TLS handshake with the server failed (directly or inside a proxy's tunnel). Not
    retried when sending again cannot change it (the certificate, the protocol the server speaks);
    a connection cut mid-handshake is retried like any other.

    Attributes:
        reason: OpenSSL's reason, e.g. ``WRONG_VERSION_NUMBER`` (an ``https://`` URL of a server
            that speaks plain HTTP) or, for a certificate, why it was not trusted.
    """

    def __init__(self, message: str, *, request: httpx.Request, url: str, token_request: bool, reason: str) -> None:
        super().__init__(message, request=request, url=url, token_request=token_request)
        self.reason = reason

    @staticmethod
    def of(failure: ssl.SSLError, prefix: str, *, request: httpx.Request, url: str, token_request: bool) -> TLSError:
        """The error for `failure`: a `CertificateVerificationError` if the certificate was refused."""
        # OpenSSL sets reason/verify_message/verify_code; an SSLError made otherwise may lack them
        if isinstance(failure, ssl.SSLCertVerificationError):
            reason = str(getattr(failure, "verify_message", None) or getattr(failure, "reason", None) or failure)
            message = (
                f"{prefix}: the server's TLS certificate could not be verified ({reason}). If it is issued by "
                "a CA of your own (a TLS-inspecting proxy, a private server), give that CA's bundle: "
                "verify_ssl='/path/to/ca.pem', or SSL_CERT_FILE=/path/to/ca.pem in the environment"
            )
            return CertificateVerificationError(
                message, request=request, url=url, token_request=token_request, reason=reason,
                verify_code=getattr(failure, "verify_code", None),
            )  # fmt: skip
        reason = str(getattr(failure, "reason", None) or failure)
        message = f"{prefix}: the TLS handshake failed ({reason})"
        return TLSError(message, request=request, url=url, token_request=token_request, reason=reason)


class CertificateVerificationError(TLSError):
    """The server's TLS certificate was not trusted: its issuer is unknown (give your CA's bundle
    with ``verify_ssl=`` or ``SSL_CERT_FILE``), it expired, or it names another host.

    Attributes:
        verify_code: OpenSSL's verification error code (e.g. 20: unable to get the local issuer
            certificate; 62: hostname mismatch), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        url: str,
        token_request: bool,
        reason: str,
        verify_code: int | None,
    ) -> None:
        super().__init__(message, request=request, url=url, token_request=token_request, reason=reason)
        self.verify_code = verify_code


class ClientClosedError(UiPathIdentityError, RuntimeError):
    """The client was closed (``close()``, ``aclose()`` or the end of its ``with`` block) before this call."""


class ResponseValidationError(UiPathIdentityError):
    """The service answered 2xx with a body that does not match the spec.

    Attributes:
        operation: The operation's id, e.g. ``listExternalClients``.
        field: The JSON path of the missing or mistyped field, e.g. ``$[3].secrets[0].creationTime``.
        problem: What is wrong with it.
        status_code: The answer's HTTP status.
    """

    def __init__(self, operation: str, field: str | None, problem: str, status_code: int | None = None) -> None:
        self.operation = operation
        self.field = field
        self.problem = problem
        self.status_code = status_code
        where = f" at {field}" if field else ""
        super().__init__(f"{operation}: the answer does not match the spec{where}: {problem}")

    @classmethod
    def from_exception(cls, operation: str, response: httpx.Response, error: Exception) -> ResponseValidationError:
        path, cause = "$", error
        if isinstance(error, FieldError):
            try:
                error.locate(json.loads(response.content))  # an item of a list answer
            except ValueError:
                pass
            path, cause = "$" + error.path(), error.cause
        if isinstance(cause, KeyError) and cause.args:
            return cls(operation, f"{path}.{cause.args[0]}", "a required field is missing", response.status_code)
        return cls(operation, path, f"{type(cause).__name__}: {cause}", response.status_code)


class ConstMismatch(ValueError):
    """A field is not its schema's `const` (internal: for a union, "not this variant")."""


class FieldError(ValueError):
    """Raised while parsing an answer: the JSON path, inside the body, of what failed (internal;
    the endpoint functions raise it as a `ResponseValidationError`)."""

    def __init__(self, cause: Exception, obj: object) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.obj = obj  # the JSON value whose parsing failed, to find it in the one around it
        self.segments: list[str] = []

    def path(self) -> str:
        return "".join(reversed(self.segments))

    def locate(self, container: object) -> bool:
        """Add the step from `container` (a JSON object or array) to the failed value; True if found."""
        if isinstance(container, Mapping):
            pairs = [(f".{key}", value) for key, value in container.items()]
        elif isinstance(container, list):
            pairs = [(f"[{index}]", value) for index, value in enumerate(container)]
        else:
            return False
        for same in (operator.is_, operator.eq):  # the parsed object itself, else an equal one
            for step, value in pairs:
                inner = (
                    next((i for i, item in enumerate(value) if same(item, self.obj)), None)
                    if isinstance(value, list)
                    else None
                )
                if same(value, self.obj) or inner is not None:
                    self.segments += [step] if inner is None else [f"[{inner}]", step]
                    self.obj = container
                    return True
        return False

    @classmethod
    def at(cls, error: Exception, src: object, key: str | None) -> FieldError:
        """`error`, raised while parsing the JSON object `src` (at its field `key` when known)."""
        if isinstance(error, FieldError):
            error.locate(src)
            return error
        found = cls(error, src)
        if key is not None and not isinstance(error, KeyError):  # a missing key names itself
            found.segments.append(f".{key}")
        return found


class APIStatusError(UiPathIdentityError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status code.
        title, detail, type, instance: The RFC 9457 problem-details fields (None when absent).
        trace_id: The problem's ``traceId``.
        request_id: The ``x-request-id`` header (or a similar one), else the ``traceId``.
        errors: Why: for a validation failure the problems per field; for a refused identity
            operation (an ``IdentityResult`` answer) the descriptions per error code.
        codes: The service's error codes: an ``IdentityResult``'s (``DuplicateUserName``,
            ``PasswordMismatch``, ...) or the ``WWW-Authenticate`` challenge's ``error``.
        auth_error, auth_error_description, required_scopes: The ``WWW-Authenticate`` challenge's
            ``error`` (``invalid_token``, ``insufficient_scope``), ``error_description`` and ``scope``.
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
        codes: tuple[str, ...] = (),
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
        challenge = _challenge(self.headers)
        self.auth_error = challenge.get("error")
        self.auth_error_description = challenge.get("error_description")
        self.required_scopes: tuple[str, ...] = tuple(challenge.get("scope", "").split())
        self.codes = codes or ((self.auth_error,) if self.auth_error else ())
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
        if self.auth_error:
            reason = ": ".join(p.rstrip(".") for p in (self.auth_error, self.auth_error_description) if p)
            if self.required_scopes:
                reason += f" (needs one of the scopes {', '.join(self.required_scopes)})"
            message = _join(message, reason)
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


_CHALLENGE_PARAM = re.compile(r'(\w+)="([^"]*)"')


def _challenge(headers: Mapping[str, str]) -> dict[str, str]:
    """The parameters of a ``WWW-Authenticate: Bearer error="...", scope="..."`` challenge."""
    value = next((v for k, v in headers.items() if k.lower() == "www-authenticate"), "")
    return dict(_CHALLENGE_PARAM.findall(value)) if value.lower().startswith("bearer") else {}


def _identity_errors(body: Any) -> list[tuple[str, str]]:
    """(code, description) of an ``IdentityResult`` answer (``{"succeeded": false, "errors": [...]}``)."""
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return []
    found = []
    for item in body["errors"]:
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            found.append((item["code"], str(item.get("description") or "")))
    return found


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
    identity = _identity_errors(problem)
    for code, description in identity:
        errors.setdefault(code, []).append(description)
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
        codes=tuple(code for code, _ in identity),
    )


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ResponseValidationError",
    "BadRequestError",
    "ClientClosedError",
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
