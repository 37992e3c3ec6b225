"""`uipath-identity`: the command line of the package (the `cli` extra).

    pip install 'uipath-identity-client[cli]'
    uipath-identity groups list --output table
    uipath-identity export -o organization.yaml
    uipath-identity plan -f organization.yaml
    uipath-identity --mock apply -f organization.yaml --yes

Added subpackage: copied into the package by scripts/regenerate. Every resource method is a
command, built at start-up from the package's `description.json` (what the resource client is
generated from); `export`, `plan`, `apply` (the desired state, `..desired_state`) and `import`
(bulk CSV) are hand-written.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: the `cli` extra's modules, by the distribution that provides each
EXTRA = {"click": "click", "rich": "rich", "yaml": "pyyaml", "jmespath": "jmespath", "pyrate_limiter": "pyrate-limiter"}


def main(argv: Sequence[str] | None = None) -> int:
    """The console script. Says what to install when the `cli` extra is missing."""
    import importlib.util

    missing = [dist for module, dist in EXTRA.items() if importlib.util.find_spec(module) is None]
    if missing:
        sys.stderr.write(
            f"uipath-identity needs the package's `cli` extra ({', '.join(missing)} missing): "
            "pip install 'uipath-identity-client[cli]'\n"
        )
        return 1
    from .app import run

    return run(argv)
