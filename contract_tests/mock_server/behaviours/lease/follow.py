"""Leases follow Identity's membership, in the transaction that changes it: a user who joins a
group with a rule leases its bundles (as far as its quotas and the organization's units allow);
one who leaves keeps their leases, marked orphan, until the rule is set again (groups.py); one who
rejoins before that has them back. A deleted group's rule stays (an orphan rule); its members'
leases become orphans as Identity unlinks them."""

from __future__ import annotations

from contract_tests.mock_server.store import Change, Store, Transaction

from . import REGISTRY
from .account import LEASE, USER, membership
from .groups import Leasing, leased, rule_of


def _rejoin(store: Store, org_id: str, group_id: str, user_id: str, orphan: bool) -> None:
    """Marks the user's leases through the group's rule as orphans (left) or not (rejoined)."""
    for lease in store.children(org_id, group_id, LEASE):
        if str(lease.doc["userId"]).lower() == user_id.lower() and bool(lease.doc.get("orphan")) != orphan:
            store.replace(lease, {**lease.doc, "orphan": orphan}, None)


@REGISTRY.on_commit
def follow_membership(store: Store, tx: Transaction) -> None:
    relation = membership(store)
    moves: list[Change] = [c for c in tx.changes if c.kind in ("link", "unlink") and c.resource == relation]
    leasing: dict[str, Leasing] = {}
    for change in moves:
        org_id, group_id, member = change.org_id, str(change.id), str(change.other)
        rule = rule_of(store, org_id, group_id)
        if rule is None or (change.kind == "link" and store.get(USER, org_id, member) is None):
            continue  # no rule, or a robot account (which leases nothing)
        _rejoin(store, org_id, rule.id, member, orphan=change.kind == "unlink")
        if change.kind == "link":
            usage, mine = leased(store.children(org_id, rule.id, LEASE))
            if org_id not in leasing:
                leasing[org_id] = Leasing(store, org_id)
            leasing[org_id].lease(rule.id, member, rule.doc, usage, mine.setdefault(member.lower(), set()))
