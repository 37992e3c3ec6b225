"""Reading today's organization, as far as a desired state needs it: the sections it declares
and those they depend on (a group's members are users and robot accounts)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .._auth import ClientCredentials, PersonalAccessToken
from .._binding import token_claims
from .._identity import IdentityClient
from .document import DesiredState
from .registry import KINDS, Observed, ordered


def sections_to_read(sections: Iterable[str], desired: DesiredState | None = None) -> list[str]:
    """These sections and what they need (for `desired`), in the order they are read."""
    wanted: set[str] = set()
    pending = list(sections)
    while pending:
        name = pending.pop()
        if name not in wanted and name in KINDS:
            wanted.add(name)
            pending.extend(KINDS[name].needed(desired))
    return [k.section for k in ordered() if k.section in wanted]


def credentials_id(client: IdentityClient) -> str | None:
    """Who the run authenticates as: the external application's client id, or the user of a
    personal access token (its `sub`); never deleted by an apply."""
    auth = client.client.auth
    if isinstance(auth, ClientCredentials):
        return auth.client_id
    if isinstance(auth, PersonalAccessToken):
        sub = token_claims(auth.token).get("sub")
        return str(sub) if sub else None
    return None


def observe(
    client: IdentityClient,
    desired: DesiredState,
    *,
    sections: Iterable[str] | None = None,
    names: Mapping[str, Iterable[str]] | None = None,
) -> Observed:
    """Read what `desired` declares (or `sections`, e.g. for an export). `names`: per section, the
    names to read where a kind cannot list (message templates, settings)."""
    observed = Observed(credentials_id=credentials_id(client), organization_id=str(client.organization_id()))
    wanted = sections_to_read(desired.sections if sections is None else sections, desired)
    for section in wanted:
        kind = KINDS[section]
        declared = [str(o[kind.name_key]) for o in desired.objects(section).values()]
        extra = list((names or {}).get(section, ()))
        kind.observe(client, [*declared, *extra], observed)
        observed.objects.setdefault(section, {})
    for section in wanted:
        KINDS[section].resolve(client, desired, observed)
    return observed
