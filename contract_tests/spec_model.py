"""The project's one reader of the specs, of the operations table beside each (whose format
spec/operations.yaml documents at its top) and of the list of services (spec/services.yaml).

Everything that needs the spec (the mock, the gate's live policy and clean-up, spec_lint,
scripts/regenerate, the tests) loads it here, once per process and path, as plain facts per
operation: route, parameters, body schema, scopes, responses, success status, and the table's
binding (resource, action, live policy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"  # the primary service's (Identity's) document
SERVICES_PATH = ROOT / "spec" / "services.yaml"
TABLE_NAME = "operations.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ACTIONS = (
    "create",
    "list",
    "get",
    "replace",
    "delete",
    "bulk-delete",
    "singleton-get",
    "singleton-replace",
    "singleton-delete",
)
LIVE_POLICIES = ("read", "write-own", "never")
PARTITION = "partitionGlobalId"
# libyaml's safe loader where PyYAML has it (the same documents, read ~10x faster: the mock, the
# gate and the tests each read every service's spec).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class TableError(ValueError):
    """The operations table does not fit the spec (names the operation or resource)."""


FILTER = "x-filter"  # read semantics: which answered items a parameter or body field selects
CLAMPS = "x-service-clamps"  # what the service does with a value out of its range (D96)
UNCONFIRMED = "x-unconfirmed"  # an operation held on weak evidence: why (D164)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path, query, header
    required: bool
    schema: dict[str, Any]
    # Carries the organization's id: named partitionGlobalId, or marked `x-organization-id: true`
    # (the License Accountant's accountId, D105).
    organization: bool


@dataclass(frozen=True)
class ReadFilter:
    """A rule every item a read answers must satisfy, declared once: `x-filter` on a query
    parameter, a body property or a bare-array body (`{match, fields, via}`), or the table's
    `search:` for `searchTerm` (a contains match). `match`: contains | prefix (the field or a word
    of it starts with the value) | equals | in (the value is a list holding the field, or one of
    the field's values when the field is a list) | member-of (`via` names an operation answering
    which of a body list of ids are members of the item) | not-before / not-after (a date and
    time: the field's is not earlier / later than the value) | limit (no field: the answer holds
    at most that many items, the value clamped as the parameter's `x-service-clamps` says).
    A field may be a dotted path into a nested object (`clientInfo.ipAddress`)."""

    location: str  # query, body
    name: str  # the parameter or body property ("" for the whole body)
    match: str
    fields: tuple[str, ...]
    via: str | None = None
    clamps: tuple[tuple[str, int], ...] = ()  # `x-service-clamps` of the parameter (minimum, maximum)


@dataclass(frozen=True)
class Resource:
    name: str
    id_field: str = "id"
    id_kind: str = "uuid"  # uuid or int
    naming: str | None = None
    unique: bool = False
    parent: str | None = None
    parent_field: str | None = None
    render: str | None = None
    prepare: str | None = None
    seeded: str | None = None
    # Fields (besides `naming`) the mock keeps an index of, lower-cased: directory look-ups by name,
    # e-mail or prefix cost the same whatever the organization's size.
    lookup: tuple[str, ...] = ()
    # Its records as directory entities: {type: user|group|application, source: <sourceFilter value>,
    # object: <the spec's objectType>}; empty when they are not in the directory.
    directory: dict[str, str] = field(default_factory=dict)
    # How a write of its records reads in the audit log: {target: <event target, e.g. Groups>,
    # item: <one of them, e.g. Group>, label: <field naming a record, default `naming`>, details:
    # [more fields copied into the event]}; empty
    # when its writes are not audited.
    audit: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """Links between records (e.g. a group's members), stored once per pair and shown on both sides."""

    name: str
    owner: str  # the resource that holds the others (a group)
    members: tuple[str, ...]  # the resources it may hold (users, robot accounts)
    fields: dict[str, str] = field(default_factory=dict)  # resource -> response field listing the linked ids


@dataclass(frozen=True)
class Binding:
    resource: str
    action: str  # one of ACTIONS or "custom:<name>"
    live: str  # one of LIVE_POLICIES
    id_param: str | None = None
    ids_field: str | None = None
    touches: dict[str, str] = field(default_factory=dict)
    search: tuple[str, ...] = ()  # fields a list's `searchTerm` matches (contains, case-insensitive)

    @property
    def custom(self) -> str | None:
        return self.action.removeprefix("custom:") if self.action.startswith("custom:") else None


@dataclass(frozen=True)
class OperationModel:
    operation_id: str
    method: str  # lower case, as in the spec
    path: str
    pointer: str  # JSON pointer of the operation object
    raw: dict[str, Any] = field(repr=False)
    parameters: tuple[Param, ...]
    body_schema: dict[str, Any] | None  # resolved, $refs inside left in place
    body_required: bool
    # Scopes of the security requirements: any one suffices.
    scopes: frozenset[str]
    # The first OAuth2 client-credentials requirement's scopes (the gate asks for the first).
    first_oauth_scopes: tuple[str, ...]
    # status (string) -> media type -> schema
    responses: dict[str, dict[str, dict[str, Any]]]
    response_headers: dict[str, frozenset[str]]  # status -> declared header names (lower case)
    success_status: int
    examples: dict[str, Any]  # status -> first example value
    binding: Binding | None

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def partition_in(self) -> str | None:
        """Where the organization id comes from: "path", "body" or None."""
        if any(p.organization and p.location == "path" for p in self.parameters):
            return "path"
        if self.body_schema is not None and PARTITION in self.body_properties:
            return "body"
        return None

    @property
    def organization_params(self) -> tuple[str, ...]:
        """The parameters carrying the organization's id (path or query)."""
        return tuple(p.name for p in self.parameters if p.organization)

    @property
    def organization_param(self) -> str:
        """The name of the parameter or body field carrying the organization's id."""
        return next((p.name for p in self.parameters if p.organization), PARTITION)

    @property
    def body_properties(self) -> dict[str, Any]:
        return dict((self.body_schema or {}).get("properties") or {})

    def param(self, name: str) -> Param | None:
        return next((p for p in self.parameters if p.name == name), None)

    @property
    def path_ids(self) -> list[str]:
        """Path parameters other than the organization's id."""
        return [p.name for p in self.parameters if p.location == "path" and not p.organization]

    @property
    def id_param(self) -> str | None:
        if self.binding is not None and self.binding.id_param:
            return self.binding.id_param
        ids = self.path_ids
        return ids[-1] if ids else None

    @property
    def unconfirmed(self) -> str | None:
        """Why the spec holds this operation on weak evidence (`x-unconfirmed`), if it does."""
        why = self.raw.get(UNCONFIRMED)
        return str(why) if why else None

    @property
    def success_schema(self) -> dict[str, Any] | None:
        content = self.responses.get(str(self.success_status)) or {}
        return content.get("application/json")


class SpecModel:
    def __init__(self, spec_path: Path, table_path: Path) -> None:
        self.spec_path, self.table_path = spec_path, table_path
        with spec_path.open(encoding="utf-8") as handle:
            self.document: dict[str, Any] = yaml.load(handle, Loader=_LOADER)
        table: dict[str, Any] = {}
        if table_path.exists():
            with table_path.open(encoding="utf-8") as handle:
                table = yaml.safe_load(handle) or {}
        self.resources: dict[str, Resource] = {
            name: _resource(name, row or {}) for name, row in (table.get("resources") or {}).items()
        }
        self.relations: dict[str, Relation] = {
            name: _relation(name, row or {}) for name, row in (table.get("relations") or {}).items()
        }
        # The audit source of the writes of this table's resources (e.g. `Identity`).
        self.audit_source: str | None = table.get("auditSource")
        rows: dict[str, Any] = table.get("operations") or {}
        self.operations: list[OperationModel] = [
            self._operation(path, method, item, item[method], rows.get(item[method].get("operationId")))
            for path, item in (self.document.get("paths") or {}).items()
            for method in HTTP_METHODS
            if method in item
        ]
        self.by_id = {op.operation_id: op for op in self.operations}
        self.unknown_rows = sorted(set(rows) - set(self.by_id))
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        flows = schemes.get("OAuth2ClientCredentials", {}).get("flows", {})
        self.all_scopes: list[str] = list(flows.get("clientCredentials", {}).get("scopes", {}))

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s to the object they name."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], row: dict[str, Any] | None
    ) -> OperationModel:
        params = []
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            p = self.resolve(raw)
            organization = p["name"] == PARTITION or p.get("x-organization-id") is True
            params.append(Param(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}), organization))
        body_schema, body_required = None, False
        if "requestBody" in op:
            body = self.resolve(op["requestBody"])
            body_required = bool(body.get("required"))
            body_schema = self.resolve(body["content"]["application/json"]["schema"])
        security = op.get("security", self.document.get("security", []))
        scopes = frozenset(s for requirement in security for names in requirement.values() for s in names)
        first: list[str] = next((r["OAuth2ClientCredentials"] for r in security if "OAuth2ClientCredentials" in r), [])
        responses: dict[str, dict[str, dict[str, Any]]] = {}
        headers: dict[str, frozenset[str]] = {}
        examples: dict[str, Any] = {}
        for status, raw in op.get("responses", {}).items():
            response = self.resolve(raw)
            content = response.get("content", {})
            responses[status] = {media: spec.get("schema", {}) for media, spec in content.items()}
            headers[status] = frozenset(h.lower() for h in response.get("headers", {}))
            for spec in content.values():
                for example in spec.get("examples", {}).values():
                    examples.setdefault(status, example.get("value"))
        success = min((int(s) for s in responses if s.startswith("2")), default=200)
        escaped = path.replace("~", "~0").replace("/", "~1")
        return OperationModel(
            operation_id=op["operationId"],
            method=method,
            path=path,
            pointer=f"/paths/{escaped}/{method}",
            raw=op,
            parameters=tuple(params),
            body_schema=body_schema,
            body_required=body_required,
            scopes=scopes,
            first_oauth_scopes=tuple(first),
            responses=responses,
            response_headers=headers,
            success_status=success,
            examples=examples,
            binding=None if row is None else _binding(op["operationId"], row),
        )

    def naming_max_length(self, op: OperationModel) -> tuple[str, int] | None:
        """The request field naming what this write creates or renames, with its maxLength."""
        resource = self.resource_of(op)
        if resource is None or resource.naming is None:
            return None
        prop = self.resolve(op.body_properties.get(resource.naming))
        if not isinstance(prop, dict) or "maxLength" not in prop:
            return None
        return resource.naming, int(prop["maxLength"])

    def read_filters(self, op: OperationModel) -> tuple[ReadFilter, ...]:
        """The read semantics of an operation's parameters and body (see ReadFilter)."""
        found = []
        for raw in (self.resolve(p) for p in op.raw.get("parameters", [])):
            if isinstance(raw.get(FILTER), dict):
                clamps = raw.get(CLAMPS) if isinstance(raw.get(CLAMPS), dict) else {}
                found.append(_read_filter(raw["in"], raw["name"], raw[FILTER], clamps))
        if op.binding is not None and op.binding.search and op.param("searchTerm") is not None:
            found.append(ReadFilter("query", "searchTerm", "contains", op.binding.search))
        body = op.body_schema or {}
        if isinstance(body.get(FILTER), dict):
            found.append(_read_filter("body", "", body[FILTER]))
        for name, prop in op.body_properties.items():
            if isinstance(prop, dict) and isinstance(prop.get(FILTER), dict):
                found.append(_read_filter("body", name, prop[FILTER]))
        return tuple(found)

    def decisions(self, op: OperationModel) -> tuple[str, ...]:
        """The spec/DISCREPANCIES.md entries (D1, D47, ...) the spec's YAML comments cite inside this
        operation: its evidence, for a report that must say which spec entry to revisit."""
        lines = self.spec_path.read_text(encoding="utf-8").splitlines()
        method = re.compile(rf"^\s*{op.method}:\s*$")
        start = next(
            (
                i - 1
                for i, line in enumerate(lines)
                if i and line.strip() == f"operationId: {op.operation_id}" and method.match(lines[i - 1])
            ),
            None,
        )
        if start is None:
            return ()
        indent = len(lines[start]) - len(lines[start].lstrip())
        end = next(
            (
                i
                for i in range(start + 1, len(lines))
                if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) <= indent
            ),
            len(lines),
        )
        cited = re.findall(r"\bD\d+\b", " ".join(line.partition("#")[2] for line in lines[start:end]))
        return tuple(dict.fromkeys(cited))

    def resource_of(self, op: OperationModel) -> Resource | None:
        return None if op.binding is None else self.resources.get(op.binding.resource)

    def binding_problems(self, shared: frozenset[str] = frozenset()) -> list[str]:
        """Everything that keeps the table from binding the spec, one line each. `shared` names
        resources other services' tables declare (a license allocation refers to Identity's groups)."""
        known = set(self.resources) | shared
        problems = [f"{name}: a table row for an operation the spec does not have" for name in self.unknown_rows]
        for op in self.operations:
            b = op.binding
            if b is None:
                problems.append(f"{op.operation_id}: no row in {self.table_path.name} (no behaviour, no live policy)")
                continue
            if b.resource not in known:
                problems.append(f"{op.operation_id}: unknown resource {b.resource!r}")
            if b.custom is None and b.action not in ACTIONS:
                problems.append(f"{op.operation_id}: unknown action {b.action!r}")
            if b.live not in LIVE_POLICIES:
                problems.append(f"{op.operation_id}: live policy must be one of {', '.join(LIVE_POLICIES)}")
            if b.action in ("get", "replace", "delete") and op.id_param is None:
                problems.append(f"{op.operation_id}: {b.action} needs an id path parameter")
            for name, target in b.touches.items():
                if target not in known:
                    problems.append(f"{op.operation_id}: touches unknown resource {target!r}")
                if op.param(name) is None and name not in op.body_properties:
                    problems.append(f"{op.operation_id}: touches {name!r}, neither a parameter nor a body field")
        for res in self.resources.values():
            if res.parent is not None and res.parent not in known:
                problems.append(f"resource {res.name}: unknown parent {res.parent!r}")
            if res.audit and not {"target", "item"} <= res.audit.keys():
                problems.append(f"resource {res.name}: `audit` needs `target` and `item`")
            if res.audit and self.audit_source is None:
                problems.append(f"resource {res.name}: `audit` without the table's `auditSource`")
        for rel in self.relations.values():
            for side in (rel.owner, *rel.members, *rel.fields):
                if side not in known:
                    problems.append(f"relation {rel.name}: unknown resource {side!r}")
        return problems

    def relations_of(self, resource: str) -> list[Relation]:
        """The relations a resource takes part in, on either side."""
        return [r for r in self.relations.values() if resource == r.owner or resource in r.members]


