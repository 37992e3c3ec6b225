"""`from_env()`: a client configured from the UiPath CLI's environment variables.

Added module: copied into the package by scripts/regenerate.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Unpack

from . import base_urls
from ._auth import ClientCredentials, PersonalAccessToken
from ._logging import configure_from_env, logger
from ._options import ClientOptions
from ._transport import RetryPolicy
from .client import AuthenticatedClient
from .errors import ConfigurationError

ENV_URI = "UIPATH_URI"
ENV_ORGANIZATION = "UIPATH_ORGANIZATION"
ENV_CLIENT_ID = "UIPATH_CLIENT_ID"
ENV_CLIENT_SECRET = "UIPATH_CLIENT_SECRET"
ENV_SCOPES = "UIPATH_AUTH_SCOPES"
ENV_PAT = "UIPATH_PAT"
ENV_INSECURE = "UIPATH_INSECURE"
_TRUE = frozenset({"1", "true", "yes", "on"})


def from_env(environ: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]) -> AuthenticatedClient:
    """An `AuthenticatedClient` from the UiPath CLI's variables.

    - ``UIPATH_URI`` (e.g. ``https://cloud.uipath.com``) and ``UIPATH_ORGANIZATION``: the base URL
      ``{UIPATH_URI}/{UIPATH_ORGANIZATION}/identity_``.
    - ``UIPATH_CLIENT_ID`` + ``UIPATH_CLIENT_SECRET`` (+ optional ``UIPATH_AUTH_SCOPES``,
      space-separated): client credentials; or ``UIPATH_PAT``: a personal access token.
    - ``UIPATH_MAX_ATTEMPTS``: attempts per request (default 3); ``UIPATH_DEBUG=1``: debug logging.
    - ``UIPATH_INSECURE=true``: no TLS certificate check (as the UiPath CLI's ``--insecure``; logged
      as a warning; a ``verify_ssl`` option wins).

    Raises `ConfigurationError` naming exactly which variables are missing. Keyword options go to
    `AuthenticatedClient` (e.g. ``timeout``, ``retry``, ``proxy``, ``verify_ssl``). The process
    environment's proxies (``HTTP_PROXY``, ``HTTPS_PROXY``, ``NO_PROXY``) and CA bundle
    (``SSL_CERT_FILE``, ``SSL_CERT_DIR``) apply as in httpx (unless ``trust_env=False``).
    """
    env = os.environ if environ is None else environ

    def get(name: str) -> str:
        return env.get(name, "").strip()

    missing = [name for name in (ENV_URI, ENV_ORGANIZATION) if not get(name)]
    client_id, client_secret, pat = get(ENV_CLIENT_ID), get(ENV_CLIENT_SECRET), get(ENV_PAT)
    if client_id or client_secret:
        pairs = ((ENV_CLIENT_ID, client_id), (ENV_CLIENT_SECRET, client_secret))
        missing += [name for name, value in pairs if not value]
    elif not pat:
        missing.append(f"{ENV_CLIENT_ID} and {ENV_CLIENT_SECRET} (client credentials), or {ENV_PAT}")
    if missing:
        raise ConfigurationError("missing environment variable(s): " + ", ".join(missing))

    base_url = base_urls.from_uri(get(ENV_URI), get(ENV_ORGANIZATION))
    auth: ClientCredentials | PersonalAccessToken
    if client_id:
        auth = ClientCredentials(
            client_id, client_secret, token_url=base_urls.token_url(base_url), scopes=get(ENV_SCOPES) or None
        )
    else:
        auth = PersonalAccessToken(pat)
    options.setdefault("retry", RetryPolicy.from_env(env))
    if get(ENV_INSECURE).lower() in _TRUE and "verify_ssl" not in options:
        logger.warning("%s is set: TLS certificates are not checked", ENV_INSECURE)
        options["verify_ssl"] = False
    configure_from_env(env)
    return AuthenticatedClient(base_url=base_url, auth=auth, **options)
