"""Issue 10's findings about errors, names, types and the package's identity, one test each."""

from __future__ import annotations

import importlib.metadata
import platform
import re
import socket
from typing import get_type_hints
from uuid import UUID

import httpx
import pytest
from client_harness import ORG, SECRET, Script, make_client, problem
from uipath_identity_client import (
    USER_AGENT,
    APIConnectionError,
    AuthenticatedClient,
    BadRequestError,
    ClientCredentials,
    ResponseValidationError,
    RetryPolicy,
    TokenError,
    UiPathIdentityError,
    __version__,
)
from uipath_identity_client.api.external_client_secrets import generate_external_client_secret
from uipath_identity_client.api.external_clients import list_external_clients
from uipath_identity_client.models import (
    ClientSecret,
    CreateRobotAccountRequest,
    GenerateSecretRequest,
    NewClientSecret,
    RobotAccount,
    Scope,
    ScopeType,
)
from uipath_identity_client.types import UNSET, Unset

ORG_ID = UUID(ORG)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_response_missing_a_required_field_is_a_response_validation_error() -> None:
    script = Script(httpx.Response(200, json=[{"name": "no id", "isConfidential": True}]))
    with pytest.raises(ResponseValidationError) as caught:
        list_external_clients.sync(ORG_ID, client=make_client(script))
    assert isinstance(caught.value, UiPathIdentityError)
    assert caught.value.field == "$[0].id" and caught.value.operation == "listExternalClients"
    assert "listExternalClients" in str(caught.value) and "$[0].id" in str(caught.value)


def test_a_mistyped_field_is_a_response_validation_error() -> None:
    body = {"id": 1, "description": None, "secret": "x", "creationTime": 12, "expiryTime": None}
    with pytest.raises(ResponseValidationError, match=r"generateExternalClientSecret.*\$\.creationTime"):
        generate_external_client_secret.sync(
            client=make_client(Script(httpx.Response(200, json=body))),
            body=GenerateSecretRequest(client_id="c", partition_global_id=ORG_ID),
        )


def test_the_new_secret_and_fields_always_sent_are_plain_types() -> None:
    hints = get_type_hints(NewClientSecret)
    assert hints["secret"] is str
    assert hints["expiry_time"] == (__import__("datetime").datetime | None)
    assert Unset not in getattr(get_type_hints(ClientSecret)["description"], "__args__", ())
    assert Unset not in get_type_hints(RobotAccount)["last_login_time"].__args__


def test_unset_has_a_short_repr() -> None:
    assert repr(UNSET) == "UNSET"
    assert "object at 0x" not in repr(Scope(name="PM.OAuthApp", type=ScopeType.APPLICATION))


def test_acronyms_and_type_get_python_names() -> None:
    group = UUID("cdc34b5b-77d2-4ae1-9744-209d21ce557d")
    request = CreateRobotAccountRequest(partition_global_id=ORG_ID, name="r", group_ids_to_add=[group])
    assert request.to_dict()["groupIDsToAdd"] == [str(group)]
    assert "type" in get_type_hints(Scope) and "type_" not in get_type_hints(Scope)


def test_connection_failure_of_the_token_url_is_wrapped_and_named() -> None:
    token_url = f"http://127.0.0.1:{closed_port()}/org/identity_/connect/token"
    client = AuthenticatedClient(
        base_url="http://127.0.0.1:9/org/identity_",
        auth=ClientCredentials("app", SECRET, token_url=token_url),
        retry=RetryPolicy(max_attempts=1),
    )
    with pytest.raises(APIConnectionError) as caught:
        list_external_clients.sync(ORG_ID, client=client)
    assert caught.value.token_request and caught.value.url == token_url
    assert "token request" in str(caught.value) and token_url in str(caught.value)
    assert isinstance(caught.value, UiPathIdentityError) and isinstance(caught.value, httpx.TransportError)
    assert SECRET not in str(caught.value)


def test_connection_failure_of_the_api_is_wrapped_and_named() -> None:
    base = f"http://127.0.0.1:{closed_port()}/org/identity_"
    client = AuthenticatedClient(base_url=base, token="t", retry=RetryPolicy(max_attempts=1))
    expected = re.escape(f"the API request GET {base}/api/ExternalClient/")
    with pytest.raises(APIConnectionError, match=expected) as caught:
        list_external_clients.sync(ORG_ID, client=client)
    assert not caught.value.token_request


def test_token_error_names_the_token_url_and_client_id_never_the_secret() -> None:
    script = Script()
    script.token_reply = lambda request: httpx.Response(400, json={"error": "invalid_client"})
    with pytest.raises(TokenError) as caught:
        list_external_clients.sync(ORG_ID, client=make_client(script))
    message = str(caught.value)
    assert "app-id" in message and "/connect/token" in message and SECRET not in message
    assert caught.value.client_id == "app-id" and caught.value.token_url is not None


def test_messages_have_no_double_punctuation() -> None:
    reply = problem(400, "One or more validation errors occurred.", "See errors", errors={"name": ["Required."]})
    with pytest.raises(BadRequestError) as caught:
        list_external_clients.sync(ORG_ID, client=make_client(Script(reply)))
    assert ".:" not in str(caught.value)
    assert "One or more validation errors occurred. See errors" in str(caught.value)


def test_user_agent_and_version() -> None:
    assert __version__ == importlib.metadata.version("uipath-identity-client")
    python = ".".join(platform.python_version().split(".")[:2])
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    assert f"uipath-identity-client/{__version__} (python {python}; httpx {httpx_version})" == USER_AGENT
    script = Script()
    list_external_clients.sync(ORG_ID, client=make_client(script))
    assert {r.headers["user-agent"] for r in script.requests} == {USER_AGENT}


def test_package_metadata_has_licence_and_urls() -> None:
    meta = importlib.metadata.metadata("uipath-identity-client")
    assert (meta["License-Expression"] or meta["License"]) == "Apache-2.0"
    urls = meta.get_all("Project-URL") or []
    assert any(url.startswith("Documentation, https://docs.uipath.com/") for url in urls)


def test_docstrings_do_not_cite_the_discrepancy_log() -> None:
    import importlib
    import inspect
    import pkgutil

    import uipath_identity_client

    found = []
    for info in pkgutil.walk_packages(uipath_identity_client.__path__, "uipath_identity_client."):
        module = importlib.import_module(info.name)
        for name, obj in [(info.name, module), *inspect.getmembers(module)]:
            if re.search(r"\(D\d+|\bD\d+\)", inspect.getdoc(obj) or ""):
                found.append(f"{info.name}.{name}")
    assert not found
