"""An update answered 200 with no body (the service's published description declares none; the
spec marks the body `x-body-optional`, D61): the mock's aspnet profile answers so over a real socket.
`update()` returns None instead of failing to parse, and `patch()` reads the new state back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from uipath_identity_client import IdentityClient
from uipath_identity_client.models import ExternalClient, Scope, ScopeType

from contract_tests.mock_server import process as mock_process

pytestmark = pytest.mark.slow
SCOPES = [Scope(name="PM.OAuthApp.Read", type=ScopeType.APPLICATION)]


@pytest.fixture(scope="module")
def client() -> Iterator[IdentityClient]:
    with mock_process.running(profile="aspnet") as mock:
        ready = mock.ready
        with IdentityClient(
            ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
        ) as identity:
            yield identity


def test_an_update_without_a_body_returns_none(client: IdentityClient) -> None:
    app = client.external_clients.create(name="empty-update", is_confidential=True, scopes=SCOPES)
    try:
        assert client.external_clients.update(app.id, name="renamed", scopes=SCOPES) is None
        assert client.external_clients.get(app.id).name == "renamed"
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
