"""Redaction of secrets and the package's debug logging (``UIPATH_DEBUG=1``).

Log records never contain an ``Authorization`` header, a client secret or an access token:
headers and JSON or form bodies are redacted before they are formatted.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

logger = logging.getLogger("uipath_identity_client")

REDACTED = "***"

#: JSON fields that hold secrets: the spec's `x-secret: true` properties.
SPEC_SECRET_FIELDS: frozenset[str] = frozenset(
    {
        "newPassword",
        "oldPassword",
        "password",
        "secret",
    }
)
#: Every body field name (JSON or form) whose value is redacted in logs.
SECRET_FIELDS: frozenset[str] = SPEC_SECRET_FIELDS | {
    "client_secret",
    "access_token",
    "refresh_token",
    "id_token",
    "password",
    "assertion",
    "client_assertion",
}
#: (METHOD, URL path pattern) of operations whose success answer is a secret as a whole: the
#: spec's responses whose schema is marked `x-secret: true` (e.g. a bare secret string).
SECRET_RESPONSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("GET", re.compile(r"/api/ExternalClient/[^/]+/[^/]+/GenerateSecret$")),
)
SECRET_HEADERS: frozenset[str] = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)

_TRUE = {"1", "true", "yes", "on", "debug"}
_MAX_BODY = 2000


def debug_enabled_by_env(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``UIPATH_DEBUG`` asks for debug logging."""
    env = os.environ if environ is None else environ
    return env.get("UIPATH_DEBUG", "").strip().lower() in _TRUE


class _UnlessConfigured(logging.Filter):
    """Lets a record through only while the application has no logging of its own (no handler on
    the root logger): where it has, the record reaches the application's handlers, and printing
    it here too would show every line twice."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not logging.getLogger().handlers


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """With ``UIPATH_DEBUG`` set, log this package's requests and responses at DEBUG: to the
    application's handlers if it configured logging (e.g. ``logging.basicConfig``), else to stderr;
    each line once."""
    if not debug_enabled_by_env(environ):
        return
    logger.setLevel(logging.DEBUG)
    if not any(getattr(h, "_uipath_debug", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.addFilter(_UnlessConfigured())
        handler._uipath_debug = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def redacted_repr(value: object) -> str:
    """attrs ``repr`` for a secret field: shows that a value is there, never the value."""
    if value is None or type(value).__name__ == "Unset":
        return repr(value)
    return repr(REDACTED)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in headers}


def redact_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if k in SECRET_FIELDS and v is not None else redact_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


def redact_response_body(method: str, path: str, status: int, content: bytes, content_type: str | None) -> str:
    """A response body as `redact_body` renders it, hidden whole when the operation answers a secret."""
    if content and 200 <= status < 300 and any(m == method and p.search(path) for m, p in SECRET_RESPONSES):
        return REDACTED
    return redact_body(content, content_type)


def redact_body(content: bytes, content_type: str | None) -> str:
    """A loggable rendering of a body: JSON and forms with secret fields redacted, else its size."""
    if not content:
        return ""
    kind = (content_type or "").split(";")[0].strip().lower()
    try:
        if kind == "application/json" or kind.endswith("+json"):
            text = json.dumps(redact_json(json.loads(content)), separators=(",", ":"))
        elif kind == "application/x-www-form-urlencoded":
            pairs = parse_qsl(content.decode(), keep_blank_values=True)
            text = urlencode([(k, REDACTED if k in SECRET_FIELDS else v) for k, v in pairs], safe="*")
        else:
            return f"<{len(content)} bytes {kind or 'unknown'}>"
    except (ValueError, UnicodeDecodeError):
        return f"<{len(content)} bytes {kind or 'unknown'}>"
    return text if len(text) <= _MAX_BODY else text[:_MAX_BODY] + "..."
