"""Where a spec version comes from: the working tree, a file, a git ref, or nothing (before the
first release); and the baseline, the spec of the last release recorded in spec/changes/."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("spec/openapi.yaml")
RELEASES = Path("spec/changes")
WORKTREE, NOTHING = "worktree", "none"


class SourceError(Exception):
    pass


@dataclass(frozen=True)
class SpecVersion:
    label: str
    text: str  # empty for NOTHING

    @cached_property
    def data(self) -> dict[str, Any]:
        loaded = yaml.load(self.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if self.text else {}
        if not isinstance(loaded, dict):
            raise SourceError(f"{self.label}: not an OpenAPI document")
        return loaded

    @property
    def version(self) -> str:
        return str((self.data.get("info") or {}).get("version", "0.0.0"))


def git(root: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise SourceError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def load(source: str, root: Path = ROOT) -> SpecVersion:
    """`worktree`, `none`, a path to a spec file, or a git ref (its spec/openapi.yaml)."""
    if source == WORKTREE:
        return SpecVersion("working tree", (root / SPEC).read_text())
    if source == NOTHING:
        return SpecVersion("nothing", "")
    path = Path(source)
    if path.is_file():
        return SpecVersion(str(path), path.read_text())
    return SpecVersion(source, git(root, "show", f"{source}:{SPEC.as_posix()}"))


def release_versions(root: Path = ROOT) -> list[str]:
    """Recorded releases, newest first."""
    names = [p.stem for p in (root / RELEASES).glob("*.json")]
    return sorted(names, key=lambda v: tuple(int(x) for x in v.split(".")), reverse=True)


def baseline_ref(root: Path = ROOT) -> str | None:
    """The commit that added the newest release record: its spec is the released one. None before
    the first release is committed (or outside a git checkout)."""
    versions = release_versions(root)
    if not versions:
        return None
    record = (RELEASES / f"{versions[0]}.json").as_posix()
    try:
        commit = git(root, "log", "-1", "--diff-filter=A", "--format=%H", "--", record).strip()
    except SourceError:
        return None
    return commit or None
