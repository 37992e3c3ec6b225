"""What a Schemathesis run found, read from its NDJSON event stream: per operation and phase how
many test cases ran and which checks failed, each failure with a curl reproduction."""

from __future__ import annotations

import base64
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .options import PHASES

REDACTED_AUTHORIZATION = "Bearer [REDACTED]"
# Checks whose failure means the service accepts input the spec forbids: it is more lenient than
# the spec, which breaks no client. Reported as "the spec is stricter than the service"; they
# fail the gate only with --strict. Every other check's failure breaks clients and fails the gate.
LENIENCY_CHECKS = frozenset({"negative_data_rejection"})
_INVALID_COMPONENT = re.compile(r"Invalid component:\s*(.+)", re.DOTALL)
# Where Schemathesis names the field: "parameter `x`", ".../properties/x", "in body - x ->" / "- x:".
_FIELD_PATTERNS = (
    re.compile(r"parameters? `([^`]+)`"),
    re.compile(r"required property: `?([\w.]+)"),
    re.compile(r"/properties/([^/\s)]+)(?!.*/properties/)"),
    re.compile(r"in body - ([A-Za-z_][\w.]*)\s*(?:->|:)"),
    re.compile(r"propert(?:y|ies) `([^`]+)`"),
)


def field_of(component: str) -> str:
    for pattern in _FIELD_PATTERNS:
        match = pattern.search(component)
        if match:
            return match[1]
    return ""


PROBE_HEADER = "X-Contract-Gate-Probe"  # set by custom_checks on its replays


@dataclass
class Failure:
    phase: str
    operation: str
    check: str
    title: str
    message: str
    curl: list[str]
    count: int = 1

    @property
    def lenient(self) -> bool:
        """The service accepted what the spec forbids (see LENIENCY_CHECKS)."""
        return self.check in LENIENCY_CHECKS

    @property
    def component(self) -> str:
        """What the spec forbids and the service accepted, from Schemathesis' "Invalid component" line."""
        match = _INVALID_COMPONENT.search(self.message)
        return " ".join(match[1].split()) if match else ""

    @property
    def field(self) -> str:
        return field_of(self.component)

    @property
    def suggestion(self) -> str:
        """The spec change that would make the spec describe the service as it behaves."""
        return suggest_spec_change(self.component)


@dataclass
class Cell:
    """One operation in one phase."""

    cases: int = 0
    failed_checks: set[str] = field(default_factory=set)
    lenient_checks: set[str] = field(default_factory=set)  # the spec is stricter than the service
    errors: int = 0

    @property
    def status(self) -> str:
        if self.failed_checks or self.errors:
            return "FAIL"
        return "pass" if self.cases else "-"


