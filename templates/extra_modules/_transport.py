"""Retries with exponential backoff and jitter, and redacted debug logging, as httpx transports.

Added module (openapi-python-client has no template for it): copied into the package by
scripts/regenerate. `RetryTransport` / `AsyncRetryTransport` wrap the real transport, so every
request the client sends (API calls and token requests alike) gets the same policy, sync or async.
A transport failure that is not retried is raised as `errors.APIConnectionError`/`APITimeoutError`
(`errors.TLSError` for a failed TLS handshake, not retried unless the connection was merely cut).
"""

from __future__ import annotations

import asyncio
import logging
import os
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx
from attrs import define, field

from ._logging import logger, redact_body, redact_headers, redact_response_body
from .errors import APIConnectionError, ConfigurationError, final_tls_failure, parse_retry_after

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: Request extension that marks a non-idempotent request as safe to retry (the token request).
RETRYABLE_EXTENSION = "uipath_retryable"
#: Request extension that marks the token request (so a failure says it was the token URL).
TOKEN_REQUEST_EXTENSION = "uipath_token_request"
#: Request extension overriding the policy's attempts for one request (`with_options(max_retries=...)`).
MAX_ATTEMPTS_EXTENSION = "uipath_max_attempts"
DEFAULT_MAX_ATTEMPTS = 3


def _max_attempts_from_env(environ: Mapping[str, str] | None = None) -> int:
    env = os.environ if environ is None else environ
    raw = env.get("UIPATH_MAX_ATTEMPTS", "").strip()
    if not raw:
        return DEFAULT_MAX_ATTEMPTS
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"UIPATH_MAX_ATTEMPTS must be a whole number >= 1, got {raw!r}") from None
    if value < 1:
        raise ConfigurationError(f"UIPATH_MAX_ATTEMPTS must be a whole number >= 1, got {raw!r}")
    return value


