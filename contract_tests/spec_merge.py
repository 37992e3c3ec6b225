"""One OpenAPI document (and one operations table) from every service of spec/services.yaml, for
the tools that build one thing from all of them: scripts/regenerate renders one package from it.

Each service's document stays the source of truth and is linted on its own; the merged document is
a build artifact, never committed. The merge:
- keeps the primary service's (Identity's) paths as they are, relative to its base URL, and puts
  every other service's paths under `/<prefix>` (`/orgaudit_/api/query/events`), marking each of
  their operations `x-service: <name>`, so paths never collide and a tool knows which base URL an
  operation is relative to;
- takes each component once: a name two documents both define must mean the same thing (D125).
  Schemas become Python classes, so two different schemas of one name are refused, naming both
  services; any other component (responses, parameters, headers, ...) that differs only in wording
  is kept under `<service>.<Name>` with the service's references rewritten;
- keeps the primary's security schemes with the scopes of every service's added;
- lists the services at the top (`x-services`) and refuses a tag or operationId two services share.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from contract_tests import spec_model

SERVICES_KEY = "x-services"
SERVICE_KEY = "x-service"
#: Component kinds whose names become Python names: a clash with different content is an error.
STRICT_KINDS = ("schemas",)


class MergeError(ValueError):
    """The documents cannot be merged (lists every conflict, one per line)."""


@dataclass
class Merged:
    document: dict[str, Any]
    table: dict[str, Any]
    problems: list[str] = field(default_factory=list)


def path_prefix(service: spec_model.Service, primary: bool) -> str:
    """Where the merged document puts a service's paths ("" for the primary service)."""
    return "" if primary else f"/{service.prefix}"


def service_info(service: spec_model.Service, primary: bool) -> dict[str, Any]:
    """What the merged document says about a service (`x-services`)."""
    info = service.model.document.get("info") or {}
    return {
        "name": service.name,
        "title": str(info.get("title", service.name)),
        "prefix": service.prefix,
        "tenantPrefix": service.tenant_prefix,
        "client": service.client,
        "pathPrefix": path_prefix(service, primary),
        "primary": primary,
    }


