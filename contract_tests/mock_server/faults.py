"""Deliberate contract violations, to prove that the contract tests catch them.

Each fault names the one hook point of the request pipeline (app.py) where it acts; the pipeline
asks the active FaultSet at those points instead of handlers testing fault names. Faults are
generic over the operations table: they act on the fields the operation's response schema requires
and on the field that names what a write creates, so every new resource gets them for free. Faults
only change what is answered, never what is stored (a faulty delete keeps the data intact)."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from contract_tests.spec_model import ReadFilter

from .problems import Reply


class Hook(Enum):
    AUTHENTICATION = "authentication"  # a request without a valid token is let through
    SCOPE = "scope"  # a token lacking the operation's scopes is let through
    ORG_ISOLATION = "org-isolation"  # a token of one organization may address another
    VALIDATION = "validation"  # invalid requests are answered as if they succeeded
    BEFORE_HANDLER = "before-handler"  # a valid request is answered with an error instead
    DELETE = "delete"  # a delete answers success but removes nothing
    RESPONSE = "response"  # the rendered reply is rewritten
    FILTERS = "filters"  # the query parameters that filter a read are dropped before the handler
    PAGE_SIZES = "page-sizes"  # the query parameters that bound a page are dropped before the handler
    LIMITS = "limits"  # the behaviour does not enforce the service's limits (Context.limits)
    REFERENCES = "references"  # the behaviour accepts references to records that do not exist


# Fields tried when the response schema names no required field (e.g. a oneOf of entity types).
_FALLBACK_FIELDS = ("id", "identifier", "name")

Transform = Callable[[Reply, tuple[str, ...]], None]


def _successes(transform: Transform) -> Transform:
    def apply(reply: Reply, required: tuple[str, ...]) -> None:
        if 200 <= reply.status < 300:
            transform(reply, required)

    return apply


def _each_object(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list):
        return [item for item in body if isinstance(item, dict)]
    return []


def _drop_required(reply: Reply, required: tuple[str, ...]) -> None:
    for obj in _each_object(reply.body):
        for name in required or _FALLBACK_FIELDS:
            if name in obj:
                del obj[name]
                break
    if reply.body == []:  # an empty list has no field to drop; answer an object without them
        reply.body = [{"secret": None}]


def _retype(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return 12345
    if isinstance(value, int):
        return str(value)
    return "wrong-type"


def _wrong_type(reply: Reply, required: tuple[str, ...]) -> None:
    for obj in _each_object(reply.body):
        for name in required or _FALLBACK_FIELDS:
            if name in obj:
                obj[name] = _retype(obj[name])
                break
    if reply.body == []:
        reply.body = {"unexpected": "object instead of a list"}


def _wrong_success_status(reply: Reply, required: tuple[str, ...]) -> None:
    reply.status = {200: 201, 201: 200, 204: 200}.get(reply.status, 202)


def _undocumented_status(reply: Reply, required: tuple[str, ...]) -> None:
    if reply.status == 400:
        reply.status = 422
        if isinstance(reply.body, dict):
            reply.body["status"] = 422


def _wrong_content_type(reply: Reply, required: tuple[str, ...]) -> None:
    if reply.body is not None:
        reply.media_type = "text/plain"
    elif reply.chunks is not None:  # a CSV download
        reply.media_type = "application/json"


def _unquoted_csv(reply: Reply, required: tuple[str, ...]) -> None:
    if reply.chunks is None or not reply.media_type.startswith("text/csv"):
        return
    pieces = reply.chunks

    def naive() -> Iterator[bytes]:  # each piece holds whole records
        for piece in pieces:
            rows = csv.reader(io.StringIO(piece.decode("utf-8"), newline=""))
            yield "".join(",".join(row) + "\r\n" for row in rows).encode("utf-8")

    reply.chunks = naive()


@dataclass(frozen=True)
class Fault:
    name: str
    description: str
    hook: Hook
    transform: Transform | None = None  # for Hook.RESPONSE


FAULTS: dict[str, Fault] = {
    f.name: f
    for f in (
        Fault(
            "wrong-success-status",
            "successful operations answer another 2xx (201->200, 200->201, 204->200)",
            Hook.RESPONSE,
            _successes(_wrong_success_status),
        ),
        Fault(
            "missing-required-field",
            "successful JSON answers lack the first required field of their response schema",
            Hook.RESPONSE,
            _successes(_drop_required),
        ),
        Fault(
            "wrong-field-type",
            "successful JSON answers carry the first required field of their response schema with the wrong type",
            Hook.RESPONSE,
            _successes(_wrong_type),
        ),
        Fault(
            "undocumented-status",
            "validation failures answer 422, a status the spec does not list",
            Hook.RESPONSE,
            _undocumented_status,
        ),
        Fault(
            "server-error",
            "valid requests whose body carries the field naming what they write (the table's `naming`) answer 500",
            Hook.BEFORE_HANDLER,
        ),
        Fault(
            "auth-not-enforced",
            "requests without a valid bearer token are served as the org's admin",
            Hook.AUTHENTICATION,
        ),
        Fault("scope-not-enforced", "tokens lacking the operation's scopes are accepted", Hook.SCOPE),
        Fault(
            "invalid-input-accepted",
            "invalid requests answer the success status with the spec's example",
            Hook.VALIDATION,
        ),
        Fault(
            "deleted-still-readable", "deletes answer 204 but keep the resource, so GET still answers 200", Hook.DELETE
        ),
        Fault(
            "wrong-content-type",
            "successful JSON answers are served as text/plain (CSV downloads as application/json)",
            Hook.RESPONSE,
            _successes(_wrong_content_type),
        ),
        Fault(
            "cross-org-leak",
            "a token of one organization reads and writes another organization's data",
            Hook.ORG_ISOLATION,
        ),
        Fault(
            "filter-ignored",
            "reads answer what their filters exclude: optional query parameters the spec marks `x-filter` "
            "(not page sizes) are dropped before the handler",
            Hook.FILTERS,
        ),
        Fault(
            "page-size-ignored",
            "pages hold more than asked: optional query parameters the spec marks `x-filter: {match: limit}` "
            "(top, maxCount) are dropped before the handler",
            Hook.PAGE_SIZES,
        ),
        Fault(
            "broken-csv",
            "CSV downloads write values unquoted: a value holding a comma or a quote breaks its row",
            Hook.RESPONSE,
            _successes(_unquoted_csv),
        ),
        Fault(
            "license-limits-ignored",
            "license allocations ignore quotas and the units bought: members lease beyond a quota, users get "
            "bundles none are left of",
            Hook.LIMITS,
        ),
        Fault(
            "dangling-reference-accepted",
            "writes naming another service's record that does not exist (a deleted group or user) are accepted: "
            "the License Accountant allocates to them",
            Hook.REFERENCES,
        ),
    )
}


class FaultSet:
    """The faults switched on for one server."""

    def __init__(self, names: Iterable[str]) -> None:
        unknown = sorted(set(names) - FAULTS.keys())
        if unknown:
            raise ValueError(f"unknown fault(s): {', '.join(unknown)} (see --list-faults)")
        self.active = [FAULTS[n] for n in dict.fromkeys(names)]
        self._hooks = {f.hook for f in self.active}
        self._transforms = any(f.transform is not None for f in self.active)

    def on(self, hook: Hook) -> bool:
        return hook in self._hooks

    def rewrite(self, reply: Reply, required: tuple[str, ...] = ()) -> Reply:
        """`required`: the fields the operation's success response schema requires."""
        if self._transforms:
            if reply.body is None and isinstance(reply.raw, list):  # a list answered from its JSON
                reply.body = [json.loads(raw) for raw in reply.raw]
            # Never rewrite a cached or stored object in place.
            reply.body, reply.raw = copy.deepcopy(reply.body), None
        for fault in self.active:
            if fault.transform is not None:
                fault.transform(reply, required)
        return reply

    def ignored(self, filters: Iterable[ReadFilter], optional: Iterable[str]) -> frozenset[str]:
        """The query parameters the active faults drop before the handler: of `filters`, those
        whose parameter is in `optional` (page sizes under page-size-ignored, the others under
        filter-ignored)."""
        names = set(optional)
        dropped = set()
        for rule in filters:
            if rule.location != "query" or rule.name not in names:
                continue
            if self.on(Hook.PAGE_SIZES if rule.match == "limit" else Hook.FILTERS):
                dropped.add(rule.name)
        return frozenset(dropped)

    def server_error_for(self, body: Any, naming: str | None) -> bool:
        """`naming`: the request field naming what the operation writes (None: it writes nothing named)."""
        return self.on(Hook.BEFORE_HANDLER) and naming is not None and isinstance(body, dict) and naming in body
