"""Secret rotation never loses a secret, against the mock on loopback in both profiles: a failure
at each step after the new secret exists raises `SecretRotationError` carrying it (redacted in its
str/repr), an old secret already gone is passed over, and concurrent rotations of one application
keep each other's new secrets."""

from __future__ import annotations

import datetime
import threading
from typing import Any

import pytest
from mock_session import (
    identity_client,  # noqa: F401  (the `client` fixture)
    unique,
)
from uipath_identity_client import (
    ClientCredentials,
    ForbiddenError,
    IdentityClient,
    NotFoundError,
    SecretRotationError,
    TokenError,
)
from uipath_identity_client.api.external_client_secrets import delete_external_client_secret
from uipath_identity_client.models import NewClientSecret

pytestmark = pytest.mark.slow
NOW = datetime.timedelta(0)


def new_app(client: IdentityClient) -> Any:
    return client.external_clients.create(name=unique("rotate"), is_confidential=True, scopes=["PM.OAuthApp.Read"])


def works(ready: dict[str, Any], client_id: str, secret: str) -> bool:
    auth = ClientCredentials(client_id, secret, token_url=ready["token_url"])
    try:
        auth.token(__import__("httpx").Client())
    except TokenError:
        return False
    return True


def test_a_failing_hand_over_keeps_every_old_secret(client: IdentityClient, ready: dict[str, Any]) -> None:
    app = new_app(client)

    def refuse(secret: NewClientSecret) -> None:
        raise OSError("disk full")

    with pytest.raises(SecretRotationError) as caught:
        client.rotate_secret(app.id, retire_older_than=NOW, on_new_secret=refuse)
    error = caught.value
    assert error.step == "hand over" and not error.new_secret_deleted and error.retired == ()
    assert error.new_secret.secret not in str(error) and error.new_secret.secret not in repr(error)
    assert works(ready, app.id, error.new_secret.secret) and works(ready, app.id, app.secret)
    client.external_clients.delete(app.id)


def test_a_failing_retire_carries_the_new_secret(
    client: IdentityClient, ready: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = new_app(client)
    client.external_client_secrets.generate(client_id=app.id, description="second")
    calls = []
    real = delete_external_client_secret.sync

    def forbidden_second(*args: Any, **kwargs: Any) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise ForbiddenError(403, title="Forbidden")
        real(*args, **kwargs)

    monkeypatch.setattr(delete_external_client_secret, "sync", forbidden_second)
    stored: list[NewClientSecret] = []
    with pytest.raises(SecretRotationError) as caught:
        client.rotate_secret(app.id, retire_older_than=NOW, on_new_secret=stored.append)
    error = caught.value
    assert error.step == "retire" and len(error.retired) == 1 and stored == [error.new_secret]
    assert isinstance(error.__cause__, ForbiddenError)
    assert works(ready, app.id, error.new_secret.secret)
    monkeypatch.undo()
    client.external_clients.delete(app.id)


def test_a_failing_proof_deletes_the_unproven_secret(client: IdentityClient, monkeypatch: pytest.MonkeyPatch) -> None:
    app = new_app(client)

    def refuse(self: ClientCredentials, http: Any) -> str:
        raise TokenError(400, "invalid_client", None, token_url=self.token_url, client_id=self.client_id)

    monkeypatch.setattr(ClientCredentials, "token", refuse)
    with pytest.raises(SecretRotationError) as caught:
        client.rotate_secret(app.id, retire_older_than=NOW)
    monkeypatch.undo()
    assert caught.value.step == "prove" and caught.value.new_secret_deleted
    assert [s.id for s in client.external_clients.get(app.id).secrets] == [app.secrets[0].id]
    client.external_clients.delete(app.id)


def test_a_secret_already_gone_is_passed_over(client: IdentityClient, monkeypatch: pytest.MonkeyPatch) -> None:
    app = new_app(client)
    real = delete_external_client_secret.sync

    def gone(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        raise NotFoundError(404, title="Not Found")  # as if another rotation deleted it first

    monkeypatch.setattr(delete_external_client_secret, "sync", gone)
    rotation = client.rotate_secret(app.id, retire_older_than=NOW)
    monkeypatch.undo()
    assert rotation.retired == (app.secrets[0].id,)
    client.external_clients.delete(app.id)


def test_concurrent_rotations_keep_each_others_new_secrets(client: IdentityClient, ready: dict[str, Any]) -> None:
    app = new_app(client)
    began = threading.Barrier(4)
    results: list[Any] = []
    lock = threading.Lock()

    def rotate() -> None:
        with IdentityClient(
            ready["base_url"], client_id=ready["admin_client_id"], client_secret=ready["admin_client_secret"]
        ) as own:
            original = own.external_clients.get

            def get_then_wait(*args: Any, **kwargs: Any) -> Any:
                answer = original(*args, **kwargs)
                began.wait(timeout=30)  # every rotation has read the secrets before any generates
                return answer

            own.external_clients.get = get_then_wait  # type: ignore[method-assign]
            try:
                outcome: Any = own.rotate_secret(app.id, retire_older_than=NOW)
            except Exception as error:
                outcome = error
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=rotate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(not isinstance(r, Exception) for r in results), results
    left = {s.id for s in client.external_clients.get(app.id).secrets}
    assert left == {r.new_secret.id for r in results}  # the old one retired, the four new ones kept
    assert all(works(ready, app.id, r.new_secret.secret) for r in results)
    client.external_clients.delete(app.id)