def _rewrite_refs(node: Any, renamed: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out = {key: _rewrite_refs(value, renamed) for key, value in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref in renamed:
            out["$ref"] = renamed[ref]
        return out
    if isinstance(node, list):
        return [_rewrite_refs(item, renamed) for item in node]
    return node


def _merge_components(
    merged: dict[str, Any], document: dict[str, Any], service: str, owners: dict[tuple[str, str], str]
) -> tuple[dict[str, str], list[str]]:
    """Add `document`'s components to `merged`; the references to rename and the conflicts."""
    entries = [
        (kind, name, value)
        for kind, values in (document.get("components") or {}).items()
        if kind != "securitySchemes"
        for name, value in (values or {}).items()
    ]
    target = merged.setdefault("components", {})
    renamed: dict[str, str] = {}
    problems: list[str] = []
    changed = True
    while changed:  # a component referring to a renamed one differs too, whatever its text
        changed = False
        for kind, name, value in entries:
            ref = f"#/components/{kind}/{name}"
            existing = (target.get(kind) or {}).get(name)
            if ref in renamed or existing is None or existing == _rewrite_refs(value, renamed):
                continue
            if kind in STRICT_KINDS:
                problem = (
                    f"components/{kind}/{name}: {service}'s differs from {owners[(kind, name)]}'s "
                    "(one name must mean one thing across the services, D125)"
                )
                if problem not in problems:
                    problems.append(problem)
                continue
            renamed[ref] = f"#/components/{kind}/{service}.{name}"
            changed = True
    for kind, name, value in entries:
        ref = f"#/components/{kind}/{name}"
        new_name = renamed[ref].rsplit("/", 1)[1] if ref in renamed else name
        values = target.setdefault(kind, {})
        if new_name not in values:
            values[new_name] = _rewrite_refs(value, renamed)
            owners[(kind, new_name)] = service
    return renamed, problems


def _merge_security(merged: dict[str, Any], document: dict[str, Any], service: str) -> list[str]:
    problems = []
    schemes = merged.setdefault("components", {}).setdefault("securitySchemes", {})
    for name, scheme in ((document.get("components") or {}).get("securitySchemes") or {}).items():
        if name not in schemes:
            schemes[name] = copy.deepcopy(scheme)
            continue
        if schemes[name].get("type") != scheme.get("type"):
            problems.append(f"securitySchemes/{name}: {service}'s is of another type")
            continue
        for flow_name, flow in (scheme.get("flows") or {}).items():
            mine = schemes[name].setdefault("flows", {}).setdefault(flow_name, copy.deepcopy(flow))
            scopes = mine.setdefault("scopes", {})
            for scope, text in (flow.get("scopes") or {}).items():
                scopes.setdefault(scope, text)
    return problems


def _merge_table(table: dict[str, Any], service: spec_model.Service, problems: list[str]) -> None:
    if not service.table_path.exists():
        return
    with service.table_path.open(encoding="utf-8") as handle:
        own = yaml.safe_load(handle) or {}
    for section in ("resources", "relations", "operations"):
        target = table.setdefault(section, {})
        for name, row in (own.get(section) or {}).items():
            if name in target and target[name] != row:
                problems.append(
                    f"{service.table_path.parent.name}/operations.yaml: {section} {name} differs from another table's"
                )
            target.setdefault(name, row)


def merge(services: Sequence[spec_model.Service]) -> Merged:
    """The services' documents and tables as one (problems listed, not raised)."""
    if not services:
        raise MergeError("no services")
    primary = services[0]
    document = copy.deepcopy(primary.model.document)
    document[SERVICES_KEY] = [service_info(s, i == 0) for i, s in enumerate(services)]
    table: dict[str, Any] = {}
    problems: list[str] = []
    owners = {
        (kind, name): primary.name
        for kind, entries in (document.get("components") or {}).items()
        for name in entries or {}
    }
    tag_owner = {t["name"]: primary.name for t in document.get("tags") or []}
    op_owner = {op.operation_id: primary.name for op in primary.model.operations}
    _merge_table(table, primary, problems)
    for service in services[1:]:
        other = service.model.document
        renamed, found = _merge_components(document, other, service.name, owners)
        problems += found + _merge_security(document, other, service.name)
        for tag in other.get("tags") or []:
            if tag["name"] in tag_owner:
                problems.append(f"tag {tag['name']}: both {tag_owner[tag['name']]} and {service.name} declare it")
                continue
            tag_owner[tag["name"]] = service.name
            document.setdefault("tags", []).append(copy.deepcopy(tag))
        prefix = path_prefix(service, primary=False)
        for path, item in (other.get("paths") or {}).items():
            item = _rewrite_refs(copy.deepcopy(item), renamed)
            for method in spec_model.HTTP_METHODS:
                if method not in item:
                    continue
                operation = item[method]
                operation[SERVICE_KEY] = service.name
                operation.setdefault("security", other.get("security", []))
                op_id = operation.get("operationId")
                if op_id in op_owner:
                    problems.append(f"operationId {op_id}: both {op_owner[op_id]} and {service.name} declare it")
                op_owner[op_id] = service.name
            document["paths"][prefix + path] = item
        _merge_table(table, service, problems)
    return Merged(document, table, problems)


def write(services: Sequence[spec_model.Service], folder: Path) -> Path:
    """Write the merged document and table into `folder`; the document's path. Raises MergeError."""
    merged = merge(services)
    if merged.problems:
        raise MergeError("\n".join(merged.problems))
    folder.mkdir(parents=True, exist_ok=True)
    spec_path = folder / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(merged.document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (folder / spec_model.TABLE_NAME).write_text(
        yaml.safe_dump(merged.table, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return spec_path


def services_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The `x-services` of a merged document; a single document is its own primary service."""
    found = document.get(SERVICES_KEY)
    if isinstance(found, list) and found:
        return found
    return [{"name": "identity", "title": str((document.get("info") or {}).get("title", "")), "prefix": "identity_",
             "tenantPrefix": None, "client": None, "pathPrefix": "", "primary": True}]  # fmt: skip
