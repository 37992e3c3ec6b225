"""The kinds of object a desired state holds, each registered by its own module (`register`).

A `Kind` says how its section of the document reads (`fields`), how today's objects are read
(`observe`) and how changes are made (`create`, `update`, `delete`). Everything in between (the
document's validation, the field-by-field diff, ordering, reporting) is generic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .._identity import IdentityClient
    from .model import Change

#: kind section name -> its Kind, in registration order (see `ordered`).
KINDS: dict[str, Kind] = {}


def fold(name: str) -> str:
    """Names are unique in an organization regardless of case (`Alice` is `alice`)."""
    return name.casefold()


@dataclass(frozen=True)
class Field:
    """One field of a kind in the document. `key` may be dotted (`members.users`: the `users`
    key of a `members` mapping). Types: `str` (a non-empty string), `text` (a string or null),
    `bool`, `names` (a list of names, compared as a set)."""

    key: str
    type: str
    immutable: bool = False  # the service cannot change it after creation
    compared: bool = True  # False: read from the document but not a field of the object (membership, invite)


@dataclass
class Observed:
    """Today's organization, as far as the desired state needs it (filled by the kinds)."""

    objects: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # section -> fold(name) -> fields
    ids: dict[str, dict[str, str]] = field(default_factory=dict)  # section -> fold(name) -> id
    protected: dict[str, dict[str, str]] = field(default_factory=dict)  # section -> fold(name) -> why
    directory: dict[tuple[str, str], str] = field(default_factory=dict)  # (section, fold(name)) -> id
    credentials_id: str | None = None  # the client id (or user id) the run authenticates as
    organization_id: str | None = None

    def section(self, name: str) -> dict[str, dict[str, Any]]:
        return self.objects.setdefault(name, {})

    def id_of(self, section: str, name: str) -> str | None:
        found = self.ids.get(section, {}).get(fold(name))
        return found if found is not None else self.directory.get((section, fold(name)))


class Reporter:
    """Where an apply says what it did (`done`) or could not do (`failed`), per object."""

    def done(self, change: Change, detail: str = "") -> None:  # pragma: no cover - interface
        pass

    def failed(self, change: Change, reason: str) -> None:  # pragma: no cover - interface
        pass


@dataclass
class Run:
    """An apply in progress: the client, what was observed (ids of created objects are added as
    they are created) and where outcomes are reported."""

    client: IdentityClient
    observed: Observed
    reporter: Reporter
    on_new_secret: Callable[[str, str], None] | None = None  # (application name, secret)
    failures: list[tuple[Change, str]] = field(default_factory=list)
    completed: list[Change] = field(default_factory=list)

    def done(self, change: Change, detail: str = "") -> None:
        self.completed.append(change)
        self.reporter.done(change, detail)

    def failed(self, change: Change, reason: str) -> None:
        self.failures.append((change, reason))
        self.reporter.failed(change, reason)

    def remember(self, section: str, name: str, ident: str) -> None:
        self.observed.ids.setdefault(section, {})[fold(name)] = ident


class Kind:
    """One kind of object. Subclasses set the class attributes and implement the methods."""

    section: ClassVar[str]  # the document's key, e.g. `robot_accounts`
    noun: ClassVar[str]  # for messages, e.g. `robot account`
    name_key: ClassVar[str] = "name"  # the field naming an object
    fields: ClassVar[tuple[Field, ...]] = ()
    order: ClassVar[int]  # creates and updates run in ascending order, deletions in descending
    mapping: ClassVar[bool] = False  # the section is a mapping name -> value (settings), not a list
    prunable: ClassVar[bool] = True  # today's objects can be listed, so absent ones can be deleted
    #: sections this kind's observation needs observed first (membership resolves member names)
    needs: ClassVar[tuple[str, ...]] = ()

    def needed(self, desired: Any) -> tuple[str, ...]:
        """The sections to read with this one for `desired` (by default `needs`)."""
        return self.needs

    def normalize(self, item: dict[str, Any], path: str, problems: list[str]) -> dict[str, Any]:
        """Kind-specific checks and defaults after the generic reading (e.g. an invitee's user
        name is its e-mail address); a problem is appended to `problems`, named by `path`."""
        return item

    def observe(self, client: IdentityClient, names: Iterable[str], observed: Observed) -> None:
        raise NotImplementedError

    def resolve(self, client: IdentityClient, desired: Any, observed: Observed) -> None:
        """After every section is read: resolve names the document uses that the reads did not
        find (through the directory). Most kinds need nothing."""

    def create(self, run: Run, changes: list[Change]) -> None:
        raise NotImplementedError

    def update(self, run: Run, changes: list[Change]) -> None:
        raise NotImplementedError

    def delete(self, run: Run, changes: list[Change]) -> None:
        raise NotImplementedError

    def export(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """One object of today's organization as a document entry (nested for dotted keys)."""
        entry: dict[str, Any] = {}
        for spec in (Field(self.name_key, "str"), *self.fields):
            if spec.key not in fields:
                continue
            head, _, tail = spec.key.partition(".")
            if tail:
                entry.setdefault(head, {})[tail] = fields[spec.key]
            else:
                entry[head] = fields[spec.key]
        return entry


def register(kind: type[Kind]) -> type[Kind]:
    """Class decorator: make a kind known to the document, the plan and the apply."""
    KINDS[kind.section] = kind()
    return kind


def ordered(reverse: bool = False) -> list[Kind]:
    return sorted(KINDS.values(), key=lambda k: k.order, reverse=reverse)
