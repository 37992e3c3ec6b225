"""Entry point of `python3 scripts/gate` (placeholder until the Schemathesis gate lands).

Runs the two checks that need no server: the drift check of generated/ and the spec lint.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from contract_tests import spec_lint

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    drift = subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate"), "--check"])
    lint_status = spec_lint.main()
    return 1 if drift.returncode or lint_status else 0


if __name__ == "__main__":
    raise SystemExit(main())
