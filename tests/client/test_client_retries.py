"""Resilience: default timeout, retries with backoff and jitter on 429/502/503/504 and connection
errors, Retry-After honoured, POST only when asked, UIPATH_MAX_ATTEMPTS; sync and async alike."""

from __future__ import annotations

import asyncio
import email.utils
import time
from typing import Any
from uuid import UUID

import httpx
import pytest
from client_harness import ORG, Script, Sleeps, make_client, problem
from uipath_identity_client import (
    DEFAULT_TIMEOUT,
    APIStatusError,
    APITimeoutError,
    AuthenticatedClient,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from uipath_identity_client.api.external_client_secrets import generate_external_client_secret
from uipath_identity_client.api.external_clients import list_external_clients
from uipath_identity_client.models import GenerateSecretRequest

ORG_ID = UUID(ORG)
SECRET_JSON = {
    "id": 2,
    "description": None,
    "secret": "new-secret",
    "creationTime": "2025-07-18T13:56:16.889Z",
    "expiryTime": None,
}


def run(mode: str, script: Script, sleeps: Sleeps, **kwargs: Any) -> Any:
    client = make_client(script, sleeps=sleeps, **kwargs)
    if mode == "sync":
        return list_external_clients.sync(ORG_ID, client=client)
    return asyncio.run(list_external_clients.asyncio(ORG_ID, client=client))


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_503_twice_then_200(mode: str) -> None:
    script = Script(
        problem(503, "Service Unavailable"), problem(503, "Service Unavailable"), httpx.Response(200, json=[])
    )
    sleeps = Sleeps()
    assert run(mode, script, sleeps) == []
    assert len(script.api_requests) == 3
    assert sleeps.delays == [0.5, 1.0]  # 0.5 * 2**n with the jitter at its top (random() = 0)


@MODES
def test_429_honours_retry_after_seconds(mode: str) -> None:
    script = Script(problem(429, "Too Many Requests", headers={"Retry-After": "7"}), httpx.Response(200, json=[]))
    sleeps = Sleeps()
    assert run(mode, script, sleeps) == []
    assert sleeps.delays == [7.0]


def test_429_honours_retry_after_http_date() -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    script = Script(problem(429, "Too Many Requests", headers={"Retry-After": when}), httpx.Response(200, json=[]))
    sleeps = Sleeps()
    assert run("sync", script, sleeps) == []
    assert len(sleeps.delays) == 1 and 17 <= sleeps.delays[0] <= 20


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    script = Script(default=problem(429, "Too Many Requests", headers={"Retry-After": "300"}))
    sleeps = Sleeps()
    with pytest.raises(RateLimitError) as caught:
        run("sync", script, sleeps)
    assert caught.value.retry_after == 300.0
    assert sleeps.delays == [] and len(script.api_requests) == 1


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_retried_statuses_give_up_after_max_attempts(status: int) -> None:
    script = Script(default=problem(status, "Failing"))
    sleeps = Sleeps()
    with pytest.raises(Exception) as caught:
        run("sync", script, sleeps)
    assert getattr(caught.value, "status_code", None) == status
    assert len(script.api_requests) == 3 and len(sleeps.delays) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500])
def test_other_statuses_are_not_retried(status: int) -> None:
    script = Script(default=problem(status, "No"))
    with pytest.raises(APIStatusError):
        run("sync", script, Sleeps())
    expected = 2 if status == 401 else 1  # a 401 is retried once by the auth, with a fresh token
    assert len(script.api_requests) == expected


def body() -> GenerateSecretRequest:
    return GenerateSecretRequest(partition_global_id=ORG_ID, client_id="app")


@MODES
def test_post_is_not_retried_by_default(mode: str) -> None:
    script = Script(problem(503, "Service Unavailable"), httpx.Response(200, json=SECRET_JSON))
    client = make_client(script)
    with pytest.raises(Exception) as caught:
        if mode == "sync":
            generate_external_client_secret.sync(client=client, body=body())
        else:
            asyncio.run(generate_external_client_secret.asyncio(client=client, body=body()))
    assert getattr(caught.value, "status_code", None) == 503
    assert len(script.api_requests) == 1


def test_post_is_retried_when_asked() -> None:
    script = Script(problem(503, "Service Unavailable"), httpx.Response(200, json=SECRET_JSON))
    sleeps = Sleeps()
    policy = RetryPolicy(retry_post=True, sleep=sleeps, random=lambda: 0.0)
    result = generate_external_client_secret.sync(client=make_client(script, retry=policy), body=body())
    assert result.id == 2 and len(script.api_requests) == 2


@MODES
def test_connection_errors_are_retried(mode: str) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ReadError("reset"), httpx.Response(200, json=[]))
    sleeps = Sleeps()
    assert run(mode, script, sleeps) == []
    assert len(script.api_requests) == 3 and len(sleeps.delays) == 2


@MODES
def test_timeouts_are_retried_then_raised(mode: str) -> None:
    script = Script(default=httpx.ReadTimeout("slow"))
    sleeps = Sleeps()
    with pytest.raises(APITimeoutError, match=r"the API request GET http://127.0.0.1:9/\S+ timed out") as caught:
        run(mode, script, sleeps)
    assert isinstance(caught.value, httpx.TimeoutException)  # still an httpx timeout for older callers
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout) and not caught.value.token_request
    assert len(script.api_requests) == 3


def test_a_post_that_could_not_connect_is_retried() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200, json=SECRET_JSON))
    result = generate_external_client_secret.sync(client=make_client(script), body=body())
    assert result.id == 2


def test_a_post_that_timed_out_reading_is_not_retried() -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.Response(200, json=SECRET_JSON))
    with pytest.raises(APITimeoutError):
        generate_external_client_secret.sync(client=make_client(script), body=body())
    assert len(script.api_requests) == 1


def test_max_attempts_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UIPATH_MAX_ATTEMPTS", "5")
    assert RetryPolicy.from_env().max_attempts == 5
    monkeypatch.setenv("UIPATH_MAX_ATTEMPTS", "1")
    script = Script(default=problem(503, "Service Unavailable"))
    client = AuthenticatedClient(
        base_url="http://127.0.0.1:9/x/identity_", token="t", transport=httpx.MockTransport(script)
    )
    with pytest.raises(InternalServerError):
        list_external_clients.sync(ORG_ID, client=client)
    assert len(script.api_requests) == 1


def test_backoff_grows_caps_and_jitters() -> None:
    top = RetryPolicy(random=lambda: 0.0)
    bottom = RetryPolicy(random=lambda: 1.0)
    assert [top.backoff(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert [bottom.backoff(n) for n in range(1, 4)] == [0.375, 0.75, 1.5]


def test_token_request_is_retried_on_503() -> None:
    script = Script()
    replies = [httpx.Response(503), httpx.Response(200, json={"access_token": "tok-x", "expires_in": 3600})]
    script.token_reply = lambda request: replies.pop(0)
    assert run("sync", script, Sleeps()) == []
    assert script.api_auth == ["Bearer tok-x"]


def test_default_timeout_is_never_infinite() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9/x/identity_", token="t", timeout=None)
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.connect is not None
    assert AuthenticatedClient(base_url="http://x", token="t").get_async_httpx_client().timeout == DEFAULT_TIMEOUT
    custom = AuthenticatedClient(base_url="http://x", token="t", timeout=2.5)
    assert custom.get_httpx_client().timeout == httpx.Timeout(2.5)