@define(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    Defaults follow Stainless SDKs: 3 attempts (2 retries); 429, 502, 503, 504 and connection
    errors are retried; the delay is ``min(initial_delay * 2**n, max_delay)`` times a jitter of
    0.75-1, unless the server sends ``Retry-After`` (seconds or HTTP-date) or ``retry-after-ms``,
    which is honoured up to ``max_retry_after`` seconds (a longer wait is not retried: the caller
    gets the 429). Only idempotent methods are retried (GET, HEAD, OPTIONS, PUT, DELETE), POST only
    with ``retry_post=True``; a connection that could not be opened is retried for every method,
    since the request never reached the server, but not a TLS handshake that failed on its content
    (an untrusted certificate stays untrusted; `errors.final_tls_failure`).

    ``sleep``, ``async_sleep`` and ``random`` are injectable for tests.
    """

    max_attempts: int = field(default=DEFAULT_MAX_ATTEMPTS)
    retry_post: bool = False
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = RETRY_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    random: Callable[[], float] = field(default=_random.random, repr=False)

    @max_attempts.validator
    def _check_attempts(self, _attribute: object, value: int) -> None:
        if value < 1:
            raise ConfigurationError(f"max_attempts must be >= 1, got {value}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> RetryPolicy:
        """The default policy, with ``max_attempts`` from ``UIPATH_MAX_ATTEMPTS`` if set."""
        return cls(max_attempts=_max_attempts_from_env(environ))

    def backoff(self, retry: int) -> float:
        """The delay before retry number `retry` (1-based), jitter included."""
        base = min(self.initial_delay * (2 ** (retry - 1)), self.max_delay)
        jitter: float = self.random()
        return float(base * (1 - 0.25 * jitter))

    def method_is_retryable(self, request: httpx.Request) -> bool:
        method = request.method.upper()
        if method in IDEMPOTENT_METHODS or bool(request.extensions.get(RETRYABLE_EXTENSION)):
            return True
        return method == "POST" and self.retry_post

    def attempts_for(self, request: httpx.Request) -> int:
        """The attempts `request` may take: its `MAX_ATTEMPTS_EXTENSION`, else `max_attempts`."""
        override = request.extensions.get(MAX_ATTEMPTS_EXTENSION)
        return override if isinstance(override, int) and override >= 1 else self.max_attempts

    def delay_for_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying after `response`, or None to return it."""
        if attempt >= self.attempts_for(request) or response.status_code not in self.statuses:
            return None
        if not self.method_is_retryable(request):
            return None
        hint = parse_retry_after(response.headers)
        if hint is not None:
            return hint if hint <= self.max_retry_after else None
        return self.backoff(attempt)

    def delay_for_error(self, request: httpx.Request, error: httpx.TransportError, attempt: int) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to raise it."""
        if attempt >= self.attempts_for(request) or final_tls_failure(error):
            return None
        never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout)
        if not (never_sent or self.method_is_retryable(request)):
            return None
        return self.backoff(attempt)


def _is_token_request(request: httpx.Request) -> bool:
    return bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))


def _log_request(request: httpx.Request, attempt: int) -> None:
    body = redact_body(request.content, request.headers.get("content-type")) if _has_content(request) else ""
    logger.debug(
        "request %s %s attempt=%d headers=%s%s",
        request.method,
        request.url,
        attempt,
        redact_headers(request.headers.multi_items()),
        f" body={body}" if body else "",
    )


def _has_content(request: httpx.Request) -> bool:
    try:
        return bool(request.content)
    except httpx.RequestNotRead:
        return False


def _log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
    logger.debug(
        "response %s %s -> %d in %.1f ms headers=%s body=%s",
        request.method,
        request.url,
        response.status_code,
        (time.perf_counter() - started) * 1000,
        redact_headers(response.headers.multi_items()),
        redact_response_body(
            request.method,
            request.url.path,
            response.status_code,
            response.content,
            response.headers.get("content-type"),
        ),
    )


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, max_attempts: int) -> None:
    logger.info(
        "retrying %s %s after %s in %.2f s (attempt %d of %d)",
        request.method,
        request.url,
        reason,
        delay,
        attempt + 1,
        max_attempts,
    )


class _Attempts:
    """The decisions of one request's retry loop, without I/O, so the sync and the async transport
    share them: each only sends, reads, closes and sleeps as told."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.attempt = 0
        self.started = 0.0

    def start(self) -> bool:
        """Count an attempt and log it; True if the response body is to be read for the debug log."""
        self.attempt += 1
        debug = logger.isEnabledFor(logging.DEBUG)
        if debug:
            _log_request(self.request, self.attempt)
            self.started = time.perf_counter()
        return debug

    def after_error(self, error: httpx.TransportError) -> float:
        """The delay before the next attempt; raises the package's connection error if none."""
        delay = self.policy.delay_for_error(self.request, error, self.attempt)
        if delay is None:
            raise APIConnectionError.wrap(self.request, error, _is_token_request(self.request)) from error
        _log_retry(self.request, type(error).__name__, delay, self.attempt, self.policy.attempts_for(self.request))
        return delay

    def after_response(self, response: httpx.Response, debug: bool) -> float | None:
        """The delay before the next attempt, or None to return `response` (read if `debug`)."""
        if debug:
            _log_response(self.request, response, self.started)
        delay = self.policy.delay_for_response(self.request, response, self.attempt)
        if delay is not None:
            _log_retry(
                self.request, str(response.status_code), delay, self.attempt, self.policy.attempts_for(self.request)
            )
        return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with a `RetryPolicy` and debug logging (sync)."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Attempts(self.policy, request)
        while True:
            debug = plan.start()
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                self.policy.sleep(plan.after_error(error))
                continue
            if debug:
                response.read()
            delay = plan.after_response(response, debug)
            if delay is None:
                return response
            response.close()
            self.policy.sleep(delay)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport with a `RetryPolicy` and debug logging (async)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        plan = _Attempts(self.policy, request)
        while True:
            debug = plan.start()
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                await self.policy.async_sleep(plan.after_error(error))
                continue
            if debug:
                await response.aread()
            delay = plan.after_response(response, debug)
            if delay is None:
                return response
            await response.aclose()
            await self.policy.async_sleep(delay)

    async def aclose(self) -> None:
        await self.inner.aclose()
