"""The transports the package's httpx clients send through: the network (directly or through a
proxy), each wrapped in the retry layer, so retries, typed errors and debug logging hold for every
route a request can take.

Added module: copied into the package by scripts/regenerate. httpx reads proxies from the
environment (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`) and builds proxy transports only
when it is given no transport; the package gives it one (the retry layer), so it builds the same
routes here, as httpx's public `mounts`: `proxy=` (or ``httpx_args={"proxy": ...}``) for every
request, else the environment's proxies when `trust_env` (the default), and any `mounts` given.
A CA bundle path for `verify` becomes an `ssl.SSLContext` (httpx 0.28 deprecates paths).
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Mapping
from typing import Any
from urllib.request import getproxies

import httpx

from ._transport import AsyncRetryTransport, RetryPolicy, RetryTransport

Verify = ssl.SSLContext | str | bool | os.PathLike[str]


def ssl_verify(verify: Verify) -> ssl.SSLContext | bool:
    """httpx's `verify`: True/False, an SSLContext, or a CA bundle file or folder made into one."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def environment_proxies(environ: Mapping[str, str] | None = None) -> dict[str, str | None]:
    """URL pattern -> proxy URL (None: no proxy) from the environment, as httpx reads it
    (`httpx._utils.get_environment_proxies`, which is private): `*_PROXY` per scheme, and each
    `NO_PROXY` entry exempt (`*` exempts everything)."""
    info = (
        getproxies()
        if environ is None
        else {k[:-6].lower(): v for k, v in environ.items() if k.lower().endswith("_proxy")}
    )
    routes: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = info.get(scheme)
        if url:
            routes[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (h.strip() for h in info.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            routes[host] = None
        elif _is_ip(host):
            routes[f"all://[{host}]" if ":" in host else f"all://{host}"] = None
        elif host.lower() == "localhost":
            routes[f"all://{host}"] = None
        else:
            routes[f"all://*{host}"] = None
    return routes


def routes(
    *,
    asynchronous: bool,
    retry: RetryPolicy,
    transport: Any,
    verify: Verify,
    proxy: httpx.Proxy | str | None,
    mounts: Mapping[str, Any] | None,
    trust_env: bool,
    transport_args: Mapping[str, Any],
) -> tuple[Any, dict[str, Any]]:
    """(the default transport, the mounts) of an httpx client, every one behind the retry layer.

    `transport`, when given, replaces the network under the retry layer (no proxies then, as in
    httpx); `transport_args` are httpx transport options (`cert`, `http1`, `http2`, `limits`, ...)."""
    wrap = AsyncRetryTransport if asynchronous else RetryTransport
    network_class = httpx.AsyncHTTPTransport if asynchronous else httpx.HTTPTransport
    context = ssl_verify(verify)

    def network(proxy_url: httpx.Proxy | str | None = None) -> Any:
        return network_class(verify=context, trust_env=trust_env, proxy=proxy_url, **transport_args)

    default = wrap(transport if transport is not None else network(), retry)
    mounted: dict[str, Any] = {}
    if transport is None:
        proxies: Mapping[str, httpx.Proxy | str | None]
        proxies = {"all://": proxy} if proxy is not None else environment_proxies() if trust_env else {}
        for pattern, url in proxies.items():
            mounted[pattern] = None if url is None else wrap(network(url), retry)
    for pattern, inner in (mounts or {}).items():
        mounted[pattern] = None if inner is None else wrap(inner, retry)
    return default, mounted
