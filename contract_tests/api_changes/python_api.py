"""The generated package's Python API compared with griffe: both spec versions are rendered by
`scripts/regenerate --services ... --into ...` (a version's spec files written to a scratch folder;
`--spec` for one document), in parallel, then griffe's breaking-change check reads the two
packages as users import them."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import griffe
import yaml

from .sources import ROOT, SpecVersion

PACKAGE = str(yaml.safe_load((ROOT / "scripts" / "generator-config.yaml").read_text())["package_name_override"])
# The package's version string moves with every release by design: not an API break.
IGNORED = {"__version__"}


def generate(versions: list[SpecVersion], into: Path) -> list[Path]:
    """Render each spec version's package into its own folder under `into`, all at once."""
    jobs = []
    for index, version in enumerate(versions):
        given = version.materialize(into / f"spec-{index}")
        out = into / f"package-{index}"
        command = [sys.executable, str(ROOT / "scripts" / "regenerate"), *given, "--into", str(out)]
        jobs.append((out, subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    for out, job in jobs:
        output, _ = job.communicate()
        if job.returncode != 0:
            raise RuntimeError(f"scripts/regenerate into {out.name} failed:\n{output}")
    return [out for out, _ in jobs]


def breakages(old_package: Path, new_package: Path) -> list[str]:
    old = griffe.load(PACKAGE, search_paths=[old_package], try_relative_path=False, resolve_aliases=False)
    new = griffe.load(PACKAGE, search_paths=[new_package], try_relative_path=False, resolve_aliases=False)
    found = []
    for breakage in griffe.find_breaking_changes(old, new):
        if breakage.obj.name in IGNORED:
            continue
        found.append(
            f"{breakage.obj.path}: {breakage.kind.value} ({_value(breakage.old_value)} -> {_value(breakage.new_value)})"
        )
    return sorted(set(found + required_fields_added(old, new)))


def _classes(obj: griffe.Object | griffe.Alias) -> Iterator[griffe.Class]:
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            yield member
        elif isinstance(member, griffe.Module):
            yield from _classes(member)


def required_fields_added(old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias) -> list[str]:
    """griffe sees no __init__ in an attrs class (attrs writes it at import), so a new attribute
    without a default, a new required constructor argument, is looked for here."""
    before = {cls.path: cls for cls in _classes(old)}
    found = []
    for cls in _classes(new):
        previous = before.get(cls.path)
        if previous is None:
            continue
        for name, attribute in cls.attributes.items():
            if attribute.value is not None or name.startswith("_"):
                continue
            was = previous.attributes.get(name)
            if was is None or was.value is not None:
                found.append(f"{attribute.path}: Parameter was added as required (attrs field without a default)")
    return found


def _value(value: object) -> str:
    text = str(getattr(value, "name", value)) if value is not None else "nothing"
    return text if len(text) < 80 else text[:77] + "..."


def compare(old: SpecVersion, new: SpecVersion) -> list[str]:
    """griffe's breaking changes of the package generated from `new` against the one from `old`."""
    if not old.text:  # nothing released yet: nothing to break
        return []
    with tempfile.TemporaryDirectory(prefix="api-changes-") as tmp:
        old_package, new_package = generate([old, new], Path(tmp))
        return breakages(old_package, new_package)
