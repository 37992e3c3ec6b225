"""The client tests' mock helpers (tests/client/mock_session.py), importable from this folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "client"))
from mock_session import Mocks, credentials, unique

__all__ = ("Mocks", "credentials", "unique")
