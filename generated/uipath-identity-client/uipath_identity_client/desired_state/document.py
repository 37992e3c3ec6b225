"""The desired-state document: reading it (every problem named by its path, e.g.
`groups[2].members.users[0]`) and writing today's organization as one (`export_document`).

    version: 1
    groups:
      - name: Operators
        members: {users: [alice@contoso.com], robot_accounts: [nightly-robot]}
    users:
      - user_name: alice@contoso.com
        email: alice@contoso.com
        groups: [Operators]          # the same membership, from the member's side
      - email: carol@contoso.com
        invite: true                 # invited by e-mail; the user name is the address
    robot_accounts:
      - name: nightly-robot
        display_name: Nightly robot
    external_applications:
      - name: nightly-sync
        confidential: true
        scopes: [PM.Group.Read]       # application scopes; `user_scopes` for user ones
        redirect_uri: null
    message_templates:
      - name: welcome
        value: Hello {{name}}
    settings:
      Auth.Cookie.Expire: "14"

A section left out is not managed at all; an object's field left out is not managed either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .model import sorted_names
from .registry import KINDS, Field, Kind, Observed, fold, ordered

VERSION = 1


class DocumentError(ValueError):
    """A desired-state document that does not read (every problem, each named by its path)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass
class DesiredState:
    """A read document: per section, fold(name) -> the fields it declares (names as given)."""

    sections: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    document: dict[str, Any] = field(default_factory=dict)

    def has(self, section: str) -> bool:
        return section in self.sections

    def objects(self, section: str) -> dict[str, dict[str, Any]]:
        return self.sections.get(section, {})


def _check(spec: Field, value: Any, path: str, problems: list[str]) -> Any:
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        problems.append(f"{path}: must be true or false, got {value!r}")
    elif spec.type in ("str", "text"):
        if value is None and spec.type == "text":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # YAML reads `14` as a number; the service stores text
        if isinstance(value, str) and (value.strip() or spec.type == "text"):
            return value
        problems.append(f"{path}: must be a non-empty string{' or null' if spec.type == 'text' else ''}, got {value!r}")
    elif spec.type == "names":
        if value is None:
            return []
        if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
            folded = [fold(v) for v in value]
            twice = sorted({v for v in value if folded.count(fold(v)) > 1})
            if twice:
                problems.append(f"{path}: {', '.join(twice)} listed twice")
            return sorted_names(value)
        problems.append(f"{path}: must be a list of names, got {value!r}")
    return None


def _read_item(kind: Kind, raw: Any, path: str, problems: list[str]) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping):
        problems.append(f"{path}: must be a mapping with `{kind.name_key}`, got {raw!r}")
        return None
    known = {spec.key.partition(".")[0] for spec in kind.fields} | {kind.name_key}
    for key in raw:
        if key not in known:
            problems.append(f"{path}.{key}: unknown field of a {kind.noun} (known: {', '.join(sorted(known))})")
    item: dict[str, Any] = {}
    for spec in (Field(kind.name_key, "str"), *kind.fields):
        head, _, tail = spec.key.partition(".")
        if head not in raw:
            continue
        value = raw[head]
        if tail:
            if not isinstance(value, Mapping):
                problems.append(f"{path}.{head}: must be a mapping, got {value!r}")
                continue
            subkeys = {s.key.partition(".")[2] for s in kind.fields if s.key.startswith(head + ".")}
            for key in value:
                if key not in subkeys:
                    problems.append(f"{path}.{head}.{key}: unknown (known: {', '.join(sorted(subkeys))})")
            if tail not in value:
                continue
            value = value[tail]
        item[spec.key] = _check(spec, value, f"{path}.{spec.key}", problems)
    return item


def _read_section(kind: Kind, raw: Any, problems: list[str]) -> dict[str, dict[str, Any]]:
    objects: dict[str, dict[str, Any]] = {}
    if kind.mapping:
        if not isinstance(raw, Mapping):
            problems.append(f"{kind.section}: must be a mapping of {kind.name_key} to value, got {raw!r}")
            return objects
        entries = [(f"{kind.section}.{key}", {kind.name_key: str(key), "value": value}) for key, value in raw.items()]
    else:
        if not isinstance(raw, list):
            problems.append(f"{kind.section}: must be a list, got {raw!r}")
            return objects
        entries = [(f"{kind.section}[{index}]", item) for index, item in enumerate(raw)]
    for path, entry in entries:
        before = len(problems)
        item = _read_item(kind, entry, path, problems)
        if item is None or len(problems) > before:
            continue
        item = kind.normalize(item, path, problems)
        name = item.get(kind.name_key)
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{path}: `{kind.name_key}` is required")
            continue
        if fold(name) in objects:
            problems.append(f"{path}: a {kind.noun} named {name!r} is listed twice")
            continue
        objects[fold(name)] = item
    return objects


def parse_document(raw: Any) -> DesiredState:
    """Read a desired-state document (the YAML file's data); raise `DocumentError` listing
    every problem."""
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise DocumentError([f"the document must be a mapping of sections, got {type(raw).__name__}"])
    problems: list[str] = []
    version = raw.get("version", VERSION)
    if version != VERSION:
        problems.append(f"version: {version!r} is not supported (this client reads version {VERSION})")
    for key in raw:
        if key != "version" and key not in KINDS:
            problems.append(f"{key}: unknown section (known: {', '.join(k.section for k in ordered())})")
    state = DesiredState(document={k: v for k, v in raw.items()})
    for kind in ordered():
        if kind.section in raw:
            state.sections[kind.section] = _read_section(kind, raw[kind.section], problems)
    if problems:
        raise DocumentError(problems)
    return state


def export_document(observed: Observed, sections: list[str] | None = None) -> dict[str, Any]:
    """Today's organization (as observed) as a desired-state document: applying it changes nothing."""
    document: dict[str, Any] = {"version": VERSION}
    for kind in ordered():
        if kind.section not in observed.objects or (sections is not None and kind.section not in sections):
            continue
        objects = sorted(observed.objects[kind.section].values(), key=lambda o: fold(str(o[kind.name_key])))
        if kind.mapping:
            document[kind.section] = {str(o[kind.name_key]): o.get("value") for o in objects}
        else:
            document[kind.section] = [kind.export(o) for o in objects]
    return document
