"""The gate asks the token endpoint only for what the application can get: no `scope` first
(IdentityServer then grants every scope the client holds); a server that insists on one
(`invalid_scope`) is asked for the wanted scopes, then for each alone, then for those it granted.
Against token endpoints on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from against_app import serving
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from contract_tests.gate.tokens import TokenError, obtain

GRANTED = ("PM.Directory", "PM.Group.Read")
WANTED = ["PM.OAuthApp", "PM.Directory", "PM.Group", "PM.Group.Read"]


def token_endpoint(requires_scope: bool) -> Starlette:
    asked: list[str] = []

    async def token(request: Request) -> JSONResponse:
        form = await request.form()
        scope = str(form.get("scope") or "")
        asked.append(scope)
        if form.get("client_secret") != "s":
            return JSONResponse({"error": "invalid_client"}, 400)
        if (requires_scope and not scope) or any(s not in GRANTED for s in scope.split()):
            return JSONResponse({"error": "invalid_scope"}, 400)
        return JSONResponse({"access_token": "t", "token_type": "Bearer", "scope": scope or " ".join(GRANTED)})

    app = Starlette(routes=[Route("/acme/identity_/connect/token", token, methods=["POST"])])
    app.state.asked = asked
    return app


@pytest.fixture(params=[False, True], ids=["grants-all-without-scope", "requires-a-scope"])
def endpoint(request: pytest.FixtureRequest) -> Iterator[tuple[str, list[str]]]:
    app = token_endpoint(request.param)
    with serving(app) as url:
        yield f"{url}/connect/token", app.state.asked


def test_only_the_scopes_the_application_holds(endpoint: tuple[str, list[str]]) -> None:
    url, asked = endpoint
    grant = obtain(url, "app", "s", WANTED)
    assert grant.scopes == GRANTED
    assert asked[0] == ""  # first without a scope: nothing the application lacks is asked for
    if len(asked) > 1:
        assert grant.requested == "PM.Directory PM.Group.Read" and asked[-1] == grant.requested


def test_wrong_credentials_are_not_retried_scope_by_scope(endpoint: tuple[str, list[str]]) -> None:
    url, asked = endpoint
    with pytest.raises(TokenError) as raised:
        obtain(url, "app", "wrong", WANTED)
    assert raised.value.error == "invalid_client" and len(asked) == 1
