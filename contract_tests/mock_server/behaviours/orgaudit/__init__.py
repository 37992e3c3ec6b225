"""The unified audit service (`orgaudit_`, `tenantaudit_`): the organization's audit log and its
tenants', which every audited write of every service appends to. Modules: log (the events, their
catalogue and clock), trail (the commit listener that records writes), queries (the catalogue,
cursor-paged queries and CSV downloads), synthetic (a benchmark's events, seeded at start)."""

from contract_tests.mock_server.registry import Registry

REGISTRY = Registry("orgaudit")
