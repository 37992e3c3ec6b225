"""The gate's own kinds of finding, as Schemathesis failures: their class names travel in the event
stream, so the gate's report tells them apart from violations (results.py).

- AcceptedInvalidInput: the service accepted input the spec forbids; one per (field, kind), so a
  new kind of leniency on an operation is not hidden behind a known one (Schemathesis' own
  AcceptedNegativeData is one per operation and status). Its message ends with one
  `Leniency: <kind> <field>` line per finding.
- EnumLetterCase: the service answers an enum value that differs from the spec's only in letter
  case (`User` for `user`): a spec question, reported with the spec change, not a violation.
"""

from __future__ import annotations

from collections.abc import Iterable

from schemathesis.core.failures import AcceptedNegativeData, Failure, Severity

from .leniency import LENIENCY_LINE


class AcceptedInvalidInput(AcceptedNegativeData):
    """Input the spec forbids was accepted."""

    __slots__ = ("kinds",)

    def __init__(
        self,
        *,
        operation: str,
        message: str,
        status_code: int,
        expected_statuses: list[str],
        kinds: Iterable[tuple[str, str]],
    ) -> None:
        self.kinds = tuple(sorted(set(kinds)))
        lines = "".join(f"\n{LENIENCY_LINE}{kind} {field}" for field, kind in self.kinds)
        super().__init__(
            operation=operation,
            message=message + lines,
            status_code=status_code,
            expected_statuses=expected_statuses,
        )

    @property
    def _unique_key(self) -> str:
        return "|".join(f"{kind}:{field}" for field, kind in self.kinds)


class EnumLetterCase(Failure):
    """An answered enum value differs from the spec's only in letter case."""

    code = "GATE01"
    checks = ("response_schema_conformance",)
    kind_title = "Enum values differ only in letter case"

    __slots__ = ("_key",)

    def __init__(self, *, operation: str, message: str, key: str) -> None:
        super().__init__(operation=operation, message=message, severity=Severity.LOW)
        self._key = key

    @property
    def _unique_key(self) -> str:
        return self._key
