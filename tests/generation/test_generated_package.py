"""The generated package builds, installs, exposes every operation, and its models
round-trip the examples of the spec (from_dict -> to_dict gives the example back)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from contract_tests import spec_lint

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_DIR = ROOT / "generated" / "uipath-identity-client"
SPEC = spec_lint.load_spec()


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def module_of(op: spec_lint.Operation) -> str:
    return f"uipath_identity_client.api.{snake(op.data['tags'][0])}.{snake(op.data['operationId'])}"


@pytest.mark.slow
def test_wheel_builds_offline_installs_and_imports(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"), str(PACKAGE_DIR)],
        check=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("uipath_identity_client-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "uipath_identity_client/py.typed" in names
    assert any(n.endswith("api/external_clients/create_external_client.py") for n in names)
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True, timeout=300)
    probe = (
        "import uipath_identity_client as p, uipath_identity_client.api.external_clients."
        "list_external_clients as m; print(p.__file__); print(callable(m.sync))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], env={"PYTHONPATH": str(site)}, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0].startswith(str(site)) and out[1] == "True"


@pytest.mark.parametrize("op", list(spec_lint.operations(SPEC)), ids=lambda op: op.data["operationId"])
def test_every_operation_has_sync_and_async_functions(op: spec_lint.Operation) -> None:
    module = importlib.import_module(module_of(op))
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, function)), f"{module.__name__}.{function}"


def test_package_readme_lists_every_operation_with_its_resource_method() -> None:
    readme = (PACKAGE_DIR / "README.md").read_text()
    table = readme.split("\n## Operations\n", 1)[1]
    for op in spec_lint.operations(SPEC):
        name = snake(op.data["operationId"])
        assert re.search(rf"\| `\w+\.\w+\(\)` \| `api\.\w+\.{name}` \|", table), name


def _component_name(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str, bool] | None:
    """(component schema name, is_array) for `$ref` or array-of-`$ref` schemas."""
    if schema.get("type") == "array":
        inner = _component_name(spec, schema["items"])
        return (inner[0], True) if inner else None
    ref = schema.get("$ref", "")
    return (ref.rsplit("/", 1)[1], False) if ref.startswith("#/components/schemas/") else None


def _model_class(name: str, value: dict[str, Any]) -> Any:
    models = importlib.import_module("uipath_identity_client.models")
    if name == "DirectoryEntity":  # a oneOf: the variant is named by objectType
        name = value["objectType"]
    return getattr(models, name)


def _examples() -> list[tuple[str, str, Any]]:
    cases = []
    for where, schema_pointer, value in spec_lint._examples(SPEC):
        schema = spec_lint.resolve_pointer(SPEC, schema_pointer)
        found = _component_name(SPEC, schema)
        if found:
            name, is_array = found
            for index, item in enumerate(value if is_array else [value]):
                cases.append((f"{where}[{index}]", name, item))
    return cases


def _normalized(value: Any) -> Any:
    """Date-times compare as instants (the model re-serializes them in ISO form)."""
    if isinstance(value, dict):
        return {k: _normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalized(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?", value):
        return datetime.fromisoformat(value)
    return value


EXAMPLES = _examples()


def test_examples_cover_every_model_used_by_an_operation() -> None:
    covered = {name for _, name, _ in EXAMPLES}
    assert {
        "ExternalClient",
        "CreateExternalClientRequest",
        "UpdateExternalClientRequest",
        "GenerateSecretRequest",
        "NewClientSecret",
        "ResolveDirectoryEntityRequest",
        "DirectoryEntity",
        "CreateRobotAccountRequest",
        "RobotAccount",
        "ValidationProblemDetails",
    } <= covered


@pytest.mark.parametrize(("where", "name", "value"), EXAMPLES, ids=[w for w, _, _ in EXAMPLES])
def test_model_round_trips_the_example(where: str, name: str, value: Any) -> None:
    model = _model_class(name, value)
    if isinstance(model, type) and issubclass(model, Enum):  # an enum-typed parameter's example
        assert model(value).value == value
        return
    parsed = model.from_dict(value)
    if name == "DirectoryEntity":
        assert type(parsed).__name__ == value["objectType"]
    assert _normalized(parsed.to_dict()) == _normalized(value)
