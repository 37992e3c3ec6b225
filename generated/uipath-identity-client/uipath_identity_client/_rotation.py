"""Secret rotation that never loses a secret: `IdentityClient.rotate_secret` and its async twin.

Added module: copied into the package by scripts/regenerate. The steps:

1. read the application's secrets (the ones this rotation may retire: none created after it began);
2. generate the new secret;
3. prove it: obtain a token with it (if that fails, the unproven secret is deleted again);
4. hand it over: call ``on_new_secret(new)`` (store it; a failure here keeps every old secret);
5. retire, among the secrets read in step 1, those created more than ``retire_older_than`` ago;
   one already gone (another rotation retired it) is passed over.

Any failure after step 2 raises `SecretRotationError`, which carries the new secret (its repr and
str hide the value) and what was retired, so the caller always holds a working secret. Rotations
of one application that overlap (each began before the other generated) never retire each
other's new secrets: each retires only what existed when it began.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._auth import ClientCredentials
from .errors import NotFoundError, UiPathIdentityError
from .models import ClientSecret, NewClientSecret

if TYPE_CHECKING:
    from ._identity import AsyncIdentityClient, IdentityClient

OnNewSecret = Callable[[NewClientSecret], object]
AsyncOnNewSecret = Callable[[NewClientSecret], Awaitable[object] | object]


@frozen
class Rotation:
    """The outcome of `rotate_secret`: the new secret (its value is ``new_secret.secret``), proven
    to obtain a token, and the ids of the older secrets retired (or found already gone)."""

    new_secret: NewClientSecret
    retired: tuple[int, ...]


class SecretRotationError(UiPathIdentityError):
    """A rotation failed after the new secret was generated. The new secret is in ``new_secret``
    (``new_secret.secret`` is the value; repr/str never show it), unless ``new_secret_deleted``.

    Attributes:
        step: Where it failed: ``prove`` (no token with the new secret), ``hand over``
            (``on_new_secret`` raised) or ``retire`` (deleting an old secret failed).
        new_secret: The generated secret.
        new_secret_deleted: True if the unproven new secret was deleted again (step ``prove``).
        retired: The ids of the old secrets retired before the failure.
        client_id: The application.
    The cause is ``__cause__``.
    """

    def __init__(
        self,
        step: str,
        client_id: str,
        new_secret: NewClientSecret,
        cause: BaseException,
        *,
        retired: tuple[int, ...] = (),
        new_secret_deleted: bool = False,
    ) -> None:
        self.step = step
        self.client_id = client_id
        self.new_secret = new_secret
        self.retired = retired
        self.new_secret_deleted = new_secret_deleted
        if new_secret_deleted:
            kept = "it was deleted again; the old secrets are unchanged"
        else:
            kept = f"it is active: its value is this error's new_secret.secret (id {new_secret.id})"
        done = f"; retired {list(retired)} before" if retired else ""
        super().__init__(
            f"rotating the secret of client {client_id!r} failed at step {step!r} ({type(cause).__name__}: "
            f"{cause}){done}; the new secret: {kept}"
        )


def _candidates(secrets: list[ClientSecret], older_than: datetime.timedelta | None) -> tuple[int, ...]:
    """The ids of `secrets` (read before this rotation generated) created more than `older_than` ago."""
    if older_than is None:
        return ()
    cutoff = datetime.datetime.now(datetime.UTC) - older_than
    return tuple(s.id for s in secrets if s.creation_time <= cutoff)


def _token_url(identity: IdentityClient | AsyncIdentityClient) -> str:
    from . import base_urls

    auth = identity.client.auth
    if isinstance(auth, ClientCredentials):
        return auth.token_url
    return base_urls.token_url(str(identity.client._base_url).rstrip("/"))


def rotate(
    identity: IdentityClient,
    client_id: str,
    description: str | None,
    expiry_time: datetime.datetime | None,
    retire_older_than: datetime.timedelta | None,
    on_new_secret: OnNewSecret | None,
) -> Rotation:
    before = identity.external_clients.get(client_id).secrets
    new = identity.external_client_secrets.generate(
        client_id=client_id, description=description, expiry_time=expiry_time
    )
    try:
        ClientCredentials(client_id, new.secret, token_url=_token_url(identity)).token(
            identity.client.get_httpx_client()
        )
    except UiPathIdentityError as error:
        deleted = True
        try:
            identity.external_client_secrets.delete(new.id)
        except UiPathIdentityError:
            deleted = False
        raise SecretRotationError("prove", client_id, new, error, new_secret_deleted=deleted) from error
    if on_new_secret is not None:
        try:
            on_new_secret(new)
        except Exception as error:
            raise SecretRotationError("hand over", client_id, new, error) from error
    retired: list[int] = []
    for secret_id in _candidates(before, retire_older_than):
        try:
            identity.external_client_secrets.delete(secret_id)
        except NotFoundError:
            pass  # already retired (by a rotation running at the same time): the goal is met
        except UiPathIdentityError as error:
            raise SecretRotationError("retire", client_id, new, error, retired=tuple(retired)) from error
        retired.append(secret_id)
    return Rotation(new_secret=new, retired=tuple(retired))


async def arotate(
    identity: AsyncIdentityClient,
    client_id: str,
    description: str | None,
    expiry_time: datetime.datetime | None,
    retire_older_than: datetime.timedelta | None,
    on_new_secret: AsyncOnNewSecret | None,
) -> Rotation:
    before = (await identity.external_clients.get(client_id)).secrets
    new = await identity.external_client_secrets.generate(
        client_id=client_id, description=description, expiry_time=expiry_time
    )
    try:
        await ClientCredentials(client_id, new.secret, token_url=_token_url(identity)).atoken(
            identity.client.get_async_httpx_client()
        )
    except UiPathIdentityError as error:
        deleted = True
        try:
            await identity.external_client_secrets.delete(new.id)
        except UiPathIdentityError:
            deleted = False
        raise SecretRotationError("prove", client_id, new, error, new_secret_deleted=deleted) from error
    if on_new_secret is not None:
        try:
            handed: Any = on_new_secret(new)
            if inspect.isawaitable(handed):
                await handed
        except Exception as error:
            raise SecretRotationError("hand over", client_id, new, error) from error
    retired: list[int] = []
    for secret_id in _candidates(before, retire_older_than):
        try:
            await identity.external_client_secrets.delete(secret_id)
        except NotFoundError:
            pass
        except UiPathIdentityError as error:
            raise SecretRotationError("retire", client_id, new, error, retired=tuple(retired)) from error
        retired.append(secret_id)
    return Rotation(new_secret=new, retired=tuple(retired))
