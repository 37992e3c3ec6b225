"""The resource client's design as Python objects: what `scripts/generator.py` decides and the
templates only render (as openapi-python-client's own parser decides and its templates render).

From the parsed spec (openapi-python-client's endpoints, for Python names and types) and the raw
spec (`contract_tests/spec_model.py`, for extensions and bounds), `plan()` builds one `Resource`
per tag with its `Method`s: names, arguments (what each accepts and how it is converted for the
wire), paging, read-back after an update that may answer without a body, patch plans, secret
fields. `Resource.to_json()` is the same description as data: the package ships it
(`description.json`), so a CLI can be generated or driven from what the resource client is.

Rules, each in one function below:
- method names: the operationId without the tag's words; `_many` for the one acting on many where
  two would clash; `x-method-name` overrides (`method_names`);
- arguments: every id (a `format: uuid` value, or a string whose name ends in `Id`/`Ids`/`ID`/`IDs`)
  accepts a `UUID` or a `str`; an enum accepts its members or their plain string values; a model
  whose schema has `x-shorthand` also accepts a plain string; lists accept any sequence; integer
  query parameters are checked against the spec's bounds before sending (`argument`);
- paging: an operation with `top` and `skip` query parameters answering a list (or one object with
  one list field) also gets `iter...`, which reads every page before yielding (`paging`);
- read-back: an answer the spec marks `x-body-optional` is read back with the GET of the same
  resource, so the method always returns the state (`getter_for`, `read_back`);
- patch: a PUT whose resource a GET of the same tag reads as one object (its ids all among the
  PUT's path parameters and body fields) also gives `patch`: read, keep, change, replace with exactly
  the update schema's fields (`patch`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

ORG = "partitionGlobalId"
#: Where a conversion (`Argument.convert`) puts the value it converts.
VALUE = "__value__"
#: The Python expression of the bound organization id in a generated method (a local it sets first).
ORG_VALUE = "_org"
PAGING = ("top", "skip")
_ID_NAME = re.compile(r"(Id|Ids|ID|IDs)$")


class PlanError(ValueError):
    """The spec asks for something the resource client cannot render (names the operation)."""


@dataclass(frozen=True)
class Argument:
    """One argument of a resource method and how it reaches the wire."""

    python_name: str
    json_name: str
    location: str  # path | query | header | field (of the JSON body) | body (the whole body)
    annotation: str  # what the method accepts, e.g. `UUID | str`
    required: bool
    default: str | None  # Python source of the default; None when required
    convert: str  # Python expression turning the argument into the wire type (of VALUE); "" when none
    kind: str  # uuid | id | enum | model | list | int | str | bool | datetime | any
    organization: bool = False  # filled in with the bound organization, never an argument
    same_as_path: bool = False  # a body field taking the value of a path parameter (`same_as`)
    same_as: str | None = None  # that path parameter: of the same name, or the field's `x-same-as`
    secret: bool = False
    minimum: int | None = None
    maximum: int | None = None
    enum_values: tuple[str, ...] = ()
    description: str = ""
    # For tools driven by the description (the CLI): what a list holds and which model a value
    # (or a list's items) is, so a value given as text can be built.
    item_kind: str = ""  # a list's items: uuid | id | enum | model | int | str | ...; "" when not a list
    model: str | None = None  # the model class of a `model` value or of a list's items
    item_enum_values: tuple[str, ...] = ()  # the values of a list's enum items

    @property
    def is_parameter(self) -> bool:
        """Whether the method takes it (the organization and body copies of path values are filled in)."""
        return not (self.organization or self.same_as_path)

    def converted(self, value: str | None = None) -> str:
        """The expression giving the wire value of this argument (`value` defaults to its name)."""
        name = value or self.python_name
        if not self.convert:
            return name
        expression = self.convert.replace(VALUE, name)
        guards = []
        if "None" in self.annotation.split(" | "):
            guards.append(f"{name} is None")
        if self.default == "UNSET":
            guards.append(f"isinstance({name}, Unset)")
        return f"({name} if {' or '.join(guards)} else {expression})" if guards else expression


@dataclass(frozen=True)
class Call:
    """A call of an endpoint function: its module and the Python expressions of its arguments."""

    endpoint: str
    operation_id: str
    positional: tuple[str, ...]  # path parameters, organization included, in the endpoint's order
    keywords: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Paging:
    """How `iter...` pages through a list operation."""

    list_method: str
    item_type: str
    items_field: str | None  # None: the answer is the list itself
    items_required: bool
    page_size_max: int
    id_field: str | None  # the items' id (python name), to drop an item seen twice


@dataclass(frozen=True)
class PatchField:
    json_name: str
    python_name: str
    read_from: str | None  # where the GET answer has it (`x-read-from`), when not under the same name


@dataclass(frozen=True)
class Patch:
    """Read with `getter`, keep `fields` (taken from the answer), fill `filled` from arguments and
    the organization, change what the caller gives, replace with the PUT."""

    getter: Call
    fields: tuple[PatchField, ...]
    filled: tuple[tuple[str, str], ...]  # json name -> Python expression


@dataclass(frozen=True)
class Method:
    name: str
    kind: str  # call | iter | patch
    operation_id: str
    endpoint: str
    http_method: str
    path: str
    arguments: tuple[Argument, ...]
    returns: str  # the Python return type (for iter: the item type)
    body_model: str | None  # the request model built from `field` arguments
    call: Call
    summary: str
    description: str = ""
    read_back: Call | None = None  # when the answer may be empty: the GET that reads the state back
    paging: Paging | None = None
    patch: Patch | None = None
    secret_fields: tuple[str, ...] = ()  # JSON names of request fields marked `x-secret`
    secret_answer: bool = False  # the whole success answer is a secret (`x-secret` on its schema)

    @property
    def parameters(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.is_parameter)

    @property
    def needs_org(self) -> bool:
        """Whether the method fills in the bound organization (and so resolves it first)."""
        calls = [c for c in (self.call, self.read_back, self.patch.getter if self.patch else None) if c is not None]
        code = " ".join(" ".join([*c.positional, *(value for _, value in c.keywords)]) for c in calls)
        return bool(re.search(rf"\b{ORG_VALUE}\b", code)) or (self.patch is not None and bool(self.patch.filled))

    @property
    def positional(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.parameters if a.location == "path")

    @property
    def keywords(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.parameters if a.location != "path")


@dataclass(frozen=True)
class Resource:
    tag: str
    class_name: str
    description: str
    methods: tuple[Method, ...]
    service: str = ""  # the service (spec/services.yaml) whose document has the tag
    # Where it hangs from the client, dotted: `external_clients` (the primary service's resources
    # are the client's own), `audit.events` (another service's, under its attribute).
    attribute: str = ""

    @property
    def name(self) -> str:
        """Its attribute on the object it hangs from (the client, or a service's namespace)."""
        return self.attribute.rpartition(".")[2]

    @property
    def raw_methods(self) -> tuple[Method, ...]:
        """The methods that have a raw-response variant (all but the iterators)."""
        return tuple(m for m in self.methods if m.kind != "iter")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Service:
    """A service of spec/services.yaml as the client exposes it."""

    name: str
    title: str
    prefix: str  # its URL segment after the organization (`orgaudit_`)
    tenant_prefix: str | None  # its URL segment after `/{organization}/{tenant}/`, if it has a tenant level
    attribute: str  # dotted path of its namespace from the client; "" for the primary service
    path_prefix: str  # where the merged document put its paths ("" for the primary)
    primary: bool
    resources: tuple[Resource, ...]

    @property
    def method_count(self) -> int:
        return sum(len(r.methods) for r in self.resources)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["methods"] = self.method_count
        if self.primary:  # they are the top-level `resources`, where tools that predate services read them
            data["resources"] = []
        return data


@dataclass(frozen=True)
class Namespace:
    """An attribute of the client holding services' resources (`client.audit`), possibly nested
    (`client.audit.classic`): a node of the tree the services' `client` paths make."""

    path: str  # dotted, from the client
    service: Service | None  # the service whose resources it holds (None: only a parent of others)
    children: tuple[Namespace, ...]

    @property
    def name(self) -> str:
        return self.path.rpartition(".")[2]

    @property
    def class_name(self) -> str:
        return "".join(word.capitalize() for part in self.path.split(".") for word in part.split("_"))


@dataclass
class Plan:
    #: every resource of every service (one module each, `api/<tag>/resource.py`)
    resources: list[Resource] = field(default_factory=list)
    #: endpoint module name -> operationId
    operation_ids: dict[str, str] = field(default_factory=dict)
    #: (resource, method, operationId) of the cheap authenticated read that proves credentials
    probe: tuple[str, str, str] | None = None
    services: list[Service] = field(default_factory=list)
    #: endpoint module name -> (service, its path under the service's base URL), for the operations
    #: of every service but the primary
    routes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def by_tag(self, tag: str) -> Resource:
        return next(r for r in self.resources if r.tag == tag)

    @property
    def client_resources(self) -> list[Resource]:
        """The resources on the client itself (the primary service's)."""
        primary = {s.name for s in self.services if s.primary}
        return [r for r in self.resources if r.service in primary or not self.services]

    @property
    def namespaces(self) -> tuple[Namespace, ...]:
        """The client's attributes holding other services' resources, as a tree."""
        return _namespaces([s for s in self.services if not s.primary], "")

    def method_count(self) -> int:
        """The methods on the client itself (the primary service's)."""
        return sum(len(r.methods) for r in self.client_resources)

    def to_json(self) -> str:
        data = {
            "resources": [r.to_json() for r in self.client_resources],
            "methods": self.method_count(),
            "services": [s.to_json() for s in self.services],
            "all_methods": sum(len(r.methods) for r in self.resources),
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


def _namespaces(services: list[Service], parent: str) -> tuple[Namespace, ...]:
    depth = len(parent.split(".")) if parent else 0
    names: list[str] = []
    for s in services:
        parts = s.attribute.split(".")
        if len(parts) > depth and ".".join(parts[:depth]) == parent and parts[depth] not in names:
            names.append(parts[depth])
    found = []
    for name in names:
        path = f"{parent}.{name}" if parent else name
        own = next((s for s in services if s.attribute == path), None)
        found.append(Namespace(path, own, _namespaces(services, path)))
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# names


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def stripped_name(endpoint_name: str, tag: str) -> tuple[str, bool]:
    """The operationId without the words of its tag (singular or plural), and whether the last
    word it dropped was plural (`deleteRobotAccounts` acts on many, `deleteRobotAccount` on one)."""
    singular = {_singular(word) for word in tag.split("_")}
    plural = set(tag.split("_")) - singular
    words, many = [], False
    for word in endpoint_name.split("_"):
        if word in singular or word in plural:
            many = word in plural
        else:
            words.append(word)
    return "_".join(words) or endpoint_name, many


def method_names(endpoints: list[Any], tag: str, overrides: dict[str, str]) -> list[str]:
    """The method names of a tag's operations, in order. Where two would clash, the one acting on
    many gets `_many`; names that still clash keep their full operationIds."""
    names = [overrides.get(str(e.name)) or stripped_name(str(e.name), tag)[0] for e in endpoints]
    clashing = {name for name in names if names.count(name) > 1}
    for i, endpoint in enumerate(endpoints):
        if names[i] in clashing and str(endpoint.name) not in overrides and stripped_name(str(endpoint.name), tag)[1]:
            names[i] = f"{names[i]}_many"
    return [str(e.name) if names.count(n) > 1 else n for e, n in zip(endpoints, names, strict=True)]


def iterator_name(name: str) -> str:
    """`list` -> `iter`, `list_members` -> `iter_members`, `search` -> `iter_search`."""
    return "iter" + name[len("list") :] if name == "list" or name.startswith("list_") else f"iter_{name}"


# ---------------------------------------------------------------------------------------------
# types


def text(value: Any) -> str:
    """The text of an upstream `UntrustedString` (or any value): for data and docs, never code as is."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def literal(value: str) -> str:
    """A Python string literal of `value` (spec text may hold any character)."""
    return json.dumps(value)


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _non_null(prop: Any) -> tuple[Any, bool]:
    """The property without its `null` alternative, and whether it had one."""
    if _kind(prop) == "UnionProperty":
        inner = [p for p in prop.inner_properties if _kind(p) != "NoneProperty"]
        if len(inner) == 1 and len(inner) < len(prop.inner_properties):
            return inner[0], True
    return prop, False


def type_string(prop: Any) -> str:
    """upstream's type string, with `list[` qualified (a resource method may be called `list`)."""
    text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    return text.replace("list[", "builtins.list[")


@dataclass(frozen=True)
class Accepts:
    annotation: str
    convert: str  # of VALUE
    kind: str
    item_kind: str = ""
    model: str | None = None
    enum_values: tuple[str, ...] = ()


def accepts(prop: Any, json_name: str, schema: dict[str, Any], model_schemas: dict[str, Any]) -> Accepts:
    """What an argument of this (non-null) property accepts and how it becomes the wire type."""
    kind = _kind(prop)
    if kind == "UuidProperty":
        return Accepts("UUID | str", f"as_uuid(__value__, {literal(json_name)})", "uuid")
    if kind == "StringProperty" and _ID_NAME.search(json_name):
        return Accepts("str | UUID", f"as_str_id(__value__, {literal(json_name)})", "id")
    if kind == "EnumProperty":
        name = prop.class_info.name
        values = ", ".join(json.dumps(v) for v in prop.values.values())  # an integer enum's as integers
        enum_values = tuple(str(v) for v in prop.values.values())
        convert = f"as_enum({name}, __value__, {literal(json_name)})"
        return Accepts(f"{name} | Literal[{values}]", convert, "enum", enum_values=enum_values)
    if kind == "ModelProperty":
        name = prop.class_info.name
        shorthand = (model_schemas.get(name) or {}).get("x-shorthand")
        if isinstance(shorthand, dict) and "field" in shorthand:
            defaults = json.dumps(shorthand.get("defaults") or {}, sort_keys=True)
            convert = f"as_model({name}, __value__, {literal(json_name)}, {literal(shorthand['field'])}, {defaults})"
            return Accepts(f"{name} | str", convert, "model", model=name)
        return Accepts(name, "", "model", model=name)
    if kind == "ListProperty":
        items = schema.get("items")
        inner_schema: dict[str, Any] = items if isinstance(items, dict) else {}
        inner = accepts(prop.inner_property, json_name, inner_schema, model_schemas)
        convert = (
            f"[{inner.convert.replace(VALUE, 'item')} for item in __value__]" if inner.convert else "list(__value__)"
        )
        return Accepts(f"Sequence[{inner.annotation}]", convert, "list", inner.kind, inner.model, inner.enum_values)
    if kind == "DateTimeProperty":
        return Accepts(type_string(prop), f"check_aware(__value__, {literal(json_name)})", "datetime")
    simple = {"IntProperty": "int", "StringProperty": "str", "BooleanProperty": "bool"}
    return Accepts(type_string(prop), "", simple.get(kind, "any"))


# ---------------------------------------------------------------------------------------------
# the plan


class _Context:
    """What the rules read: upstream's parsed endpoints and the raw spec (resolved schemas)."""

    def __init__(self, model: Any, overrides: dict[str, str], success_type: Any) -> None:
        self.model = model  # contract_tests.spec_model.SpecModel
        self.overrides = overrides
        self.success_type = success_type
        self.schemas: dict[str, Any] = model.document.get("components", {}).get("schemas", {})
        # upstream's class name of each component schema (by the generator's own ClassName rule)
        self.model_schemas: dict[str, Any] = {}
        # service -> where the merged document put its paths (spec_merge; "" for the primary)
        self.path_prefixes: dict[str, str] = {}

    def own_path(self, op: Any) -> str:
        """The operation's path in its service's own document (without the merged prefix)."""
        return str(op.path).removeprefix(self.path_prefixes.get(str(op.raw.get("x-service", "")), ""))

    def operation(self, endpoint: Any) -> Any:
        return self.model.by_id[self.operation_id(endpoint)]

    def operation_id(self, endpoint: Any) -> str:
        shape = _shape(text(endpoint.path))  # upstream renames the path's parameters to Python names
        for op in self.model.operations:
            if op.method == endpoint.method and _shape(op.path) == shape:
                return str(op.operation_id)
        raise PlanError(f"{endpoint.name}: {endpoint.method} {text(endpoint.path)!r} not found in the spec")

    def resolve(self, schema: Any) -> dict[str, Any]:
        resolved = self.model.resolve(schema)
        return resolved if isinstance(resolved, dict) else {}

    def organization_params(self, endpoint: Any) -> frozenset[str]:
        """The parameters of `endpoint` that carry the organization's id: `partitionGlobalId`, or
        one the spec marks `x-organization-id: true` (the License Accountant's `accountId`)."""
        return frozenset(p.name for p in self.operation(endpoint).parameters if p.organization)

    def path_ids(self, endpoint: Any) -> set[str]:
        """The path parameters of `endpoint` besides the organization's (JSON names)."""
        org = self.organization_params(endpoint)
        return {text(p.name) for p in endpoint.path_parameters if text(p.name) not in org}


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _int_bound(schema: dict[str, Any], key: str) -> int | None:
    value = schema.get(key)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def argument(
    ctx: _Context,
    prop: Any,
    location: str,
    schema: dict[str, Any],
    path_names: set[str],
    org_params: frozenset[str] = frozenset(),
) -> Argument:
    """The argument for one parameter or body field (`prop`, upstream's property); `org_params`
    names the operation's parameters that carry the organization."""
    json_name = text(prop.name)
    schema = ctx.resolve(schema)
    base, nullable = _non_null(prop)
    if nullable:
        schema = {**schema, "type": [t for t in schema.get("type", []) if t != "null"]}
    items = schema.get("items")
    if isinstance(items, dict):
        schema = {**schema, "items": ctx.resolve(items)}
    got = accepts(base, json_name, schema, ctx.model_schemas)
    annotation = got.annotation + (" | None" if nullable else "")
    required = bool(prop.required)
    default: str | None = None
    if not required:
        annotation += " | Unset"
        default = "UNSET"
    minimum, maximum = _int_bound(schema, "minimum"), _int_bound(schema, "maximum")
    same_as = None
    if location == "field":
        named = json_name if json_name in path_names else schema.get("x-same-as")
        same_as = named if isinstance(named, str) and named in path_names else None
    convert = got.convert
    if _kind(base) == "IntProperty" and location == "query" and (minimum is not None or maximum is not None):
        convert = f"check_range(__value__, {literal(json_name)}, {minimum}, {maximum})"
    enum_values = tuple(str(v) for v in base.values.values()) if _kind(base) == "EnumProperty" else ()
    description = text(getattr(prop, "description", None) or schema.get("description") or "").strip()
    return Argument(
        python_name=str(prop.python_name),
        json_name=json_name,
        location=location,
        annotation=annotation,
        required=required,
        default=default,
        convert=convert,
        kind="int" if _kind(base) == "IntProperty" else got.kind,
        organization=json_name in org_params if location in ("path", "query", "header") else json_name == ORG,
        same_as_path=same_as is not None,
        same_as=same_as,
        secret=schema.get("x-secret") is True,
        minimum=minimum,
        maximum=maximum,
        enum_values=enum_values,
        description=" ".join(description.split()),
        item_kind=got.item_kind,
        model=got.model,
        item_enum_values=got.enum_values if got.kind == "list" else (),
    )


def _body_model(endpoint: Any) -> Any | None:
    if len(endpoint.bodies) == 1 and hasattr(endpoint.bodies[0].prop, "required_properties"):
        return endpoint.bodies[0].prop
    return None


def _arguments(ctx: _Context, endpoint: Any) -> tuple[tuple[Argument, ...], str | None]:
    op = ctx.operation(endpoint)
    raw_params = {(p.name, p.location): p.schema for p in op.parameters}
    path_names = {text(p.name) for p in endpoint.path_parameters}
    org = ctx.organization_params(endpoint)
    args: list[Argument] = []
    for prop in endpoint.path_parameters:
        args.append(argument(ctx, prop, "path", raw_params.get((text(prop.name), "path"), {}), path_names, org))
    model = _body_model(endpoint)
    if model is not None:
        raw_fields = op.body_properties
        for prop in model.required_properties + model.optional_properties:
            args.append(argument(ctx, prop, "field", raw_fields.get(text(prop.name), {}), path_names))
    elif len(endpoint.bodies) == 1:
        body = endpoint.bodies[0].prop
        arg = argument(ctx, body, "body", op.body_schema or {}, path_names)
        args.append(Argument(**{**asdict(arg), "python_name": "body", "json_name": "body", "required": True}))
    for location, props in (("query", endpoint.query_parameters), ("header", endpoint.header_parameters)):
        for prop in props:
            args.append(argument(ctx, prop, location, raw_params.get((text(prop.name), location), {}), path_names, org))
    return tuple(args), (model.class_info.name if model is not None else None)


def _call(endpoint: Any, op_id: str, args: Iterable[Argument], body_model: str | None) -> Call:
    """The endpoint call of a method: converted arguments, the organization from the binding."""
    args = tuple(args)
    by_json = {a.json_name: a for a in args if a.location == "path"}
    positional = tuple(ORG_VALUE if a.organization else a.converted() for a in args if a.location == "path")
    keywords: list[tuple[str, str]] = []
    if body_model is not None:
        fields = []
        for a in args:
            if a.location != "field":
                continue
            if a.organization:
                value = ORG_VALUE
            elif a.same_as_path:
                value = by_json[str(a.same_as)].converted()
            else:
                value = a.converted()
            fields.append(f"{a.python_name}={value}")
        keywords.append(("body", f"{body_model}({', '.join(fields)})"))
    for a in args:
        if a.location == "body":
            keywords.append(("body", a.converted()))
        elif a.location in ("query", "header"):
            keywords.append((a.python_name, ORG_VALUE if a.organization else a.converted()))
    return Call(endpoint=str(endpoint.name), operation_id=op_id, positional=positional, keywords=tuple(keywords))


def _response_model(endpoint: Any) -> Any | None:
    for response in endpoint.responses.patterns:
        prop = response.prop
        if (
            response.status_code.range[0] == 200
            and hasattr(prop, "required_properties")
            and hasattr(prop, "class_info")
        ):
            return prop
    return None


def getter_for(ctx: _Context, put: Any, put_args: tuple[Argument, ...], endpoints: list[Any]) -> Any | None:
    """The GET of the same tag reading, as one object, the resource `put` writes: the GET of the
    same path if there is one (a tag may hold two PUT/GET pairs on one id, D122), else the first
    whose ids (the organization aside) are all path parameters or body fields of the PUT."""
    available = {a.json_name for a in put_args if a.location in ("path", "field")}
    put_path = ctx.path_ids(put)
    candidates = [
        g
        for g in endpoints
        if g.method == "get"
        and _response_model(g) is not None
        and not any(p.required for p in g.query_parameters or ())
    ]
    for getter in candidates:
        if text(getter.path) == text(put.path):
            return getter
    for getter in candidates:
        needs = ctx.path_ids(getter)
        if needs and needs <= available and (not put_path or needs == put_path):
            return getter
    return None


def _by_json(args: tuple[Argument, ...]) -> dict[str, Argument]:
    """The path and body-field arguments by JSON name; a path parameter wins over a body field
    of the same name (which only copies it)."""
    fields = {a.json_name: a for a in args if a.location == "field"}
    return {**fields, **{a.json_name: a for a in args if a.location == "path"}}


def _getter_call(ctx: _Context, getter: Any, args: tuple[Argument, ...]) -> Call:
    by_json = _by_json(args)
    org = ctx.organization_params(getter)
    positional = []
    for prop in getter.path_parameters:
        name = text(prop.name)
        positional.append(ORG_VALUE if name in org else by_json[name].converted())
    return Call(endpoint=str(getter.name), operation_id=ctx.operation_id(getter), positional=tuple(positional))


def _returns(ctx: _Context, endpoint: Any) -> str:
    return str(ctx.success_type(endpoint)).replace("list[", "builtins.list[")


def paging(ctx: _Context, endpoint: Any, name: str, args: tuple[Argument, ...]) -> Paging | None:
    names = {a.json_name for a in args if a.location == "query"}
    if not set(PAGING) <= names:
        return None
    item, field_name, required = None, None, True
    for response in endpoint.responses.patterns:
        if response.status_code.range[0] != 200:
            continue
        if hasattr(response.prop, "inner_property"):
            item = response.prop.inner_property
        elif hasattr(response.prop, "required_properties"):
            for p in response.prop.required_properties + response.prop.optional_properties:
                if hasattr(p, "inner_property"):
                    item, field_name, required = p.inner_property, str(p.python_name), bool(p.required)
    if item is None:
        return None
    top = next(a for a in args if a.json_name == "top")
    id_field = None
    if hasattr(item, "required_properties"):
        id_field = next((str(p.python_name) for p in item.required_properties if text(p.name) == "id"), None)
    return Paging(
        list_method=name,
        item_type=type_string(item),
        items_field=field_name,
        items_required=required,
        page_size_max=top.maximum if top.maximum is not None else 1000,
        id_field=id_field,
    )


def patch(ctx: _Context, put: Any, put_args: tuple[Argument, ...], getter: Any) -> Patch:
    """The read-modify-write of `put`, checked at generation time: every required field of the
    update schema comes from the read, the organization or an argument."""
    op_id = ctx.operation_id(put)
    model = _body_model(put)
    assert model is not None
    answer = _response_model(getter)
    readable = {text(p.name) for p in answer.required_properties + answer.optional_properties} if answer else set()
    raw_fields = ctx.operation(put).body_properties
    fields, filled = [], []
    by_json = _by_json(put_args)
    by_path = {a.json_name: a for a in put_args if a.location == "path"}
    ids = ctx.path_ids(getter)
    for prop in model.required_properties + model.optional_properties:
        name = text(prop.name)
        read_from = ctx.resolve(raw_fields.get(name, {})).get("x-read-from")
        if name == ORG:
            filled.append((name, f"str({ORG_VALUE})"))
        elif by_json.get(name) is not None and by_json[name].same_as_path:
            filled.append((name, _json_value(by_path[str(by_json[name].same_as)])))
        elif by_json.get(name) is not None and name in ids:
            filled.append((name, _json_value(by_json[name])))
        elif name in readable or read_from:
            fields.append(PatchField(name, str(prop.python_name), read_from))
        elif prop.required:
            raise PlanError(f"{op_id}: patch cannot keep the required field {name!r}: the read does not return it")
    return Patch(getter=_getter_call(ctx, getter, put_args), fields=tuple(fields), filled=tuple(filled))


def _json_value(arg: Argument) -> str:
    """The JSON value of a path argument (what `to_dict` would write)."""
    if arg.kind in ("uuid", "id"):
        return f"str({arg.converted()})"
    return arg.converted()


def _secret_answer(ctx: _Context, op: Any) -> bool:
    return ctx.resolve(op.success_schema or {}).get("x-secret") is True


def methods_of(ctx: _Context, tag: str, endpoints: list[Any]) -> list[Method]:
    names = method_names(endpoints, tag, ctx.overrides)
    methods: list[Method] = []
    for endpoint, name in zip(endpoints, names, strict=True):
        op = ctx.operation(endpoint)
        args, body_model = _arguments(ctx, endpoint)
        returns = _returns(ctx, endpoint)
        call = _call(endpoint, op.operation_id, args, body_model)
        common = {
            "operation_id": op.operation_id,
            "endpoint": str(endpoint.name),
            "http_method": endpoint.method,
            "path": ctx.own_path(op),
            "summary": " ".join(text(endpoint.summary or endpoint.name).split()),
            "description": " ".join(text(endpoint.description or "").split()),
            "secret_fields": tuple(a.json_name for a in args if a.secret),
            "secret_answer": _secret_answer(ctx, op),
        }
        read_back = None
        getter = getter_for(ctx, endpoint, args, endpoints) if endpoint.method == "put" and body_model else None
        if returns.endswith(" | None") and getter is not None:
            read_back = _getter_call(ctx, getter, args)
            got = _returns(ctx, getter)
            base = returns.removesuffix(" | None")
            returns = base if base == got else f"{base} | {got}"
        methods.append(
            Method(
                name=name,
                kind="call",
                arguments=args,
                returns=returns,
                body_model=body_model,
                call=call,
                read_back=read_back,
                **common,
            )
        )
        pages = paging(ctx, endpoint, name, args)
        if pages is not None:
            iter_args = tuple(a for a in args if a.json_name not in PAGING)
            methods.append(
                Method(
                    name=iterator_name(name),
                    kind="iter",
                    arguments=iter_args,
                    returns=pages.item_type,
                    body_model=body_model,
                    call=call,
                    paging=pages,
                    **common,
                )
            )
        if getter is not None:
            plan = patch(ctx, endpoint, args, getter)
            ids = ctx.path_ids(getter)
            patch_args = tuple(a if a.json_name in ids else _optional(a) for a in args)
            methods.append(
                Method(
                    name="patch",
                    kind="patch",
                    arguments=patch_args,
                    returns=returns,
                    body_model=body_model,
                    call=call,
                    read_back=read_back,
                    patch=plan,
                    **common,
                )
            )
    return patch_names(methods, dict(zip((str(e.name) for e in endpoints), names, strict=True)))


def patch_names(methods: list[Method], call_names: dict[str, str]) -> list[Method]:
    """`patch` for the one patchable PUT of a tag; where a tag has several (a group's rule and its
    rule with quotas, D122), each is `patch` + what its PUT's name says after the verb
    (`allocate_with_quota` -> `patch_with_quota`), the shortest plain `patch`."""
    patches = [m for m in methods if m.kind == "patch"]
    if len(patches) < 2:
        return methods
    renamed = {}
    for m in patches:
        rest = call_names[m.endpoint].split("_", 1)[1] if "_" in call_names[m.endpoint] else ""
        renamed[m.endpoint] = f"patch_{rest}" if rest else "patch"
    if "patch" not in renamed.values():
        shortest = min(patches, key=lambda m: (len(renamed[m.endpoint]), renamed[m.endpoint]))
        renamed[shortest.endpoint] = "patch"
    return [replace(m, name=renamed[m.endpoint]) if m.kind == "patch" else m for m in methods]


def resource_attribute(tag: str, namespace: str) -> str:
    """A resource's attribute under a service's namespace: its tag without the namespace's words,
    singular or plural (`audit_events` under `audit` -> `events`, `classic_audit_logs` under
    `audit.classic` -> `logs`); where that drops the tag's last word, a plural noun, the word left
    names the things and stays plural (`user_licenses` under `licenses` -> `users`, as Identity's
    `users`); the tag itself if nothing is left."""
    words = {word for part in namespace.split(".") for word in part.split("_")}
    dropped = words | {_singular(w) for w in words}
    tag_words = tag.split("_")
    kept = [word for word in tag_words if word not in dropped and _singular(word) not in dropped]
    if not kept:
        return tag
    last = tag_words[-1]
    if kept[-1] != last and _singular(last) != last and _singular(kept[-1]) == kept[-1]:
        kept[-1] += "s"
    return "_".join(kept)


def _optional(arg: Argument) -> Argument:
    """A patch argument: every body field may be left out (then the current value is kept)."""
    if arg.location != "field" or not arg.is_parameter or arg.default is not None:
        return arg
    return Argument(**{**asdict(arg), "annotation": arg.annotation + " | Unset", "default": "UNSET", "required": False})


def plan(
    collections: dict[str, Any],
    model: Any,
    overrides: dict[str, str],
    success_type: Any,
    class_name: Any,
    services: list[dict[str, Any]] | None = None,
) -> Plan:
    """The resource client of a parsed spec: one `Resource` per tag, in tag order. `services` are
    the services the (merged) document holds (`x-services`, contract_tests/spec_merge.py); without
    them, the document is one service's whose resources are the client's."""
    ctx = _Context(model, overrides, success_type)
    for name, schema in ctx.schemas.items():
        ctx.model_schemas[str(class_name(name))] = schema
    listed = services or [{"name": "", "primary": True, "pathPrefix": ""}]
    ctx.path_prefixes = {str(s["name"]): str(s.get("pathPrefix", "")) for s in listed}
    primary = next(s for s in listed if s.get("primary"))
    by_name = {str(s["name"]): s for s in listed}
    tags = {t["name"]: t.get("description", "") for t in model.document.get("tags", [])}
    resources, routes = [], {}
    for tag, collection in sorted(collections.items()):
        endpoints = list(collection.endpoints)
        spec_tag = next((t for t in tags if str(class_name(t)) == str(class_name(tag))), tag)
        owner = by_name[str(ctx.operation(endpoints[0]).raw.get("x-service", primary["name"]))]
        for endpoint in endpoints:
            service = str(ctx.operation(endpoint).raw.get("x-service", primary["name"]))
            if service != owner["name"]:
                raise PlanError(f"tag {tag}: operations of two services ({owner['name']}, {service})")
            if not owner.get("primary"):
                routes[str(endpoint.name)] = (service, text(endpoint.path).removeprefix(str(owner["pathPrefix"])))
        methods = methods_of(ctx, tag, endpoints)
        names = [m.name for m in methods]
        clashes = sorted({n for n in names if names.count(n) > 1})
        if clashes:
            raise PlanError(f"tag {tag}: two methods would be called {', '.join(clashes)}")
        namespace = "" if owner.get("primary") else str(owner.get("client") or owner["name"])
        attribute = f"{namespace}.{resource_attribute(tag, namespace)}" if namespace else tag
        resources.append(
            Resource(
                tag=tag,
                class_name=str(class_name(tag)),
                description=str(tags.get(spec_tag, "")),
                methods=tuple(methods),
                service=str(owner["name"]),
                attribute=attribute,
            )
        )
    operation_ids = {
        str(e.name): ctx.operation_id(e) for collection in collections.values() for e in collection.endpoints
    }
    planned = [
        Service(
            name=str(s["name"]),
            title=str(s.get("title", "")),
            prefix=str(s.get("prefix", "")),
            tenant_prefix=s.get("tenantPrefix"),
            attribute="" if s.get("primary") else str(s.get("client") or s["name"]),
            path_prefix=str(s.get("pathPrefix", "")),
            primary=bool(s.get("primary")),
            resources=tuple(r for r in resources if r.service == s["name"]),
        )
        for s in listed
        if services
    ]
    _check_attributes(resources, planned)
    client_resources = [r for r in resources if r.service == primary["name"]]
    return Plan(resources, operation_ids, credentials_probe(model, client_resources), planned, routes)


def _check_attributes(resources: list[Resource], services: list[Service]) -> None:
    """Two things may not hang from one attribute (a resource named like a service's namespace)."""
    taken: dict[str, str] = {}
    for s in services:
        if not s.primary:
            for depth in range(1, len(s.attribute.split(".")) + 1):
                taken.setdefault(".".join(s.attribute.split(".")[:depth]), f"service {s.name}")
    for r in resources:
        if r.attribute in taken:
            raise PlanError(f"tag {r.tag}: its attribute `{r.attribute}` is also {taken[r.attribute]}'s")
        taken[r.attribute] = f"tag {r.tag}"


def credentials_probe(model: Any, resources: list[Resource]) -> tuple[str, str, str] | None:
    """The read that proves a token (`verify_credentials` with a personal access token): the first
    GET, in spec order, that takes nothing but the organization and that the operations table
    declares safe to run anywhere (live policy `read`)."""
    for op in model.operations:
        params = [p for p in op.parameters if p.required]
        safe = op.binding is None or op.binding.live == "read"
        only_org = len(params) == 1 and params[0].organization and "x-service" not in op.raw
        if op.method == "get" and safe and only_org and op.body_schema is None:
            for resource in resources:
                for method in resource.methods:
                    if method.operation_id == op.operation_id and method.kind == "call":
                        return resource.tag, method.name, op.operation_id
    return None
