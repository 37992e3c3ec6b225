"""What a Schemathesis run found, read from its NDJSON event streams (one per `st` process): per
operation and phase how many test cases ran and which checks failed, each failure with a curl
reproduction, sorted into three kinds:

- violations: answers that break clients; they fail the gate;
- leniency ("the spec is stricter than the service"): accepted input the spec forbids, one per
  (operation, field, kind); a kind and place the leniency baseline does not know fails the gate,
  a known one only with --strict (leniency.py);
- spec questions: the service and the spec disagree in a way only a spec edit settles, reported
  with the edit: an enum value that differs only in letter case, and an operation the server does
  not serve although the spec holds it (if the spec marks it `x-unconfirmed`; otherwise that is a
  violation). They fail the gate only with --strict.

An operation the server does not serve (every answer to it was an empty 404 or 405: no route) is
one finding naming the spec entry and its evidence, instead of one per check that tripped on the
empty answers."""

from __future__ import annotations

import base64
import json
import re
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests.spec_model import SpecModel

from .config import PROBE_HEADER
from .leniency import Baseline, Leniency, parse_leniency
from .options import PHASES

REDACTED_AUTHORIZATION = "Bearer [REDACTED]"
LENIENCY_CHECKS = frozenset({"negative_data_rejection"})
QUESTION_TYPES = frozenset({"EnumLetterCase"})
NOT_SERVED = "operation_served"
# Reproductions in the summary: a string longer than this is cut, with its length shown.
LONG_VALUE = 80
LONG_LIST = 10
_INVALID_COMPONENT = re.compile(r"Invalid component:\s*(.+?)(?:\nLeniency: |\Z)", re.DOTALL)
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


@dataclass
class Failure:
    phase: str
    operation: str
    check: str
    title: str
    message: str
    curl: list[str]
    count: int = 1
    failure_type: str = ""
    question: bool = False  # a spec question (see the module docstring), not a violation
    short_curl: list[str] = field(default_factory=list)  # the reproduction with long values cut

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
    def leniencies(self) -> list[Leniency]:
        """One per (field, kind) the gate's classification tagged; else one from Schemathesis' words."""
        tagged = parse_leniency(self.message)
        if tagged:
            return [Leniency(self.operation, field, kind) for kind, field in tagged]
        return [Leniency(self.operation, self.field or "request", "other")]

    @property
    def suggestion(self) -> str:
        return suggest_spec_change(self.leniencies[0])


@dataclass
class Cell:
    """One operation in one phase."""

    cases: int = 0
    failed_checks: set[str] = field(default_factory=set)
    lenient_checks: set[str] = field(default_factory=set)  # the spec is stricter than the service
    questions: set[str] = field(default_factory=set)  # spec questions (they do not fail the cell)
    errors: int = 0

    @property
    def status(self) -> str:
        if self.failed_checks or self.errors:
            return "FAIL"
        if self.questions:
            return "question"
        return "pass" if self.cases else "-"


@dataclass
class LeniencyFinding:
    leniency: Leniency
    example: Failure
    known: bool = False