def _read_filter(
    location: str, name: str, rule: dict[str, Any] | None, clamps: dict[str, Any] | None = None
) -> ReadFilter:
    rule = rule or {}
    fields = rule.get("fields") or []
    bounds = tuple((k, int(v)) for k, v in (clamps or {}).items() if k in ("minimum", "maximum"))
    return ReadFilter(location, name, str(rule.get("match", "equals")), tuple(fields), rule.get("via"), bounds)


def _resource(name: str, row: dict[str, Any]) -> Resource:
    return Resource(
        name=name,
        id_field=row.get("id", "id"),
        id_kind=row.get("idKind", "uuid"),
        naming=row.get("naming"),
        unique=bool(row.get("unique", False)),
        parent=row.get("parent"),
        parent_field=row.get("parentField"),
        render=row.get("render"),
        prepare=row.get("prepare"),
        seeded=row.get("seeded"),
        lookup=tuple(row.get("lookup") or ()),
        directory=dict(row.get("directory") or {}),
        audit=dict(row.get("audit") or {}),
    )


def _relation(name: str, row: dict[str, Any]) -> Relation:
    if "owner" not in row or "members" not in row:
        raise TableError(f"relation {name}: needs `owner` and `members`")
    return Relation(name, row["owner"], tuple(row["members"]), dict(row.get("fields") or {}))


