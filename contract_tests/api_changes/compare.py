"""One report from two spec versions (every service's documents): the spec differ, then
(optionally) griffe on the two generated packages, timed."""

from __future__ import annotations

import time

from . import python_api
from .changes import Report
from .differ import diff_versions
from .sources import SpecVersion


def compare(old: SpecVersion, new: SpecVersion, *, python: bool = True) -> Report:
    started = time.perf_counter()
    report = Report(old.label, new.label, old.version, new.version, old_version_recorded=bool(old.text))
    if old.same_as(new):
        report.seconds["spec diff"] = time.perf_counter() - started
        if python:
            report.python_api = []
        return report
    # Operations first, then spec-wide changes (servers, models): the order of the changelog.
    report.changes = sorted(diff_versions(old, new), key=lambda change: not change.operation)
    report.seconds["spec diff"] = time.perf_counter() - started
    if python:
        started = time.perf_counter()
        report.python_api = python_api.compare(old, new)
        report.seconds["generate both + griffe"] = time.perf_counter() - started
    return report
