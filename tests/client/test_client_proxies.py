"""Networks users have: a real forwarding proxy on loopback between the client and the mock.
The environment's HTTP_PROXY is used (and NO_PROXY honoured) by `from_env()`, a `proxy=` argument
and `httpx_args={"proxy": ...}` too, and every proxied route keeps the retries, typed errors and
debug logging."""

from __future__ import annotations

import logging
import socket
from typing import Any

import loopback_proxy
import pytest
from mock_session import Mocks
from uipath_identity_client import APIConnectionError, IdentityClient, RetryPolicy

pytestmark = pytest.mark.slow


def env_of(ready: dict[str, Any]) -> dict[str, str]:
    return {
        "UIPATH_URI": ready["base_url"].rsplit("/", 2)[0],
        "UIPATH_ORGANIZATION": ready["organization"],
        "UIPATH_CLIENT_ID": ready["admin_client_id"],
        "UIPATH_CLIENT_SECRET": ready["admin_client_secret"],
    }


def test_from_env_goes_through_the_environments_proxy(mocks: Mocks, monkeypatch: pytest.MonkeyPatch) -> None:
    ready = mocks.ready("default")
    with loopback_proxy.running() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        with IdentityClient.from_env(env_of(ready)) as client:
            assert client.external_clients.list()
        assert any("/connect/token" in target for target in proxy.seen)
        assert any("/api/ExternalClient/" in target for target in proxy.seen)
        seen = len(proxy.seen)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with IdentityClient.from_env(env_of(ready)) as direct:
            assert direct.external_clients.list()
        assert len(proxy.seen) == seen  # NO_PROXY: straight to the server


@pytest.mark.parametrize("how", ["argument", "httpx_args"])
def test_a_proxied_503_is_retried_and_logged(
    mocks: Mocks, how: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    ready = mocks.ready("default")
    monkeypatch.delenv("HTTP_PROXY", raising=False)
    with loopback_proxy.running() as proxy:
        options: dict[str, Any] = {"proxy": proxy.url} if how == "argument" else {"httpx_args": {"proxy": proxy.url}}
        retry = RetryPolicy(sleep=lambda seconds: None)
        with IdentityClient(
            ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"],
            retry=retry, **options,
        ) as client:  # fmt: skip
            client.organization_id()  # the token first
            proxy.fail_next = 2
            with caplog.at_level(logging.DEBUG, logger="uipath_identity_client"):
                assert client.external_clients.list()
        assert [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")][:2]
        assert sum(" 503 " in r.getMessage() or "-> 503" in r.getMessage() for r in caplog.records) >= 2


def test_a_dead_proxy_is_a_typed_connection_error(mocks: Mocks) -> None:
    ready = mocks.ready("default")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    client = IdentityClient(
        ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"],
        proxy=dead, retry=RetryPolicy(max_attempts=2, sleep=lambda seconds: None),
    )  # fmt: skip
    with pytest.raises(APIConnectionError) as caught:
        client.external_clients.list()
    assert caught.value.token_request and ready["admin_client_secret"] not in str(caught.value)
