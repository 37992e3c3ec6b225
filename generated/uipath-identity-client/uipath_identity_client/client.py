import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._auth import PersonalAccessToken
from ._logging import configure_from_env, redact_headers
from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import USER_AGENT
from .errors import ConfigurationError

#: Used when no timeout is given: 30 s per read/write/pool wait, 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "trust_env")


def _to_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(float(value))


def _headers_repr(headers: dict[str, str]) -> str:
    return repr(redact_headers(headers.items()))


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL
        (see ``base_urls``)

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (an ``httpx.Timeout`` or seconds).
        Defaults to ``DEFAULT_TIMEOUT`` (30 s, 5 s to connect); never unlimited. API functions will raise
        httpx.TimeoutException if this is exceeded (after retries).

        ``retry``: A ``RetryPolicy``; defaults to 3 attempts (``UIPATH_MAX_ATTEMPTS``) for idempotent
        methods. ``RetryPolicy(max_attempts=1)`` turns retries off, ``RetryPolicy(retry_post=True)``
        retries POST too.

        ``transport`` / ``async_transport``: The httpx transport to send requests with, under the
        retry layer (default: httpx's network transport).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=_headers_repr)
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_to_timeout, kw_only=True, alias="timeout")
    _retry: RetryPolicy = field(factory=RetryPolicy.from_env, kw_only=True, alias="retry")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport", repr=False)
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        timeout = _to_timeout(timeout)
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> "Client":
        """Get a new client matching this one with another retry policy (a new httpx client)"""
        return evolve(self, retry=retry)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(arguments for the httpx client, arguments for the network transport)."""
        client_args = dict(self._httpx_args)
        transport_args = {key: client_args.pop(key) for key in _TRANSPORT_ARGS if key in client_args}
        client_args.pop("transport", None)
        return client_args, transport_args

    def _sync_transport(self, transport_args: dict[str, Any]) -> httpx.BaseTransport:
        inner = self._transport or self._httpx_args.get("transport")
        if inner is None:
            inner = httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
        return RetryTransport(inner, self._retry)

    def _async_transport_for(self, transport_args: dict[str, Any]) -> httpx.AsyncBaseTransport:
        inner = self._async_transport
        if inner is None and isinstance(self._httpx_args.get("transport"), httpx.AsyncBaseTransport):
            inner = self._httpx_args["transport"]
        if inner is None:
            inner = httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
        return AsyncRetryTransport(inner, self._retry)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            configure_from_env()
            client_args, transport_args = self._split_httpx_args()
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._sync_transport(transport_args),
                **client_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            configure_from_env()
            client_args, transport_args = self._split_httpx_args()
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._async_transport_for(transport_args),
                **client_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    Give either ``auth`` (``ClientCredentials(...)`` or ``PersonalAccessToken(...)``, or any
    ``httpx.Auth``) or ``token`` (a static bearer token).

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL
        (see ``base_urls``)

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (an ``httpx.Timeout`` or seconds).
        Defaults to ``DEFAULT_TIMEOUT`` (30 s, 5 s to connect); never unlimited. API functions will raise
        httpx.TimeoutException if this is exceeded (after retries).

        ``retry``: A ``RetryPolicy``; defaults to 3 attempts (``UIPATH_MAX_ATTEMPTS``) for idempotent
        methods. ``RetryPolicy(max_attempts=1)`` turns retries off, ``RetryPolicy(retry_post=True)``
        retries POST too.

        ``transport`` / ``async_transport``: The httpx transport to send requests with, under the
        retry layer (default: httpx's network transport).

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Whether or not to raise an errors.UnexpectedStatus if the API returns a
            status code that was not documented in the source OpenAPI document. Can also be provided as a keyword
            argument to the constructor.
        token: A static bearer token (personal access token); or use ``auth``
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
        auth: How requests are authenticated (ClientCredentials, PersonalAccessToken, any httpx.Auth)
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=_headers_repr)
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_to_timeout, kw_only=True, alias="timeout")
    _retry: RetryPolicy = field(factory=RetryPolicy.from_env, kw_only=True, alias="retry")
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport", repr=False)
    _async_transport: httpx.AsyncBaseTransport | None = field(
        default=None, kw_only=True, alias="async_transport", repr=False
    )
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    token: str | None = field(default=None, repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"
    auth: httpx.Auth | None = field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.auth is None and not self.token:
            raise ConfigurationError(
                "AuthenticatedClient needs auth= (ClientCredentials or PersonalAccessToken) or token="
            )

    def _auth(self) -> httpx.Auth:
        if self.auth is not None:
            return self.auth
        assert self.token is not None
        return PersonalAccessToken(self.token, prefix=self.prefix, header_name=self.auth_header_name)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        timeout = _to_timeout(timeout)
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def with_retry(self, retry: RetryPolicy) -> "AuthenticatedClient":
        """Get a new client matching this one with another retry policy (a new httpx client)"""
        return evolve(self, retry=retry)

    def _split_httpx_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(arguments for the httpx client, arguments for the network transport)."""
        client_args = dict(self._httpx_args)
        transport_args = {key: client_args.pop(key) for key in _TRANSPORT_ARGS if key in client_args}
        client_args.pop("transport", None)
        return client_args, transport_args

    def _sync_transport(self, transport_args: dict[str, Any]) -> httpx.BaseTransport:
        inner = self._transport or self._httpx_args.get("transport")
        if inner is None:
            inner = httpx.HTTPTransport(verify=self._verify_ssl, **transport_args)
        return RetryTransport(inner, self._retry)

    def _async_transport_for(self, transport_args: dict[str, Any]) -> httpx.AsyncBaseTransport:
        inner = self._async_transport
        if inner is None and isinstance(self._httpx_args.get("transport"), httpx.AsyncBaseTransport):
            inner = self._httpx_args["transport"]
        if inner is None:
            inner = httpx.AsyncHTTPTransport(verify=self._verify_ssl, **transport_args)
        return AsyncRetryTransport(inner, self._retry)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            configure_from_env()
            client_args, transport_args = self._split_httpx_args()
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._sync_transport(transport_args),
                auth=self._auth(),
                **client_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            configure_from_env()
            client_args, transport_args = self._split_httpx_args()
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=self._async_transport_for(transport_args),
                auth=self._auth(),
                **client_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
