"""Semantic versions from change reports. The package version lives in one place, the spec's
`info.version`; scripts/regenerate renders it into the package."""

from __future__ import annotations

import re

from .changes import Report

SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
VERSION_LINE = re.compile(r'^(  version: )"?[^"\n]*"?$', re.MULTILINE)


def parse(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if not match:
        raise ValueError(f"not a semantic version (MAJOR.MINOR.PATCH): {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bumped(version: str, part: str) -> str:
    """`version` raised by `part` (major, minor, patch or none). Before 1.0.0 a breaking change
    still raises the major version: the contract is the same from the first release on."""
    major, minor, patch = parse(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def required(report: Report) -> str:
    """The lowest version the new spec may carry given the report (the old version, bumped)."""
    return bumped(report.old_version, report.bump)


def problems(report: Report) -> list[str]:
    """Why the new spec's version does not say what the report says (empty: it does)."""
    try:
        old, new = parse(report.old_version), parse(report.new_version)
    except ValueError as error:
        return [str(error)]
    if new < old:
        return [f"info.version went backwards: {report.old_version} -> {report.new_version}"]
    if report.bump == "major" and new[0] <= old[0]:
        return [
            f"breaking changes for client code need a major version: info.version is {report.new_version}, "
            f"needs {required(report)} or later (run scripts/api_changes release)"
        ]
    return []


def set_version(spec_text: str, version: str) -> str:
    """The spec's text with `info.version` replaced, comments and layout kept."""
    text, count = VERSION_LINE.subn(rf'\g<1>"{version}"', spec_text, count=1)
    if count != 1:
        raise ValueError("no `  version:` line under info in the spec")
    return text
