"""Secret rotation never loses a secret, against the mock on loopback in both profiles, with the
sync and the async client alike (one test body each, run by both through `Side`): a failure at
each step after the new secret exists raises `SecretRotationError` carrying it (redacted in its
str/repr), a failure before it exists changes nothing, an old secret already gone is passed over,
and concurrent rotations of one application keep each other's new secrets."""

from __future__ import annotations

import asyncio
import datetime
import itertools
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from mock_session import (
    async_client,
    credentials,
    identity_client,  # noqa: F401  (the `client` fixture)
    unique,
)
from uipath_identity_client import (
    ClientCredentials,
    ForbiddenError,
    IdentityClient,
    InternalServerError,
    NotFoundError,
    Rotation,
    SecretRotationError,
    TokenError,
)
from uipath_identity_client.api.external_client_secrets import (
    delete_external_client_secret,
    generate_external_client_secret,
)
from uipath_identity_client.api.external_clients import get_external_client
from uipath_identity_client.models import NewClientSecret

pytestmark = pytest.mark.slow
NOW = datetime.timedelta(0)


@dataclass
class Side:
    """One flavour of the client (sync or async): runs a rotation with a fresh client of the mock,
    and makes the functions the rotation calls fail, so every test body runs on both."""

    asynchronous: bool
    ready: dict[str, Any]
    monkeypatch: pytest.MonkeyPatch

    def rotate(self, client_id: str, **options: Any) -> Rotation:
        if not self.asynchronous:
            with IdentityClient(self.ready["base_url"], **credentials(self.ready)) as client:
                return client.rotate_secret(client_id, **options)

        async def main() -> Rotation:
            async with async_client(self.ready) as client:
                return await client.rotate_secret(client_id, **options)

        return asyncio.run(main())

    def rotate_concurrently(self, client_id: str, rotations: int) -> list[Rotation | Exception]:
        """`rotations` rotations of one application, each with its own client, every one having read
        the secrets before any generates (threads, or tasks of one event loop)."""
        return (
            self._threads(client_id, rotations)
            if not self.asynchronous
            else asyncio.run(self._tasks(client_id, rotations))
        )

    def fail(
        self,
        owner: types.ModuleType | type,
        name: str,
        error: BaseException,
        *,
        calls: tuple[int, ...] = (),
        after: bool = False,
        when: Callable[..., bool] = lambda *args, **kwargs: True,
    ) -> None:
        """Make `owner`'s function `name` (sync) or its async twin raise `error` on the given calls
        (1-based; every call if none) whose arguments satisfy `when`, before the real call, or
        after it if `after`."""
        attribute = name if not self.asynchronous else {"sync": "asyncio", "token": "atoken"}[name]
        real = getattr(owner, attribute)
        count = itertools.count(1)

        def failing(args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
            if not when(*args, **kwargs):
                return False
            number = next(count)
            return not calls or number in calls

        def sync(*args: Any, **kwargs: Any) -> Any:
            fails = failing(args, kwargs)
            if fails and not after:
                raise error
            result = real(*args, **kwargs)
            if fails:
                raise error
            return result

        async def coroutine(*args: Any, **kwargs: Any) -> Any:
            fails = failing(args, kwargs)
            if fails and not after:
                raise error
            result = await real(*args, **kwargs)
            if fails:
                raise error
            return result

        self.monkeypatch.setattr(owner, attribute, coroutine if self.asynchronous else sync)

    def _threads(self, client_id: str, rotations: int) -> list[Rotation | Exception]:
        began = threading.Barrier(rotations)
        results: list[Rotation | Exception] = []
        lock = threading.Lock()

        def rotate() -> None:
            with IdentityClient(self.ready["base_url"], **credentials(self.ready)) as own:
                own.external_clients.get = _then(own.external_clients.get, lambda: began.wait(timeout=30))  # type: ignore[method-assign]
                try:
                    outcome: Rotation | Exception = own.rotate_secret(client_id, retire_older_than=NOW)
                except Exception as error:
                    outcome = error
            with lock:
                results.append(outcome)

        threads = [threading.Thread(target=rotate) for _ in range(rotations)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return results

    async def _tasks(self, client_id: str, rotations: int) -> list[Rotation | Exception]:
        began = asyncio.Barrier(rotations)

        async def rotate() -> Rotation:
            async with async_client(self.ready) as own:
                real = own.external_clients.get

                async def get_then_wait(*args: Any, **kwargs: Any) -> Any:
                    answer = await real(*args, **kwargs)
                    await asyncio.wait_for(began.wait(), timeout=30)
                    return answer

                own.external_clients.get = get_then_wait  # type: ignore[method-assign]
                return await own.rotate_secret(client_id, retire_older_than=NOW)

        outcomes = await asyncio.gather(*(rotate() for _ in range(rotations)), return_exceptions=True)
        return [o if isinstance(o, Rotation | Exception) else RuntimeError(repr(o)) for o in outcomes]


def _then(function: Callable[..., Any], after: Callable[[], object]) -> Callable[..., Any]:
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        answer = function(*args, **kwargs)
        after()
        return answer

    return wrapped


@pytest.fixture(params=("sync", "async"))
def side(request: pytest.FixtureRequest, ready: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Side:
    return Side(request.param == "async", ready, monkeypatch)


def new_app(client: IdentityClient) -> Any:
    return client.external_clients.create(name=unique("rotate"), is_confidential=True, scopes=["PM.OAuthApp.Read"])


def works(ready: dict[str, Any], client_id: str, secret: str) -> bool:
    auth = ClientCredentials(client_id, secret, token_url=ready["token_url"])
    try:
        with httpx.Client() as http:
            auth.token(http)
    except TokenError:
        return False
    return True


def secret_ids(client: IdentityClient, app_id: str) -> set[int]:
    return {s.id for s in client.external_clients.get(app_id).secrets}


def test_a_failing_hand_over_keeps_every_old_secret(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    handed: list[NewClientSecret] = []

    async def refuse_async(secret: NewClientSecret) -> None:
        handed.append(secret)
        raise OSError("disk full")

    def refuse(secret: NewClientSecret) -> None:
        handed.append(secret)
        raise OSError("disk full")

    with pytest.raises(SecretRotationError) as caught:
        side.rotate(app.id, retire_older_than=NOW, on_new_secret=refuse_async if side.asynchronous else refuse)
    error = caught.value
    assert error.step == "hand over" and not error.new_secret_deleted and error.retired == ()
    assert handed == [error.new_secret] and isinstance(error.__cause__, OSError)
    assert error.new_secret.secret not in str(error) and error.new_secret.secret not in repr(error)
    assert works(side.ready, app.id, error.new_secret.secret) and works(side.ready, app.id, app.secret)
    client.external_clients.delete(app.id)


def test_a_failing_retire_carries_the_new_secret(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    client.external_client_secrets.generate(client_id=app.id, description="second")
    side.fail(delete_external_client_secret, "sync", ForbiddenError(403, title="Forbidden"), calls=(2,))
    stored: list[NewClientSecret] = []
    with pytest.raises(SecretRotationError) as caught:
        side.rotate(app.id, retire_older_than=NOW, on_new_secret=stored.append)
    side.monkeypatch.undo()
    error = caught.value
    assert error.step == "retire" and len(error.retired) == 1 and stored == [error.new_secret]
    assert isinstance(error.__cause__, ForbiddenError) and error.new_secret.secret not in str(error)
    assert works(side.ready, app.id, error.new_secret.secret)
    assert error.new_secret.id in secret_ids(client, app.id) and error.retired[0] not in secret_ids(client, app.id)
    client.external_clients.delete(app.id)


def test_a_failing_proof_deletes_the_unproven_secret(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    refused = TokenError(400, "invalid_client", None, token_url=side.ready["token_url"], client_id=app.id)
    side.fail(ClientCredentials, "token", refused, when=lambda auth, http: auth.client_id == app.id)
    with pytest.raises(SecretRotationError) as caught:
        side.rotate(app.id, retire_older_than=NOW)
    side.monkeypatch.undo()
    assert caught.value.step == "prove" and caught.value.new_secret_deleted and caught.value.__cause__ is refused
    assert secret_ids(client, app.id) == {app.secrets[0].id}
    client.external_clients.delete(app.id)


def test_a_failing_proof_whose_secret_cannot_be_deleted_still_carries_it(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    refused = TokenError(503, "temporarily_unavailable", None, token_url=side.ready["token_url"], client_id=app.id)
    side.fail(ClientCredentials, "token", refused, when=lambda auth, http: auth.client_id == app.id)
    side.fail(delete_external_client_secret, "sync", ForbiddenError(403, title="Forbidden"))
    with pytest.raises(SecretRotationError) as caught:
        side.rotate(app.id, retire_older_than=NOW)
    side.monkeypatch.undo()
    error = caught.value
    assert error.step == "prove" and not error.new_secret_deleted and error.retired == ()
    assert "is active" in str(error) and error.new_secret.secret not in str(error)
    assert secret_ids(client, app.id) == {app.secrets[0].id, error.new_secret.id}
    assert works(side.ready, app.id, error.new_secret.secret)  # the refusal was transient: it does work
    client.external_clients.delete(app.id)


@pytest.mark.parametrize("step", ["read", "generate"])
def test_a_failure_before_the_new_secret_exists_changes_nothing(client: IdentityClient, side: Side, step: str) -> None:
    app = new_app(client)
    failed = InternalServerError(500, title="Internal Server Error")
    side.fail(get_external_client if step == "read" else generate_external_client_secret, "sync", failed)
    with pytest.raises(InternalServerError) as caught:
        side.rotate(app.id, retire_older_than=NOW)
    side.monkeypatch.undo()
    assert caught.value is failed  # no secret to carry: the service's error as it is
    assert secret_ids(client, app.id) == {app.secrets[0].id} and works(side.ready, app.id, app.secret)
    client.external_clients.delete(app.id)


def test_a_secret_already_gone_is_passed_over(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    # the real delete, then a 404: as if another rotation deleted it first
    side.fail(delete_external_client_secret, "sync", NotFoundError(404, title="Not Found"), after=True)
    rotation = side.rotate(app.id, retire_older_than=NOW)
    side.monkeypatch.undo()
    assert rotation.retired == (app.secrets[0].id,)
    assert secret_ids(client, app.id) == {rotation.new_secret.id}
    client.external_clients.delete(app.id)


def test_concurrent_rotations_keep_each_others_new_secrets(client: IdentityClient, side: Side) -> None:
    app = new_app(client)
    results = side.rotate_concurrently(app.id, 4)
    assert len(results) == 4 and all(isinstance(r, Rotation) for r in results), results
    rotations = [r for r in results if isinstance(r, Rotation)]
    # the old one retired, the four new ones kept
    assert secret_ids(client, app.id) == {r.new_secret.id for r in rotations}
    assert all(works(side.ready, app.id, r.new_secret.secret) for r in rotations)
    client.external_clients.delete(app.id)
