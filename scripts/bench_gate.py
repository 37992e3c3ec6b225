#!/usr/bin/env python3
"""Time the whole contract gate on the embedded mock: median of 3 runs, and each phase.

    .venv/bin/python scripts/bench_gate.py [--runs 3] [extra gate options...]

Each run is `python -m contract_tests.gate` (drift check, spec validation, workflow tests, the
mock, Schemathesis over every service of spec/services.yaml with default example counts); phase
times come from its summary.md. Prints the load average before and after, beside the figures.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(extra: list[str]) -> tuple[float, dict[str, float], int]:
    with tempfile.TemporaryDirectory() as reports:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "contract_tests.gate", "--reports", reports, *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        wall = time.monotonic() - started
        summary = (Path(reports) / "summary.md").read_text()
    # The first "Phase times" line is the whole run's (each phase as long as its slowest process).
    phases = {
        name: float(seconds)
        for name, seconds in re.findall(r"(\w+) ([\d.]+)s", summary.split("Phase times:")[1].splitlines()[0])
    }
    steps = {
        name.strip(): float(seconds)
        for name, seconds in re.findall(r"^\| ([^|]+) \| [^|]+ \| ([\d.]+)s \|$", summary, re.M)
    }
    return wall, {**steps, **phases}, result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args, extra = parser.parse_known_args()
    walls: list[float] = []
    parts: dict[str, list[float]] = {}
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    for index in range(args.runs):
        wall, times, code = one_run(extra)
        walls.append(wall)
        for name, seconds in times.items():
            parts.setdefault(name, []).append(seconds)
        print(f"run {index + 1}: {wall:.1f}s wall, gate exit {code}", flush=True)
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    median = statistics.median(walls)
    print(f"\nmedian wall time of {args.runs} runs: {median:.1f}s (min {min(walls):.1f}s, max {max(walls):.1f}s)")
    for name, values in parts.items():
        print(f"  {name:<52} median {statistics.median(values):5.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
