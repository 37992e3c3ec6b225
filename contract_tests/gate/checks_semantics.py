"""`read_semantics`: a read's answer must agree with its query. Where the spec or the table says a
parameter or body field selects what is answered (spec_model.ReadFilter: `x-filter` in the spec,
the table's `search:` for `searchTerm`), every answered item must satisfy it: a search that
ignores its filter, a membership query answering groups the user is not in, an audit query
answering events outside its interval, or a page longer than its `top`/`maxCount`, is a violation.

Text is compared without regard to case (as .NET's OrdinalIgnoreCase and Python's case folding
both see it) and with the value's surrounding blanks removed; a value holding SQL LIKE wildcards
or characters a service may normalize (controls, unpaired surrogates) is not judged, nor a blank
one (a service may treat it as no filter). Membership (`member-of`) is confirmed with the
operation the rule names (`via`), at most a few items per operation and phase."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import schemathesis
from schemathesis import CheckContext, Response

from contract_tests.spec_model import ReadFilter

from . import config
from .probes import AnyCase, call, json_of, operation_of, positive, until_shown
from .st_auth import run_token

_UNJUDGED = set("%_[]*?\\")
_MEMBERSHIP_PROBES = 3


def items_of(body: Any) -> list[Any]:
    """The answered records: a list, a page's one list, or a single object."""
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        lists = [value for value in body.values() if isinstance(value, list)]
        return lists[0] if len(lists) == 1 else [body]
    return []


def _judgeable(text: str) -> bool:
    return (
        bool(text.strip()) and not (_UNJUDGED & set(text)) and all(unicodedata.category(c)[0] not in "C" for c in text)
    )


def _folds(text: str) -> set[str]:
    return {text.lower(), text.upper(), text.casefold()}


def _words(text: str) -> list[str]:
    words, current = [], ""
    for char in text:
        if char.isalnum():
            current += char
        else:
            if current:
                words.append(current)
            current = ""
    return [w for w in [*words, current] if w]


def field_values(item: dict[str, Any], path: str) -> list[Any]:
    """The values of a field of an answered item; a dotted path reaches into nested objects
    (`clientInfo.ipAddress`), and a list-valued field gives its items. Empty: the item does not
    carry it."""
    node: Any = item
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return []
        node = node[part]
    return list(node) if isinstance(node, list) else [node]


def _instant(value: Any) -> datetime | None:
    """A date and time (timezone-aware; UTC when it names none), or None if it is not one."""
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _satisfies(rule: ReadFilter, item: Any, value: Any) -> bool:
    if not isinstance(item, dict):
        return True
    values = [v for f in rule.fields for v in field_values(item, f)]
    if not values:
        return True  # the item does not carry the field: nothing to judge
    if rule.match == "in":
        wanted = {str(v).casefold() for v in (value if isinstance(value, list) else [value])}
        return any(str(v).casefold() in wanted for v in values if v is not None)
    if rule.match in ("not-before", "not-after"):
        bound, moments = _instant(value), [m for m in map(_instant, values) if m is not None]
        if bound is None or not moments:
            return True
        return all(m >= bound for m in moments) if rule.match == "not-before" else all(m <= bound for m in moments)
    term = str(value).strip()
    for candidate in (str(v) for v in values if v is not None):
        if rule.match == "equals" and candidate.casefold() == term.casefold():
            return True
        if rule.match == "contains" and any(t in c for t in _folds(term) for c in _folds(candidate)):
            return True
        if rule.match == "prefix":
            texts = [candidate, *_words(candidate)]
            if any(c.startswith(t) for t in _folds(term) for x in texts for c in _folds(x)):
                return True
    return False


def _sent(case: AnyCase, rule: ReadFilter) -> Any:
    """The value the request gave the rule's parameter (None: not sent, or not judgeable)."""
    if rule.location == "query":
        value = (case.query or {}).get(rule.name)
    elif rule.name == "":
        value = case.body
    else:
        value = case.body.get(rule.name) if isinstance(case.body, dict) else None
    if value is None:
        return None
    if isinstance(value, list):
        return value if value and all(isinstance(v, str | int) for v in value) else None
    if rule.match == "limit":
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None
    if rule.match not in ("in", "not-before", "not-after") and not _judgeable(str(value)):
        return None
    return value


def page_bound(rule: ReadFilter, asked: int) -> int:
    """How many items a page may hold when `asked` for that many: clamped as the service says."""
    clamps = dict(rule.clamps)
    bound = max(asked, clamps.get("minimum", asked))
    return min(bound, clamps.get("maximum", bound))


def _members(ctx: CheckContext, case: AnyCase, rule: ReadFilter, items: Iterable[Any], member: Any) -> str | None:
    """How an answered item is not one `member` belongs to, per the `via` operation."""
    settings = config.current()
    spec = config.spec()
    via = spec.by_id.get(rule.via or "")
    if settings is None or via is None or not settings.may_call(via.operation_id) or via.id_param is None:
        return None
    for item in list(items)[:_MEMBERSHIP_PROBES]:
        ident = next((item.get(f) for f in rule.fields if isinstance(item, dict) and f in item), None)
        if ident is None:
            continue
        path = {**dict.fromkeys(via.organization_params, settings.partition_global_id), via.id_param: ident}
        answer = call(ctx, case, "read_semantics", via.operation_id, run_token(), path_parameters=path, body=[member])
        if not 200 <= answer.status_code < 300:
            config.note("read_semantics", case.operation.label, f"`{via.label}` answered {answer.status_code}")
            return None
        confirmed = items_of(json_of(answer))
        if not any(
            str(m.get(k)).casefold() == str(member).casefold()
            for m in confirmed
            if isinstance(m, dict)
            for k in ("identifier", "id")
        ):
            return f"the answer holds `{ident}`, of which `{via.label}` says `{member}` is not a member"
    return None


@schemathesis.check
def read_semantics(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Every item a read answers must satisfy the filters the request sent."""
    op = operation_of(case)
    filters = config.spec().read_filters(op) if op is not None else ()
    if not filters or not 200 <= response.status_code < 300 or not positive(case):
        return None
    items = items_of(json_of(response))
    if not items:
        return None
    for rule in filters:
        value = _sent(case, rule)
        if value is None:
            continue
        if rule.match == "limit":
            if len(items) > page_bound(rule, value):
                raise AssertionError(
                    f"Answer does not match the query: `{case.operation.label}` was asked for at most {value} "
                    f"item(s) ({rule.name}; at most {page_bound(rule, value)} as the service clamps it) but answered "
                    f"{len(items)}"
                )
            continue
        if rule.match == "member-of":
            with until_shown("read_semantics", case, ctx, rule.name) as due:
                broken = _members(ctx, case, rule, items, value) if due else None
                if broken is not None:
                    raise AssertionError(f"Answer does not match the query: `{case.operation.label}` {broken}")
            continue
        wrong = next((item for item in items if not _satisfies(rule, item, value)), None)
        if wrong is not None:
            shown = {f: wrong.get(f) for f in rule.fields if isinstance(wrong, dict) and f in wrong}
            raise AssertionError(
                f"Answer does not match the query: `{case.operation.label}` was asked for {rule.name or 'the body'} "
                f"{rule.match} {value!r} but answered an item with {shown} ({len(items)} item(s) answered)"
            )
    return True
