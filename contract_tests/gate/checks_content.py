"""`csv_conformance`: a download the spec declares as CSV (`text/csv`) is CSV. A JSON Schema of
`type: string` holds any text, and a content type is only a label, so the stock checks pass a
download whose rows a spreadsheet cannot read. Every successful answer of an operation whose
success response declares `text/csv`, labelled `text/csv` or as a plain download
(`application/octet-stream`), must be RFC 4180 text in UTF-8 (a byte order mark allowed): not a
JSON document; a header row of named, distinct columns; every record as many fields as the
header; a quoted field closed where it ends (read strictly). The columns themselves are not judged:
the services do not document them (D100, D104, D121)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import schemathesis
from schemathesis import CheckContext, Response

from .probes import AnyCase, operation_of

CSV = "text/csv"
DOWNLOAD = "application/octet-stream"


def csv_problem(content: bytes) -> str | None:
    """Why a body is not RFC 4180 CSV with a header row, or None if it is."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return f"it is not UTF-8 text (byte {error.start})"
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            json.loads(stripped)
        except ValueError:
            pass
        else:
            return "it is a JSON document"
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        return f"it cannot be read as CSV ({error})"
    rows = [row for row in rows if row]  # a trailing line end
    if not rows:
        return "it is empty: a header row is missing"
    header = rows[0]
    if any(not name.strip() for name in header) or len(set(header)) != len(header):
        return f"its header row does not name distinct columns: {header[:20]!r}"
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            return f"record {number} has {len(row)} fields, the header {len(header)} (a value not quoted?)"
    return None


def _declares_csv(case: AnyCase, status: int) -> bool:
    op = operation_of(case)
    return op is not None and CSV in (op.responses.get(str(status)) or {})


@schemathesis.check
def csv_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """A download the spec declares as CSV must be CSV."""
    if not 200 <= response.status_code < 300 or not _declares_csv(case, response.status_code):
        return None
    media = _media_type(response.headers)
    if media not in (CSV, DOWNLOAD):
        return None  # a content type the spec does not declare is content_type_conformance's
    problem = csv_problem(response.content or b"")
    if problem is not None:
        raise AssertionError(
            f"Not CSV: `{case.operation.label}` answered {response.status_code} as {media}, but {problem}"
        )
    return True


def _media_type(headers: Any) -> str:
    values = headers.get("content-type") or [""]
    value = values[0] if isinstance(values, list) else str(values)
    return value.split(";")[0].strip().lower()