def _binding(operation_id: str, row: dict[str, Any]) -> Binding:
    if not isinstance(row, dict) or "resource" not in row or "action" not in row:
        raise TableError(f"{operation_id}: a row needs `resource` and `action`")
    return Binding(
        resource=row["resource"],
        action=row["action"],
        live=row.get("live", "never"),
        id_param=row.get("id"),
        ids_field=row.get("ids"),
        touches=dict(row.get("touches") or {}),
        search=tuple(row.get("search") or ()),
    )


@cache
def load(spec_path: Path = SPEC_PATH) -> SpecModel:
    """The spec and its table, parsed once per process and path (callers must not mutate it)."""
    return SpecModel(spec_path, spec_path.with_name(TABLE_NAME))


@dataclass(frozen=True)
class Service:
    """One line of spec/services.yaml: a service, where its document is and where it is served."""

    name: str
    spec_path: Path
    prefix: str  # URL segment after the organization (`identity_`)
    tenant_prefix: str | None = None  # URL segment after /{organization}/{tenant}/ (`tenantaudit_`)
    client: str | None = None  # attribute of the client its resources hang from; None: the client itself

    @property
    def model(self) -> SpecModel:
        return load(self.spec_path)

    @property
    def table_path(self) -> Path:
        return self.spec_path.with_name(TABLE_NAME)


