"""The `repo` fixture: a copy of the project's inputs, committed as the last release."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_repo import committed


@pytest.fixture
def repo(project_copy: Path) -> Path:
    return committed(project_copy)
