"""Entry point of `python3 scripts/gate` (see contract_tests/gate/gate.py)."""

from .gate import main

raise SystemExit(main())
