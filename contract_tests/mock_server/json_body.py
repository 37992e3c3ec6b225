"""Reading a JSON request body as strictly as ASP.NET Core's System.Text.Json reads it, so hostile
input gets a 400 naming the problem instead of a crash (RecursionError, UnicodeEncodeError in
SQLite, Python's int-string limit) or a value that cannot be written back as JSON (`Infinity`):

- UTF-8 only (a UTF-8 byte order mark is skipped, as the ASP.NET input formatter does);
- nesting at most 64 deep (`JsonSerializerOptions.MaxDepth`'s default);
- no `NaN`/`Infinity` literals and no number outside an IEEE 754 double's range (RFC 8259 section 6);
- no unpaired UTF-16 surrogate escapes (`"\\ud800"`), which are not Unicode text.

Speed: the common body takes one `json.loads` plus two C-speed scans of the raw bytes; the Python
walk that names the offending field runs only when a scan or a number hook says it may have to."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any

MAX_DEPTH = 64
_MAX_DOUBLE_DIGITS = len(str(int(sys.float_info.max)))  # 309
_LARGEST_DOUBLE = int(sys.float_info.max)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_KEY_CHARS = 200
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]')  # strings (skipped whole) and structure
Errors = dict[str, list[str]]


class _Rejected:
    """Stands in for a number literal that has no faithful value, until the walk names its field."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _int(text: str) -> int | _Rejected:
    if len(text.lstrip("-")) > _MAX_DOUBLE_DIGITS or abs(value := int(text)) > _LARGEST_DOUBLE:
        return _Rejected(f"The number has more than {_MAX_DOUBLE_DIGITS - 1} digits, beyond a double's range.")
    return value


def _float(text: str) -> float | _Rejected:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        return _Rejected("The number is outside the range of JSON numbers.")
    return value


def _constant(text: str) -> _Rejected:
    return _Rejected(f"{text} is not a JSON value.")


def field_path(parts: Iterable[str | int]) -> str:
    """`['scopes', 0, 'type']` -> `scopes[0].type`; the whole key is bounded, as keys echo client text."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out if len(out) <= _MAX_KEY_CHARS else out[: _MAX_KEY_CHARS - 3] + "..."


def _too_deep(text: str) -> str | None:
    """The field path where nesting first exceeds MAX_DEPTH, by a scan of the text that cannot
    recurse. Keys stay as written (escapes undecoded), so the path is always encodable."""
    path: list[str | int] = []  # per open container: the current key or index in it
    last = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            if len(path) == MAX_DEPTH:
                return field_path(path)
            path.append(0 if token == "[" else "")
        elif token in ("]", "}"):
            if path:
                path.pop()
        elif token == ",":
            if path and isinstance(path[-1], int):
                path[-1] += 1
        elif token == ":":
            if path:
                path[-1] = last[1:-1]
        else:
            last = token
    return None


def _first_problem(value: Any) -> tuple[str, str] | None:
    """(field path, problem) of the first value that is not Unicode or is `_Rejected`.
    Iterative, so no nesting depth can exhaust the stack."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _Rejected):
            return field_path(path), node.problem
        if isinstance(node, str) and _SURROGATE.search(node):
            return field_path(path), "The text has an unpaired UTF-16 surrogate (\\uD800-\\uDFFF): not Unicode."
        if isinstance(node, dict):
            for key, child in node.items():
                if _SURROGATE.search(key):
                    return field_path(path), "A property name contains an unpaired UTF-16 surrogate; it is not Unicode."
                stack.append((child, (*path, key)))
        elif isinstance(node, list):
            stack.extend((child, (*path, i)) for i, child in reversed(list(enumerate(node))))
    return None


def parse_json_body(raw: bytes) -> tuple[Any, Errors]:
    """The body's value and no errors, or None and errors keyed by field path (`body` for the whole)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, {"body": [f"The request body is not valid UTF-8 (byte {exc.start})."]}
    rejected: list[_Rejected] = []
    recursed = False

    def remember(made: Any) -> Any:
        if isinstance(made, _Rejected):
            rejected.append(made)
        return made

    try:
        body = json.loads(
            text,
            parse_int=lambda s: remember(_int(s)),
            parse_float=lambda s: remember(_float(s)),
            parse_constant=lambda s: remember(_constant(s)),
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return None, {"body": [f"The request body is not valid JSON: {exc.msg} ({where})."]}
    except RecursionError:  # nested far too deep; the scan below says where
        recursed = True
    if recursed or raw.count(b"[") + raw.count(b"{") > MAX_DEPTH:
        deep = _too_deep(text)
        if deep is not None or recursed:
            return None, {deep or "body": [f"The JSON is nested deeper than the maximum depth of {MAX_DEPTH}."]}
    if rejected or _SURROGATE_ESCAPE.search(raw):
        found = _first_problem(body)
        if found is not None:
            return None, {found[0] or "body": [found[1]]}
    return body, {}
