"""Where a spec version comes from: the working tree, a file, a git ref, or nothing (before the
first release); and the baseline, the specs of the last release recorded in spec/changes/.

A version is every service's document (spec/services.yaml: the primary, Identity, first) with its
table; a version from before there was a services.yaml, or a single file, is the primary alone.
The package version is the primary document's `info.version`."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("spec/openapi.yaml")
SERVICES = Path("spec/services.yaml")
TABLE_NAME = "operations.yaml"
RELEASES = Path("spec/changes")
WORKTREE, NOTHING = "worktree", "none"
PRIMARY = "identity"  # the primary service's name where a version does not say (no services.yaml)


class SourceError(Exception):
    pass


def _parse(text: str, label: str) -> dict[str, Any]:
    loaded = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if text else {}
    if not isinstance(loaded, dict):
        raise SourceError(f"{label}: not an OpenAPI document")
    return loaded


@dataclass(frozen=True)
class ServiceDocument:
    """Another service's document in a version (spec/services.yaml's order)."""

    name: str
    path: str  # relative to spec/, as services.yaml names it
    text: str
    table: str = ""  # its operations.yaml ("" if none)


@dataclass(frozen=True)
class SpecVersion:
    label: str
    text: str  # the primary service's document; empty for NOTHING
    others: tuple[ServiceDocument, ...] = ()  # the other services' documents
    services_text: str = ""  # its spec/services.yaml ("" when it predates services, or one file)
    table: str = ""  # the primary's operations.yaml

    @cached_property
    def data(self) -> dict[str, Any]:
        """The primary service's document."""
        return _parse(self.text, self.label)

    @property
    def version(self) -> str:
        return str((self.data.get("info") or {}).get("version", "0.0.0"))

    @property
    def primary(self) -> str:
        if self.services_text:
            listed = (_parse(self.services_text, f"{self.label} services.yaml").get("services")) or {}
            if listed:
                return str(next(iter(listed)))
        return PRIMARY

    def documents(self) -> dict[str, dict[str, Any]]:
        """Every service's parsed document by name, the primary first."""
        found = {self.primary: self.data} if self.text else {}
        for other in self.others:
            found[other.name] = _parse(other.text, f"{self.label} {other.path}")
        return found

    def same_as(self, other: SpecVersion) -> bool:
        """Byte-identical documents and list of services (then nothing can have changed)."""
        mine = (self.text, self.services_text, tuple((d.name, d.text) for d in self.others))
        theirs = (other.text, other.services_text, tuple((d.name, d.text) for d in other.others))
        return mine == theirs

    def materialize(self, folder: Path) -> list[str]:
        """Write the version's spec files into `folder`; the arguments of scripts/regenerate that
        render it (`--services` for a version with services, `--spec` for one document)."""
        spec = folder / "spec"
        spec.mkdir(parents=True, exist_ok=True)
        (spec / "openapi.yaml").write_text(self.text)
        if self.table:
            (spec / TABLE_NAME).write_text(self.table)
        if not self.services_text:
            return ["--spec", str(spec / "openapi.yaml")]
        for other in self.others:
            target = spec / other.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(other.text)
            if other.table:
                target.with_name(TABLE_NAME).write_text(other.table)
        (spec / "services.yaml").write_text(self.services_text)
        return ["--services", str(spec / "services.yaml")]


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise SourceError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


class _Reader:
    """Reads spec files (paths relative to the project) from the working tree or a git ref."""

    def __init__(self, root: Path, ref: str | None) -> None:
        self.root, self.ref = root, ref

    def read(self, path: PurePosixPath, required: bool = True) -> str:
        if self.ref is None:
            file = self.root / path
            if file.is_file():
                return file.read_text()
        else:
            try:
                return git(self.root, "show", f"{self.ref}:{path.as_posix()}")
            except SourceError:
                if required:
                    raise
                return ""
        if required:
            raise SourceError(f"{path}: no such file")
        return ""


def _version(label: str, reader: _Reader) -> SpecVersion:
    spec = PurePosixPath(SPEC.as_posix())
    text = reader.read(spec)
    table = reader.read(spec.with_name(TABLE_NAME), required=False)
    services_text = reader.read(PurePosixPath(SERVICES.as_posix()), required=False)
    if not services_text:
        return SpecVersion(label, text, table=table)
    listed: dict[str, Any] = (_parse(services_text, f"{label} services.yaml").get("services")) or {}
    others = []
    for index, (name, row) in enumerate(listed.items()):
        path = PurePosixPath("spec") / str(row["spec"])
        if index == 0:
            if path != spec:
                raise SourceError(f"{label}: the primary service's document must be {SPEC}, not {path}")
            continue
        doc_table = reader.read(path.with_name(TABLE_NAME), required=False)
        others.append(ServiceDocument(str(name), str(row["spec"]), reader.read(path), doc_table))
    return SpecVersion(label, text, tuple(others), services_text, table)


def load(source: str, root: Path = ROOT) -> SpecVersion:
    """`worktree`, `none`, a path to a spec file (that document alone), or a git ref (its
    spec/services.yaml and every document it lists; before services.yaml, its spec/openapi.yaml)."""
    if source == WORKTREE:
        return _version("working tree", _Reader(root, None))
    if source == NOTHING:
        return SpecVersion("nothing", "")
    path = Path(source)
    if path.is_file():
        return SpecVersion(str(path), path.read_text())
    return _version(source, _Reader(root, source))


def release_versions(root: Path = ROOT) -> list[str]:
    """Recorded releases, newest first."""
    names = [p.stem for p in (root / RELEASES).glob("*.json")]
    return sorted(names, key=lambda v: tuple(int(x) for x in v.split(".")), reverse=True)


def baseline_ref(root: Path = ROOT) -> str | None:
    """The commit that added the newest release record: its specs are the released ones. None
    before the first release is committed (or outside a git checkout)."""
    versions = release_versions(root)
    if not versions:
        return None
    record = (RELEASES / f"{versions[0]}.json").as_posix()
    try:
        commit = git(root, "log", "-1", "--diff-filter=A", "--format=%H", "--", record).strip()
    except SourceError:
        return None
    return commit or None
