"""Authentication: client-credentials token cache (single flight, refresh ahead of expiry, 401
refresh-and-retry once), personal access tokens, from_env, and secrets kept out of sight."""

from __future__ import annotations

import asyncio
import threading
import time
from uuid import UUID

import httpx
import pytest
from client_harness import BASE, ORG, SECRET, TOKEN_URL, Script, make_client, problem
from uipath_identity_client import (
    AuthenticatedClient,
    ClientCredentials,
    ConfigurationError,
    PersonalAccessToken,
    TokenError,
    UnauthorizedError,
    from_env,
)
from uipath_identity_client.api.external_clients import list_external_clients

ORG_ID = UUID(ORG)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def auth_header(request: httpx.Request) -> str | None:
    value: str | None = request.headers.get("authorization")
    return value


def test_token_is_fetched_once_and_cached() -> None:
    script = Script()
    client = make_client(script)
    for _ in range(3):
        assert list_external_clients.sync(ORG_ID, client=client) == []
    assert script.token_count == 1
    assert script.api_auth == ["Bearer tok-1"] * 3
    token_request = script.requests[0]
    assert token_request.method == "POST" and str(token_request.url) == TOKEN_URL
    form = dict(httpx.QueryParams(token_request.content.decode()))
    assert form == {"grant_type": "client_credentials", "client_id": "app-id", "client_secret": SECRET}


def test_scopes_are_sent_space_separated() -> None:
    script = Script()
    auth = ClientCredentials("app-id", SECRET, token_url=TOKEN_URL, scopes="PM.OAuthApp PM.Directory")
    list_external_clients.sync(ORG_ID, client=make_client(script, auth=auth))
    assert dict(httpx.QueryParams(script.requests[0].content.decode()))["scope"] == "PM.OAuthApp PM.Directory"


def test_single_flight_under_threads() -> None:
    script = Script()
    original = script.__call__

    def slow_token(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)  # keep the fetch in flight while the other threads arrive
        script.token_count += 1
        return httpx.Response(200, json={"access_token": f"tok-{script.token_count}", "expires_in": 3600})

    script.token_reply = slow_token
    client = make_client(script)
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            barrier.wait()
            list_external_clients.sync(ORG_ID, client=client)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and original is not None
    assert script.token_count == 1
    assert len(script.api_requests) == 16
    assert set(script.api_auth) == {"Bearer tok-1"}


