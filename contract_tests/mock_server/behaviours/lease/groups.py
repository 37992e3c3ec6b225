"""Group rules: the bundles a group's members may lease, caps on some of them (quotas), and the
leases themselves. Setting a rule (or a member joining, follow.py) leases each bundle of the rule
to each member, in membership order, while the bundle's quota and the organization's units last;
a member who leaves keeps the lease, marked orphan, until the rule is set again. `currentUsage`
counts a rule's leases, orphans included. A rule outlives its group (shown `orphan` in the list).

Statuses: 404 for a group that does not exist (and has no rule); 409 for a code the organization
has no units of (D108); 400 for a quota whose code is not in the rule, quoted twice, or below the
bundle's current usage (D115). Quotas of the bundles a plain allocation keeps are kept."""

from __future__ import annotations

from collections import Counter
from typing import Any

from contract_tests.mock_server.crud import Context, Engine
from contract_tests.mock_server.problems import Reply, problem, validation_problem
from contract_tests.mock_server.store import NewDoc, Record, Store

from . import REGISTRY
from .account import (
    LEASE,
    RULE,
    USER,
    bought,
    group,
    holders,
    membership,
    new_lease,
    person,
    quantities,
    unavailable,
)

_PAGING = ("top", "skip", "sortBy", "sortOrder")


def rule_of(store: Store, org_id: str, group_id: Any) -> Record | None:
    return store.get(RULE, org_id, str(group_id), "groupId")


def _limits(doc: dict[str, Any]) -> dict[str, int]:
    return {str(q["userBundleCode"]): int(q["limit"]) for q in doc.get("quotas") or []}


class Leasing:
    """What leasing needs to know, read once per write: units bought, who holds each bundle, and
    the rules' leases so far (kept up to date as leases are made)."""

    def __init__(self, store: Store, org_id: str, limits: bool = True) -> None:
        self.store, self.org_id, self.limits = store, org_id, limits
        self.totals = bought(store, org_id)
        self.held = holders(store, org_id)

    def lease(self, group_id: str, user_id: str, doc: dict[str, Any], usage: Counter[str], mine: set[str]) -> None:
        """Leases the member each of the rule's bundles they do not have through it yet (`mine`),
        while the bundle's quota and the organization's units last; `usage`: the rule's leases
        per bundle, kept up to date."""
        limits = _limits(doc)
        for code in doc.get("userBundleCodes") or []:
            limit = limits.get(code)
            if code in mine or (self.limits and limit is not None and usage[code] >= limit):
                continue
            holding = self.held.setdefault(code, set())
            if self.limits and user_id.lower() not in holding and len(holding) >= self.totals.get(code, 0):
                continue  # no unit left
            new_lease(self.store, self.org_id, group_id, user_id, code)
            holding.add(user_id.lower())
            usage[code] += 1
            mine.add(code)


def leased(leases: list[Record]) -> tuple[Counter[str], dict[str, set[str]]]:
    """A rule's leases per bundle, and the bundles each user (lower case) leases through it."""
    usage = Counter(str(lease.doc["code"]) for lease in leases)
    mine: dict[str, set[str]] = {}
    for lease in leases:
        mine.setdefault(str(lease.doc["userId"]).lower(), set()).add(str(lease.doc["code"]))
    return usage, mine


def apply_rule(store: Store, org_id: str, group_id: str, doc: dict[str, Any], limits: bool = True) -> None:
    """Sets the rule's leases anew: orphans and bundles the rule no longer has are released, then
    every member (a user, in membership order) leases what they may (`limits` false: whatever the
    quotas and the units left, a fault)."""
    codes = set(doc.get("userBundleCodes") or [])
    kept = []
    for lease in store.children(org_id, group_id, LEASE):
        if lease.doc.get("orphan") or lease.doc["code"] not in codes:
            store.delete(lease, ())
        else:
            kept.append(lease)
    leasing = Leasing(store, org_id, limits)
    usage, mine = leased(kept)
    members = store.members(membership(store), org_id, group_id)
    users = store.get_many(org_id, members, [USER])
    for member in members:
        if member.lower() in users:
            leasing.lease(group_id, member, doc, usage, mine.setdefault(member.lower(), set()))


def _save(ctx: Context, group_id: str, doc: dict[str, Any], old: Record | None) -> None:
    if old is not None:
        ctx.store.replace(old, doc, None, "groupId")
    else:
        ctx.store.create(ctx.org.id, NewDoc(RULE, doc, "groupId", record_id=group_id.lower()))
    apply_rule(ctx.store, ctx.org.id, group_id.lower(), doc, ctx.limits)


