#!/usr/bin/env python3
"""openapi-python-client with our naming rule and our resource client; scripts/regenerate runs this
instead of the bare CLI.

openapi-python-client has no option for how JSON names become Python names, and its rule reads
acronyms letter by letter (`groupIDsToAdd` -> `group_i_ds_to_add`) and suffixes every builtin's
name (`type` -> `type_`). This wrapper installs two generic rules before running the CLI:
- an upper-case run is one word, also as a plural (`IDs`, `URLs`): `group_ids_to_add`, `redirect_url`;
- only keywords and the names the generated code itself relies on get the `_` suffix, so a field
  may be called `type` or `id` (both are fine as attributes and arguments).

It also renders what upstream does not know, from the same parsed spec the endpoint modules get:
the resource client's design is decided in Python by `client_plan.plan()` (method names, arguments,
paging, read-back, patch plans, secret fields) and only rendered by the templates:
`api/<tag>/resource.py` (templates/tag_resource.py.jinja), `resources.py`
(templates/resources.py.jinja) and `description.json` (the same plan as data, for a CLI).

What it replaces in openapi-python-client, checked against the pinned version (a different one
stops the run, naming both, so an upgrade is a reviewed change): `strings.split_words` and
`strings.fix_reserved_words` (the naming rule), `Project.build` (wrapped: it adds the plan
before upstream renders anything and writes our files after), and `UnionProperty`'s type strings
and imports (wrapped: a union of objects also admits `types.UnknownObject`, the variant a newer
service may send, which templates/property_templates/union_property.py.jinja keeps).
"""

from __future__ import annotations

import keyword
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client import Project, strings
from openapi_python_client.cli import app
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import client_plan  # type: ignore[import-not-found]  # noqa: E402  (scripts/, put on sys.path above)

from contract_tests import spec_merge, spec_model  # noqa: E402

# Names the generated modules use unqualified (types in annotations, helpers); a field named like
# one of these would shadow it inside a model class or a function.
_USED_BY_GENERATED_CODE = {
    "self", "cls", "true", "false", "datetime", "str", "int", "float", "bool", "list", "dict",
    "object", "bytes", "isinstance", "cast", "client", "kwargs", "response", "json", "d",
}  # fmt: skip
_WORD = re.compile(r"[A-Z]+s(?=[A-Z\d]|$)|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
#: What this module replaces in upstream; each must exist in the pinned version.
PATCHED = (
    (strings, "split_words"),
    (strings, "fix_reserved_words"),
    (Project, "build"),
    (UnionProperty, "_get_inner_type_strings"),
    (UnionProperty, "get_imports"),
)


def pinned_version() -> str:
    """openapi-python-client's version as pinned in the project's pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    for requirement in project["project"]["dependencies"]:
        name, _, version = requirement.partition("==")
        if name.strip() == "openapi-python-client":
            return str(version).strip()
    raise SystemExit("generator: openapi-python-client is not pinned in pyproject.toml")


def check_upstream() -> None:
    """Refuse to patch an openapi-python-client other than the pinned one, or one that moved."""
    installed, pinned = openapi_python_client.__version__, pinned_version()
    if installed != pinned:
        raise SystemExit(
            f"generator: openapi-python-client {installed} is installed but {pinned} is pinned; "
            "scripts/generator.py replaces parts of it (PATCHED) checked only against the pinned one"
        )
    missing = [f"{owner.__name__}.{name}" for owner, name in PATCHED if not callable(getattr(owner, name, None))]
    if missing:
        raise SystemExit(f"generator: openapi-python-client {installed} lacks {', '.join(missing)}")


def split_words(value: str) -> list[str]:
    words: list[str] = []
    for chunk in re.findall(rf"[^{re.escape(strings.DELIMITERS)}]+", value):
        words += _WORD.findall(chunk) if any(c.isupper() for c in chunk) else [chunk]
    return words


def fix_reserved_words(value: str) -> str:
    return f"{value}_" if keyword.iskeyword(value) or value in _USED_BY_GENERATED_CODE else value


def method_name_overrides(model: spec_model.SpecModel) -> dict[str, str]:
    """operationId (as a Python name) -> its `x-method-name`, where the spec gives one."""
    return {
        str(strings.PythonIdentifier(op.operation_id, "field_")): str(
            strings.PythonIdentifier(op.raw["x-method-name"], "field_")
        )
        for op in model.operations
        if "x-method-name" in op.raw
    }


def spec_path() -> Path:
    """The spec being generated (the CLI's `--path`)."""
    argv = sys.argv
    for i, arg in enumerate(argv):
        if arg == "--path" and i + 1 < len(argv):
            return Path(argv[i + 1]).resolve()
        if arg.startswith("--path="):
            return Path(arg.split("=", 1)[1]).resolve()
    raise SystemExit("generator: --path SPEC is required")


def is_open_union(union: UnionProperty) -> bool:
    """A union of objects (a oneOf of models): a newer service may send a variant it lacks."""
    return all(isinstance(p, ModelProperty) for p in union.inner_properties)


_inner_type_strings = UnionProperty._get_inner_type_strings
_union_imports = UnionProperty.get_imports


def _open_inner_type_strings(self: UnionProperty, json: bool) -> set[strings.PythonCode]:
    found = _inner_type_strings(self, json)
    if not json and is_open_union(self):
        found.add(strings.PythonCode("UnknownObject"))
    return found


def _open_union_imports(self: UnionProperty, *, prefix: str) -> set[str]:
    imports = _union_imports(self, prefix=prefix)
    if is_open_union(self):
        imports.add(f"from {prefix}types import UnknownObject")
    return imports


_build = Project.build


def _build_with_resources(self: Project) -> Any:
    model = spec_model.SpecModel(spec_path(), spec_path().with_name(spec_model.TABLE_NAME))
    success_type = self.env.get_template("success_type.jinja").module.success_type  # type: ignore[attr-defined]
    plan = client_plan.plan(
        self.openapi.endpoint_collections_by_tag,
        model,
        method_name_overrides(model),
        lambda endpoint: str(success_type(endpoint)).strip(),
        self.env.globals["class_name"],
        spec_merge.services_of(model.document),
    )
    self.env.globals.update(plan=plan, ORG_VALUE=client_plan.ORG_VALUE)
    errors = _build(self)
    tag_template = self.env.get_template("tag_resource.py.jinja")
    for resource in plan.resources:
        text = tag_template.render(resource=resource)
        (self.package_dir / "api" / resource.tag / "resource.py").write_text(text, encoding=self.config.file_encoding)
    text = self.env.get_template("resources.py.jinja").render(resources=plan.client_resources)
    (self.package_dir / "resources.py").write_text(text, encoding=self.config.file_encoding)
    (self.package_dir / "description.json").write_text(plan.to_json(), encoding=self.config.file_encoding)
    return errors


check_upstream()
strings.split_words = split_words
strings.fix_reserved_words = fix_reserved_words
Project.build = _build_with_resources  # type: ignore[method-assign]
UnionProperty._get_inner_type_strings = _open_inner_type_strings  # type: ignore[method-assign]
UnionProperty.get_imports = _open_union_imports  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.argv[0] = "openapi-python-client"
    app()
