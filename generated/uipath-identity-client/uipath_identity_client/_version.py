"""The package's version and the User-Agent it sends.

Added module: rendered by scripts/regenerate from the generator's package version (the one value
that also goes into pyproject.toml), so the three never disagree.
"""

from __future__ import annotations

import platform

import httpx

__version__ = "2.0.0"


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


#: ``uipath-identity-client/<version> (python <x.y>; httpx <x.y>)``
USER_AGENT = (
    f"uipath-identity-client/{__version__} "
    f"(python {_major_minor(platform.python_version())}; httpx {_major_minor(httpx.__version__)})"
)
