"""The License Accountant (`lease_`): the user bundles each organization bought, explicit
allocations to Identity's users, group rules (with quotas) whose members lease bundles, and the
leases that follow Identity's membership. Modules: account (bundles, who holds what, seeding),
users (explicit allocations), groups (rules, quotas, leases), follow (membership changes)."""

from contract_tests.mock_server.registry import Registry

REGISTRY = Registry("lease")
