"""Arguments for every generated resource method, built from the spec's examples and the
operations table, so that the method matrix (test_client_method_matrix.py) needs no code per
operation.

- The methods come from the package's own description (`description.json`, what the generator
  produced: `scripts/client_plan.py`): the client's own resources and every other service's
  (`client.audit.events`, `client.licenses.groups`, ...), the operations looked up in the
  services' documents merged as the generator merges them (contract_tests/spec_merge.py).
- A request body is the operation's spec example; path, query and body values naming a stored
  resource get a fresh one: the table says which resource an id names (`touches`, or the
  resource of the operation whose id parameter has that name), and the resource's creators (its
  POST/PUT operations whose table action creates, generates, uploads, updates or allocates, with
  no id in the path but another resource's it `touches`, as a group's license rule is made by a
  PUT on the group's id) are called with their own examples first; the new id is read from their answers
  (the resource's id field, else the last field named like the parameter, or the answer itself
  when it is a bare id) or, where the body
  chooses it (a user's `id`), set there.
- Names the table marks unique, and e-mail addresses, are made unique per call; a parameter
  addressing a resource by its naming field gets a new one's name.
"""

from __future__ import annotations

import copy
import datetime
import functools
import inspect
import itertools
import json
import operator
import re
import tempfile
import types
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import uipath_identity_client
from uipath_identity_client import models
from uipath_identity_client.types import UNSET, Unset

from contract_tests import spec_merge, spec_model

ORG = spec_model.PARTITION
_counter = itertools.count(1)
_CREATING = ("create", "generate", "upload", "update", "allocate")


def description() -> dict[str, Any]:
    """What the generator produced: the package's description of its resource methods."""
    text = package_files.files(uipath_identity_client).joinpath("description.json").read_text()
    data: dict[str, Any] = json.loads(text)
    return data


def resources() -> list[dict[str, Any]]:
    """Every resource the generator produced: the client's own, then each other service's."""
    described = description()
    return [*described["resources"], *(r for s in described.get("services", []) for r in s["resources"])]


def methods() -> list[tuple[str, dict[str, Any]]]:
    """(resource attribute from the client, dotted; method description) of every generated method."""
    return [(r.get("attribute") or r["tag"], m) for r in resources() for m in r["methods"]]


def resource_of(client: Any, attribute: str) -> Any:
    """`client.audit.events` for `audit.events`."""
    return operator.attrgetter(attribute)(client)


@functools.cache
def platform_model() -> spec_model.SpecModel:
    """Every service's document and table merged, as the generator sees them."""
    folder = Path(tempfile.mkdtemp(prefix="method-matrix-"))
    path = spec_merge.write(spec_model.services(), folder)
    return spec_model.SpecModel(path, path.with_name(spec_model.TABLE_NAME))


def example(op: spec_model.OperationModel, model: spec_model.SpecModel) -> Any:
    """The first example of the operation's JSON request body."""
    body = model.resolve(op.raw["requestBody"])["content"]["application/json"]
    if "examples" in body:
        return copy.deepcopy(model.resolve(next(iter(body["examples"].values())))["value"])
    return copy.deepcopy(body.get("example", model.resolve(body.get("schema", {})).get("example")))


def param_example(op: spec_model.OperationModel, model: spec_model.SpecModel, name: str) -> Any:
    item = model.document["paths"][op.path]
    for raw in [*item.get("parameters", []), *op.raw.get("parameters", [])]:
        param = model.resolve(raw)
        if param["name"] == name:
            return param.get("example", param.get("schema", {}).get("example"))
    return None


