"""Release records: spec/changes/<version>.json holds the change report that made the release.
They are the changelog's source; scripts/regenerate renders them into the package's CHANGELOG.md.
Recording a release also sets the spec's `info.version`, so both land in the same commit."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from . import versioning
from .changes import Report
from .sources import RELEASES, ROOT, SPEC, SpecVersion


def summary(report: Report, new_spec: SpecVersion) -> str:
    info = new_spec.data.get("info") or {}
    documented = info.get("x-documentation-version")
    source = f" Transcribed from UiPath's documentation as of {documented}." if documented else ""
    if not report.old_version_recorded:
        return f"Initial release of the client for {info.get('title', 'the API')}.{source}"
    counts = {impact: sum(c.client.label == impact for c in report.changes) for impact in ("breaking", "addition")}
    return (
        f"{report.bump.capitalize()} release after {report.old_version}: {counts['breaking']} breaking change(s) "
        f"for client code, {counts['addition']} addition(s); the wire is {report.wire.label}.{source}"
    )


def record(report: Report, new_spec: SpecVersion, version: str, date: datetime.date, root: Path = ROOT) -> Path:
    data: dict[str, Any] = {
        "version": version,
        "date": date.isoformat(),
        "previous": report.old_version if report.old_version_recorded else None,
        "bump": report.bump,
        "summary": summary(report, new_spec),
        "client": report.client.label,
        "wire": report.wire.label,
        "changes": [c.as_dict() for c in report.changes],
        "python_api": report.python_api or [],
    }
    path = root / RELEASES / f"{version}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    spec = root / SPEC
    spec.write_text(versioning.set_version(spec.read_text(), version))
    return path


def regenerate(root: Path = ROOT) -> None:
    subprocess.run([sys.executable, str(root / "scripts" / "regenerate")], check=True, cwd=root)