def test_single_flight_under_asyncio_tasks() -> None:
    script = Script()

    async def token_reply(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)
        script.token_count += 1
        return httpx.Response(200, json={"access_token": f"tok-{script.token_count}", "expires_in": 3600})

    class AsyncScript(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/connect/token"):
                script.requests.append(request)
                return await token_reply(request)
            return script(request)

    client = AuthenticatedClient(
        base_url=BASE,
        auth=ClientCredentials("app-id", SECRET, token_url=TOKEN_URL),
        async_transport=AsyncScript(),
    )

    async def main() -> None:
        await asyncio.gather(*(list_external_clients.asyncio(ORG_ID, client=client) for _ in range(20)))

    asyncio.run(main())
    assert script.token_count == 1
    assert len(script.api_requests) == 20


def test_refresh_ahead_of_expiry() -> None:
    clock = FakeClock()
    script = Script(expires_in=600)
    auth = ClientCredentials("app-id", SECRET, token_url=TOKEN_URL, clock=clock)
    client = make_client(script, auth=auth)
    list_external_clients.sync(ORG_ID, client=client)
    clock.now += 600 - 121  # outside the advisory window: cached
    list_external_clients.sync(ORG_ID, client=client)
    assert script.token_count == 1
    clock.now += 2  # 119 s before expiry: advisory refresh
    list_external_clients.sync(ORG_ID, client=client)
    assert script.token_count == 2
    assert auth_header(script.api_requests[-1]) == "Bearer tok-2"


def test_failed_advisory_refresh_keeps_the_valid_token_and_backs_off() -> None:
    clock = FakeClock()
    script = Script(expires_in=600)
    auth = ClientCredentials("app-id", SECRET, token_url=TOKEN_URL, clock=clock)
    client = make_client(script, auth=auth)
    list_external_clients.sync(ORG_ID, client=client)
    script.token_reply = lambda request: httpx.Response(400, json={"error": "temporarily_unavailable"})
    clock.now += 600 - 100  # advisory window
    list_external_clients.sync(ORG_ID, client=client)
    list_external_clients.sync(ORG_ID, client=client)  # within the 5 s back-off: no new attempt
    token_posts = [r for r in script.requests if r.url.path.endswith("/connect/token")]
    assert len(token_posts) == 2
    assert script.api_auth == ["Bearer tok-1"] * 3
    clock.now += 100 - 29  # mandatory window: the refresh must succeed
    with pytest.raises(TokenError) as caught:
        list_external_clients.sync(ORG_ID, client=client)
    assert caught.value.error == "temporarily_unavailable"


def test_401_refreshes_the_token_and_retries_once() -> None:
    script = Script(problem(401, "Unauthorized"), httpx.Response(200, json=[]))
    client = make_client(script)
    assert list_external_clients.sync(ORG_ID, client=client) == []
    assert script.token_count == 2
    assert script.api_auth == ["Bearer tok-1", "Bearer tok-2"]


def test_401_twice_raises_unauthorized_after_one_retry() -> None:
    script = Script(default=problem(401, "Unauthorized"))
    client = make_client(script)
    with pytest.raises(UnauthorizedError) as caught:
        list_external_clients.sync(ORG_ID, client=client)
    assert caught.value.status_code == 401
    assert len(script.api_requests) == 2 and script.token_count == 2


def test_async_401_refreshes_and_retries_once() -> None:
    script = Script(problem(401, "Unauthorized"), httpx.Response(200, json=[]))
    client = make_client(script)
    assert asyncio.run(list_external_clients.asyncio(ORG_ID, client=client)) == []
    assert script.api_auth == ["Bearer tok-1", "Bearer tok-2"]


def test_token_endpoint_refusal_is_a_token_error_without_the_secret() -> None:
    script = Script()
    script.token_reply = lambda request: httpx.Response(
        401,
        json={"error": "invalid_client", "error_description": "Invalid client credentials."},
        headers={"x-request-id": "rid-7"},
    )
    with pytest.raises(TokenError) as caught:
        list_external_clients.sync(ORG_ID, client=make_client(script))
    error = caught.value
    assert (error.status_code, error.error, error.request_id) == (401, "invalid_client", "rid-7")
    assert SECRET not in str(error) and SECRET not in repr(error)
    assert not script.api_requests


def test_personal_access_token() -> None:
    script = Script()
    client = make_client(script, auth=PersonalAccessToken("pat-value"))
    list_external_clients.sync(ORG_ID, client=client)
    assert auth_header(script.api_requests[0]) == "Bearer pat-value"
    assert script.token_count == 0
    # The upstream style, token=..., is a personal access token too.
    legacy = AuthenticatedClient(base_url=BASE, token="pat-2", transport=httpx.MockTransport(script))
    list_external_clients.sync(ORG_ID, client=legacy)
    assert auth_header(script.api_requests[-1]) == "Bearer pat-2"
    assert "pat-2" not in repr(legacy) and "pat-value" not in repr(PersonalAccessToken("pat-value"))


def test_secrets_and_tokens_never_in_repr() -> None:
    script = Script()
    auth = ClientCredentials("app-id", SECRET, token_url=TOKEN_URL)
    client = make_client(script, auth=auth, headers={"Authorization": "Bearer header-token"})
    list_external_clients.sync(ORG_ID, client=client)
    for text in (repr(auth), str(auth), repr(client), str(client), repr(auth._token)):
        assert SECRET not in text and "tok-1" not in text and "header-token" not in text


def test_token_url_must_be_https_except_on_localhost() -> None:
    with pytest.raises(ConfigurationError, match="https"):
        ClientCredentials("id", "secret", token_url="http://cloud.uipath.com/org/identity_/connect/token")
    ClientCredentials("id", "secret", token_url="http://localhost:8080/org/identity_/connect/token")


def test_authenticated_client_needs_credentials() -> None:
    with pytest.raises(ConfigurationError):
        AuthenticatedClient(base_url=BASE)


CC_ENV = {
    "UIPATH_URI": "https://cloud.uipath.com/",
    "UIPATH_ORGANIZATION": "contoso",
    "UIPATH_CLIENT_ID": "app-id",
    "UIPATH_CLIENT_SECRET": SECRET,
    "UIPATH_AUTH_SCOPES": "PM.OAuthApp PM.Directory",
}


def test_from_env_client_credentials() -> None:
    client = from_env(CC_ENV)
    assert client._base_url == "https://cloud.uipath.com/contoso/identity_"
    assert isinstance(client.auth, ClientCredentials)
    assert client.auth.token_url == "https://cloud.uipath.com/contoso/identity_/connect/token"
    assert client.auth.scopes == ("PM.OAuthApp", "PM.Directory")
    assert SECRET not in repr(client)


def test_from_env_pat_and_max_attempts() -> None:
    client = from_env(
        {
            "UIPATH_URI": "https://cloud.uipath.com",
            "UIPATH_ORGANIZATION": "contoso",
            "UIPATH_PAT": "pat-value",
            "UIPATH_MAX_ATTEMPTS": "5",
        }
    )
    assert isinstance(client.auth, PersonalAccessToken)
    assert client._retry.max_attempts == 5


@pytest.mark.parametrize(
    ("remove", "named"),
    [
        (["UIPATH_URI"], ["UIPATH_URI"]),
        (["UIPATH_ORGANIZATION"], ["UIPATH_ORGANIZATION"]),
        (["UIPATH_CLIENT_SECRET"], ["UIPATH_CLIENT_SECRET"]),
        (["UIPATH_CLIENT_ID"], ["UIPATH_CLIENT_ID"]),
        (["UIPATH_CLIENT_ID", "UIPATH_CLIENT_SECRET"], ["UIPATH_CLIENT_ID and UIPATH_CLIENT_SECRET", "UIPATH_PAT"]),
        (["UIPATH_URI", "UIPATH_ORGANIZATION"], ["UIPATH_URI", "UIPATH_ORGANIZATION"]),
    ],
)
def test_from_env_names_exactly_what_is_missing(remove: list[str], named: list[str]) -> None:
    env = {k: v for k, v in CC_ENV.items() if k not in remove}
    with pytest.raises(ConfigurationError) as caught:
        from_env(env)
    message = str(caught.value)
    for name in named:
        assert name in message
    for name in {"UIPATH_URI", "UIPATH_ORGANIZATION", "UIPATH_CLIENT_ID", "UIPATH_CLIENT_SECRET"} - set(remove):
        assert f"{name}," not in message and not message.endswith(name)
    assert SECRET not in message


def test_from_env_rejects_a_bad_max_attempts() -> None:
    with pytest.raises(ConfigurationError, match="UIPATH_MAX_ATTEMPTS"):
        from_env({**CC_ENV, "UIPATH_MAX_ATTEMPTS": "zero"})
