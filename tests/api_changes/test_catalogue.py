"""A catalogue of synthetic edits, each classified on both axes: the change kind the differ reports,
and the report's overall impact for client code and for the wire (so an edit must not also drag in
a worse change than the one it is about).

The edits apply to a FROZEN copy of the spec as released in 0.1.0 (frozen_spec_0.1.0.yaml), not to
the live spec/openapi.yaml: the live spec keeps growing (new operations, required response fields,
uuid formats), and an edit that meant "remove an optional field" must keep meaning that."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.api_changes.changes import RULES, Impact, Report
from contract_tests.api_changes.differ import diff_specs

FROZEN_SPEC = Path(__file__).with_name("frozen_spec_0.1.0.yaml")
SPEC: dict[str, Any] = yaml.safe_load(FROZEN_SPEC.read_text())
B, A, C = Impact.BREAKING, Impact.ADDITION, Impact.COMPATIBLE

Edit = Callable[[dict[str, Any]], None]


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def op(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


ROBOT = ("/api/RobotAccount", "post")
LIST = ("/api/ExternalClient/{partitionGlobalId}", "get")
QUERY_TOP = {"name": "top", "in": "query", "schema": {"type": "integer"}}


def remove_operation(s: dict[str, Any]) -> None:
    del s["paths"]["/api/RobotAccount"]["post"]


def rename_operation(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["operationId"] = "addRobotAccount"


def move_operation(s: dict[str, Any]) -> None:
    s["paths"]["/api/RobotAccounts"] = s["paths"].pop("/api/RobotAccount")


def add_required_request_field(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["department"] = {"type": "string"}
    schema(s, "CreateRobotAccountRequest")["required"].append("department")


def add_optional_request_field(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["department"] = {"type": "string"}


def remove_optional_response_field(s: dict[str, Any]) -> None:
    del schema(s, "RobotAccount")["properties"]["lastLoginTime"]


def remove_required_response_field(s: dict[str, Any]) -> None:
    del schema(s, "RobotAccount")["properties"]["displayName"]
    schema(s, "RobotAccount")["required"].remove("displayName")


def add_response_field(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["email"] = {"type": ["string", "null"]}


def narrow_request_enum(s: dict[str, Any]) -> None:
    schema(s, "DirectoryEntityType")["enum"] = ["User", "Group"]


def widen_request_enum(s: dict[str, Any]) -> None:
    schema(s, "DirectoryEntityType")["enum"].append("Robot")


def widen_response_enum(s: dict[str, Any]) -> None:
    # ScopeType appears in requests (create/update) and responses (ExternalClient): widen a
    # response-only copy so the case isolates the response side.
    client = schema(s, "ExternalClient")["properties"]["resources"]["items"]
    resource = copy.deepcopy(schema(s, "ExternalClientResource"))
    scope = copy.deepcopy(schema(s, "Scope"))
    scope["properties"]["type"] = {"type": "string", "enum": ["user", "application", "robot"]}
    resource["properties"]["scopes"]["items"] = scope
    client.clear()
    client.update(resource)


def response_only_scope_type(s: dict[str, Any]) -> None:
    """The baseline of widen_response_enum: the same inlining, without the new value."""
    client = schema(s, "ExternalClient")["properties"]["resources"]["items"]
    resource = copy.deepcopy(schema(s, "ExternalClientResource"))
    scope = copy.deepcopy(schema(s, "Scope"))
    scope["properties"]["type"] = {"type": "string", "enum": ["user", "application"]}
    resource["properties"]["scopes"]["items"] = scope
    client.clear()
    client.update(resource)


def change_response_type(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["id"] = {"type": "integer", "format": "int64"}


def change_request_type(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["name"] = {"type": "integer"}


def response_nullable(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["displayName"]["type"] = ["string", "null"]


def response_not_nullable(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["lastLoginTime"]["type"] = "string"


def request_nullable(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["name"]["type"] = ["string", "null"]


def request_not_nullable(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["displayName"]["type"] = "string"


def response_field_optional(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["required"].remove("displayName")


def request_field_required(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["required"].append("displayName")


def request_field_optional(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["required"].remove("name")


def add_success_status(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["responses"]["202"] = {"description": "Accepted"}


def add_error_status(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["responses"]["422"] = {"$ref": "#/components/responses/ValidationFailed"}


def remove_status(s: dict[str, Any]) -> None:
    del op(s, *ROBOT)["responses"]["429"]


def change_scope(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["security"] = [{"OAuth2ClientCredentials": ["PM.RobotAccount"]}]


def add_scope(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["security"].append({"OAuth2ClientCredentials": ["PM.Admin"]})


def remove_server(s: dict[str, Any]) -> None:
    s["servers"].pop()


def add_server(s: dict[str, Any]) -> None:
    s["servers"].append({"url": "https://cloud.uipath.eu/{organizationName}/identity_"})


def add_request_content_type(s: dict[str, Any]) -> None:
    content = op(s, *ROBOT)["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = copy.deepcopy(content["application/json"])


def replace_request_content_type(s: dict[str, Any]) -> None:
    content = op(s, *ROBOT)["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")


def remove_response_content_type(s: dict[str, Any]) -> None:
    response = op(s, *ROBOT)["responses"]["201"]
    response["content"] = {"text/plain": {"schema": {"type": "string"}}}


def add_optional_query_parameter(s: dict[str, Any]) -> None:
    op(s, *LIST).setdefault("parameters", []).append(dict(QUERY_TOP))


def add_required_header_parameter(s: dict[str, Any]) -> None:
    header = {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}}
    op(s, *LIST).setdefault("parameters", []).append(header)


def query_parameter_required(s: dict[str, Any]) -> None:
    op(s, *LIST).setdefault("parameters", []).append({**QUERY_TOP, "required": True})


def remove_query_parameter(s: dict[str, Any]) -> None:
    """Nothing: the old side has the parameter (its `before` edit), the new side has not."""


def rename_path_parameter(s: dict[str, Any]) -> None:
    item = s["paths"].pop("/api/ExternalClient/{partitionGlobalId}")
    renamed = {**item["parameters"][0], "name": "organizationId"}
    item["parameters"] = [renamed]
    s["paths"]["/api/ExternalClient/{organizationId}"] = item


def change_const(s: dict[str, Any]) -> None:
    schema(s, "DirectoryGroup")["properties"]["objectType"] = {"const": "Group"}


def deprecate(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["deprecated"] = True


def reword(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["summary"] = "Create a robot account (reworded)"


def remove_request_body(s: dict[str, Any]) -> None:
    del op(s, *ROBOT)["requestBody"]


def optional_request_body(s: dict[str, Any]) -> None:
    op(s, *ROBOT)["requestBody"]["required"] = False


def add_request_body(s: dict[str, Any]) -> None:
    op(s, *LIST)["requestBody"] = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}


def add_optional_request_body(s: dict[str, Any]) -> None:
    op(s, *LIST)["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}


def add_response_content_type(s: dict[str, Any]) -> None:
    content = op(s, *ROBOT)["responses"]["201"]["content"]
    content["application/xml"] = copy.deepcopy(content["application/json"])


def remove_request_field(s: dict[str, Any]) -> None:
    del schema(s, "CreateRobotAccountRequest")["properties"]["groupIDsToAdd"]


def drop_closed_field(s: dict[str, Any]) -> None:
    remove_request_field(s)
    schema(s, "CreateRobotAccountRequest")["additionalProperties"] = False


def closed_request(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["additionalProperties"] = False


def add_required_response_field(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["email"] = {"type": "string"}
    schema(s, "RobotAccount")["required"].append("email")


def response_field_required(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["required"].append("lastLoginTime")


def narrow_response_enum(s: dict[str, Any]) -> None:
    response_only_scope_type(s)
    scope = schema(s, "ExternalClient")["properties"]["resources"]["items"]["properties"]["scopes"]["items"]
    scope["properties"]["type"]["enum"] = ["application"]


def remove_response_variant(s: dict[str, Any]) -> None:
    schema(s, "DirectoryEntity")["oneOf"].pop()


def add_response_variant(s: dict[str, Any]) -> None:
    robot = {"type": "object", "properties": {"objectType": {"const": "DirectoryRobot"}}}
    schema(s, "DirectoryEntity")["oneOf"].append(robot)


def add_variant_beside_a_changed_one(s: dict[str, Any]) -> None:
    """Variants are matched by their const tag: a new shape must not hide a change to a known one."""
    add_response_variant(s)
    del schema(s, "DirectoryUser")["properties"]["jobTitle"]


def add_request_variant(s: dict[str, Any]) -> None:
    properties = schema(s, "CreateRobotAccountRequest")["properties"]
    properties["displayName"] = {"oneOf": [{"type": "string"}, {"type": "integer"}]}


def request_variants(s: dict[str, Any]) -> None:
    properties = schema(s, "CreateRobotAccountRequest")["properties"]
    properties["displayName"] = {"oneOf": [{"type": "string"}]}


def query_parameter_optional(s: dict[str, Any]) -> None:
    add_optional_query_parameter(s)


def add_operation(s: dict[str, Any]) -> None:
    accounts = {"type": "array", "items": {"$ref": "#/components/schemas/RobotAccount"}}
    s["paths"]["/api/RobotAccount/{partitionGlobalId}"] = {
        "parameters": [{"$ref": "#/components/parameters/PartitionGlobalId"}],
        "get": {
            "operationId": "listRobotAccounts",
            "summary": "List robot accounts",
            "tags": op(s, *ROBOT)["tags"],
            "responses": {
                "200": {"description": "The robot accounts.", "content": {"application/json": {"schema": accounts}}}
            },
        },
    }


def add_model(s: dict[str, Any]) -> None:
    s["components"]["schemas"]["RobotGroup"] = {"type": "object", "properties": {"id": {"type": "string"}}}


def add_request_uuid_format(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["groupIDsToAdd"]["items"]["format"] = "uuid"


def add_response_uuid_format(s: dict[str, Any]) -> None:
    schema(s, "RobotAccount")["properties"]["id"]["format"] = "uuid"


def remove_response_datetime_format(s: dict[str, Any]) -> None:
    del schema(s, "RobotAccount")["properties"]["creationTime"]["format"]


def email_format(s: dict[str, Any]) -> None:
    schema(s, "CreateRobotAccountRequest")["properties"]["name"]["format"] = "email"


def drop_email_format(s: dict[str, Any]) -> None:
    """Nothing: the old side has the format (its `before` edit)."""


UPDATE = ("/api/ExternalClient/{partitionGlobalId}/{clientId}", "put")


def update_body_optional(s: dict[str, Any]) -> None:
    op(s, *UPDATE)["responses"]["200"]["x-body-optional"] = True


def unauthorized_body_optional(s: dict[str, Any]) -> None:
    s["components"]["responses"]["Unauthorized"]["x-body-optional"] = True


def update_body_required(s: dict[str, Any]) -> None:
    """Nothing: the old side has x-body-optional (its `before` edit)."""


def remove_model(s: dict[str, Any]) -> None:
    # Inline the only use of ScopeType: the wire is the same, the model class is gone.
    schema(s, "Scope")["properties"]["type"] = copy.deepcopy(schema(s, "ScopeType"))
    del s["components"]["schemas"]["ScopeType"]


# (edit giving the new side, expected change kind, client, wire[, edit giving the old side])
CASES: dict[str, tuple[Edit, str, Impact, Impact] | tuple[Edit, str, Impact, Impact, Edit]] = {
    "remove an operation": (remove_operation, "operation-removed", B, B),
    "rename an operationId": (rename_operation, "operation-renamed", B, C),
    "move an operation to a new path": (move_operation, "operation-moved", C, B),
    "add a required request field": (add_required_request_field, "request.field-added-required", B, B),
    "add an optional request field": (add_optional_request_field, "request.field-added-optional", A, A),
    "remove an optional response field": (remove_optional_response_field, "response.field-removed", B, C),
    "remove a required response field": (remove_required_response_field, "response.required-field-removed", B, B),
    "add a response field": (add_response_field, "response.field-added-optional", A, A),
    "narrow a request enum": (narrow_request_enum, "request.enum-narrowed", B, B),
    "widen a request enum": (widen_request_enum, "request.enum-widened", A, A),
    "widen a response enum": (widen_response_enum, "response.enum-widened", A, B, response_only_scope_type),
    "change a response type": (change_response_type, "response.type-changed", B, B),
    "change a request type": (change_request_type, "request.type-changed", B, B),
    "response field becomes nullable": (response_nullable, "response.nullable-added", B, B),
    "response field no longer nullable": (response_not_nullable, "response.nullable-removed", C, C),
    "request field becomes nullable": (request_nullable, "request.nullable-added", C, C),
    "request field no longer nullable": (request_not_nullable, "request.nullable-removed", B, B),
    "response field becomes optional": (response_field_optional, "response.field-made-optional", B, B),
    "request field becomes required": (request_field_required, "request.field-made-required", B, B),
    "request field becomes optional": (request_field_optional, "request.field-made-optional", C, C),
    "add a success status code": (add_success_status, "status-added-success", A, B),
    "add an error status code": (add_error_status, "status-added-error", A, C),
    "remove a status code": (remove_status, "status-removed", C, C),
    "change a scope": (change_scope, "scope-removed", B, B),
    "accept a further scope": (add_scope, "scope-added", A, A),
    "remove a server": (remove_server, "server-removed", B, B),
    "add a server": (add_server, "server-added", A, A),
    "add a request content type": (add_request_content_type, "request-content-type-added", A, A),
    "replace the request content type": (replace_request_content_type, "request-content-type-removed", B, B),
    "replace the response content type": (remove_response_content_type, "response-content-type-removed", B, B),
    "add an optional query parameter": (add_optional_query_parameter, "parameter-added-optional", A, A),
    "add a required header parameter": (add_required_header_parameter, "parameter-added-required", B, B),
    "make a query parameter required": (
        query_parameter_required,
        "parameter-made-required",
        B,
        B,
        add_optional_query_parameter,
    ),
    "remove a query parameter": (remove_query_parameter, "parameter-removed", B, C, add_optional_query_parameter),
    "rename a path parameter": (rename_path_parameter, "parameter-renamed", B, C),
    "change a const tag": (change_const, "response.enum-narrowed", B, B),
    "deprecate an operation": (deprecate, "operation-deprecated", C, C),
    "reword a summary": (reword, "documentation-changed", C, C),
    "remove a model, same JSON": (remove_model, "model-removed", B, C),
    "add a model": (add_model, "model-added", A, C),
    "a request field gets format uuid (Python str -> UUID)": (add_request_uuid_format, "request.format-added", B, B),
    "a response field gets format uuid (Python str -> UUID)": (add_response_uuid_format, "python-type-changed", B, C),
    "a response field loses format date-time": (remove_response_datetime_format, "response.format-removed", B, B),
    "a request field gets format email (no Python type)": (email_format, "request.format-added", C, B),
    "request loses format email": (drop_email_format, "request.format-removed", C, C, email_format),
    "add an operation": (add_operation, "operation-added", A, A),
    "a success answer may come without its body": (update_body_optional, "response-body-made-optional", B, B),
    "an error answer may come without its body": (unauthorized_body_optional, "error-body-made-optional", C, C),
    "the answer always carries its body again": (
        update_body_required,
        "response-body-made-required",
        C,
        C,
        update_body_optional,
    ),
    "remove the request body": (remove_request_body, "request-body-removed", B, C),
    "make the request body optional": (optional_request_body, "request-body-made-optional", C, C),
    "make the request body required": (add_request_body, "request-body-made-required", B, B, add_optional_request_body),
    "add a required request body": (add_request_body, "request-body-added-required", B, B),
    "add an optional request body": (add_optional_request_body, "request-body-added-optional", A, A),
    "add a response content type": (add_response_content_type, "response-content-type-added", A, C),
    "remove a request field (open schema)": (remove_request_field, "request.field-removed", B, C),
    "remove a closed request field": (drop_closed_field, "request.field-removed-closed", B, B, closed_request),
    "add a required response field": (add_required_response_field, "response.field-added-required", A, A),
    "response field becomes required": (response_field_required, "response.field-made-required", C, C),
    "narrow a response enum": (narrow_response_enum, "response.enum-narrowed", B, C, response_only_scope_type),
    "remove a response variant": (remove_response_variant, "response.variants-removed", C, C),
    "add a response variant": (add_response_variant, "response.variants-added", B, B),
    "add a response variant, remove a field of another": (
        add_variant_beside_a_changed_one,
        "response.field-removed",
        B,
        B,
    ),
    "add a request variant": (add_request_variant, "request.variants-added", A, A, request_variants),
    "remove a request variant": (request_variants, "request.variants-removed", B, B, add_request_variant),
    "make a query parameter optional": (
        query_parameter_optional,
        "parameter-made-optional",
        C,
        C,
        query_parameter_required,
    ),
}


def report_for(case: tuple[Any, ...]) -> Report:
    """old = the spec (with the case's `before` edit, if any); new = the spec with the edit."""
    old, new = copy.deepcopy(SPEC), copy.deepcopy(SPEC)
    if len(case) > 4:
        case[4](old)
    case[0](new)
    return Report("old", "new", "1.0.0", "1.0.0", diff_specs(old, new))


@pytest.mark.parametrize("name", list(CASES))
def test_each_edit_is_classified_on_both_axes(name: str) -> None:
    case = CASES[name]
    _, kind, client, wire = case[:4]
    report = report_for(case)
    kinds = [c.kind for c in report.changes]
    assert kind in kinds, f"{name}: {kind} not in {kinds}"
    assert (report.client, report.wire) == (client, wire), "\n" + report.render_text()


def test_every_rule_is_exercised_or_declared_spare() -> None:
    """A rule no edit reaches is untested classification."""
    reached = {kind for case in CASES.values() for kind in (c.kind for c in report_for(case).changes)}
    assert set(RULES) <= reached, sorted(set(RULES) - reached)


def test_unchanged_spec_has_no_changes() -> None:
    assert diff_specs(SPEC, copy.deepcopy(SPEC)) == []


def test_version_fields_are_not_api_changes() -> None:
    new = copy.deepcopy(SPEC)
    new["info"]["version"] = "9.9.9"
    new["info"]["x-documentation-version"] = "2030.01"
    assert diff_specs(SPEC, new) == []


def test_a_change_in_a_shared_component_shows_at_every_use() -> None:
    """Refs are resolved: Scope is used by create, update (requests) and every ExternalClient response."""
    new = copy.deepcopy(SPEC)
    schema(new, "Scope")["required"].append("displayName")
    changes = diff_specs(SPEC, new)
    operations = {c.operation for c in changes if c.kind == "request.field-made-required"}
    assert {"createExternalClient", "updateExternalClient"} <= operations
    responses = {c.operation for c in changes if c.kind == "response.field-made-required"}
    assert {"getExternalClient", "listExternalClients"} <= responses
