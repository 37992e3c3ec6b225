"""The gate's one configuration: everything the Schemathesis processes need from the gate (where
the server is, as whom to call it, what the run may touch, which spec), as one frozen dataclass
that crosses the process boundary as JSON in one environment variable.

The gate builds it (gate.py) and every hook and check in the `st` processes reads it through
`current()`; nothing else is passed by environment. The variable holds credentials, as the
environment of a child process did before; it is never written to a file or a report."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from contract_tests import spec_model
from contract_tests.spec_model import SpecModel

ENV = "GATE_CONFIG"
# Marks the gate's own checks' replays, so the report shows each failure's own replay as its reproduction.
PROBE_HEADER = "X-Contract-Gate-Probe"


@dataclass(frozen=True)
class Credentials:
    """How to get a token: client credentials at `token_url`, or a personal access token."""

    token_url: str = ""
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    pat: str = field(default="", repr=False)
    # What to ask the token endpoint for: None omits `scope`, so IdentityServer grants every scope
    # the client is allowed (tokens.obtain decides, falling back on `invalid_scope`).
    scope: str | None = None

    @property
    def narrowable(self) -> bool:
        """Whether tokens with fewer scopes can be requested (client credentials, not a PAT)."""
        return bool(self.client_id and self.token_url)


@dataclass(frozen=True)
class GateConfig:
    base_url: str
    partition_global_id: str
    credentials: Credentials
    # The scopes the run's token holds (None: unknown, e.g. an opaque personal access token).
    granted_scopes: tuple[str, ...] | None = None
    other: Credentials | None = None  # the second organization's, for organization_isolation
    live: bool = False
    write_prefix: str | None = None  # live with writes: every created name starts with it
    created_log: str | None = None  # live: ids this run created, one JSON object per line
    notes_log: str | None = None  # what a check could not cover, one JSON object per line
    # The operations the run may call, its own checks' probes included (None: every one); live
    # mode: what the live policy allows.
    callable_operations: tuple[str, ...] | None = None
    # Seconds between the gate's own probes in one process (live: its share of the rate limit,
    # which Schemathesis applies to its generated requests only); 0: no pause.
    probe_interval: float = 0.0
    spec_path: str = str(spec_model.SPEC_PATH)
    # The deployment this process tests (deployments.py: the service's name, and its tenant level's).
    deployment: str = ""
    # The organization-level base URL of every service (another service's records a request refers
    # to are made there, references.py), and the operations that may make them (None: any; live:
    # what the live policy allows).
    service_urls: dict[str, str] = field(default_factory=dict)
    setup_operations: tuple[str, ...] | None = None

    def to_env(self) -> dict[str, str]:
        return {ENV: json.dumps(asdict(self))}

    @classmethod
    def from_json(cls, text: str) -> GateConfig:
        data: dict[str, Any] = json.loads(text)
        data["credentials"] = Credentials(**data["credentials"])
        if data.get("other") is not None:
            data["other"] = Credentials(**data["other"])
        for name in ("granted_scopes", "callable_operations", "setup_operations"):
            if data.get(name) is not None:
                data[name] = tuple(data[name])
        return cls(**data)

    def with_(self, **changes: Any) -> GateConfig:
        return replace(self, **changes)

    @property
    def spec(self) -> SpecModel:
        return spec_model.load(Path(self.spec_path))

    def holds(self, scope: str) -> bool:
        return self.granted_scopes is None or scope in self.granted_scopes

    def may_call(self, operation_id: str) -> bool:
        return self.callable_operations is None or operation_id in self.callable_operations

    def may_set_up_with(self, operation_id: str) -> bool:
        return self.setup_operations is None or operation_id in self.setup_operations


@cache
def _from_env(text: str) -> GateConfig:
    return GateConfig.from_json(text)


def current() -> GateConfig | None:
    """The configuration of this Schemathesis process (None outside a gate run)."""
    text = os.environ.get(ENV)
    return _from_env(text) if text else None


def spec() -> SpecModel:
    """The spec the run tests: the configuration's, else spec/openapi.yaml."""
    config = current()
    return config.spec if config is not None else spec_model.load()


def note(check: str, operation: str, text: str) -> None:
    """Record what a check could not cover (the gate lists these as "not covered")."""
    config = current()
    if config is None or not config.notes_log:
        return
    where = f"{config.deployment}: " if config.deployment else ""
    line = json.dumps({"check": check, "operation": where + operation, "note": text})
    with open(config.notes_log, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
