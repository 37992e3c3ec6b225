import os
import ssl
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from . import base_urls
from ._auth import PersonalAccessToken
from ._logging import configure_from_env, redact_headers
from ._network import routes
from ._raw import note
from ._services import PRIMARY, SERVICES
from ._transport import MAX_ATTEMPTS_EXTENSION, RetryPolicy
from ._version import USER_AGENT
from .errors import ClientClosedError, ConfigurationError

#: Used when no timeout is given: 30 s per read/write/pool wait, 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: httpx transport options taken from `httpx_args` for the network transports (proxied or not).
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "retries", "local_address", "uds", "socket_options")


def _to_timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))
    for name in ("connect", "read", "write", "pool"):
        seconds = getattr(timeout, name)
        if seconds is not None and not seconds > 0:
            raise ConfigurationError(
                f"timeout ({name}) must be more than 0 seconds, got {seconds!r} (None means the default, 30 s)"
            )
    return timeout


def _headers_repr(headers: dict[str, str]) -> str:
    return repr(redact_headers(headers.items()))


@define(frozen=True)
class RequestOptions:
    """Options of a client made by `with_options`, applied to each request it sends."""

    timeout: httpx.Timeout | None = None
    max_attempts: int | None = None
    headers: dict[str, str] = field(factory=dict)

    def apply(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """httpx request arguments with these options added."""
        if self.timeout is None and self.max_attempts is None and not self.headers:
            return kwargs
        merged = dict(kwargs)
        if self.headers:
            merged["headers"] = {**self.headers, **(kwargs.get("headers") or {})}
        if self.timeout is not None:
            merged["timeout"] = self.timeout
        if self.max_attempts is not None:
            merged["extensions"] = {**(kwargs.get("extensions") or {}), MAX_ATTEMPTS_EXTENSION: self.max_attempts}
        return merged

    def merged(
        self, timeout: httpx.Timeout | float | None, max_retries: int | None, headers: Mapping[str, str] | None
    ) -> "RequestOptions":
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}")
        return RequestOptions(
            timeout=self.timeout if timeout is None else _to_timeout(timeout),
            max_attempts=self.max_attempts if max_retries is None else max_retries + 1,
            headers={**self.headers, **(headers or {})},
        )


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

        ``verify_ssl``: Whether to verify the server's TLS certificate: True (the default), False (only
        for testing), an ``ssl.SSLContext``, or the path of a CA bundle file or folder.

        ``proxy``: A proxy URL (or ``httpx.Proxy``) for every request. Without it, the environment's
        ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY`` apply (unless ``trust_env=False``).
        Proxied requests keep the retries, typed errors and debug logging.

        ``trust_env``: Whether to read proxies and CA bundles (``SSL_CERT_FILE``) from the environment (default True).

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: Additional arguments for the ``httpx.Client`` and ``httpx.AsyncClient``;
        ``proxy``, ``mounts``, ``verify``, ``cert``, ``http2``, ``limits`` and ``trust_env`` there
        apply to every route, behind the retry layer.

        ``service_urls``: The base URL of a service by its name (``{"lease": "https://..."}``), for
        a service whose base URL cannot be derived from ``base_url`` (``service_base_url``).


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
    _verify_ssl: str | bool | ssl.SSLContext | os.PathLike[str] = field(default=True, kw_only=True, alias="verify_ssl")
    _proxy: httpx.Proxy | str | None = field(default=None, kw_only=True, alias="proxy")
    _trust_env: bool = field(default=True, kw_only=True, alias="trust_env")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _service_urls: dict[str, str] = field(factory=dict, kw_only=True, alias="service_urls", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _options: RequestOptions = field(factory=RequestOptions, init=False, repr=False)
    _parent: Any = field(default=None, init=False, repr=False)

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

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> "Client":
        """A client for some calls with another timeout, number of retries (attempts - 1) or extra
        headers; it shares this client's connections, auth and token cache."""
        root = self._parent or self
        child = evolve(root, service_urls=self._service_urls)
        child._parent = root
        child._options = self._options.merged(timeout, max_retries, headers)
        return child

    def with_service_urls(self, service_urls: Mapping[str, str]) -> "Client":
        """A client sending the named services' requests to these base URLs (e.g. a tenant level:
        ``{"orgaudit": ".../{organization}/{tenant}/tenantaudit_"}``); it shares this client's
        connections, auth, token cache and options."""
        unknown = sorted(set(service_urls) - set(SERVICES))
        if unknown:
            raise ConfigurationError(f"no service {', '.join(unknown)}; the services are {', '.join(SERVICES)}")
        root = self._parent or self
        child = evolve(root, service_urls={**self._service_urls, **service_urls})
        child._parent = root
        child._options = self._options
        return child

    def service_base_url(self, service: str) -> str:
        """The base URL of a service (spec/services.yaml's name, e.g. ``lease``): the one given in
        ``service_urls``, else ``base_url`` with the primary service's segment replaced by the
        service's (``https://cloud.uipath.com/org/identity_`` -> ``.../org/lease_``)."""
        if service in self._service_urls:
            return self._service_urls[service].rstrip("/")
        if service == PRIMARY:
            return self._base_url.rstrip("/")
        if service not in SERVICES:
            raise ConfigurationError(f"no service {service!r}; the services are {', '.join(SERVICES)}")
        try:
            return base_urls.service_url(self._base_url, service)
        except ValueError as error:
            example = f"service_urls={ {service: 'https://.../' + SERVICES[service].prefix} }"
            raise ConfigurationError(f"{error}; give its base URL: {example}") from None

    def _routed(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request arguments with a service's path made absolute under its base URL."""
        if "service" not in kwargs:
            return kwargs
        routed = dict(kwargs)
        service = routed.pop("service")
        if service != PRIMARY:
            routed["url"] = self.service_base_url(service) + routed["url"]
        return routed

    def _routes(self, asynchronous: bool) -> tuple[Any, dict[str, Any], dict[str, Any]]:
        """(default transport, mounts, remaining httpx client arguments), every route behind the retry layer."""
        args = dict(self._httpx_args)
        given = args.pop("transport", None)
        transport: Any = self._async_transport if asynchronous else self._transport
        wanted = httpx.AsyncBaseTransport if asynchronous else httpx.BaseTransport
        if transport is None and isinstance(given, wanted):
            transport = given
        trust_env = bool(args.pop("trust_env", self._trust_env))
        default, mounts = routes(
            asynchronous=asynchronous,
            retry=self._retry,
            transport=transport,
            verify=args.pop("verify", self._verify_ssl),
            proxy=args.pop("proxy", self._proxy),
            mounts=args.pop("mounts", None),
            trust_env=trust_env,
            transport_args={key: args.pop(key) for key in _TRANSPORT_ARGS if key in args},
        )
        args["trust_env"] = trust_env
        return default, mounts, args

    def _request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send an API request (the endpoint functions' one way out)."""
        client = self.get_httpx_client()
        if client.is_closed:
            raise ClientClosedError("the client is closed: create a new one (or use it before closing it)")
        response = client.request(**self._options.apply(self._routed(kwargs)))
        note(response)
        return response

    async def _arequest(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send an API request with the async client (the endpoint functions' one way out)."""
        client = self.get_async_httpx_client()
        if client.is_closed:
            raise ClientClosedError("the client is closed: create a new one (or use it before closing it)")
        response = await client.request(**self._options.apply(self._routed(kwargs)))
        note(response)
        return response

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._parent is not None:
            return self._parent.get_httpx_client()  # type: ignore[no-any-return]
        if self._client is None:
            configure_from_env()
            transport, mounts, client_args = self._routes(asynchronous=False)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                mounts=mounts,
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
        if self._parent is not None:
            return self._parent.get_async_httpx_client()  # type: ignore[no-any-return]
        if self._async_client is None:
            configure_from_env()
            transport, mounts, client_args = self._routes(asynchronous=True)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                mounts=mounts,
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

        ``verify_ssl``: Whether to verify the server's TLS certificate: True (the default), False (only
        for testing), an ``ssl.SSLContext``, or the path of a CA bundle file or folder.

        ``proxy``: A proxy URL (or ``httpx.Proxy``) for every request. Without it, the environment's
        ``HTTP_PROXY``/``HTTPS_PROXY``/``ALL_PROXY``/``NO_PROXY`` apply (unless ``trust_env=False``).
        Proxied requests keep the retries, typed errors and debug logging.

        ``trust_env``: Whether to read proxies and CA bundles (``SSL_CERT_FILE``) from the environment (default True).

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: Additional arguments for the ``httpx.Client`` and ``httpx.AsyncClient``;
        ``proxy``, ``mounts``, ``verify``, ``cert``, ``http2``, ``limits`` and ``trust_env`` there
        apply to every route, behind the retry layer.

        ``service_urls``: The base URL of a service by its name (``{"lease": "https://..."}``), for
        a service whose base URL cannot be derived from ``base_url`` (``service_base_url``).


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
    _verify_ssl: str | bool | ssl.SSLContext | os.PathLike[str] = field(default=True, kw_only=True, alias="verify_ssl")
    _proxy: httpx.Proxy | str | None = field(default=None, kw_only=True, alias="proxy")
    _trust_env: bool = field(default=True, kw_only=True, alias="trust_env")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _service_urls: dict[str, str] = field(factory=dict, kw_only=True, alias="service_urls", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)
    _options: RequestOptions = field(factory=RequestOptions, init=False, repr=False)
    _parent: Any = field(default=None, init=False, repr=False)

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

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> "AuthenticatedClient":
        """A client for some calls with another timeout, number of retries (attempts - 1) or extra
        headers; it shares this client's connections, auth and token cache."""
        root = self._parent or self
        child = evolve(root, service_urls=self._service_urls)
        child._parent = root
        child._options = self._options.merged(timeout, max_retries, headers)
        return child

    def with_service_urls(self, service_urls: Mapping[str, str]) -> "AuthenticatedClient":
        """A client sending the named services' requests to these base URLs (e.g. a tenant level:
        ``{"orgaudit": ".../{organization}/{tenant}/tenantaudit_"}``); it shares this client's
        connections, auth, token cache and options."""
        unknown = sorted(set(service_urls) - set(SERVICES))
        if unknown:
            raise ConfigurationError(f"no service {', '.join(unknown)}; the services are {', '.join(SERVICES)}")
        root = self._parent or self
        child = evolve(root, service_urls={**self._service_urls, **service_urls})
        child._parent = root
        child._options = self._options
        return child

    def service_base_url(self, service: str) -> str:
        """The base URL of a service (spec/services.yaml's name, e.g. ``lease``): the one given in
        ``service_urls``, else ``base_url`` with the primary service's segment replaced by the
        service's (``https://cloud.uipath.com/org/identity_`` -> ``.../org/lease_``)."""
        if service in self._service_urls:
            return self._service_urls[service].rstrip("/")
        if service == PRIMARY:
            return self._base_url.rstrip("/")
        if service not in SERVICES:
            raise ConfigurationError(f"no service {service!r}; the services are {', '.join(SERVICES)}")
        try:
            return base_urls.service_url(self._base_url, service)
        except ValueError as error:
            example = f"service_urls={ {service: 'https://.../' + SERVICES[service].prefix} }"
            raise ConfigurationError(f"{error}; give its base URL: {example}") from None

    def _routed(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request arguments with a service's path made absolute under its base URL."""
        if "service" not in kwargs:
            return kwargs
        routed = dict(kwargs)
        service = routed.pop("service")
        if service != PRIMARY:
            routed["url"] = self.service_base_url(service) + routed["url"]
        return routed

    def _routes(self, asynchronous: bool) -> tuple[Any, dict[str, Any], dict[str, Any]]:
        """(default transport, mounts, remaining httpx client arguments), every route behind the retry layer."""
        args = dict(self._httpx_args)
        given = args.pop("transport", None)
        transport: Any = self._async_transport if asynchronous else self._transport
        wanted = httpx.AsyncBaseTransport if asynchronous else httpx.BaseTransport
        if transport is None and isinstance(given, wanted):
            transport = given
        trust_env = bool(args.pop("trust_env", self._trust_env))
        default, mounts = routes(
            asynchronous=asynchronous,
            retry=self._retry,
            transport=transport,
            verify=args.pop("verify", self._verify_ssl),
            proxy=args.pop("proxy", self._proxy),
            mounts=args.pop("mounts", None),
            trust_env=trust_env,
            transport_args={key: args.pop(key) for key in _TRANSPORT_ARGS if key in args},
        )
        args["trust_env"] = trust_env
        return default, mounts, args

    def _request(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send an API request (the endpoint functions' one way out)."""
        client = self.get_httpx_client()
        if client.is_closed:
            raise ClientClosedError("the client is closed: create a new one (or use it before closing it)")
        response = client.request(**self._options.apply(self._routed(kwargs)))
        note(response)
        return response

    async def _arequest(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send an API request with the async client (the endpoint functions' one way out)."""
        client = self.get_async_httpx_client()
        if client.is_closed:
            raise ClientClosedError("the client is closed: create a new one (or use it before closing it)")
        response = await client.request(**self._options.apply(self._routed(kwargs)))
        note(response)
        return response

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout,
        retries and authentication.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._parent is not None:
            return self._parent.get_httpx_client()  # type: ignore[no-any-return]
        if self._client is None:
            configure_from_env()
            transport, mounts, client_args = self._routes(asynchronous=False)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                mounts=mounts,
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
        if self._parent is not None:
            return self._parent.get_async_httpx_client()  # type: ignore[no-any-return]
        if self._async_client is None:
            configure_from_env()
            transport, mounts, client_args = self._routes(asynchronous=True)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers={"User-Agent": USER_AGENT, **self._headers},
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=transport,
                mounts=mounts,
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
