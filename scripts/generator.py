#!/usr/bin/env python3
"""openapi-python-client with our naming rule and our resource modules; scripts/regenerate runs this
instead of the bare CLI.

openapi-python-client has no option for how JSON names become Python names, and its rule reads
acronyms letter by letter (`groupIDsToAdd` -> `group_ids_to_add`) and suffixes every builtin's
name (`type` -> `type_`). This wrapper installs two generic rules before running the CLI:
- an upper-case run is one word, also as a plural (`IDs`, `URLs`): `group_ids_to_add`, `redirect_url`;
- only keywords and the names the generated code itself relies on get the `_` suffix, so a field
  may be called `type` or `id` (both are fine as attributes and arguments).

It also renders two templates upstream does not know, with the same parsed spec the endpoint
modules get: `api/<tag>/resource.py` (templates/tag_resource.py.jinja: one class per tag whose
methods call that tag's endpoint functions) and `resources.py` (templates/resources.py.jinja: the
tags as attributes of `IdentityClient`). Method names come from the operationIds by `method_name`,
unless an operation names its method with the spec extension `x-method-name`.
"""

from __future__ import annotations

import keyword
import re
import sys
from typing import Any

import openapi_python_client
from openapi_python_client import Project, strings
from openapi_python_client.cli import app

# Names the generated modules use unqualified (types in annotations, helpers); a field named like
# one of these would shadow it inside a model class or a function.
_USED_BY_GENERATED_CODE = {
    "self", "cls", "true", "false", "datetime", "str", "int", "float", "bool", "list", "dict",
    "object", "bytes", "isinstance", "cast", "client", "kwargs", "response", "json", "d",
}  # fmt: skip
_WORD = re.compile(r"[A-Z]+s(?=[A-Z\d]|$)|[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def split_words(value: str) -> list[str]:
    words: list[str] = []
    for chunk in re.findall(rf"[^{re.escape(strings.DELIMITERS)}]+", value):
        words += _WORD.findall(chunk) if any(c.isupper() for c in chunk) else [chunk]
    return words


def fix_reserved_words(value: str) -> str:
    return f"{value}_" if keyword.iskeyword(value) or value in _USED_BY_GENERATED_CODE else value


#: operationId (as a Python name) -> the operation's `x-method-name`, read from the spec being generated.
_METHOD_NAMES: dict[str, str] = {}
_get_document = openapi_python_client._get_document


def _get_document_and_method_names(**kwargs: Any) -> Any:
    document = _get_document(**kwargs)
    if isinstance(document, dict):
        for item in (document.get("paths") or {}).values():
            for operation in item.values() if isinstance(item, dict) else ():
                if isinstance(operation, dict) and "operationId" in operation and "x-method-name" in operation:
                    key = strings.PythonIdentifier(operation["operationId"], "field_")
                    _METHOD_NAMES[key] = strings.PythonIdentifier(operation["x-method-name"], "field_")
    return document


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _stripped(endpoint: Any, tag: str) -> tuple[str, bool]:
    """The operationId without the words of its tag (singular or plural), and whether the last
    word it dropped was plural (`deleteRobotAccounts` acts on many, `deleteRobotAccount` on one)."""
    singular = {_singular(word) for word in tag.split("_")}
    plural = set(tag.split("_")) - singular
    words, many = [], False
    for word in str(endpoint.name).split("_"):
        if word in singular or word in plural:
            many = word in plural
        else:
            words.append(word)
    return "_".join(words) or str(endpoint.name), many


def method_name(endpoint: Any, tag: str) -> str:
    """The resource method's name: the operationId without the words of its tag (singular or
    plural), e.g. `listExternalClients` in ExternalClients -> `list`, `resolveDirectoryEntity` in
    Directory -> `resolve_entity`; the whole name if nothing would be left."""
    if str(endpoint.name) in _METHOD_NAMES:
        return _METHOD_NAMES[str(endpoint.name)]
    return _stripped(endpoint, tag)[0]


def iterator_name(name: str) -> str:
    """`list` -> `iter`, `list_members` -> `iter_members`, `search` -> `iter_search`."""
    return "iter" + name[len("list") :] if name == "list" or name.startswith("list_") else f"iter_{name}"


def method_names(collection: Any, tag: str) -> list[str]:
    """The method names of a tag's operations, in order. Where two would clash, the one acting on
    many gets `_many` (`delete` and `delete_many` for deleteRobotAccount and deleteRobotAccounts);
    names that still clash keep their full operationIds."""
    names = [method_name(endpoint, tag) for endpoint in collection.endpoints]
    clashing = {name for name in names if names.count(name) > 1}
    for i, endpoint in enumerate(collection.endpoints):
        if names[i] in clashing and str(endpoint.name) not in _METHOD_NAMES and _stripped(endpoint, tag)[1]:
            names[i] = f"{names[i]}_many"
    return [str(e.name) if names.count(n) > 1 else n for e, n in zip(collection.endpoints, names, strict=True)]


_init = Project.__init__
_build_api = Project._build_api


def _init_with_filters(self: Project, *args: Any, **kwargs: Any) -> None:
    _init(self, *args, **kwargs)
    self.env.filters.update(method_names=method_names, iterator_name=iterator_name)


def _build_api_and_resources(self: Project) -> None:
    _build_api(self)
    tag_template = self.env.get_template("tag_resource.py.jinja")
    collections = self.openapi.endpoint_collections_by_tag
    for tag, collection in collections.items():
        names = method_names(collection, tag)
        text = tag_template.render(endpoint_collection=collection, tag=tag, method_names=names)
        (self.package_dir / "api" / tag / "resource.py").write_text(text, encoding=self.config.file_encoding)
    text = self.env.get_template("resources.py.jinja").render(tags=sorted(collections))
    (self.package_dir / "resources.py").write_text(text, encoding=self.config.file_encoding)


strings.split_words = split_words
strings.fix_reserved_words = fix_reserved_words
openapi_python_client._get_document = _get_document_and_method_names
Project.__init__ = _init_with_filters  # type: ignore[method-assign]
Project._build_api = _build_api_and_resources  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.argv[0] = "openapi-python-client"
    app()