@dataclass
class RunResults:
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)  # (operation, phase)
    failures: list[Failure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    phase_seconds: dict[str, float] = field(default_factory=dict)
    complete: bool = False

    def cell(self, operation: str, phase: str) -> Cell:
        return self.cells.setdefault((operation, phase), Cell())

    @property
    def failed_checks(self) -> set[str]:
        return {f.check for f in self.violations}

    @property
    def violations(self) -> list[Failure]:
        """Findings that break clients: they fail the gate."""
        return [f for f in self.failures if not f.lenient]

    @property
    def leniencies(self) -> list[Failure]:
        """Findings where the spec is stricter than the service: they fail the gate only with --strict."""
        return [f for f in self.failures if f.lenient]

    def passed_with(self, strict: bool) -> bool:
        blocking = self.failures if strict else self.violations
        return self.complete and not blocking and not self.errors

    @property
    def passed(self) -> bool:
        return self.passed_with(strict=False)


def suggest_spec_change(component: str) -> str:
    """A spec change for an accepted invalid input, from Schemathesis' description of the mutation."""
    text = component.lower()
    field = field_of(component) or "the request body"
    if "null" in text:
        return f"allow null for `{field}` (`type: [..., 'null']`) or document that null means absent"
    if "missing" in text or "required" in text:
        return f"make `{field}` optional and declare the default the service binds it to"
    if "enum" in text or "case" in text:
        return f"declare the values `{field}` accepts (e.g. case-insensitive spellings) or document the matching"
    if "additional" in text or "unexpected" in text:
        return "declare `additionalProperties: true` (the service ignores unknown fields)"
    if "length" in text or "minimum" in text or "maximum" in text or "pattern" in text or "format" in text:
        return f"relax the constraint on `{field}` to what the service enforces, or confirm the service's limit"
    return f"relax the constraint on `{field}` to what the service enforces"


def _redacted_headers(headers: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for name, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            text = str(value)
            if name.lower() in ("authorization", "cookie", "x-api-key") or "bearer " in text.lower():
                text = REDACTED_AUTHORIZATION if name.lower() == "authorization" else "[REDACTED]"
            yield name, text


def curl(request: dict[str, Any]) -> str:
    """A curl command line for a recorded request, credentials redacted."""
    parts = ["curl", "-X", str(request["method"])]
    for name, value in _redacted_headers(request.get("headers") or {}):
        parts += ["-H", f"{name}: {value}"]
    body = request.get("body")
    if isinstance(body, dict) and "$base64" in body:
        raw = base64.b64decode(body["$base64"])
        if raw:
            parts += ["-d", raw.decode("utf-8", errors="replace")]
    parts.append(str(request["uri"]))
    return shlex.join(parts)


def _label(case: dict[str, Any]) -> str:
    value = case.get("value", {})
    return f"{value.get('method', '?')} {value.get('path', '?')}"


def _is_step(case: dict[str, Any]) -> bool:
    """A request of the scenario itself, not a probe a check sent (those have a parent but no link)."""
    return case.get("parent_id") is None or "transition" in case


def _probe_of(interaction: dict[str, Any] | None) -> str | None:
    """Which check sent a probe: ours mark theirs; a probe without the mark is ignored_auth's."""
    if interaction is None:
        return None
    headers = {name.lower(): value for name, value in (interaction["request"].get("headers") or {}).items()}
    marker = headers.get(PROBE_HEADER.lower())
    return str(marker[0] if isinstance(marker, list) else marker) if marker else "ignored_auth"


def _reproduction(recorder: dict[str, Any], case_id: str, check: str) -> list[str]:
    """Every step of the scenario up to the failing request (a stateful failure may depend on a
    sibling step, e.g. a delete), then the probes the failing check sent, if any."""
    cases, interactions = recorder.get("cases", {}), recorder.get("interactions", {})
    chain: list[str] = []
    for cid, case in cases.items():
        if cid == case_id:
            chain.append(cid)
            break
        if _is_step(case):
            chain.append(cid)
    if case_id not in cases:
        chain = []
    chain += [
        cid
        for cid, case in cases.items()
        if case.get("parent_id") == case_id and not _is_step(case) and _probe_of(interactions.get(cid)) == check
    ]
    return [curl(interactions[cid]["request"]) for cid in chain if cid in interactions]


def _record_scenario(
    results: RunResults, event: dict[str, Any], seen: dict[tuple[str, str, str, str], Failure]
) -> None:
    phase, recorder = event["phase"], event["recorder"]
    if phase not in PHASES:
        return
    cases = recorder.get("cases", {})
    for case in cases.values():
        results.cell(_label(case), phase).cases += 1
    if event.get("status") == "error":
        results.cell(recorder.get("label", "?"), phase).errors += 1
    for case_id, checks in recorder.get("checks", {}).items():
        for check in checks:
            if check.get("status") != "failure":
                continue
            info = (check.get("failure_info") or {}).get("failure") or {}
            operation = _label(cases[case_id]) if case_id in cases else recorder.get("label", "?")
            message = str(info.get("message", ""))
            cell = results.cell(operation, phase)
            (cell.lenient_checks if check["name"] in LENIENCY_CHECKS else cell.failed_checks).add(check["name"])
            # Leniency findings are told apart by the input the service accepted, one per field.
            detail = _INVALID_COMPONENT.search(message) if check["name"] in LENIENCY_CHECKS else None
            key = (phase, operation, check["name"], str(info.get("title", "")) + (detail[1] if detail else ""))
            if key in seen:
                seen[key].count += 1
                continue
            failure = Failure(
                phase,
                operation,
                check["name"],
                str(info.get("title", check["name"])),
                message,
                _reproduction(recorder, case_id, check["name"]),
            )
            seen[key] = failure
            results.failures.append(failure)


def read_events(path: Path) -> RunResults:
    results = RunResults()
    seen: dict[tuple[str, str, str, str], Failure] = {}
    started: dict[str, float] = {}
    if not path.exists():
        results.errors.append(f"Schemathesis wrote no event stream ({path})")
        return results
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            event_type = line.partition(":")[0]
            name = event_type.strip('{"')
            if name not in (
                "ScenarioFinished",
                "PhaseStarted",
                "PhaseFinished",
                "NonFatalError",
                "FatalError",
                "EngineFinished",
            ):
                continue
            event = json.loads(line)[name]
            if name == "ScenarioFinished":
                _record_scenario(results, event, seen)
            elif name == "PhaseStarted":
                started[event["phase"]["name"]] = event["timestamp"]
            elif name == "PhaseFinished" and event["phase"]["name"] in started and event["phase"]["name"] in PHASES:
                results.phase_seconds[event["phase"]["name"]] = event["timestamp"] - started[event["phase"]["name"]]
            elif name in ("NonFatalError", "FatalError"):
                results.errors.append(_error_text(event))
            elif name == "EngineFinished":
                results.complete = event.get("stop_reason") == "completed"
    return results


def _error_text(event: dict[str, Any]) -> str:
    info = event.get("info") or {}
    label = event.get("label") or ""
    message = info.get("message") or info.get("title") or json.dumps(info)[:300]
    return f"{label}: {message}".strip(": ")
