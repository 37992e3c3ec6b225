"""hostile_inputs.py: every writable operation of the spec gets valid hostile body examples."""

from __future__ import annotations

from typing import Any

import jsonschema

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


def test_every_writable_operation_gets_non_ascii_and_max_length_text() -> None:
    assert writable()
    for method, path, operation in writable():
        examples = operation["requestBody"]["content"]["application/json"]["examples"]
        labels = {name for name in examples if name.startswith("gate-")}
        assert any(label.endswith("-non-ascii") for label in labels), (method, path, labels)
        assert any(label.endswith("-max-length") for label in labels), (method, path, labels)


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
