"""Redaction: x-secret model fields show '***' in repr/str; debug logs (UIPATH_DEBUG) show the
requests without Authorization headers, client secrets, tokens or secret fields."""

from __future__ import annotations

import asyncio
import logging
from uuid import UUID

import httpx
import pytest
from client_harness import ORG, SECRET, Script, make_client
from uipath_identity_client import _logging
from uipath_identity_client.api.external_client_secrets import generate_external_client_secret
from uipath_identity_client.api.external_clients import list_external_clients
from uipath_identity_client.models import ClientSecret, ExternalClient, GenerateSecretRequest

ORG_ID = UUID(ORG)
NEW_SECRET = "Zx81-brand-new-secret"
SECRET_JSON = {
    "id": 2,
    "description": "rotation",
    "secret": NEW_SECRET,
    "creationTime": "2025-07-18T13:56:16.889Z",
    "expiryTime": None,
}


def test_secret_fields_come_from_the_spec() -> None:
    assert {"secret", "password", "oldPassword", "newPassword"} == _logging.SPEC_SECRET_FIELDS


def test_models_do_not_show_secret_values() -> None:
    secret = ClientSecret.from_dict(SECRET_JSON)
    app = ExternalClient.from_dict(
        {
            "id": "a",
            "name": "n",
            "isConfidential": True,
            "redirectUri": None,
            "resources": [],
            "secret": NEW_SECRET,
            "secrets": [SECRET_JSON],
        }
    )
    for text in (repr(secret), str(secret), repr(app), str(app), f"{app}"):
        assert NEW_SECRET not in text
        assert "'***'" in text
    assert secret.secret == NEW_SECRET and secret.to_dict()["secret"] == NEW_SECRET
    assert "secret=None" in repr(ClientSecret.from_dict({**SECRET_JSON, "secret": None}))


def test_debug_log_redacts_headers_form_and_json(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(httpx.Response(200, json=SECRET_JSON), default=httpx.Response(200, json=[]))
    client = make_client(script)
    with caplog.at_level(logging.DEBUG, logger="uipath_identity_client"):
        result = generate_external_client_secret.sync(
            client=client, body=GenerateSecretRequest(partition_global_id=ORG_ID, client_id="app")
        )
        asyncio.run(list_external_clients.asyncio(ORG_ID, client=client))
    assert result.secret == NEW_SECRET
    text = caplog.text
    assert "connect/token" in text and "GenerateSecret" in text and "client_secret=***" in text
    assert "'authorization': '***'" in text
    for leak in (SECRET, NEW_SECRET, "tok-1", "Bearer tok"):
        assert leak not in text
    assert '"secret":"***"' in text and '"access_token":"***"' in text


def test_uipath_debug_installs_a_stderr_handler_once(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("uipath_identity_client")
    before = list(logger.handlers)
    level = logger.level
    try:
        monkeypatch.setenv("UIPATH_DEBUG", "1")
        _logging.configure_from_env()
        _logging.configure_from_env()
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1 and logger.isEnabledFor(logging.DEBUG)
    finally:
        logger.handlers[:] = before
        logger.setLevel(level)
    monkeypatch.setenv("UIPATH_DEBUG", "0")
    assert not _logging.debug_enabled_by_env()


def test_debug_log_hides_a_secret_answered_as_a_bare_string(caplog: pytest.LogCaptureFixture) -> None:
    """The GET generate-secret answers the secret as a bare JSON string: no field name to redact by,
    so the spec's `x-secret` on the response schema hides the whole answer (SECRET_RESPONSES)."""
    from uipath_identity_client.api.external_client_secrets import generate_external_client_secret_value

    script = Script(httpx.Response(200, json=NEW_SECRET), default=httpx.Response(200, json=[]))
    client = make_client(script)
    with caplog.at_level(logging.DEBUG, logger="uipath_identity_client"):
        value = generate_external_client_secret_value.sync(ORG_ID, "app", client=client)
    assert value == NEW_SECRET
    assert "GenerateSecret" in caplog.text and "body=***" in caplog.text
    assert NEW_SECRET not in caplog.text
    # Other answers still show their (redacted) bodies: only the marked operation is hidden whole.
    assert (
        _logging.redact_response_body("GET", "/o/identity_/api/ExternalClient/x", 200, b"[]", "application/json")
        == "[]"
    )
