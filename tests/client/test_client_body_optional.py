"""An update answered 200 with no body (the service's published description declares none; the
spec marks the body `x-body-optional`, D61): the mock's aspnet profile answers so over a real socket.
`update()` and `patch()` read the new state back, so both always return it (issue 15: the package
README's examples read `.id` of what `update()` returned)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mock_session import Mocks, credentials
from uipath_identity_client import IdentityClient
from uipath_identity_client.models import ExternalClient, Scope, ScopeType

pytestmark = pytest.mark.slow
SCOPES = [Scope(name="PM.OAuthApp.Read", type=ScopeType.APPLICATION)]


@pytest.fixture
def client(mocks: Mocks) -> Iterator[IdentityClient]:
    ready = mocks.ready("aspnet")
    with IdentityClient(ready["base_url"], **credentials(ready)) as identity:
        yield identity


def test_an_update_without_a_body_reads_the_state_back(client: IdentityClient) -> None:
    app = client.external_clients.create(name="empty-update", is_confidential=True, scopes=SCOPES)
    try:
        raw = client.external_clients.with_raw_response.update(app.id, name="renamed", scopes=SCOPES)
        put, get = raw.responses
        assert put.request.method == "PUT" and put.content == b"" and get.request.method == "GET"
        assert isinstance(raw.parsed, ExternalClient) and raw.parsed.name == "renamed" and raw.parsed.id == app.id
    finally:
        client.external_clients.delete(app.id)


def test_patch_reads_the_new_state_back(client: IdentityClient) -> None:
    app = client.external_clients.create(name="patch-empty", is_confidential=True, scopes=SCOPES)
    try:
        patched = client.external_clients.patch(app.id, name="patched")
        assert isinstance(patched, ExternalClient)
        assert patched.name == "patched" and [s.name for r in patched.resources for s in r.scopes] == [
            "PM.OAuthApp.Read"
        ]
    finally:
        client.external_clients.delete(app.id)
