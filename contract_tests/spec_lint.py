"""Checks of every service's document (spec/services.yaml) beyond the OpenAPI meta-schema.

openapi-spec-validator proves a document is valid OpenAPI 3.1; the lint rules here encode
the project's own standards (tests/spec runs each, the gate runs them all on every service):
unique operationIds; every operation has tags, a summary, security and 4xx responses; every
`$ref` resolves; every example validates against its schema; no GET has a body, nor a DELETE
unless it gives `x-body-on-delete` (bulk deletes);
every scope an operation names is declared by its security scheme. Across the services: the
documents merge into one package (`services-merge`: no tag or operationId twice, one meaning per
schema name, contract_tests/spec_merge.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate as validate_openapi_document
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from contract_tests import spec_merge, spec_model

SPEC_PATH = spec_model.SPEC_PATH
HTTP_METHODS = spec_model.HTTP_METHODS
SPEC_URI = "urn:uipath-identity-spec"

Spec = dict[str, Any]


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    data: dict[str, Any]
    pointer: str  # JSON pointer of the operation object in the spec

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def load_spec(path: Path = SPEC_PATH) -> Spec:
    """The parsed spec, through the project's one loader (callers must not mutate the result)."""
    return spec_model.load(path).document


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def operations(spec: Spec) -> Iterator[Operation]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(path, method, item[method], f"/paths/{_escape(path)}/{method}")


def resolve_pointer(spec: Spec, pointer: str) -> Any:
    node: Any = spec
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(spec: Spec, node: Any) -> Any:
    """Follow local `$ref`s until a non-reference object is reached."""
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(spec, node["$ref"].removeprefix("#"))
    return node


def schema_validator(spec: Spec, schema_pointer: str) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator (with format checks) for the schema at a pointer."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=registry, format_checker=FormatChecker()
    )


# --- lint rules: each returns a list of human-readable problems ------------------------------


def check_openapi_document(spec: Spec) -> list[str]:
    try:
        validate_openapi_document(spec)
    except Exception as error:  # the validator raises several unrelated exception types
        return [f"not a valid OpenAPI document: {error}"]
    return []


def check_unique_operation_ids(spec: Spec) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for op in operations(spec):
        op_id = op.data.get("operationId")
        if not op_id:
            problems.append(f"{op.label}: no operationId")
        elif op_id in seen:
            problems.append(f"{op.label}: operationId {op_id!r} already used by {seen[op_id]}")
        else:
            seen[op_id] = op.label
    return problems


def check_operation_completeness(spec: Spec) -> list[str]:
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    problems = []
    for op in operations(spec):
        data = op.data
        if not data.get("tags"):
            problems.append(f"{op.label}: no tags")
        problems += [f"{op.label}: tag {t!r} is not declared" for t in data.get("tags", []) if t not in declared_tags]
        if not data.get("summary"):
            problems.append(f"{op.label}: no summary")
        if not data.get("description"):
            problems.append(f"{op.label}: no description")
        if not data.get("security"):
            problems.append(f"{op.label}: no security requirement of its own")
        statuses = [str(code) for code in data.get("responses", {})]
        if not any(code.startswith("2") for code in statuses):
            problems.append(f"{op.label}: no 2xx response")
        if not any(code.startswith("4") for code in statuses):
            problems.append(f"{op.label}: no 4xx response")
        for code in statuses:
            if code.startswith(("4", "5")):
                response = deref(spec, data["responses"][code])
                if not response.get("content"):
                    problems.append(f"{op.label}: error response {code} has no schema")
    return problems


def check_no_body_on_get_or_delete(spec: Spec) -> list[str]:
    """No GET has a body; a DELETE only where the route cannot name its targets (bulk deletes).

    Such a DELETE says why in `x-body-on-delete` (D22); a body that only repeats path values (D1)
    has no such reason.
    """
    problems = []
    for op in operations(spec):
        if "requestBody" not in op.data:
            continue
        if op.method == "get" or (op.method == "delete" and not op.data.get("x-body-on-delete")):
            problems.append(f"{op.label}: a {op.method.upper()} must not have a request body")
    return problems