def _rule_view(ctx: Context, group_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "groupId": group_id.lower(),
        "organizationId": ctx.org.id,
        "useExternalLicense": bool(doc.get("useExternalLicense", False)),
        "userBundleCodes": list(doc.get("userBundleCodes") or []),
    }


def _usage(store: Store, org_id: str, group_id: str) -> Counter[str]:
    return Counter(str(lease.doc["code"]) for lease in store.children(org_id, group_id, LEASE))


def _with_quota(ctx: Context, group_id: str, doc: dict[str, Any]) -> dict[str, Any]:
    usage = _usage(ctx.store, ctx.org.id, group_id.lower())
    quotas = [{"userBundleCode": c, "limit": n, "currentUsage": usage[c]} for c, n in _limits(doc).items()]
    return {"groupRule": _rule_view(ctx, group_id, doc), "quotas": quotas}


def _existing_group(ctx: Context) -> str | Reply:
    """The addressed group's id; 404 if it does not exist (unless references go unchecked: a fault)."""
    found = group(ctx, ctx.params["groupId"])
    if found is None and not ctx.references:
        return str(ctx.params["groupId"]).lower()
    return found.id if found is not None else problem(404, "Group not found.")


def _codes(ctx: Context) -> list[str]:
    return list(dict.fromkeys(str(c) for c in ctx.body.get("userBundleCodes") or []))


def _addressed(ctx: Context, quotas: bool) -> tuple[str, list[str], Record | None] | Reply:
    """The group a rule is set for, the request's codes and the group's rule so far, once the
    request passes: 404 for a group that does not exist, 400 for its quotas (D115), then 409 for a
    code the organization has no units of (D108)."""
    found = _existing_group(ctx)
    if isinstance(found, Reply):
        return found
    codes = _codes(ctx)
    errors = _quota_errors(ctx, codes, found) if quotas else {}
    if errors:
        return validation_problem(errors)
    refused = unavailable(ctx.store, ctx.org.id, codes)
    return refused if refused is not None else (found, codes, rule_of(ctx.store, ctx.org.id, found))


@REGISTRY.action("allocateGroupLicenses", heavy=True)
def allocate(engine: Engine, ctx: Context) -> Reply:
    addressed = _addressed(ctx, quotas=False)
    if isinstance(addressed, Reply):
        return addressed
    found, codes, old = addressed
    quotas = [q for q in (old.doc.get("quotas") or []) if q["userBundleCode"] in codes] if old else []
    doc = {"userBundleCodes": codes, "useExternalLicense": bool(ctx.body.get("useExternalLicense")), "quotas": quotas}
    _save(ctx, found, doc, old)
    return Reply(ctx.op.success_status, engine.project(_rule_view(ctx, found, doc), ctx.op.success_schema))


def _quota_errors(ctx: Context, codes: list[str], group_id: str) -> dict[str, list[str]]:
    usage = _usage(ctx.store, ctx.org.id, group_id.lower())
    errors: dict[str, list[str]] = {}
    seen: set[str] = set()
    for i, quota in enumerate(ctx.body.get("quotas") or []):
        code, limit = str(quota["userBundleCode"]), int(quota["limit"])
        if code not in codes:
            errors[f"quotas[{i}].userBundleCode"] = [f"The bundle {code[:64]} is not in userBundleCodes."]
        elif code in seen:
            errors[f"quotas[{i}].userBundleCode"] = [f"The bundle {code[:64]} has a quota already."]
        elif limit < usage[code]:
            errors[f"quotas[{i}].limit"] = [
                f"The limit {limit} of {code[:64]} is below its current usage {usage[code]}."
            ]
        seen.add(code)
    return errors


@REGISTRY.action("allocateGroupLicensesWithQuota", heavy=True)
def allocate_with_quota(engine: Engine, ctx: Context) -> Reply:
    addressed = _addressed(ctx, quotas=True)
    if isinstance(addressed, Reply):
        return addressed
    found, codes, old = addressed
    quotas = [
        {"userBundleCode": str(q["userBundleCode"]), "limit": int(q["limit"])} for q in ctx.body.get("quotas") or []
    ]
    external = bool(old.doc.get("useExternalLicense")) if old is not None else False
    doc = {"userBundleCodes": codes, "useExternalLicense": external, "quotas": quotas}
    _save(ctx, found, doc, old)
    return Reply(ctx.op.success_status, engine.project(_with_quota(ctx, found, doc), ctx.op.success_schema))


