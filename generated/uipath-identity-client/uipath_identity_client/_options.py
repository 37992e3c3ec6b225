"""`ClientOptions`: the keyword options of the `AuthenticatedClient` that `IdentityClient`,
`AsyncIdentityClient` and `from_env` build, typed (a misspelt option is a type error).

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

import os
import ssl
from typing import Any, TypedDict

import httpx

from ._transport import RetryPolicy


class ClientOptions(TypedDict, total=False):
    """See `AuthenticatedClient` for each option."""

    timeout: httpx.Timeout | float | None
    retry: RetryPolicy
    headers: dict[str, str]
    cookies: dict[str, str]
    verify_ssl: str | bool | ssl.SSLContext | os.PathLike[str]
    proxy: httpx.Proxy | str | None
    trust_env: bool
    follow_redirects: bool
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    httpx_args: dict[str, Any]
    raise_on_unexpected_status: bool
    service_urls: dict[str, str]