def check_scopes_declared(spec: Spec) -> list[str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    declared: dict[str, set[str]] = {}
    for name, scheme in schemes.items():
        if scheme.get("type") == "oauth2":
            declared[name] = {s for flow in scheme["flows"].values() for s in flow.get("scopes", {})}
    oauth_scopes = set().union(*declared.values()) if declared else set()
    problems = []
    for op in operations(spec):
        for requirement in op.data.get("security", []):
            for scheme_name, scopes in requirement.items():
                if scheme_name not in schemes:
                    problems.append(f"{op.label}: unknown security scheme {scheme_name!r}")
                    continue
                known = declared.get(scheme_name, oauth_scopes)  # bearer roles reuse the OAuth scopes
                problems += [f"{op.label}: scope {s!r} is not declared" for s in scopes if s not in known]
    return problems


def _refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield pointer, value
            else:
                yield from _refs(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{pointer}/{index}")


def check_refs_resolve(spec: Spec) -> list[str]:
    problems = []
    for where, ref in _refs(spec):
        if not ref.startswith("#/"):
            problems.append(f"{where}: {ref!r} is not a local reference")
            continue
        try:
            resolve_pointer(spec, ref[1:])
        except (KeyError, IndexError, ValueError):
            problems.append(f"{where}: {ref!r} does not resolve")
    return problems


def _examples(spec: Spec) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example value) for every example the spec gives."""
    for op in operations(spec):
        for index, param in enumerate(op.data.get("parameters", [])):
            yield from _parameter_example(spec, f"{op.pointer}/parameters/{index}", param)
        body = op.data.get("requestBody")
        if body:
            yield from _media_examples(spec, f"{op.pointer}/requestBody", deref(spec, body))
        for code, response in op.data.get("responses", {}).items():
            where = f"{op.pointer}/responses/{code}"
            if "$ref" in response:
                where = response["$ref"][1:]
            yield from _media_examples(spec, where, deref(spec, response))
    for path, item in spec.get("paths", {}).items():
        for index, param in enumerate(item.get("parameters", [])):
            yield from _parameter_example(spec, f"/paths/{_escape(path)}/parameters/{index}", param)
    for name, param in spec.get("components", {}).get("parameters", {}).items():
        yield from _parameter_example(spec, f"/components/parameters/{_escape(name)}", param)


def _parameter_example(spec: Spec, pointer: str, param: Any) -> Iterator[tuple[str, str, Any]]:
    if "$ref" in param:
        return  # checked where it is defined
    if "example" in param:
        yield pointer, f"{pointer}/schema", param["example"]


def _media_examples(spec: Spec, pointer: str, container: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    for media_type, media in container.get("content", {}).items():
        media_pointer = f"{pointer}/content/{_escape(media_type)}"
        schema_pointer = f"{media_pointer}/schema"
        if "example" in media:
            yield media_pointer, schema_pointer, media["example"]
        for name, example in media.get("examples", {}).items():
            example = deref(spec, example)
            if "value" in example:
                yield f"{media_pointer}/examples/{name}", schema_pointer, example["value"]


def check_examples_validate(spec: Spec) -> list[str]:
    problems = []
    for where, schema_pointer, value in _examples(spec):
        validator = schema_validator(spec, schema_pointer)
        problems += [
            f"{where}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
            for e in validator.iter_errors(value)
        ]
    return problems


def check_every_operation_has_examples(spec: Spec) -> list[str]:
    """Each body and each success response carries at least one example, for the docs and the gate."""
    problems = []
    for op in operations(spec):
        containers = []
        if "requestBody" in op.data:
            containers.append(("request body", deref(spec, op.data["requestBody"])))
        for code, response in op.data.get("responses", {}).items():
            if str(code).startswith("2"):
                containers.append((f"{code} response", deref(spec, response)))
        for label, container in containers:
            for media_type, media in container.get("content", {}).items():
                if "example" not in media and not media.get("examples"):
                    problems.append(f"{op.label}: {label} ({media_type}) has no example")
    return problems


RULES: dict[str, Callable[[Spec], list[str]]] = {
    "openapi-document": check_openapi_document,
    "unique-operation-ids": check_unique_operation_ids,
    "operation-completeness": check_operation_completeness,
    "no-body-on-get-or-delete": check_no_body_on_get_or_delete,
    "scopes-declared": check_scopes_declared,
    "refs-resolve": check_refs_resolve,
    "examples-validate": check_examples_validate,
    "examples-present": check_every_operation_has_examples,
}


def lint(spec: Spec | None = None, services: Path = spec_model.SERVICES_PATH) -> dict[str, list[str]]:
    """Run every rule on `spec`; map each rule name to its problems (empty lists when clean).
    Without `spec`: on every service's document, each problem prefixed with the service's name,
    and whether the documents merge into one package (`services-merge`)."""
    if spec is not None:
        return {name: rule(spec) for name, rule in RULES.items()}
    listed = spec_model.services(services)
    results: dict[str, list[str]] = {name: [] for name in RULES}
    for service in listed:
        for name, rule in RULES.items():
            results[name] += [f"{service.name}: {problem}" for problem in rule(service.model.document)]
    results["services-merge"] = spec_merge.merge(listed).problems
    return results


def main() -> int:
    results = lint()
    for name, problems in results.items():
        print(f"{'FAIL' if problems else 'ok  '} {name}")
        for problem in problems:
            print(f"       {problem}")
    return 1 if any(results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
