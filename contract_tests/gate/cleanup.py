"""Live mode with writes: delete everything this run created (found by its name prefix through the
resource's list, and by the ids the run recorded creating, which also finds what no list shows
and what a check created with a name that cannot carry the prefix, e.g. an empty one), children
before parents, along the operations table's clean-up plan (live_policy.cleanup_plan). Runs after
the gate, also after a failure, Ctrl-C or SIGTERM."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from contract_tests.spec_model import OperationModel, SpecModel

from .live_policy import cleanup_plan

_PAGE = 1000  # the largest page the paged lists allow


@dataclass
class CleanupResult:
    deleted: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _fill(path: str, values: dict[str, str]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: values.get(m.group(1), m.group(0)), path).lstrip("/")


def _items(listing: Any) -> list[Any]:
    if isinstance(listing, list):
        return listing
    if isinstance(listing, dict):  # a paged list: its one array property
        return next((v for v in listing.values() if isinstance(v, list)), [])
    return []


def _list_all(http: httpx.Client, op: OperationModel, path: str) -> list[Any] | str:
    """Every item of a list; a paged one (declaring `top`/`skip`) page by page."""
    paged = op.param("top") is not None and op.param("skip") is not None
    items: list[Any] = []
    while True:
        params = {"top": _PAGE, "skip": len(items)} if paged else None
        listing = http.get(path, params=params)
        if listing.status_code != 200:
            return str(listing.status_code)
        page = _items(listing.json())
        items += page
        if not paged or len(page) < _PAGE:
            return items


def _delete_listed(
    http: httpx.Client, op: OperationModel, partition: str, recorded: list[tuple[str, str]], result: CleanupResult
) -> list[str]:
    """One DELETE naming every recorded id in its body's `ids` field; the names deleted."""
    assert op.binding is not None and op.binding.ids_field
    path = _fill(op.path, dict.fromkeys(op.organization_params, partition))
    answer = http.request("DELETE", path, json={op.binding.ids_field: [ident for _, ident in recorded]})
    if answer.status_code in (200, 204, 404):
        return [name for name, _ in recorded]
    result.problems.append(f"{op.operation_id} for {len(recorded)} record(s) answered {answer.status_code}")
    return []


def read_created(log: Path | None) -> dict[str, list[str]]:
    """The ids a live run recorded creating (live_safety, the configuration's `created_log`), by resource."""
    created: dict[str, list[str]] = {}
    if log is None or not log.exists():
        return created
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:  # a line cut short by an interrupted run
            continue
        if isinstance(entry, dict) and isinstance(entry.get("resource"), str):
            ids = created.setdefault(entry["resource"], [])
            if str(entry.get("id")) not in ids:
                ids.append(str(entry.get("id")))
    return created


def delete_prefixed(
    spec: SpecModel,
    base_url: str,
    partition_global_id: str,
    token: str,
    prefix: str,
    created: dict[str, list[str]] | None = None,
    opted_in: tuple[str, ...] = (),
) -> CleanupResult:
    result = CleanupResult()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base_url.rstrip("/") + "/", headers=headers, timeout=15.0) as http:
        for step in cleanup_plan(spec, opted_in):
            what = step.resource.name
            delete_op = step.delete_op
            recorded = [(f"{what} {i}", i) for i in (created or {}).get(what, [])]
            if delete_op.binding is not None and delete_op.binding.ids_field and delete_op.id_param is None:
                # Several at once by a body list of ids (releasing users' licenses): the ids recorded.
                if recorded:
                    result.deleted += _delete_listed(http, delete_op, partition_global_id, recorded, result)
                continue
            if step.list_op is None:
                # No list to find them by prefix: the ids this run created. A child whose delete
                # route also needs its parent's id goes with its parent.
                if set(delete_op.path_ids) - {delete_op.id_param}:
                    continue
                targets = recorded
            else:
                own = dict.fromkeys(step.list_op.organization_params, partition_global_id)
                items = _list_all(http, step.list_op, _fill(step.list_op.path, own))
                if isinstance(items, str):
                    result.problems.append(f"listing {what} answered {items}")
                    continue
                targets = []
                for item in items:
                    name = item.get(step.resource.naming) if isinstance(item, dict) else None
                    if isinstance(name, str) and name.startswith(prefix):
                        targets.append((name, str(item.get(step.resource.id_field))))
                listed = {ident.lower() for _, ident in targets}
                if not set(delete_op.path_ids) - {delete_op.id_param}:
                    targets += [(n, i) for n, i in recorded if i.lower() not in listed]
            for name, ident in targets:
                own = dict.fromkeys(delete_op.organization_params, partition_global_id)
                path = _fill(delete_op.path, {**own, delete_op.id_param or "": ident})
                answer = http.delete(path)
                if answer.status_code in (200, 204, 404):
                    result.deleted.append(name)
                else:
                    result.problems.append(f"deleting {what} {name!r} answered {answer.status_code}")
    return result
