"""Token refresh over real sockets (uvicorn on loopback): httpx streams these responses, so a
mistake in how the auth flow handles a 401 body shows here and not under MockTransport."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from uuid import UUID

import pytest
from loopback_server import CLIENT_ID, ORG, SECRET, LoopbackServer, serve
from uipath_identity_client import AuthenticatedClient, ClientCredentials, RetryPolicy
from uipath_identity_client.api.external_clients import list_external_clients


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with serve() as state:
        yield state


@pytest.fixture(params=[False, True], ids=["no-debug", "debug"])
def debug_logging(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Run with and without debug logging (which reads every body before the auth flow does)."""
    logger = logging.getLogger("uipath_identity_client")
    old = logger.level
    logger.setLevel(logging.DEBUG if request.param else logging.WARNING)
    yield bool(request.param)
    logger.setLevel(old)


ORG_ID = UUID(ORG)


def client_for(server: LoopbackServer, clock: list[float] | None = None) -> AuthenticatedClient:
    auth = (
        ClientCredentials(CLIENT_ID, SECRET, token_url=server.token_url)
        if clock is None
        else ClientCredentials(CLIENT_ID, SECRET, token_url=server.token_url, clock=lambda: clock[0])
    )
    return AuthenticatedClient(base_url=server.base_url, auth=auth, retry=RetryPolicy(max_attempts=1))


def test_sync_401_fetches_a_fresh_token_and_retries(server: LoopbackServer, debug_logging: bool) -> None:
    with client_for(server) as client:
        assert list_external_clients.sync(ORG_ID, client=client) == []
        server.revoke_all()  # the cached token is now refused, as after a revocation or a restart
        assert list_external_clients.sync(ORG_ID, client=client) == []
    assert server.issued == 2
    assert len(server.api_calls) == 3  # ok, 401, ok


def test_async_401_fetches_a_fresh_token_and_retries(server: LoopbackServer, debug_logging: bool) -> None:
    async def main() -> None:
        async with client_for(server) as client:
            assert await list_external_clients.asyncio(ORG_ID, client=client) == []
            server.revoke_all()
            assert await list_external_clients.asyncio(ORG_ID, client=client) == []

    asyncio.run(main())
    assert server.issued == 2
    assert len(server.api_calls) == 3


def test_expired_token_is_replaced_before_the_call(server: LoopbackServer) -> None:
    clock = [1000.0]
    server.expires_in = 60
    with client_for(server, clock) as client:
        list_external_clients.sync(ORG_ID, client=client)
        clock[0] += 61  # past expiry: the next call must fetch a new token first, not send the old one
        list_external_clients.sync(ORG_ID, client=client)
    assert server.issued == 2
    assert len(server.api_calls) == 2  # no 401 round trip


def test_concurrent_threads_share_one_refresh_after_revocation(server: LoopbackServer) -> None:
    server.token_delay = 0.2
    with client_for(server) as client:
        list_external_clients.sync(ORG_ID, client=client)
        server.revoke_all()
        errors: list[BaseException] = []

        def call() -> None:
            try:
                list_external_clients.sync(ORG_ID, client=client)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=call) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert errors == []
    # one initial token; after the revocation every thread saw a 401 and dropped the same token,
    # and the lock let one refresh serve them all (a thread may arrive after the first refresh)
    assert 2 <= server.issued <= 3, server.issued


def test_concurrent_tasks_share_one_token(server: LoopbackServer) -> None:
    server.token_delay = 0.2

    async def main() -> None:
        async with client_for(server) as client:
            await asyncio.gather(*(list_external_clients.asyncio(ORG_ID, client=client) for _ in range(8)))

    asyncio.run(main())
    assert server.issued == 1
