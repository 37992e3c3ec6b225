"""The gate's pieces for several services, without a server: where each service answers
(deployments.py), how their operations are shared out between the processes, which ids refer to
another service's records and how one is made (references.py), and the read semantics and CSV
rules the audit and license reads are judged by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from contract_tests import spec_model
from contract_tests.gate import config, deployments, references
from contract_tests.gate.checks_content import csv_problem
from contract_tests.gate.checks_semantics import _satisfies, field_values, page_bound
from contract_tests.gate.config import Credentials, GateConfig
from contract_tests.gate.schemathesis_run import StRun, shards
from contract_tests.spec_model import ReadFilter

ROOT = "http://127.0.0.1:8080"
READY: dict[str, Any] = {
    "services": {s.name: f"{ROOT}/contoso/{s.prefix}" for s in spec_model.services()},
    "tenants": [{"name": "DefaultTenant", "services": {"orgaudit": f"{ROOT}/contoso/DefaultTenant/tenantaudit_"}}],
}


def test_every_service_and_tenant_level_the_mock_announces_is_a_deployment() -> None:
    found = deployments.from_announcement(READY)
    assert [d.label for d in found] == [
        *(s.name for s in spec_model.services()),
        "orgaudit (tenant DefaultTenant)",
    ]
    assert (
        found[-1].base_url.endswith("/contoso/DefaultTenant/tenantaudit_")
        and found[-1].slug == "orgaudit-DefaultTenant"
    )
    assert found[-1].spec is spec_model.service("orgaudit").model
    assert deployments.service_urls(found) == READY["services"]  # organization level only
    assert [d.label for d in deployments.chosen(found, ["orgaudit"])] == ["orgaudit", "orgaudit (tenant DefaultTenant)"]


def test_live_base_urls_are_derived_from_identity_s() -> None:
    found = deployments.derived("https://cloud.uipath.com/acme/identity_/", "Production")
    urls = {d.label: d.base_url for d in found}
    assert urls["identity"] == "https://cloud.uipath.com/acme/identity_"
    assert urls["lease"] == "https://cloud.uipath.com/acme/lease_"
    assert urls["orgaudit (tenant Production)"] == "https://cloud.uipath.com/acme/Production/tenantaudit_"
    assert "orgaudit (tenant Production)" not in {d.label for d in deployments.derived(urls["identity"], None)}
    # A host-level Identity server: nothing else can be derived from it.
    assert [d.label for d in deployments.derived("https://suite.example.com/identity", None)] == ["identity"]
    with pytest.raises(ValueError, match="identity_"):
        deployments.org_root("https://suite.example.com/identity")
    assert deployments.unknown_services(["lease", "widgets"]) == ["widgets"]


def test_the_operations_of_every_deployment_are_shared_out() -> None:
    settings = GateConfig(ROOT, "org", Credentials(), spec_path=str(spec_model.service("lease").spec_path))
    run = StRun(settings, 1, 2, ("examples", "coverage", "fuzzing", "stateful"), None, None, None, "lease")
    first, later, notes = shards(run, run.spec, per_shard=5)
    assert [len(s.operation_ids or ()) for s in first] == [4, 4, 4]  # 12 operations, at most 5 a shard
    assert all(s.owner is run for s in first + later) and [s.name for s in later] == ["stateful"] and not notes
    audit = StRun(settings.with_(spec_path=str(spec_model.service("audit").spec_path), deployment="audit"),
                  1, 2, ("examples", "stateful"), None, None, None, "audit")  # fmt: skip
    _, later, notes = shards(audit, audit.spec)
    assert later == [] and notes == ("stateful phase skipped for audit: no link of the spec connects two operations "
                                     "this run may call",)  # fmt: skip


def test_ids_that_refer_to_another_service_s_records() -> None:
    lease = spec_model.service("lease").model
    assert references.foreign_references(lease, lease.by_id["allocateGroupLicenses"]) == {"groupId": "group"}
    assert references.foreign_references(lease, lease.by_id["allocateUserLicenses"]) == {"userIds": "user"}
    assert references.foreign_references(lease, lease.by_id["listAvailableUserLicenses"]) == {}
    identity = spec_model.load()
    assert references.foreign_references(identity, identity.by_id["updateGroup"]) == {}  # its own service's
    assert references.owner("group") == spec_model.services()[0]


def test_a_referred_record_is_made_from_the_owning_create_s_example(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = GateConfig(ROOT, "3fa85f64-5717-4562-b3fc-2c963f66afa6", Credentials(), write_prefix="contract-gate-x-")
    monkeypatch.setenv(config.ENV, settings.to_env()[config.ENV])
    identity = spec_model.services()[0]
    group_op, user_op = references.creator(identity, "group"), references.creator(identity, "user")
    assert group_op is not None and group_op.operation_id == "createGroup"
    assert user_op is not None and user_op.operation_id == "createUser"
    group = references.new_body(identity, group_op, identity.model.resources["group"], "abc")
    assert group == {
        "partitionGlobalId": settings.partition_global_id,
        "name": "contract-gate-x-ref-abc",
        "id": group["id"],  # an id the request may carry is chosen here (D129)
    }
    user = references.new_body(identity, user_op, identity.model.resources["user"], "abc")
    assert user["userName"] == "contract-gate-x-ref-abc" and len(user["id"]) == 36  # the caller names a user (D33)
    deleter = references.deleter(identity, "group")
    assert deleter is not None and deleter.operation_id == "deleteGroup"
    # Live, only with what the live policy allows.
    monkeypatch.setenv(config.ENV, settings.with_(setup_operations=("createGroup",)).to_env()[config.ENV])
    assert references.creator(identity, "user") is None and references.deleter(identity, "group") is None


def test_read_semantics_of_intervals_nested_fields_lists_and_page_sizes() -> None:
    event = {"createdOn": "2026-05-01T10:00:00.5Z", "clientInfo": {"ipAddress": "203.0.113.42"}, "codes": ["A", "B"]}
    after = ReadFilter("query", "from", "not-before", ("createdOn",))
    before = ReadFilter("query", "to", "not-after", ("createdOn",))
    assert _satisfies(after, event, "2026-05-01T10:00:00Z") and not _satisfies(after, event, "2026-05-01T11:00:00Z")
    assert _satisfies(before, event, "2026-05-01T10:00:00.5+00:00") and not _satisfies(
        before, event, "2026-05-01T09:00Z"
    )
    assert _satisfies(after, event, "not a date")  # not judged
    search = ReadFilter("query", "searchTerm", "contains", ("eventDetails", "clientInfo.ipAddress"))
    assert _satisfies(search, event, "113.42") and not _satisfies(search, event, "198.51")
    assert field_values(event, "clientInfo.ipCountry") == [] and field_values({"clientInfo": "x"}, "clientInfo.a") == []
    codes = ReadFilter("query", "userBundleLicenseCodes", "in", ("codes",))
    assert _satisfies(codes, event, ["b", "Z"]) and not _satisfies(codes, event, ["C"])
    clamped = ReadFilter("query", "maxCount", "limit", (), clamps=(("minimum", 10), ("maximum", 200)))
    assert [page_bound(clamped, n) for n in (1, 50, 5000)] == [10, 50, 200]
    assert page_bound(ReadFilter("query", "top", "limit", ()), 3) == 3


def test_the_spec_declares_the_audit_and_license_read_rules() -> None:
    orgaudit = spec_model.service("orgaudit").model
    rules = {r.name: r for r in orgaudit.read_filters(orgaudit.by_id["listAuditEvents"])}
    assert {n: r.match for n, r in rules.items()} == {
        "from": "not-before", "to": "not-after", "userIds": "in", "searchTerm": "contains", "status": "equals",
        "maxCount": "limit",
    }  # fmt: skip
    assert dict(rules["maxCount"].clamps) == {"minimum": 10, "maximum": 200}
    lease = spec_model.service("lease").model
    assert {r.name for r in lease.read_filters(lease.by_id["listUserLicenseAllocations"])} == {
        "top",
        "userBundleLicenseCodes",
    }


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'id,name\r\n1,"a, b"\r\n', None),
        (b"\xef\xbb\xbfid,name\n", None),  # a byte order mark, a header alone
        (b"id,name\r\n1,a, b\r\n", "record 2 has 3 fields, the header 2"),
        (b'{"auditEvents": []}', "it is a JSON document"),
        (b"", "it is empty"),
        (b"id,id\r\n", "does not name distinct columns"),
        (b"id,\r\n", "does not name distinct columns"),
        (b'id,name\r\n1,"a"b\r\n', "cannot be read as CSV"),
        (b"\xff\xfeid", "not UTF-8"),
    ],
)
def test_a_csv_download_is_held_to_rfc_4180(body: bytes, problem: str | None) -> None:
    found = csv_problem(body)
    assert (found is None) if problem is None else (found is not None and problem in found), found


def test_the_tables_bind_every_service(tmp_path: Path) -> None:
    assert spec_model.platform_binding_problems() == []
