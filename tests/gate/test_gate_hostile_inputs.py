"""hostile_inputs.py: every writable operation of the spec gets valid hostile body examples."""

from __future__ import annotations

from typing import Any

import jsonschema

from contract_tests import spec_model
from contract_tests.gate.hostile_inputs import MAX_LENGTH_CHARACTER, NON_ASCII, WRITE_METHODS, add_hostile_examples
from contract_tests.spec_lint import load_spec

SPEC = load_spec()
DERIVED = add_hostile_examples(SPEC)


def writable() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in DERIVED["paths"].items()
        for method, operation in item.items()
        if method in WRITE_METHODS and "requestBody" in operation
    ]


def test_every_write_naming_a_thing_gets_non_ascii_and_max_length_names() -> None:
    """The field the operations table says names what a write creates or renames (maxLength in the
    spec) always gets both variants; bodies without such text (bare id arrays) need none."""
    model = spec_model.load()
    named = 0
    for op in model.operations:
        naming = model.naming_max_length(op)
        if op.method not in WRITE_METHODS or naming is None:
            continue
        field, _ = naming
        examples = DERIVED["paths"][op.path][op.method]["requestBody"]["content"]["application/json"]["examples"]
        if not any(isinstance(e.get("value"), dict) and field in e["value"] for e in examples.values()):
            continue
        named += 1
        for kind in ("non-ascii", "max-length"):
            assert f"gate-{field}-{kind}" in examples, (op.operation_id, sorted(examples))
    assert named >= 5, named


def test_every_hostile_example_is_valid_and_hostile() -> None:
    for method, path, operation in writable():
        media = operation["requestBody"]["content"]["application/json"]
        schema = {**media["schema"], "components": DERIVED["components"]}
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for name, example in media["examples"].items():
            if name.startswith("gate-"):
                assert validator.is_valid(example["value"]), (method, path, name)
                text = str(example["value"])
                assert (
                    name.endswith("-empty")
                    or NON_ASCII[:4] in text
                    or MAX_LENGTH_CHARACTER * 8 in text
                    or (name.endswith(("-minimum", "-maximum")))
                ), (method, path, name)


def test_empty_arrays_and_the_spec_stays_untouched() -> None:
    create = DERIVED["paths"]["/api/ExternalClient"]["post"]["requestBody"]["content"]["application/json"]
    assert create["examples"]["gate-scopes-empty"]["value"]["scopes"] == []
    assert create["examples"]["gate-name-max-length"]["value"]["name"] == MAX_LENGTH_CHARACTER * 256
    original = SPEC["paths"]["/api/ExternalClient"]["post"]["requestBody"]["content"]["application/json"]
    assert not any(name.startswith("gate-") for name in original["examples"])