@dataclass
class Matrix:
    """Builds calls against one mock organization through `client` (a sync `IdentityClient`)."""

    client: Any
    model: spec_model.SpecModel = field(default_factory=platform_model)
    names: dict[str, str] = field(default_factory=dict)  # id name -> resource
    answers: dict[str, list[Any]] = field(default_factory=dict)  # resource -> JSON answers seen
    named: dict[str, Any] = field(default_factory=dict)  # resource -> naming value of the last one made
    last_path: dict[str, Any] = field(default_factory=dict)  # path values of the last call (by JSON name)

    def __post_init__(self) -> None:
        for op in self.model.operations:
            if op.binding is None:
                continue
            if op.id_param:
                self.names.setdefault(op.id_param, op.binding.resource)
            for name, resource in op.binding.touches.items():
                self.names.setdefault(name, resource)

    # -- which resource an id names, and a fresh one ------------------------------------------

    def resource_named(self, op: spec_model.OperationModel, json_name: str) -> str | None:
        binding = op.binding
        own = self.model.resources.get(binding.resource) if binding is not None else None
        if binding is not None and own is not None and own.id_field == json_name and json_name in binding.touches:
            # keyed by another resource's id (a group's license rule by the group's): its creators
            # need the other one, every other operation one of its own
            made = self.creators(binding.resource)
            return binding.touches[json_name] if not made or op in made else binding.resource
        if binding is not None and json_name in binding.touches:
            return binding.touches[json_name]
        if binding is not None and json_name == op.id_param:
            return binding.resource
        return self.names.get(json_name)

    def creators(self, resource: str) -> list[spec_model.OperationModel]:
        found = []
        for op in self.model.operations:
            b = op.binding
            if b is None or b.resource != resource or op.method not in ("post", "put"):
                continue
            if any(b.touches.get(name) in (None, resource) for name in op.path_ids):
                continue  # it addresses one that exists (an id in the path not another resource's)
            action = b.custom or b.action
            if not action.startswith(_CREATING) or op.body_schema is None:
                continue
            if any(self.resource_named(op, name) == resource for name in op.body_properties):
                continue  # it names an existing one (an update by body id)
            found.append(op)
        return found

    def fresh(self, resource: str, depth: int = 0) -> Any:
        """The id of a new `resource`, made by its creators (their spec examples)."""
        chosen: Any = None
        for op in self.creators(resource):
            body = self.body(op, depth + 1)
            id_field = self.model.resources[resource].id_field
            if (
                isinstance(body, dict)
                and id_field in op.body_properties
                and "format" in str(op.body_properties[id_field])
            ):
                body[id_field] = chosen = str(uuid.uuid4())  # the caller chooses it (a user's id)
            answer = self.call_json(op, body)
            self.answers.setdefault(resource, []).append(answer)
            if op.id_param and op.id_param in self.last_path:
                chosen = self.last_path[op.id_param]  # made on another's id: the path says which
            naming = self.model.resources[resource].naming
            if isinstance(body, dict) and naming in body:
                self.named[resource] = body[naming]
        if chosen is not None:
            return chosen
        return self.known(resource, None)

    def known(self, resource: str, param: str | None) -> Any:
        """The id of `resource` in the answers seen: its id field, else the last field named like `param`."""
        id_field = self.model.resources[resource].id_field
        suffix = param[0].upper() + param[1:] if param else None
        for answer in reversed(self.answers.get(resource, [])):
            if isinstance(answer, int | str) and not isinstance(answer, bool):
                return answer  # a create answering the new id alone
            items = answer if isinstance(answer, list) else [answer]
            for item in reversed(items):
                if not isinstance(item, dict):
                    continue
                if item.get(id_field) is not None:
                    return item[id_field]
                if suffix:
                    named = [v for k, v in item.items() if (k == param or k.endswith(suffix)) and v is not None]
                    if named:
                        return named[-1]
        return None

    def id_value(self, op: spec_model.OperationModel, json_name: str, fallback: Any, depth: int) -> Any:
        resource = self.resource_named(op, json_name)
        if resource is None or resource not in self.model.resources:
            return fallback
        if self.creators(resource) and depth < 3:
            made = self.fresh(resource, depth)
            if made is not None:
                return made
        return self.known(resource, json_name) or fallback

    # -- bodies -----------------------------------------------------------------------------

    def body(self, op: spec_model.OperationModel, depth: int = 0) -> Any:
        value = self.unique(op, example(op, self.model), op.body_schema or {})
        if not isinstance(value, dict):
            return value
        for name, schema in op.body_properties.items():
            schema = self.model.resolve(schema)
            if name == ORG or name not in value or self.resource_named(op, name) is None:
                continue
            is_list = "array" in str(schema.get("type"))
            if is_list and depth > 0 and not schema.get("minItems"):
                value[name] = []  # a creator's own optional references: none (no endless chain of creations)
            elif is_list:
                value[name] = [self.id_value(op, name, None, depth)]
            else:
                value[name] = self.id_value(op, name, value[name], depth)
        return value

    def unique(self, op: spec_model.OperationModel, value: Any, schema: Any) -> Any:
        """`value` with the unique names (the table's naming field of a unique resource) and
        e-mail addresses made unique, at any depth."""
        schema = self.model.resolve(schema) if isinstance(schema, dict) else {}
        resource = self.model.resource_of(op)
        naming = resource.naming if resource is not None and resource.unique else None
        if isinstance(value, list):
            return [self.unique(op, item, schema.get("items", {})) for item in value]
        if isinstance(value, dict):
            props = schema.get("properties") or {}
            out = {}
            id_field = resource.id_field if resource is not None else "id"
            for key, item in value.items():
                prop = self.model.resolve(props.get(key, {}))
                if key == id_field and isinstance(item, str) and prop.get("format") == "uuid":
                    item = str(uuid.uuid4())  # an id the caller chooses: a new one each time
                elif isinstance(item, str) and prop.get("format") == "email":
                    local, _, domain = item.partition("@")
                    item = f"{local}+m{next(_counter)}@{domain}"
                elif isinstance(item, str) and (key == naming or (key in ("userName", "name") and naming)):
                    item = f"m{next(_counter)}-{item}"[: int(prop.get("maxLength", 256))]
                else:
                    item = self.unique(op, item, prop)
                out[key] = item
            return out
        return value

    # -- calling ----------------------------------------------------------------------------

    def method_for(self, op: spec_model.OperationModel) -> tuple[str, dict[str, Any]]:
        for tag, method in methods():
            if method["operation_id"] == op.operation_id and method["kind"] == "call":
                return tag, method
        raise LookupError(op.operation_id)

    def call_json(self, op: spec_model.OperationModel, body: Any) -> Any:
        """Call the operation's resource method with `body` (JSON); its answer as JSON."""
        attribute, method = self.method_for(op)
        args, kwargs = self.arguments(method, op, body, depth=1)
        path = [a["json_name"] for a in method["arguments"] if a["location"] == "path" and not a["organization"]]
        self.last_path = dict(zip(path, args, strict=False))
        answer = getattr(resource_of(self.client, attribute), method["name"])(*args, **kwargs)
        return to_json(answer)

    def arguments(
        self, method: dict[str, Any], op: spec_model.OperationModel, body: Any = UNSET, depth: int = 0
    ) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments of `method` (a description entry) for `op`."""
        if body is UNSET and op.body_schema is not None:
            body = self.body(op, depth)
        built: Any = None
        if method["body_model"]:
            built = getattr(models, method["body_model"]).from_dict(body)
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for arg in method["arguments"]:
            if arg["organization"] or arg["same_as_path"]:
                continue
            name, location = arg["json_name"], arg["location"]
            if location == "field":
                value = getattr(built, arg["python_name"])
                if isinstance(value, Unset):
                    continue
            elif location == "body":
                value = from_json_body(method, body)
            else:
                fallback = param_example(op, self.model, name)
                resource = self.model.resource_of(op)
                if resource is not None and resource.naming == name and self.creators(resource.name):
                    self.fresh(resource.name, depth)  # addressed by its name: a new one, by its name
                    value = self.named.get(resource.name, fallback)
                elif location == "query" and not arg["required"]:
                    continue  # other optional query parameters: left out (some exclude each other)
                else:
                    value = self.id_value(op, name, fallback, depth)
                if value is None:
                    if arg["required"]:
                        raise LookupError(f"{op.operation_id}: no value for {name}")
                    continue
                if arg["kind"] == "datetime":
                    value = datetime.datetime.fromisoformat(value)
            if location == "path":
                args.append(value)
            else:
                kwargs[arg["python_name"]] = value
        return args, kwargs


def from_json_body(method: dict[str, Any], body: Any) -> Any:
    """A whole (non-object) JSON body as the method takes it: models from their JSON."""
    annotation = next(a["annotation"] for a in method["arguments"] if a["location"] == "body")
    found = re.search(r"Sequence\[(\w+)", annotation)
    cls = getattr(models, found.group(1), None) if found else None
    if isinstance(body, list) and cls is not None and hasattr(cls, "from_dict"):
        return [cls.from_dict(item) for item in body]
    return body


def to_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def conforms(value: Any, annotation: Any) -> bool:
    """Whether `value` is of the (evaluated) return annotation: classes, unions, lists, None."""
    origin = typing.get_origin(annotation)
    if annotation is None or annotation is type(None):
        return value is None
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, a) for a in typing.get_args(annotation))
    if origin is list:
        (item,) = typing.get_args(annotation)
        return isinstance(value, list) and all(conforms(v, item) for v in value)
    if isinstance(annotation, type):
        return isinstance(value, annotation)
    return True


def return_type(bound_method: Callable[..., Any]) -> Any:
    """The method's return annotation, evaluated in its module."""
    module = vars(inspect.getmodule(bound_method))
    return typing.get_type_hints(bound_method, globalns=module)["return"]