@cache
def services(path: Path = SERVICES_PATH) -> tuple[Service, ...]:
    """The services of spec/services.yaml, the primary (Identity) first."""
    with path.open(encoding="utf-8") as handle:
        rows: dict[str, Any] = (yaml.safe_load(handle) or {}).get("services") or {}
    found = []
    for name, row in rows.items():
        if not isinstance(row, dict) or "spec" not in row or "prefix" not in row:
            raise TableError(f"service {name}: a line of {path.name} needs `spec` and `prefix`")
        found.append(
            Service(name, path.parent / row["spec"], row["prefix"], row.get("tenantPrefix"), row.get("client"))
        )
    return tuple(found)


def service(name: str, path: Path = SERVICES_PATH) -> Service:
    """The service of that name (KeyError naming the known ones otherwise)."""
    for candidate in services(path):
        if candidate.name == name:
            return candidate
    raise KeyError(f"no service {name!r} in {path.name}: {', '.join(s.name for s in services(path))}")


def platform_binding_problems(path: Path = SERVICES_PATH) -> list[str]:
    """binding_problems of every service's table, each seeing the resources all tables declare
    (one state for all services); operationIds must be unique across the services too."""
    listed = services(path)
    shared = frozenset(r for s in listed for r in s.model.resources)
    problems = [f"{s.name}: {p}" for s in listed for p in s.model.binding_problems(shared)]
    owners: dict[str, str] = {}
    for s in listed:
        for op in s.model.operations:
            if op.operation_id in owners:
                problems.append(f"{s.name}: operationId {op.operation_id} is also {owners[op.operation_id]}'s")
            owners.setdefault(op.operation_id, s.name)
    return problems
