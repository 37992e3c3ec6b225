"""The first real use of the change report: main before the whole surface (567fb33: 9 operations,
info.version the documentation date 2026.05) against the working tree (58 operations): what the
report says, change by change. The spec comparison takes a fraction of a second; one slow test also
generates both packages for griffe.

The whole-surface work is not additions only. Besides 49 new operations it corrected the nine
existing ones against UiPath's published description, and some corrections break callers. Each
breaking change the report finds must be one of those deliberate corrections, listed below with
the spec/DISCREPANCIES.md entry that explains it; a breaking change nobody decided fails the test,
and so does a listed correction the report stops seeing."""

from __future__ import annotations

import subprocess

import pytest

from contract_tests.api_changes import python_api
from contract_tests.api_changes.changes import Impact, Report
from contract_tests.api_changes.differ import diff_specs, operations
from contract_tests.api_changes.sources import ROOT, WORKTREE, SpecVersion, load

BEFORE_WHOLE_SURFACE = "567fb33"
EXTERNAL_CLIENT = "POST /api/ExternalClient"
ONE_CLIENT = "/api/ExternalClient/{partitionGlobalId}/{clientId}"
RESOLVE = "POST /api/Directory/Resolve/{partitionGlobalId}"
ROBOT = "POST /api/RobotAccount"

# (kind, operationId, where) -> the decision that made the change on purpose. Breaking on either axis.
DELIBERATE_BREAKS: dict[tuple[str, str, str], str] = {
    # D41: the published CreateExternalClientCommand requires isConfidential and scopes.
    ("request.field-made-required", "createExternalClient", f"{EXTERNAL_CLIENT} request body.isConfidential"): "D41",
    ("request.field-made-required", "createExternalClient", f"{EXTERNAL_CLIENT} request body.scopes"): "D41",
    # D41: ScopeType gains userAndApplication; answers may carry it (an old package rejects it).
    **{
        ("response.enum-widened", operation, f"{where}.resources[].scopes[].type"): "D41"
        for operation, where in (
            ("createExternalClient", f"{EXTERNAL_CLIENT} response 201"),
            ("listExternalClients", "GET /api/ExternalClient/{partitionGlobalId} response 200[]"),
            ("getExternalClient", f"GET {ONE_CLIENT} response 200"),
            ("updateExternalClient", f"PUT {ONE_CLIENT} response 200"),
        )
    },
    # D61: the published description declares the update's 200 without content (x-body-optional).
    ("response-body-made-optional", "updateExternalClient", f"PUT {ONE_CLIENT} response 200"): "D61",
    # D21: DirectoryEntityType is lower case, as the service writes it (User -> user, ...).
    ("request.enum-narrowed", "resolveDirectoryEntity", f"{RESOLVE} request body.entityType"): "D21",
    # D42: a fourth directory shape, DirectoryRobotUser.
    ("response.variants-added", "resolveDirectoryEntity", f"{RESOLVE} response 200"): "D42",
    # D29: robot account and group ids are GUIDs (format uuid: Python UUID instead of str).
    ("request.format-added", "createRobotAccount", f"{ROBOT} request body.groupIDsToAdd[]"): "D29",
    ("python-type-changed", "createRobotAccount", f"{ROBOT} request body.groupIDsToAdd[]"): "D29",
    ("python-type-changed", "createRobotAccount", f"{ROBOT} response 201.groupIds[]"): "D29",
    ("python-type-changed", "createRobotAccount", f"{ROBOT} response 201.id"): "D29",
    # D161: a 400 may be a plain problem document (a domain refusal): `errors` is optional.
    **{
        ("response.field-made-optional", operation, f"{where} response 400.errors"): "D161"
        for operation, where in (
            ("createExternalClient", EXTERNAL_CLIENT),
            ("listExternalClients", "GET /api/ExternalClient/{partitionGlobalId}"),
            ("getExternalClient", f"GET {ONE_CLIENT}"),
            ("updateExternalClient", f"PUT {ONE_CLIENT}"),
            ("deleteExternalClient", f"DELETE {ONE_CLIENT}"),
            ("generateExternalClientSecret", "POST /api/ExternalClient/GenerateSecret"),
            ("deleteExternalClientSecret", "DELETE /api/ExternalClient/{partitionGlobalId}/secrets/{secretId}"),
            ("resolveDirectoryEntity", RESOLVE),
            ("createRobotAccount", ROBOT),
        )
    },
    # D163: an external directory's entity may have no display name.
    **{
        (
            "response.nullable-added",
            "resolveDirectoryEntity",
            f"{RESOLVE} response 200 variant {shape}.displayName",
        ): "D163"
        for shape in ("DirectoryUser", "DirectoryGroup", "DirectoryApplication")
    },
}


