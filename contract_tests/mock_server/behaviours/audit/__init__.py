"""The classic audit service (`audit_`): the organization-level audit log that the unified service
keeps (behaviours/orgaudit), shown as classic records, paged by top/skip and downloaded as CSV.
Identity's AuditQuery shows the same records (behaviours/identity/auditquery.py)."""

from contract_tests.mock_server.registry import Registry

REGISTRY = Registry("audit")
