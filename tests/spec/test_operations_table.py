"""The operations table (spec/operations.yaml) binds every spec operation: behaviour, live policy,
and for every live write with an id in its path, the created resource it may touch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from contract_tests import spec_model
from contract_tests.mock_server import MockConfig, create_app
from contract_tests.mock_server.handlers import BindingError
from contract_tests.spec_model import LIVE_POLICIES, SPEC_PATH


def test_every_operation_has_a_binding_and_a_live_policy() -> None:
    model = spec_model.load()
    # The rows may name another service's resources (AuditQuery shows the unified log's `auditEvent`).
    shared = frozenset(r for service in spec_model.services() for r in service.model.resources)
    assert model.binding_problems(shared) == []
    for op in model.operations:
        assert op.binding is not None, op.operation_id
        assert op.binding.live in LIVE_POLICIES, op.operation_id


def test_every_live_write_with_an_id_in_its_path_names_what_it_may_touch() -> None:
    model = spec_model.load()
    for op in model.operations:
        assert op.binding is not None
        if op.method == "get" or op.binding.live == "never":
            continue
        for name in op.path_ids:
            assert name in op.binding.touches, f"{op.operation_id}: {name} may touch what?"
            assert op.binding.touches[name] in model.resources


def test_names_are_prefixed_within_the_spec_maxlength() -> None:
    model = spec_model.load()
    assert model.naming_max_length(model.by_id["createExternalClient"]) == ("name", 256)
    assert model.naming_max_length(model.by_id["generateExternalClientSecret"]) == ("description", 512)


def _copy_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "openapi.yaml"
    shutil.copy(SPEC_PATH, spec)
    shutil.copy(SPEC_PATH.with_name(spec_model.TABLE_NAME), tmp_path / spec_model.TABLE_NAME)
    return spec


def test_the_mock_refuses_to_start_with_an_unbound_operation(tmp_path: Path) -> None:
    spec = _copy_spec(tmp_path)
    table_path = tmp_path / spec_model.TABLE_NAME
    table = yaml.safe_load(table_path.read_text())
    del table["operations"]["deleteExternalClientSecret"]
    table_path.write_text(yaml.safe_dump(table))
    with pytest.raises(BindingError, match="deleteExternalClientSecret: no row"):
        create_app(MockConfig(spec_path=spec))


def test_the_mock_refuses_a_row_naming_no_operation(tmp_path: Path) -> None:
    spec = _copy_spec(tmp_path)
    table_path = tmp_path / spec_model.TABLE_NAME
    table = yaml.safe_load(table_path.read_text())
    table["operations"]["deleteEverything"] = {"resource": "externalClient", "action": "delete", "live": "never"}
    table_path.write_text(yaml.safe_dump(table))
    with pytest.raises(BindingError, match="deleteEverything"):
        create_app(MockConfig(spec_path=spec))