@pytest.fixture(scope="module")
def before() -> SpecVersion:
    present = subprocess.run(["git", "cat-file", "-e", f"{BEFORE_WHOLE_SURFACE}^{{commit}}"], cwd=ROOT)
    if present.returncode != 0:
        pytest.skip(f"no git history with {BEFORE_WHOLE_SURFACE} (a shallow clone or an export)")
    return load(BEFORE_WHOLE_SURFACE)


@pytest.fixture(scope="module")
def report(before: SpecVersion) -> Report:
    after = load(WORKTREE)
    return Report(before.label, after.label, before.version, after.version, diff_specs(before.data, after.data))


def test_the_breaking_changes_are_exactly_the_deliberate_corrections(before: SpecVersion, report: Report) -> None:
    existing = {op.id for op in operations(before.data)}
    assert len(existing) == 9
    breaking = {(c.kind, c.operation, c.where) for c in report.changes if Impact.BREAKING in (c.client, c.wire)}
    assert {operation for _, operation, _ in breaking} <= existing
    assert breaking == set(DELIBERATE_BREAKS), "\n" + report.render_text()
    with open(ROOT / "spec" / "DISCREPANCIES.md") as decisions:
        headings = {line.split(".")[0].removeprefix("## ") for line in decisions if line.startswith("## D")}
    assert set(DELIBERATE_BREAKS.values()) <= headings


def test_every_added_operation_is_an_addition_on_both_axes(before: SpecVersion, report: Report) -> None:
    existing = {op.id for op in operations(before.data)}
    added = {op.id for op in operations(load(WORKTREE).data)} - existing
    assert len(added) >= 49  # the whole surface; later work may add more
    changes = [c for c in report.changes if c.operation in added]
    assert {c.operation for c in changes if c.kind == "operation-added"} == added
    # A new operation is one change: nothing inside it is compared with anything.
    assert {(c.kind, c.client, c.wire) for c in changes} == {("operation-added", Impact.ADDITION, Impact.ADDITION)}
    spec_wide = {(c.kind, c.client) for c in report.changes if not c.operation}
    assert spec_wide == {("model-added", Impact.ADDITION)}, "no model or server removed"


def test_the_semver_bump_is_major(report: Report) -> None:
    assert report.old_version == "2026.05"  # the date-as-version before info.version was the package's
    assert (report.client, report.wire, report.bump) == (Impact.BREAKING, Impact.BREAKING, "major")


# griffe on the two generated packages, finding by finding -> the decision behind it. The spec axis
# calls D66's fields made required compatible (a reader always gets them now); the package's attrs
# constructors require them, which breaks code that builds these models (in its tests, say).
PACKAGE = "uipath_identity_client"
DELIBERATE_PYTHON_BREAKS: dict[str, str] = {
    **{
        f"{PACKAGE}.api.external_clients.resource.{cls}.create: Parameter is now required ({name} -> {name})": "D41"
        for cls in ("ExternalClientsResource", "AsyncExternalClientsResource")
        for name in ("is_confidential", "scopes")
    },
    **{
        f"{PACKAGE}.models.{module}.{attribute}: Parameter was added as required (attrs field without a default)": d
        for module, attribute, d in (
            ("create_external_client_request", "CreateExternalClientRequest.is_confidential", "D41"),
            ("create_external_client_request", "CreateExternalClientRequest.scopes", "D41"),
            ("client_secret", "ClientSecret.description", "D66"),
            ("client_secret", "ClientSecret.expiry_time", "D66"),
            ("external_client", "ExternalClient.redirect_uri", "D66"),
            ("external_client_resource", "ExternalClientResource.description", "D66"),
            ("external_client_resource", "ExternalClientResource.display_name", "D66"),
            ("robot_account", "RobotAccount.last_login_time", "D66"),
        )
    },
}


@pytest.mark.slow
def test_the_python_api_breaks_are_exactly_the_deliberate_ones(before: SpecVersion) -> None:
    """Both packages generated (about 4 s of CPU): what griffe finds in the code users import."""
    found = python_api.compare(before, load(WORKTREE))
    assert set(found) == set(DELIBERATE_PYTHON_BREAKS), "\n".join(found)
