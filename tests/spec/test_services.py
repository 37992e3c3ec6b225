"""spec/services.yaml: every service listed has a valid document that passes the project's lint
rules, and a table that binds it, seeing the resources every service's table declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests import spec_lint, spec_merge, spec_model

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


def _copy_services(tmp_path: Path) -> Path:
    for service in SERVICES:
        target = tmp_path / service.spec_path.relative_to(spec_model.SERVICES_PATH.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(service.spec_path.read_text())
        target.with_name(spec_model.TABLE_NAME).write_text(service.table_path.read_text())
    (tmp_path / "services.yaml").write_text(spec_model.SERVICES_PATH.read_text())
    return tmp_path / "services.yaml"


def test_the_documents_merge_into_one_package() -> None:
    assert spec_lint.lint()["services-merge"] == []
    merged = spec_merge.merge(SERVICES)
    # every other service's paths under its prefix, its operations marked; a response two
    # documents word differently is kept once per service
    assert "/lease_/api/account/{accountId}/user-license" in merged.document["paths"]
    assert merged.document["paths"]["/orgaudit_/api/query/events"]["get"]["x-service"] == "orgaudit"
    assert "lease.Unauthorized" in merged.document["components"]["responses"]
    lease_401 = merged.document["paths"]["/lease_/api/account/{accountId}/user-license"]["get"]["responses"]["401"]
    assert lease_401 == {"$ref": "#/components/responses/lease.Unauthorized"}
    scopes = merged.document["components"]["securitySchemes"]["OAuth2ClientCredentials"]["flows"]
    assert {"PM.Audit.Read", "PM.License.Write", "PM.OAuthApp"} <= set(scopes["clientCredentials"]["scopes"])


def test_a_schema_two_documents_define_differently_and_a_shared_tag_are_refused(tmp_path: Path) -> None:
    services = _copy_services(tmp_path)
    lease = tmp_path / "lease" / "openapi.yaml"
    text = lease.read_text()
    assert "    ProblemDetails:\n" in text and "  - name: GroupLicenses\n" in text
    text = text.replace("    ProblemDetails:\n", "    ProblemDetails:\n      x-changed: true\n", 1)
    lease.write_text(text.replace("  - name: GroupLicenses\n", "  - name: Groups\n", 1))
    problems = spec_lint.lint(services=services)["services-merge"]
    assert any("components/schemas/ProblemDetails: lease's differs from identity's" in p for p in problems), problems
    assert any(p.startswith("tag Groups: both identity and lease") for p in problems), problems