@dataclass
class RunResults:
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)  # (operation, phase)
    failures: list[Failure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    phase_seconds: dict[str, float] = field(default_factory=dict)
    complete: bool = False
    served: dict[str, bool] = field(default_factory=dict)  # operation -> any answer not a bare 404/405
    baseline: Baseline | None = None

    def cell(self, operation: str, phase: str) -> Cell:
        return self.cells.setdefault((operation, phase), Cell())

    @property
    def failed_checks(self) -> set[str]:
        return {f.check for f in self.violations}

    @property
    def violations(self) -> list[Failure]:
        """Findings that break clients: they fail the gate."""
        return [f for f in self.failures if not f.lenient and not f.question]

    @property
    def questions(self) -> list[Failure]:
        return [f for f in self.failures if f.question]

    @property
    def leniency_findings(self) -> list[LeniencyFinding]:
        found: dict[Leniency, LeniencyFinding] = {}
        for failure in self.failures:
            if failure.lenient:
                for leniency in failure.leniencies:
                    known = self.baseline is not None and self.baseline.knows(leniency)
                    found.setdefault(leniency, LeniencyFinding(leniency, failure, known))
        return sorted(found.values(), key=lambda f: (f.known, f.leniency))

    @property
    def new_leniencies(self) -> list[LeniencyFinding]:
        return [f for f in self.leniency_findings if not f.known]

    @property
    def leniencies(self) -> list[Failure]:
        """Failures where the spec is stricter than the service."""
        return [f for f in self.failures if f.lenient]

    def passed_with(self, strict: bool) -> bool:
        blocking = bool(self.violations or self.new_leniencies)
        if strict:
            blocking = blocking or bool(self.leniencies or self.questions)
        return self.complete and not blocking and not self.errors

    @property
    def passed(self) -> bool:
        return self.passed_with(strict=False)


def suggest_spec_change(leniency: Leniency) -> str:
    """A spec change for an accepted invalid input."""
    name, kind = f"`{leniency.field}`", leniency.kind
    if kind.startswith("null"):
        return f"allow null for {name} (`type: [..., 'null']`) or document that null means absent"
    if kind.startswith("missing"):
        return f"make {name} optional and declare the default the service binds it to"
    if kind == "enum-case":
        return f"declare the spellings {name} accepts (the service reads enum names in any case)"
    if kind == "unknown-field":
        return "declare `additionalProperties: true` (the service ignores unknown fields)"
    if kind == "number-as-string":
        return f"accept a numeric string for {name} (the service reads numbers from strings)"
    if kind in ("type", "enum", "format", "malformed"):
        return f"none: the service accepts garbage for {name}; report it (or, if on purpose, widen {name}'s type)"
    return f"relax the constraint on {name} to what the service enforces, or confirm the service's limit"


def _redacted_headers(headers: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for name, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            text = str(value)
            if name.lower() in ("authorization", "cookie", "x-api-key") or "bearer " in text.lower():
                text = REDACTED_AUTHORIZATION if name.lower() == "authorization" else "[REDACTED]"
            yield name, text


def _cut(text: str, limit: int = LONG_VALUE) -> str:
    return text if len(text) <= limit else f"{text[: limit // 2]}…[{len(text):,} chars]"


def _shortened(value: Any) -> Any:
    """A JSON value with long strings and long lists cut, their lengths shown."""
    if isinstance(value, str):
        return _cut(value)
    if isinstance(value, list):
        kept = [_shortened(v) for v in value[:LONG_LIST]]
        return [*kept, f"…[{len(value):,} items]"] if len(value) > LONG_LIST else kept
    if isinstance(value, dict):
        return {_cut(str(k)): _shortened(v) for k, v in value.items()}
    return value


def curl(request: dict[str, Any], short: bool = False) -> str:
    """A curl command line for a recorded request, credentials redacted; `short` cuts long values
    (the event stream keeps the full request)."""
    parts = ["curl", "-X", str(request["method"])]
    for name, value in _redacted_headers(request.get("headers") or {}):
        parts += ["-H", f"{name}: {_cut(value) if short else value}"]
    body = request.get("body")
    if isinstance(body, dict) and "$base64" in body:
        raw = base64.b64decode(body["$base64"])
        if raw:
            text = raw.decode("utf-8", errors="replace")
            if short:
                try:
                    text = json.dumps(_shortened(json.loads(text)), ensure_ascii=False)
                except ValueError:
                    text = _cut(text, 4 * LONG_VALUE)
            parts += ["-d", text]
    uri = str(request["uri"])
    parts.append(_short_uri(uri) if short else uri)
    return shlex.join(parts)


def _short_uri(uri: str) -> str:
    base, _, query = uri.partition("?")
    path = "/".join(_cut(segment) for segment in base.split("/"))
    if not query:
        return path
    return (
        path
        + "?"
        + "&".join(
            f"{name}={_cut(value)}" if sep else _cut(name)
            for name, sep, value in (p.partition("=") for p in query.split("&"))
        )
    )


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


def _reproduction(recorder: dict[str, Any], case_id: str, check: str, short: bool) -> list[str]:
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
    return [curl(interactions[cid]["request"], short) for cid in chain if cid in interactions]


def _unrouted(response: dict[str, Any] | None) -> bool:
    """ASP.NET Core's answer when no route template accepts the request: an empty 404 or 405."""
    if not response:
        return False
    content = (response.get("content") or {}).get("$base64", "")
    return response.get("status_code") in (404, 405) and not content


def _record_scenario(
    results: RunResults, event: dict[str, Any], seen: dict[tuple[str, str, str, str], Failure]
) -> None:
    phase, recorder = event["phase"], event["recorder"]
    if phase not in PHASES:
        return
    cases, interactions = recorder.get("cases", {}), recorder.get("interactions", {})
    for cid, case in cases.items():
        label = _label(case)
        if _is_step(case):
            results.cell(label, phase).cases += 1
        interaction = interactions.get(cid)
        if interaction is not None and _is_step(case):  # the operation's own requests, not probes of others
            results.served[label] = results.served.get(label, False) or not _unrouted(interaction.get("response"))
    if event.get("status") == "error":
        results.cell(recorder.get("label", "?"), phase).errors += 1
    for case_id, checks in recorder.get("checks", {}).items():
        for check in checks:
            if check.get("status") != "failure":
                continue
            info = (check.get("failure_info") or {}).get("failure") or {}
            operation = _label(cases[case_id]) if case_id in cases else recorder.get("label", "?")
            message = str(info.get("message", ""))
            failure_type = str(info.get("type", ""))
            cell = results.cell(operation, phase)
            if check["name"] in LENIENCY_CHECKS:
                cell.lenient_checks.add(check["name"])
            elif failure_type in QUESTION_TYPES:
                cell.questions.add(check["name"])
            else:
                cell.failed_checks.add(check["name"])
            # Leniency findings are told apart by what the service accepted.
            detail = message if check["name"] in LENIENCY_CHECKS or failure_type in QUESTION_TYPES else ""
            key = (phase, operation, check["name"], str(info.get("title", "")) + detail)
            if key in seen:
                seen[key].count += 1
                continue
            failure = Failure(
                phase,
                operation,
                check["name"],
                str(info.get("title", check["name"])),
                message,
                _reproduction(recorder, case_id, check["name"], short=False),
                failure_type=failure_type,
                question=failure_type in QUESTION_TYPES,
                short_curl=_reproduction(recorder, case_id, check["name"], short=True),
            )
            seen[key] = failure
            results.failures.append(failure)


def not_served(results: RunResults, spec: SpecModel | None) -> None:
    """Replace the findings of each operation the server answered only with empty 404/405s by one
    finding that names the spec entry and its evidence."""
    for operation, served in sorted(results.served.items()):
        if served:
            continue
        op = next((o for o in spec.operations if o.label == operation), None) if spec is not None else None
        if spec is not None and op is None:
            continue  # a method the spec does not declare there (unsupported_method's probes)
        results.failures = [f for f in results.failures if f.operation != operation]
        unconfirmed = op.unconfirmed if op is not None else None
        for (label, _), cell in results.cells.items():
            if label == operation:
                cell.lenient_checks = set()
                cell.failed_checks, cell.questions = (set(), {NOT_SERVED}) if unconfirmed else ({NOT_SERVED}, set())
        decisions = ", ".join(spec.decisions(op)) if spec is not None and op is not None else ""
        entry = f"`{op.operation_id}` at {op.pointer} in {spec.spec_path.name}" if op and spec else operation
        evidence = f"; its evidence: {decisions} (spec/DISCREPANCIES.md)" if decisions else ""
        why = f"; the spec marks it unconfirmed: {unconfirmed}" if unconfirmed else ""
        results.failures.append(
            Failure(
                "",
                operation,
                NOT_SERVED,
                "The server does not serve this operation",
                f"Every request to `{operation}` was answered with an empty 404 or 405 (no route matches it). "
                f"Revisit the spec entry {entry}{evidence}{why}.",
                [],
                question=bool(unconfirmed),
            )
        )


def read_events(
    paths: Path | Iterable[Path], spec: SpecModel | None = None, baseline: Baseline | None = None
) -> RunResults:
    """The findings of one or more event streams (one per `st` process), merged."""
    results = RunResults(baseline=baseline)
    seen: dict[tuple[str, str, str, str], Failure] = {}
    streams = [paths] if isinstance(paths, Path) else list(paths)
    completed = 0
    for path in streams:
        if not path.exists():
            results.errors.append(f"Schemathesis wrote no event stream ({path})")
            continue
        completed += _read_stream(path, results, seen)
    results.complete = bool(streams) and completed == len(streams)
    not_served(results, spec)
    return results


def _read_stream(path: Path, results: RunResults, seen: dict[tuple[str, str, str, str], Failure]) -> int:
    started: dict[str, float] = {}
    complete = 0
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
                phase = event["phase"]["name"]
                # Shards run side by side: a phase took as long as its slowest shard.
                seconds = event["timestamp"] - started[phase]
                results.phase_seconds[phase] = max(results.phase_seconds.get(phase, 0.0), seconds)
            elif name in ("NonFatalError", "FatalError"):
                results.errors.append(_error_text(event))
            elif name == "EngineFinished":
                complete = int(event.get("stop_reason") == "completed")
    return complete


def _error_text(event: dict[str, Any]) -> str:
    """The error's label and message (the event stream keeps a NonFatalError's in `value`)."""
    info = event.get("info") or {}
    value = event.get("value") if isinstance(event.get("value"), dict) else {}
    label = event.get("label") or ""
    message = info.get("message") or info.get("title") or ""
    if not message and value:
        message = f"{value.get('type', 'error')}: {value.get('message', '')}"
    return f"{label}: {message or json.dumps(info)[:300]}".strip(": ")
