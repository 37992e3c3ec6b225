"""Identity's AuditQuery (`/api/AuditQuery/{partitionGlobalId}` and its download): the classic
audit log, as the classic audit service shows it (D120; behaviours/audit/classic.py)."""

from __future__ import annotations

from contract_tests.mock_server.behaviours.audit.classic import download_records, list_records
from contract_tests.mock_server.crud import Context, Engine
from contract_tests.mock_server.problems import Reply

from . import REGISTRY


@REGISTRY.action("listAuditLogs", heavy=True)
def list_audit_logs(engine: Engine, ctx: Context) -> Reply:
    return list_records(engine, ctx)


@REGISTRY.action("downloadAuditLogs", heavy=True)
def download_audit_logs(engine: Engine, ctx: Context) -> Reply:
    return download_records(engine, ctx)
