"""Authentication for httpx: OAuth 2.0 client credentials with a token cache, and static bearer
tokens (personal access tokens).

Added module (openapi-python-client only supports a static token): copied into the package by
scripts/regenerate. The token request is sent through the same httpx client as the API calls
(httpx's auth-flow protocol), so it shares the client's transport, retries and logging.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._transport import RETRYABLE_EXTENSION, TOKEN_REQUEST_EXTENSION
from ._version import USER_AGENT
from .errors import REQUEST_ID_HEADERS, ConfigurationError, TokenError

#: From this many seconds before expiry a refresh is attempted, but a failed one keeps the old token
#: (at most half the token's lifetime, so a short-lived token is used before it is refreshed).
ADVISORY_REFRESH_SECONDS = 120.0
#: From this many seconds before expiry the token is no longer used: a refresh must succeed
#: (at most a quarter of the token's lifetime).
MANDATORY_REFRESH_SECONDS = 30.0
#: After a failed advisory refresh, wait this long before trying again.
ADVISORY_RETRY_SECONDS = 5.0
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class PersonalAccessToken(httpx.Auth):
    """A static bearer token (a personal access token, or an access token obtained elsewhere).

    The token never appears in ``repr``/``str``.
    """

    def __init__(self, token: str, *, prefix: str = "Bearer", header_name: str = "Authorization") -> None:
        if not token:
            raise ConfigurationError("the personal access token is empty")
        self._token = token
        self._value = f"{prefix} {token}" if prefix else token
        self._header_name = header_name

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header_name] = self._value
        yield request

    @property
    def token(self) -> str:
        """The token itself (for reading its claims; never logged)."""
        return self._token

    def __repr__(self) -> str:
        return "PersonalAccessToken(token='***')"


BearerToken = PersonalAccessToken


class _Token:
    __slots__ = ("advisory_at", "expires_at", "mandatory_at", "value")

    def __init__(self, value: str, expires_at: float, lifetime: float) -> None:
        self.value = value
        self.expires_at = expires_at
        # The refresh windows scale with the lifetime: a 40 s token is used for 20 s, not refreshed at once.
        self.advisory_at = expires_at - min(ADVISORY_REFRESH_SECONDS, lifetime / 2)
        self.mandatory_at = expires_at - min(MANDATORY_REFRESH_SECONDS, lifetime / 4)

    def __repr__(self) -> str:
        return f"_Token(value='***', expires_at={self.expires_at!r})"


class ClientCredentials(httpx.Auth):
    """OAuth 2.0 client-credentials auth of a confidential external application, for httpx.

    - Fetches an access token from ``token_url`` on first use and caches it.
    - Refreshes ahead of expiry: from 120 s before it (at most half the token's lifetime), a
      refresh is attempted but a failed one (an error answer from the token endpoint) keeps
      serving the still-valid token; from 30 s before it (at most a quarter of the lifetime), the
      refresh must succeed.
    - Single-flight: N threads (or N asyncio tasks) that need a token cause one token request.
    - A 401 answer invalidates the token and the request is sent once more with a fresh one.
    - The client secret and tokens never appear in ``repr``/``str``, logs or exception messages.

    Args:
        client_id: The external application's id.
        client_secret: One of its secrets.
        token_url: ``{identity base URL}/connect/token`` (see ``base_urls.token_url``). Must be
            https, except on localhost.
        scopes: The scopes to request; None asks for every scope registered on the application.
        clock: Monotonic clock in seconds, injectable for tests.
    """

    requires_request_body = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        token_url: str,
        scopes: Iterable[str] | str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id:
            raise ConfigurationError("client_id is empty")
        if not client_secret:
            raise ConfigurationError("client_secret is empty")
        parts = urlsplit(token_url)
        if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS):
            raise ConfigurationError(f"token_url must be an https URL (http only on localhost): {token_url!r}")
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self.scopes: tuple[str, ...] = tuple(scopes.split() if isinstance(scopes, str) else scopes or ())
        self._clock = clock
        self._token: _Token | None = None
        self._next_advisory_attempt = 0.0
        self._lock = threading.Lock()
        self._async_locks: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Lock]] = {}
        self._async_locks_guard = threading.Lock()
        #: How many token requests were sent (for tests and diagnostics).
        self.token_requests = 0

    def __repr__(self) -> str:
        return (
            f"ClientCredentials(client_id={self.client_id!r}, client_secret='***', "
            f"token_url={self.token_url!r}, scopes={list(self.scopes)!r})"
        )

    # -- cache -------------------------------------------------------------------------------

    def _usable(self) -> tuple[str | None, bool]:
        """(token to use or None, whether to try a refresh first)."""
        token, now = self._token, self._clock()
        if token is None or now >= token.mandatory_at:
            return None, True
        if now >= token.advisory_at and now >= self._next_advisory_attempt:
            return token.value, True
        return token.value, False

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token (only if it is still `token`, when given)."""
        current = self._token
        if current is not None and (token is None or current.value == token):
            self._token = None

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return httpx.Request(
            "POST",
            self.token_url,
            data=form,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            extensions={RETRYABLE_EXTENSION: True, TOKEN_REQUEST_EXTENSION: True},
        )

    def _accept(self, response: httpx.Response, fallback: str | None) -> str:
        """Store the token of a token response; on an error answer keep `fallback` or raise."""
        self.token_requests += 1
        payload: Any = None
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if response.status_code == 200 and isinstance(payload, dict) and isinstance(payload.get("access_token"), str):
            expires_in = payload.get("expires_in", 3600)
            try:
                lifetime = float(expires_in)
            except (TypeError, ValueError):
                lifetime = 3600.0
            lifetime = max(lifetime, 0.0)
            self._token = _Token(payload["access_token"], self._clock() + lifetime, lifetime)
            return self._token.value
        if fallback is not None:  # advisory refresh failed: keep the still-valid token a while
            self._next_advisory_attempt = self._clock() + ADVISORY_RETRY_SECONDS
            return fallback
        problem = payload if isinstance(payload, dict) else {}
        error = problem.get("error") if isinstance(problem.get("error"), str) else None
        description = problem.get("error_description")
        request_id = next((response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None)
        raise TokenError(
            response.status_code,
            error or ("invalid token response" if response.status_code == 200 else None),
            description if isinstance(description, str) else None,
            request_id,
            token_url=self.token_url,
            client_id=self.client_id,
        )

    # -- direct use --------------------------------------------------------------------------

    def token(self, http: httpx.Client) -> str:
        """A valid access token (the cached one, or a new one fetched through `http`)."""
        value, refresh = self._usable()
        if refresh:
            with self._lock:
                value, refresh = self._usable()
                if refresh:
                    response = http.send(self._token_request(), auth=None)
                    response.read()
                    value = self._accept(response, value)
        assert value is not None
        return value

    async def atoken(self, http: httpx.AsyncClient) -> str:
        """A valid access token (the cached one, or a new one fetched through `http`)."""
        value, refresh = self._usable()
        if refresh:
            lock = self._async_lock()
            async with lock:
                value, refresh = self._usable()
                if refresh:
                    response = await http.send(self._token_request(), auth=None)
                    await response.aread()
                    value = self._accept(response, value)
        assert value is not None
        return value

    # -- flows -------------------------------------------------------------------------------
    # Both flows: get a token (single flight under a lock), send the request, and on a 401 drop
    # that token and send the request once more with a fresh one.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        for attempt in (1, 2):
            value, refresh = self._usable()
            if refresh:
                with self._lock:  # the others wait here, then find the fresh token
                    value, refresh = self._usable()
                    if refresh:
                        token_response = yield self._token_request()
                        token_response.read()
                        value = self._accept(token_response, value)
            assert value is not None
            request.headers["Authorization"] = f"Bearer {value}"
            response = yield request
            if response.status_code != 401 or attempt == 2:
                return
            # No close() here: httpx reads the 401 body after the flow resumes, and reading a
            # closed stream raises httpx.StreamClosed (MockTransport bodies hide this).
            self.invalidate(value)

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            found = self._async_locks.get(id(loop))
            if found is None or found[0] is not loop:
                found = (loop, asyncio.Lock())
                self._async_locks[id(loop)] = found
            return found[1]

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        for attempt in (1, 2):
            value, refresh = self._usable()
            if refresh:
                lock = self._async_lock()
                await lock.acquire()  # the other tasks wait here, then find the fresh token
                try:
                    value, refresh = self._usable()
                    if refresh:
                        token_response = yield self._token_request()
                        await token_response.aread()
                        value = self._accept(token_response, value)
                finally:
                    lock.release()
            assert value is not None
            request.headers["Authorization"] = f"Bearer {value}"
            response = yield request
            if response.status_code != 401 or attempt == 2:
                return
            self.invalidate(value)  # no aclose(): see sync_auth_flow
