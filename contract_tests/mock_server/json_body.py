"""Reading a JSON request body as strictly as ASP.NET Core's System.Text.Json reads it, so hostile
input gets a 400 naming the problem instead of a crash (RecursionError, UnicodeEncodeError in
SQLite, Python's int-string limit) or a value that cannot be written back as JSON (`Infinity`):

- UTF-8 only (a UTF-8 byte order mark is skipped, as the ASP.NET input formatter does);
- nesting at most 64 deep (`JsonSerializerOptions.MaxDepth`'s default);
- no `NaN`/`Infinity` literals and no number outside an IEEE 754 double's range (RFC 8259 section 6);
- no unpaired UTF-16 surrogate escapes (`"\\ud800"`), which are not Unicode text.

Speed: an ordinary body costs one `json.loads` with the stock C decoder plus a few C-speed scans
of its bytes (scripts/bench_json_body.py). The Python code that names the offending field runs
only when a scan says a body may be hostile."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import Any

MAX_DEPTH = 64
_MAX_DOUBLE_DIGITS = len(str(int(sys.float_info.max)))  # 309
_LARGEST_DOUBLE = int(sys.float_info.max)
_MAX_KEY_CHARS = 200
_DEPTH_PROBLEM = f"The JSON is nested deeper than the maximum depth of {MAX_DEPTH}."
Errors = dict[str, list[str]]

# Scans of the raw bytes that clear an ordinary body. Each may also fire inside a string; that only
# costs the careful path, which then finds nothing.
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_DIGIT_RUN = b"0" * 300  # an integer this long may be beyond a double
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_INNERMOST = re.compile(rb"\[\]|\{\}")
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]')  # strings (skipped whole) and structure
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Rejected:
    """Stands in for a number literal that has no faithful value, until the walk names its field."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


class _Careful(Exception):
    """The quick decoder met a literal only the careful one can place."""


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


def _refuse_constant(text: str) -> Any:
    raise _Careful


def _quick_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Careful
    return value


# The C decoder's own fast path for integers (the hook would be a Python call per integer); this
# API's bodies hold few floats, so their hook costs little.
_QUICK = json.JSONDecoder(parse_float=_quick_float, parse_constant=_refuse_constant)
_CAREFUL = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant)


def field_path(parts: Iterable[str | int]) -> str:
    """`['scopes', 0, 'type']` -> `scopes[0].type`; the whole key is bounded, as keys echo client text."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out if len(out) <= _MAX_KEY_CHARS else out[: _MAX_KEY_CHARS - 3] + "..."


def _deeper_than_max(raw: bytes) -> bool:
    """Nesting depth > MAX_DEPTH, for a body the decoder accepted: strip the strings, keep the
    brackets, and peel innermost pairs once per level, all at C speed."""
    # Without escaped quotes, the strings are exactly every other piece between quotes.
    outside = b"".join(raw.split(b'"')[::2]) if b'\\"' not in raw else _STRING.sub(b"", raw)
    brackets = outside.translate(None, _NOT_BRACKETS)
    for _ in range(MAX_DEPTH):
        if not brackets:
            return False
        brackets = _INNERMOST.sub(b"", brackets)
    return bool(brackets)


def _too_deep_at(text: str) -> str:
    """The field path where nesting first exceeds MAX_DEPTH, by a scan that cannot recurse (for
    bodies already known to be too deep). Keys stay as written, so the path is always encodable."""
    path: list[str | int] = []  # per open container: the current key or index in it
    last = ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            if len(path) == MAX_DEPTH:
                break
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
    return field_path(path)


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
    careful = _LONG_DIGIT_RUN in raw.translate(_DIGITS_AS_ZEROS)
    try:
        try:
            body = (_CAREFUL if careful else _QUICK).decode(text)
        except _Careful:
            careful = True
            body = _CAREFUL.decode(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return None, {"body": [f"The request body is not valid JSON: {exc.msg} ({where})."]}
    except RecursionError:  # far deeper than MAX_DEPTH: the decoder gave up before we could look
        return None, {_too_deep_at(text) or "body": [_DEPTH_PROBLEM]}
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _deeper_than_max(raw):
        return None, {_too_deep_at(text) or "body": [_DEPTH_PROBLEM]}
    if careful or b"\\ud" in raw or b"\\uD" in raw:  # a surrogate escape, paired or not
        found = _first_problem(body)
        if found is not None:
            return None, {found[0] or "body": [found[1]]}
    return body, {}
