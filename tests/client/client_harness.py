"""Helpers for the generated client's tests: scripted httpx transports (sync and async), a
client wired to them, and the mock server on loopback or in-process."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from uipath_identity_client import AuthenticatedClient, ClientCredentials, RetryPolicy

from contract_tests.mock_server.process import running

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:9/contoso/identity_"
TOKEN_URL = f"{BASE}/connect/token"
ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SECRET = "s3cr3t-client-secret-value"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A transport handler: token requests get fresh tokens (tok-1, tok-2, ...); API requests get
    the queued replies in order (then `default`). Records every request."""

    def __init__(self, *replies: Reply, default: Reply | None = None, expires_in: int = 3600) -> None:
        self.replies = list(replies)
        self.default = default if default is not None else httpx.Response(200, json=[])
        self.requests: list[httpx.Request] = []
        #: The Authorization header of each API request, as sent (a retried request is mutated).
        self.api_auth: list[str | None] = []
        self.token_count = 0
        self.expires_in = expires_in
        self.token_reply: Callable[[httpx.Request], httpx.Response] | None = None
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            if request.url.path.endswith("/connect/token"):
                if self.token_reply is not None:
                    return self.token_reply(request)
                self.token_count += 1
                token = {"access_token": f"tok-{self.token_count}", "expires_in": self.expires_in}
                return httpx.Response(200, json={**token, "token_type": "Bearer"})
            self.api_auth.append(request.headers.get("authorization"))
            reply = self.replies.pop(0) if self.replies else self.default
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # a fresh copy each time: an httpx.Response can be sent through a client only once
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/connect/token")]


class Sleeps:
    """Injected sleep for RetryPolicy: records the delays instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def make_client(
    script: Script,
    *,
    sleeps: Sleeps | None = None,
    auth: httpx.Auth | None = None,
    retry: RetryPolicy | None = None,
    **kwargs: Any,
) -> AuthenticatedClient:
    sleeps = sleeps or Sleeps()
    policy = retry or RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, random=lambda: 0.0)
    return AuthenticatedClient(
        base_url=BASE,
        auth=auth or ClientCredentials("app-id", SECRET, token_url=TOKEN_URL),
        transport=httpx.MockTransport(script),
        async_transport=httpx.MockTransport(script),
        retry=policy,
        **kwargs,
    )


def problem(
    status: int, title: str, detail: str | None = None, headers: dict[str, str] | None = None, **extra: Any
) -> httpx.Response:
    body: dict[str, Any] = {
        "type": f"https://tools.ietf.org/html/rfc9110#section-{status}",
        "title": title,
        "status": status,
        **extra,
    }
    if detail is not None:
        body["detail"] = detail
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/problem+json", **(headers or {})},
    )


@contextmanager
def mock_process(*args: str, env: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """The mock server as a subprocess on loopback; yields its MOCK_READY announcement."""
    with running(*args, env=env) as mock:
        yield mock.ready
