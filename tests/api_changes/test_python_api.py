"""griffe on the packages generated from two spec versions (both rendered by scripts/regenerate):
what users import is compared, not only what the spec implies."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from test_catalogue import (
    SPEC,
    add_model,
    add_operation,
    add_optional_request_field,
    add_required_request_field,
    narrow_request_enum,
    remove_optional_response_field,
    rename_operation,
    reword,
    widen_request_enum,
)

from contract_tests.api_changes import python_api
from contract_tests.api_changes.sources import SpecVersion

pytestmark = pytest.mark.slow
PKG = "uipath_identity_client"


def version(spec: dict[str, Any], label: str) -> SpecVersion:
    return SpecVersion(label, yaml.safe_dump(spec, sort_keys=False))


def test_renames_removals_and_new_required_arguments_are_caught() -> None:
    """Four breaking edits of the frozen spec: each shows in the code users import, the renamed
    operation both as a function and as a method of the resource client (IdentityClient) and of
    its raw-response variant."""
    new = copy.deepcopy(SPEC)
    for edit in (rename_operation, remove_optional_response_field, add_required_request_field, narrow_request_enum):
        edit(new)
    found = python_api.compare(version(SPEC, "old"), version(new, "new"))
    removed, required = "Public object was removed", "Parameter was added as required (attrs field without a default)"
    robots = f"{PKG}.api.robot_accounts"
    assert {line.split(" (", 1)[0] if removed in line else line for line in found} == {
        f"{robots}.create_robot_account: {removed}",
        f"{robots}.resource.RobotAccountsResource.create: {removed}",
        f"{robots}.resource.AsyncRobotAccountsResource.create: {removed}",
        f"{robots}.resource.RobotAccountsResourceWithRawResponse.create: {removed}",
        f"{robots}.resource.AsyncRobotAccountsResourceWithRawResponse.create: {removed}",
        f"{PKG}.models.robot_account.RobotAccount.last_login_time: {removed}",
        f"{PKG}.models.create_robot_account_request.CreateRobotAccountRequest.department: {required}",
        f"{PKG}.models.directory_entity_type.DirectoryEntityType.APPLICATION: {removed}",
    }, "\n".join(found)


def test_additions_and_rewording_break_nothing() -> None:
    """New modules, models, enum members and optional fields: nothing for griffe (nor `__all__`)."""
    new = copy.deepcopy(SPEC)
    for edit in (add_operation, add_model, add_optional_request_field, widen_request_enum, reword):
        edit(new)
    assert python_api.compare(version(SPEC, "old"), version(new, "new")) == []