def _rule_or_group(ctx: Context) -> tuple[str, dict[str, Any]] | Reply:
    """The addressed group's id and rule document (empty if it has none); 404 if neither exists."""
    rule = rule_of(ctx.store, ctx.org.id, ctx.params["groupId"])
    if rule is not None:
        return rule.id, rule.doc
    found = _existing_group(ctx)
    return found if isinstance(found, Reply) else (found, {})


@REGISTRY.action("getGroupLicenseAllocation")
def get_options(engine: Engine, ctx: Context) -> Reply:
    found = _rule_or_group(ctx)
    if isinstance(found, Reply):
        return found
    _, doc = found
    answer = {
        "availableUserBundles": quantities(ctx.store, ctx.org.id),
        "allocatedUserBundles": list(doc.get("userBundleCodes") or []),
        "useExternalLicense": bool(doc.get("useExternalLicense", False)),
    }
    return Reply(ctx.op.success_status, answer)


@REGISTRY.action("getGroupLicenseAllocationWithQuota")
def get_with_quota(engine: Engine, ctx: Context) -> Reply:
    found = _rule_or_group(ctx)
    if isinstance(found, Reply):
        return found
    group_id, doc = found
    return Reply(ctx.op.success_status, engine.project(_with_quota(ctx, group_id, doc), ctx.op.success_schema))


@REGISTRY.action("releaseGroupLicenses")
def release(engine: Engine, ctx: Context) -> Reply:
    rule = rule_of(ctx.store, ctx.org.id, ctx.params["groupId"])
    if rule is None:
        return problem(404, "The group has no license rule.")
    engine.delete_record(ctx.store, rule)  # its leases with it: the units return to the organization
    return Reply(ctx.op.success_status)


def _paging(ctx: Context) -> dict[str, Any]:
    return {k: ctx.params[k] for k in _PAGING if k in ctx.params}


def _has_any(codes: list[str], wanted: Any) -> bool:
    return not wanted or bool(set(codes) & {str(c) for c in wanted})


@REGISTRY.action("listGroupLicenseAllocations", heavy=True)
def list_rules(engine: Engine, ctx: Context) -> Reply:
    rules = ctx.store.records(RULE, ctx.org.id, "groupId")
    groups = ctx.store.get_many(ctx.org.id, [r.id for r in rules], ["group"])
    usage = Counter(
        (str(lease.parent).lower(), str(lease.doc["code"])) for lease in ctx.store.records(LEASE, ctx.org.id)
    )
    items = []
    for rule in rules:
        codes = list(rule.doc.get("userBundleCodes") or [])
        if not _has_any(codes, ctx.params.get("userBundleLicenseCodes")):
            continue
        owner = groups.get(rule.id.lower())
        item = {
            "id": rule.id,
            "name": owner.doc.get("name") if owner is not None else None,
            "userBundleLicenses": codes,
            "userBundleLeases": {c: usage[(rule.id.lower(), c)] for c in codes},
            "useExternalLicense": bool(rule.doc.get("useExternalLicense", False)),
            "orphan": owner is None,
        }
        items.append(item)
    return Reply(ctx.op.success_status, engine.project(engine.paged(ctx, items, _paging(ctx)), ctx.op.success_schema))


@REGISTRY.action("listGroupLicenseMembers", heavy=True)
def list_members(engine: Engine, ctx: Context) -> Reply:
    found = _rule_or_group(ctx)
    if isinstance(found, Reply):
        return found
    group_id = found[0].lower()
    members = ctx.store.members(membership(ctx.store), ctx.org.id, group_id)
    codes: dict[str, list[str]] = {}
    for lease in ctx.store.children(ctx.org.id, group_id, LEASE):
        codes.setdefault(str(lease.doc["userId"]), []).append(str(lease.doc["code"]))
    users = ctx.store.get_many(ctx.org.id, [*members, *codes], [USER])
    joined = [m.lower() for m in members if m.lower() in users]
    leavers = [u for u in codes if u not in set(joined)]
    items = [
        {"id": u, **person(users.get(u)), "userBundleLicenses": codes.get(u, []), "orphan": u in leavers}
        for u in [*joined, *leavers]
    ]
    return Reply(ctx.op.success_status, engine.project(engine.paged(ctx, items, _paging(ctx)), ctx.op.success_schema))
