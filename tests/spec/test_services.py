"""spec/services.yaml: every service listed has a valid document that passes the project's lint
rules, and a table that binds it, seeing the resources every service's table declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests import spec_lint, spec_model

SERVICES = spec_model.services()


def test_the_primary_service_is_identity_at_the_spec_path() -> None:
    assert SERVICES[0].name == "identity"
    assert SERVICES[0].spec_path.resolve() == spec_model.SPEC_PATH.resolve()
    assert len({s.name for s in SERVICES}) == len({s.prefix for s in SERVICES}) == len(SERVICES)


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_each_service_document_passes_every_lint_rule(service: spec_model.Service) -> None:
    problems = {rule: found for rule, found in spec_lint.lint(service.model.document).items() if found}
    assert problems == {}


def test_every_table_binds_its_service_across_services() -> None:
    assert spec_model.platform_binding_problems() == []


def test_a_resource_no_table_declares_and_a_shared_operation_id_are_refused(tmp_path: Path) -> None:
    for service in SERVICES:
        target = tmp_path / service.spec_path.relative_to(spec_model.SERVICES_PATH.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(service.spec_path.read_text())
        table = service.table_path.read_text()
        if service.name == "lease":
            table = table.replace("touches: {groupId: group}", "touches: {groupId: team}", 1)
        target.with_name(spec_model.TABLE_NAME).write_text(table)
    audit = tmp_path / "audit" / "openapi.yaml"
    audit.write_text(audit.read_text().replace("operationId: listClassicAuditLogs", "operationId: listGroups"))
    (tmp_path / "services.yaml").write_text(spec_model.SERVICES_PATH.read_text())
    problems = spec_model.platform_binding_problems(tmp_path / "services.yaml")
    assert any("lease:" in p and "'team'" in p for p in problems), problems
    assert any("operationId listGroups is also identity's" in p for p in problems), problems
