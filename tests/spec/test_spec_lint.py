"""spec/openapi.yaml passes every lint rule, and each rule catches the defect it is for."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract_tests import spec_lint

SPEC = spec_lint.load_spec()
DOCUMENTED_OPERATIONS = {
    ("get", "/api/ExternalClient/{partitionGlobalId}"): "listExternalClients",
    ("get", "/api/ExternalClient/{partitionGlobalId}/{clientId}"): "getExternalClient",
    ("put", "/api/ExternalClient/{partitionGlobalId}/{clientId}"): "updateExternalClient",
    ("delete", "/api/ExternalClient/{partitionGlobalId}/{clientId}"): "deleteExternalClient",
    ("post", "/api/ExternalClient"): "createExternalClient",
    ("post", "/api/ExternalClient/GenerateSecret"): "generateExternalClientSecret",
    ("delete", "/api/ExternalClient/{partitionGlobalId}/secrets/{secretId}"): "deleteExternalClientSecret",
    ("post", "/api/Directory/Resolve/{partitionGlobalId}"): "resolveDirectoryEntity",
    ("post", "/api/RobotAccount"): "createRobotAccount",
    # issue 9 part B: settings, message templates, SAML certificates, access policy, provisioning rules
    ("get", "/api/Setting"): "getSettings",
    ("put", "/api/Setting"): "updateSettings",
    ("delete", "/api/Setting/{settingId}"): "deleteSetting",
    ("delete", "/api/Setting"): "deleteSettings",
    ("get", "/api/MessageTemplate"): "getMessageTemplateByName",
    ("post", "/api/MessageTemplate"): "createMessageTemplate",
    ("get", "/api/MessageTemplate/{templateId}"): "getMessageTemplate",
    ("put", "/api/MessageTemplate/{templateId}"): "updateMessageTemplate",
    ("delete", "/api/MessageTemplate/{templateId}"): "deleteMessageTemplate",
    ("get", "/api/SamlCertificate/{partitionGlobalId}/certificates"): "getSamlCertificatePair",
    ("put", "/api/SamlCertificate/primary"): "uploadPrimarySamlCertificate",
    ("put", "/api/SamlCertificate/secondary"): "uploadSecondarySamlCertificate",
    ("post", "/api/SamlCertificate/{partitionGlobalId}/switch"): "switchSamlCertificates",
    ("delete", "/api/SamlCertificate/{partitionGlobalId}/{certificateId}"): "deleteSamlCertificate",
    ("get", "/api/PartitionAccessPolicy/{partitionGlobalId}"): "getOrganizationAccessPolicy",
    ("put", "/api/PartitionAccessPolicy/{partitionGlobalId}"): "updateOrganizationAccessPolicy",
    ("post", "/api/Rule"): "createSamlProvisioningRule",
    ("put", "/api/Rule"): "updateSamlProvisioningRule",
    ("get", "/api/Rule/{partitionGlobalId}"): "listSamlProvisioningRules",
    ("get", "/api/Rule/{partitionGlobalId}/{ruleId}"): "getSamlProvisioningRule",
    ("delete", "/api/Rule/{partitionGlobalId}/{ruleId}"): "deleteSamlProvisioningRule",
    ("delete", "/api/Rule"): "deleteSamlProvisioningRules",
    # Groups
    ("get", "/api/Group/{partitionGlobalId}"): "listGroups",
    ("delete", "/api/Group/{partitionGlobalId}"): "deleteGroups",
    ("get", "/api/Group/{partitionGlobalId}/{groupId}"): "getGroup",
    ("delete", "/api/Group/{partitionGlobalId}/{groupId}"): "deleteGroup",
    ("post", "/api/Group"): "createGroup",
    ("put", "/api/Group/{groupId}"): "updateGroup",
    ("post", "/api/Group/BulkLoadByIds/{partitionGlobalId}"): "listGroupsByIds",
    ("post", "/api/Group/{partitionGlobalId}/{groupId}/CheckMembers"): "checkGroupMembers",
    # Robot accounts
    ("get", "/api/RobotAccount/{partitionGlobalId}"): "listRobotAccounts",
    ("delete", "/api/RobotAccount/{partitionGlobalId}"): "deleteRobotAccounts",
    ("get", "/api/RobotAccount/{partitionGlobalId}/{robotAccountId}"): "getRobotAccount",
    ("delete", "/api/RobotAccount/{partitionGlobalId}/{robotAccountId}"): "deleteRobotAccount",
    ("put", "/api/RobotAccount/{robotAccountId}"): "updateRobotAccount",
    # Users
    ("get", "/api/User/{userId}"): "getUser",
    ("put", "/api/User/{userId}"): "updateUser",
    ("delete", "/api/User/{userId}"): "deleteUser",
    ("post", "/api/User"): "createUser",
    ("delete", "/api/User"): "deleteUsers",
    ("get", "/api/User/users/{partitionGlobalId}"): "listUsers",
    ("post", "/api/User/BulkCreate"): "createUsers",
    ("post", "/api/User/InviteUsers"): "inviteUsers",
    ("post", "/api/User/{userId}/changepassword"): "changeUserPassword",
    ("get", "/api/User/{userId}/loginAttempts"): "listUserLoginAttempts",
    # Directory
    ("get", "/api/Directory/Search/{partitionGlobalId}"): "searchDirectory",
    ("post", "/api/Directory/ResolveByName/{partitionGlobalId}"): "resolveDirectoryEntityByName",
    ("post", "/api/Directory/BulkResolve/{partitionGlobalId}"): "bulkResolveDirectoryEntities",
    ("post", "/api/Directory/BulkResolveByName/{partitionGlobalId}"): "bulkResolveDirectoryEntitiesByName",
    ("post", "/api/Directory/GroupMembership/{partitionGlobalId}"): "getDirectoryGroupMembership",
    # External clients: the GET form of secret generation (D40)
    ("get", "/api/ExternalClient/{partitionGlobalId}/{clientId}/GenerateSecret"): "generateExternalClientSecretValue",
    # Audit log (published only, D119-D121)
    ("get", "/api/AuditQuery/{partitionGlobalId}"): "listAuditLogs",
    ("get", "/api/AuditQuery/{partitionGlobalId}/download"): "downloadAuditLogs",
}


@pytest.mark.parametrize("rule", sorted(spec_lint.RULES))
def test_spec_passes_rule(rule: str) -> None:
    assert spec_lint.RULES[rule](SPEC) == []


def test_every_documented_operation_is_in_the_spec() -> None:
    found = {(op.method, op.path): op.data["operationId"] for op in spec_lint.operations(SPEC)}
    assert found == DOCUMENTED_OPERATIONS


SCOPES_BY_OPERATIONS: list[tuple[list[str], set[str]]] = [
    (["listGroups", "getGroup"], {"PM.Group", "PM.Group.Read"}),
    (
        ["deleteGroups", "deleteGroup", "createGroup", "updateGroup", "listGroupsByIds", "checkGroupMembers"],
        {"PM.Group", "PM.Group.Write"},
    ),
    (["listRobotAccounts", "getRobotAccount"], {"PM.RobotAccount", "PM.RobotAccount.Read"}),
    (["deleteRobotAccounts", "deleteRobotAccount", "updateRobotAccount"], {"PM.RobotAccount", "PM.RobotAccount.Write"}),
    (["getUser", "listUsers"], {"PM.User", "PM.User.Read"}),
    (
        ["updateUser", "deleteUser", "createUser", "deleteUsers", "createUsers", "inviteUsers", "changeUserPassword"],
        {"PM.User", "PM.User.Write"},
    ),
    (
        [
            "searchDirectory",
            "resolveDirectoryEntityByName",
            "bulkResolveDirectoryEntities",
            "bulkResolveDirectoryEntitiesByName",
            "getDirectoryGroupMembership",
        ],
        {"PM.Directory"},
    ),
    (["listAuditLogs", "downloadAuditLogs"], {"PM.Audit", "PM.Audit.Read"}),
]


def test_operations_list_exactly_the_documented_scopes() -> None:
    expected = {
        "listExternalClients": {"PM.OAuthApp", "PM.OAuthApp.Read"},
        "getExternalClient": {"PM.OAuthApp", "PM.OAuthApp.Read"},
        "createExternalClient": {"PM.OAuthApp", "PM.OAuthApp.Write"},
        "updateExternalClient": {"PM.OAuthApp", "PM.OAuthApp.Write"},
        "deleteExternalClient": {"PM.OAuthApp", "PM.OAuthApp.Write"},
        "generateExternalClientSecret": {"PM.OAuthApp", "PM.OAuthApp.Write", "PM.OAuthAppSecret.Write"},
        "deleteExternalClientSecret": {"PM.OAuthApp", "PM.OAuthApp.Write", "PM.OAuthAppSecret.Write"},
        "resolveDirectoryEntity": {"PM.Directory"},
        "createRobotAccount": {"PM.RobotAccount", "PM.RobotAccount.Write"},
        # issue 9 part B
        "getSettings": {"PM.Setting", "PM.Setting.Read"},
        "updateSettings": {"PM.Setting", "PM.Setting.Write"},
        "deleteSetting": {"PM.Setting", "PM.Setting.Write"},
        "deleteSettings": {"PM.Setting", "PM.Setting.Write"},
        "getMessageTemplateByName": {"PM.MessageTemplate", "PM.MessageTemplate.Read"},
        "getMessageTemplate": {"PM.MessageTemplate", "PM.MessageTemplate.Read"},
        "createMessageTemplate": {"PM.MessageTemplate", "PM.MessageTemplate.Write"},
        "updateMessageTemplate": {"PM.MessageTemplate", "PM.MessageTemplate.Write"},
        "deleteMessageTemplate": {"PM.MessageTemplate", "PM.MessageTemplate.Write"},
        "getSamlCertificatePair": {"PM.AuthSetting"},
        "uploadPrimarySamlCertificate": {"PM.AuthSetting"},
        "uploadSecondarySamlCertificate": {"PM.AuthSetting"},
        "switchSamlCertificates": {"PM.AuthSetting"},
        "deleteSamlCertificate": {"PM.AuthSetting"},
        "getOrganizationAccessPolicy": {"PM.AuthSetting"},
        "updateOrganizationAccessPolicy": {"PM.AuthSetting"},
        "createSamlProvisioningRule": {"PM.AuthSetting"},
        "updateSamlProvisioningRule": {"PM.AuthSetting"},
        "listSamlProvisioningRules": {"PM.AuthSetting"},
        "getSamlProvisioningRule": {"PM.AuthSetting"},
        "deleteSamlProvisioningRule": {"PM.AuthSetting"},
        "deleteSamlProvisioningRules": {"PM.AuthSetting"},
        "generateExternalClientSecretValue": {"PM.OAuthApp", "PM.OAuthApp.Write", "PM.OAuthAppSecret.Write"},
        "listUserLoginAttempts": {"PM.UserLoginAttempt", "PM.UserLoginAttempt.Read"},
    }
    for names, scopes in SCOPES_BY_OPERATIONS:
        expected.update({name: scopes for name in names})
    for op in spec_lint.operations(SPEC):
        by_scheme: dict[str, set[str]] = {}
        for requirement in op.data["security"]:
            for scheme, scopes in requirement.items():
                assert len(scopes) == 1, f"{op.label}: each alternative names one scope"
                by_scheme.setdefault(scheme, set()).update(scopes)
        want = expected[op.data["operationId"]]
        assert by_scheme == {"OAuth2ClientCredentials": want, "PersonalAccessToken": want}, op.label


def test_servers_cover_every_deployment_with_an_organization_variable() -> None:
    urls = [server["url"] for server in SPEC["servers"]]
    assert urls == [
        "https://cloud.uipath.com/{organizationName}/identity_",
        "https://govcloud.uipath.us/{organizationName}/identity_",
        "https://{customURL}.dedicated.uipath.com/{organizationName}/identity_",
        "https://{yourDomain}/{organizationName}/identity_",
    ]
    assert all("organizationName" in server["variables"] for server in SPEC["servers"])


def test_links_chain_create_to_its_follow_up_operations() -> None:
    create = SPEC["paths"]["/api/ExternalClient"]["post"]["responses"]["201"]["links"]
    targets = {link["operationId"] for link in create.values()}
    assert {
        "getExternalClient",
        "updateExternalClient",
        "deleteExternalClient",
        "generateExternalClientSecret",
    } <= targets
    for path, status, wanted in [
        ("/api/Group", "201", {"getGroup", "updateGroup", "deleteGroup", "checkGroupMembers"}),
        ("/api/RobotAccount", "201", {"getRobotAccount", "updateRobotAccount", "deleteRobotAccount"}),
        ("/api/User", "200", {"getUser", "updateUser", "deleteUser", "changeUserPassword", "listUserLoginAttempts"}),
    ]:
        links = SPEC["paths"][path]["post"]["responses"][status]["links"]
        assert wanted <= {link["operationId"] for link in links.values()}, path
    generate = SPEC["paths"]["/api/ExternalClient/GenerateSecret"]["post"]["responses"]["200"]["links"]
    assert "deleteExternalClientSecret" in {link["operationId"] for link in generate.values()}


def _mutated(change: Any) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    change(spec)
    return spec


def _create_op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/api/ExternalClient"]["post"]
    return op


def _body_example(spec: dict[str, Any]) -> dict[str, Any]:
    example: dict[str, Any] = _create_op(spec)["requestBody"]["content"]["application/json"]["examples"][
        "confidentialApp"
    ]["value"]
    return example


DEFECTS = {
    "unique-operation-ids": lambda s: _create_op(s).update(operationId="listExternalClients"),
    "operation-completeness": lambda s: _create_op(s).pop("summary"),
    "no-body-on-get-or-delete": lambda s: s["paths"]["/api/ExternalClient/{partitionGlobalId}"]["get"].update(
        requestBody={"content": {"application/json": {"schema": {"type": "object"}}}}
    ),
    "scopes-declared": lambda s: _create_op(s)["security"].append({"OAuth2ClientCredentials": ["PM.Nope"]}),
    "refs-resolve": lambda s: _create_op(s)["responses"].update({"400": {"$ref": "#/components/responses/Nope"}}),
    "examples-validate": lambda s: _body_example(s).update(partitionGlobalId="orgId"),
    "examples-present": lambda s: _create_op(s)["requestBody"]["content"]["application/json"].pop("examples"),
    "openapi-document": lambda s: s.pop("info"),
}


@pytest.mark.parametrize("rule", sorted(DEFECTS))
def test_rule_catches_its_defect(rule: str) -> None:
    assert set(DEFECTS) == set(spec_lint.RULES)
    problems = spec_lint.RULES[rule](_mutated(DEFECTS[rule]))
    assert problems, f"rule {rule} missed the defect"


def test_a_delete_body_needs_a_stated_reason() -> None:
    def body_on_single_delete(spec: dict[str, Any]) -> None:
        spec["paths"]["/api/ExternalClient/{partitionGlobalId}/{clientId}"]["delete"]["requestBody"] = {
            "content": {"application/json": {"schema": {"type": "object"}}}
        }

    def unexplained_bulk_delete(spec: dict[str, Any]) -> None:
        spec["paths"]["/api/Group/{partitionGlobalId}"]["delete"].pop("x-body-on-delete")

    for change in (body_on_single_delete, unexplained_bulk_delete):
        assert spec_lint.check_no_body_on_get_or_delete(_mutated(change)), change.__name__


def test_example_validation_checks_formats_and_names_the_field() -> None:
    problems = spec_lint.check_examples_validate(_mutated(DEFECTS["examples-validate"]))
    assert any("partitionGlobalId" in p and "uuid" in p for p in problems), problems


def test_a_missing_4xx_response_is_reported() -> None:
    def drop_4xx(spec: dict[str, Any]) -> None:
        responses = _create_op(spec)["responses"]
        for code in [c for c in responses if c.startswith("4")]:
            del responses[code]

    assert any("no 4xx" in p for p in spec_lint.check_operation_completeness(_mutated(drop_4xx)))
