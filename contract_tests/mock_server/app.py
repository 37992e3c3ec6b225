"""The ASGI app: every service of spec/services.yaml on one port, each spec path one Starlette route
under `/{org}/<service prefix>` (`identity_`, `orgaudit_`, ...) and, for a service that also answers
per tenant, under `/{org}/{tenant}/<tenant prefix>`; one state for all of them (one store, one
token issuer: Identity's tokens work for every service). Each request runs through the same
pipeline: organization (and tenant), rate limit, authentication, scopes, validation, organization
isolation, handler (in one store transaction: an operation commits once, or not at all if it
answers an error), faults. The behaviour profile (profiles.py) is consulted where a real service
may answer differently from the spec's strictest reading."""

from __future__ import annotations

import logging
import re
import traceback
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import Any
from urllib.parse import unquote

import anyio.to_thread
from starlette.applications import Starlette
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from contract_tests.routing import Routes
from contract_tests.spec_model import PARTITION, SpecModel

from . import registry
from .auth import Authenticator, has_any_scope
from .config import MAX_BODY_BYTES, MockConfig, OrgCredentials, Service, Tenant, tenants_of
from .crud import Context
from .enums import canonical
from .faults import FaultSet, Hook
from .handlers import Handlers
from .oauth import Principal, TokenIssuer, token_reply
from .problems import Reply, problem, to_json_in_pieces, validation_problem
from .profiles import PROFILES, Profile
from .ratelimit import RateLimiter
from .registry import Registry, Seeding, WriteInfo
from .spec import Operation, Spec
from .store import Layout, Org, Store
from .validation import Errors, parse_json_body, validate_body, validate_parameters

log = logging.getLogger("contract_tests.mock_server")


_BIG_BODY = 32 * 1024  # bytes of a request body read in a worker thread
_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


class _TooLarge(Exception):
    pass


@dataclass
class Served:
    """One service as the mock serves it: where (spec/services.yaml's line), its spec, the bindings
    of its table's actions and its behaviour registry."""

    service: Service
    spec: Spec
    handlers: Handlers
    registry: Registry


@dataclass
class MockState:
    config: MockConfig
    store: Store
    issuer: TokenIssuer
    authenticator: Authenticator
    faults: FaultSet
    limiter: RateLimiter | None
    orgs_by_name: dict[str, Org]  # by lower-case name, and by id
    orgs_by_id: dict[str, Org]
    profile: Profile
    served: list[Served]  # the primary service (Identity) first
    tenants: dict[str, list[Tenant]]  # organization id -> its tenants
    scopes: list[str]  # every scope of every service

    @property
    def organizations(self) -> list[OrgCredentials]:
        return self.config.organizations

    @property
    def spec(self) -> Spec:
        """The primary service's (Identity's) spec."""
        return self.served[0].spec

    @property
    def handlers(self) -> Handlers:
        return self.served[0].handlers

    @property
    def service(self) -> Service:
        return self.served[0].service

    def tenant(self, org: Org, segment: str) -> Tenant | None:
        """The organization's tenant a URL segment names (by name, any case, or by id)."""
        wanted = segment.lower()
        return next((t for t in self.tenants.get(org.id, []) if wanted in (t.name.lower(), t.id)), None)


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _disconnected(request: Request) -> Response:
    """The client went away mid-body: routine on a busy server, so one quiet line, no traceback."""
    log.info("client disconnected during %s %s", request.method, request.url.path)
    return Response(status_code=400)  # nobody reads it


def _canonical_query(
    state: MockState, model: SpecModel, op: Operation, query: QueryParams
) -> tuple[QueryParams, Errors]:
    """Query values of string enums in the declared case (enums.py); a parameter that is not an
    array given more than once: its first value (ASP.NET Core's binding, the aspnet profile) or
    a 400 naming it (the default profile: the spec declares one value)."""
    schemas = {p.name: p.schema for p in op.parameters if p.location == "query"}
    pairs = []
    seen: set[str] = set()
    errors: Errors = {}
    for key, value in query.multi_items():
        schema = model.resolve(schemas.get(key) or {})
        array = schema.get("type") == "array"
        if key in schemas and not array and key in seen:
            if not state.profile.first_query_value:
                errors[key] = ["The parameter is given more than once; it takes one value."]
            continue
        seen.add(key)
        item = schema.get("items") if array else schema
        pairs.append((key, canonical(model, item, value) if key in schemas else value))
    return QueryParams(pairs), errors


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json"


def _canonical_uuid(text: str) -> str | None:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


@dataclass(frozen=True)
class Mount:
    """Where a service's routes hang: under `/{org}/<prefix>`, or per tenant under
    `/{org}/{tenant}/<tenant prefix>`."""

    served: Served
    tenant_level: bool = False

    @property
    def route_prefix(self) -> str:
        service = self.served.service
        if self.tenant_level:
            return f"/{{org_name}}/{{tenant_name}}/{service.tenant_prefix}"
        return f"/{{org_name}}/{service.prefix}"

    def base(self, request: Request) -> str:
        """The request's base path, as the client wrote it (`/contoso/identity_`): a relative
        reference for `Location` and links (RFC 9110 section 10.2.2), never built from `Host`."""
        params = request.path_params
        if self.tenant_level:
            return f"/{params['org_name']}/{params['tenant_name']}/{self.served.service.tenant_prefix}"
        return f"/{params['org_name']}/{self.served.service.prefix}"


def _required(model: SpecModel, schema: dict[str, Any] | None) -> tuple[str, ...]:
    resolved = model.resolve(schema or {})
    if resolved.get("type") == "array" and isinstance(resolved.get("items"), dict):
        resolved = model.resolve(resolved["items"])
    return tuple(resolved.get("required", ()))


class Pipeline:
    def __init__(self, state: MockState, mount: Mount, template: str, ops: dict[str, Operation]) -> None:
        self.state = state
        self.mount = mount
        self.served = mount.served
        self.template = template  # the spec's path, parameters named by position ({s0}, {s1}, ...)
        self.ops = ops  # by HTTP method
        self.route: Route | None = None
        self.siblings: Siblings | None = None  # methods of sibling templates matching the same path
        model = self.served.spec.model
        # Per operation, what the generic faults act on (faults.py): the fields its answer (or each
        # item of an answer that is a list) requires.
        self.required: dict[str, tuple[str, ...]] = {
            op.operation_id: _required(model, op.model.success_schema) for op in ops.values()
        }
        # The query parameters the faults drop before the handler (filters, page sizes).
        self.ignored: dict[str, frozenset[str]] = {
            op.operation_id: state.faults.ignored(
                model.read_filters(op.model), (p.name for p in op.model.parameters if not p.required)
            )
            for op in ops.values()
        }
        self.naming: dict[str, str | None] = {}
        for op in ops.values():
            resource = model.resource_of(op.model)
            writes = op.method != "GET" and resource is not None
            self.naming[op.operation_id] = resource.naming if writes and resource is not None else None

    async def handle(self, request: Request) -> Response:
        try:
            reply = await self._run(request)
        except _TooLarge:
            reply = problem(413, f"The request body is larger than {MAX_BODY_BYTES} bytes.")
        except ClientDisconnect:
            return _disconnected(request)
        except Exception as exc:  # last resort: never a traceback to the client
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error("unhandled %s on %s %s\n%s", type(exc).__name__, request.method, request.url.path, frames)
            reply = problem(500, "An unexpected error occurred.")
        op = self.ops.get("GET" if request.method == "HEAD" else request.method)
        return self.state.faults.rewrite(reply, self.required[op.operation_id] if op else ()).render()

    async def _run(self, request: Request) -> Reply:
        state = self.state
        op = self.ops.get("GET" if request.method == "HEAD" else request.method)
        if op is None:
            methods: list[str] = list(self.ops)
            if self.siblings is not None:
                sibling = self.siblings.route(self.template, request)
                if sibling is not None:
                    return await sibling
                methods = self.siblings.allowed(self.template, request)
            allow = ", ".join([*methods, *(["HEAD"] if "GET" in methods else [])])
            return problem(405, f"{request.method} is not allowed here.", headers={"Allow": allow})
        url_org = state.orgs_by_name.get(request.path_params["org_name"].lower())
        if url_org is None:
            return problem(404, "Organization not found.")
        tenant = None
        if self.mount.tenant_level:
            tenant = state.tenant(url_org, request.path_params["tenant_name"])
            if tenant is None:
                return problem(404, "Tenant not found.")
        spec = self.served.spec
        if state.limiter is not None:
            wait = state.limiter.retry_after(url_org.id, request.method)
            if wait is not None:
                return problem(429, "The organization's rate limit is exhausted.", headers={"Retry-After": str(wait)})

        principal = state.authenticator.authenticate(request.headers.get("authorization"))
        if principal is None:
            if not state.faults.on(Hook.AUTHENTICATION):
                missing = "authorization" not in request.headers
                return state.profile.unauthorized(
                    "A bearer token is required." if missing else "The bearer token is invalid or expired.",
                    None if missing else "invalid_token",
                )
            principal = Principal(url_org.id, url_org.name, "fault-injection", frozenset(state.scopes))
        if not has_any_scope(principal, op.scopes) and not state.faults.on(Hook.SCOPE):
            return state.profile.forbidden(
                f"The token has none of the scopes {', '.join(sorted(op.scopes))}.", scope=True
            )
        leak = state.faults.on(Hook.ORG_ISOLATION)
        if principal.org_id != url_org.id and not leak:
            return state.profile.forbidden("The token is not valid for this organization.")

        # Routes of one shape share a template (`/api/Group/{partitionGlobalId}` GET, `/api/Group/{groupId}`
        # PUT): the segments get this method's parameter names.
        names = re.findall(r"\{([^}]+)\}", op.path)
        path_params = {name: request.path_params.get(f"s{i}", "") for i, name in enumerate(names)}
        query = request.query_params
        repeated: Errors = {}
        if query and any(p.location == "query" for p in op.parameters):
            query, repeated = _canonical_query(self.state, spec.model, op, query)
        params, errors = validate_parameters(op, path_params, query, request.headers)
        errors.update(repeated)
        body: Any = None
        if op.body_validator is not None:
            body, body_errors = await self._body(request, op)
            if isinstance(body_errors, Reply):
                return body_errors
            errors.update(body_errors)
        if errors:
            if state.faults.on(Hook.VALIDATION):
                return Reply(op.success_status, op.success_examples.get(str(op.success_status)))
            return validation_problem(errors)

        partition = params.get(op.model.organization_param) or (body.get(PARTITION) if isinstance(body, dict) else None)
        if partition is None:  # no partition in the route or body (or an optional one omitted): the URL's organization
            partition = url_org.id
        target = state.orgs_by_id.get((_canonical_uuid(partition) if isinstance(partition, str) else None) or "")
        if op.model.partition_in is None and not params.get(PARTITION):
            # e.g. /api/User/{userId}: the token's organization (a query's partitionGlobalId still counts)
            target = state.orgs_by_id.get(principal.org_id)
        if leak:
            target = target or url_org
        elif target is None or target.id != principal.org_id:
            return state.profile.foreign_organization(op)

        if state.faults.server_error_for(body, self.naming[op.operation_id]):
            return problem(500, "An unexpected error occurred.")
        handlers = self.served.handlers
        handler = handlers.by_operation[op.operation_id]
        if op.method == "DELETE" and state.faults.on(Hook.DELETE):
            handler = handlers.pretend_delete
        ignored = self.ignored[op.operation_id]
        if ignored:
            params = {name: value for name, value in params.items() if name not in ignored}
        ctx = Context(
            state.store,
            target,
            params,
            body,
            self.mount.base(request),
            op.model,
            spec.model,
            tenant,
            limits=not state.faults.on(Hook.LIMITS),
            references=not state.faults.on(Hook.REFERENCES),
        )
        heavy = handlers.heavy(ctx)
        if op.method == "GET":  # reads: no transaction; each thread reads through its own connection
            read = partial(handler, ctx)
            reply = await anyio.to_thread.run_sync(_serialized, read) if heavy else read()
            return state.profile.finish(op, reply, spec.resolve)
        client_ip = request.client.host if request.client is not None else None
        info = WriteInfo(
            self.served.service.name, op.operation_id, target.id, principal.client_id, op.method, op.path, client_ip
        )
        write = partial(_write, state, handler, ctx, info)
        if heavy or state.store.busy():
            # A bulk write, or one that would wait for another thread's: off the event loop, so other
            # requests keep flowing (reads never wait for a write).
            return state.profile.finish(op, await anyio.to_thread.run_sync(_serialized, write), spec.resolve)
        return state.profile.finish(op, write(), spec.resolve)

    async def _body(self, request: Request, op: Operation) -> tuple[Any, Errors | Reply]:
        raw = await _read_body(request)
        if not _is_json(request.headers.get("content-type")):
            return None, problem(415, "The request body must be application/json.")
        if not raw.strip():
            return None, {"body": ["A non-empty request body is required."]} if op.body_required else {}
        if len(raw) > _BIG_BODY:  # reading a bulk request takes milliseconds: off the event loop
            return await anyio.to_thread.run_sync(self._read_json, op, raw)
        return self._read_json(op, raw)

    def _read_json(self, op: Operation, raw: bytes) -> tuple[Any, Errors]:
        """The body parsed, bound as the profile binds it, and validated."""
        body, errors = parse_json_body(raw)
        if errors:
            return None, errors
        if op.model.body_schema is not None:
            body = canonical(self.served.spec.model, op.model.body_schema, body)
        body = self.state.profile.bind(op, body, self.served.spec.resolve)
        return body, validate_body(op, body)


def _serialized(answer: Callable[[], Reply]) -> Reply:
    """The reply with its body already JSON (in the worker thread: a big group's answer takes tens
    of milliseconds to serialize, which the event loop would otherwise spend)."""
    reply = answer()
    if reply.body is not None and reply.raw is None and reply.chunks is None:
        reply.raw = to_json_in_pieces(reply.body)
    return reply


def _write(state: MockState, handler: Callable[[Context], Reply], ctx: Context, info: WriteInfo) -> Reply:
    """One operation's writes in one transaction: committed whole, or not at all if it refuses."""
    with state.store.transaction(info) as tx:
        reply = handler(ctx)
        if reply.status >= 400:
            tx.abort()
    return reply


class Siblings:
    """Routing by path first, then method (ASP.NET Core): a method the matched template lacks
    reaches a sibling template that matches the same path and has it (contract_tests/routing.py)."""

    def _eligible(self, own_template: str) -> Routes:
        if self.any_specificity:
            return self.routes
        depth = own_template.count("{")
        return Routes(tuple(t for t in self.routes.templates if t[0].count("{") == depth))

    def __init__(self, routes: Routes, pipelines: dict[str, Pipeline], *, any_specificity: bool, mount: Mount) -> None:
        self.routes = routes
        self.pipelines = pipelines
        # False (the default profile): only an equally specific template shares a path's methods (e.g.
        # PUT /api/RobotAccount/{robotAccountId} beside GET /api/RobotAccount/{partitionGlobalId}, which
        # would otherwise own every such path); a literal segment still answers 405 for other methods.
        self.any_specificity = any_specificity
        self.mount = mount

    def _relative(self, request: Request) -> str:
        return str(request.scope["path"]).removeprefix(self.mount.base(request))

    def route(self, own_template: str, request: Request) -> Awaitable[Reply] | None:
        """The sibling's answer (an awaitable Reply), or None if no sibling has the method."""
        method = "GET" if request.method == "HEAD" else request.method
        template = self._eligible(own_template).sibling(own_template, method, self._relative(request))
        sibling = self.pipelines.get(template or "")
        if sibling is None or sibling.route is None:
            return None
        match = sibling.route.path_regex.match(request.scope["path"])
        if match is None:
            return None
        params = {k: sibling.route.param_convertors[k].convert(v) for k, v in match.groupdict().items()}
        return sibling._run(Request({**request.scope, "path_params": params}, request.receive))

    def allowed(self, own_template: str, request: Request) -> list[str]:
        """The methods of every (eligible) template matching the path, in the usual order."""
        methods = self._eligible(own_template).methods_for(self._relative(request))
        return [m for m in _ALL_METHODS if m.lower() in methods and m != "HEAD"]


def _token_endpoint(state: MockState) -> Any:
    async def token(request: Request) -> Response:
        org_name = request.path_params.get("org_name")
        url_org = None
        if org_name is not None:
            url_org = state.orgs_by_name.get(org_name.lower())
            if url_org is None:
                return problem(404, "Organization not found.").render()
        try:
            raw = await _read_body(request)
        except _TooLarge:
            return problem(413, f"The request body is larger than {MAX_BODY_BYTES} bytes.").render()
        except ClientDisconnect:
            return _disconnected(request)
        reply = token_reply(
            state.store,
            state.issuer,
            url_org,
            request.headers.get("content-type", ""),
            raw,
            request.headers.get("authorization"),
        )
        return reply.render()

    return token


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    detail = "No operation at this path." if exc.status_code == 404 else exc.detail
    return problem(exc.status_code, detail, headers=exc.headers).render()


async def _server_error(request: Request, exc: Exception) -> Response:
    return problem(500, "An unexpected error occurred.").render()


def layout(specs: list[Spec]) -> Layout:
    """What the store needs to know of the operations tables (every service's: one state)."""
    resources = [r for spec in specs for r in spec.model.resources.values()]
    audit = {
        r.name: {"source": spec.model.audit_source, "label": r.naming, **r.audit}
        for spec in specs
        for r in spec.model.resources.values()
        if r.audit
    }
    return Layout(
        int_ids=frozenset(r.name for r in resources if r.id_kind == "int"),
        naming={r.name: r.naming for r in resources if r.naming},
        indexed={r.name: tuple(dict.fromkeys(f for f in (r.naming, *r.lookup) if f)) for r in resources},
        relations={r.name: (r.owner, r.members) for spec in specs for r in spec.model.relations.values()},
        audit=audit,
    )


def build_state(config: MockConfig) -> MockState:
    if config.profile not in PROFILES:
        raise ValueError(f"unknown profile {config.profile!r}; choose from {', '.join(sorted(PROFILES))}")
    services = config.services
    specs = [Spec(service.spec_path) for service in services]
    behaviours = [registry.load(service.behaviours, service.name) for service in services]
    # A table may name another service's resources (a license allocation's group): one state for all.
    shared = frozenset(r for spec in specs for r in spec.model.resources)
    served = [
        Served(service, spec, Handlers(spec.model, behaviour, shared), behaviour)  # refuses an unbound operation
        for service, spec, behaviour in zip(services, specs, behaviours, strict=True)
    ]
    scopes = list(dict.fromkeys(scope for spec in specs for scope in spec.all_scopes))
    faults = FaultSet(config.faults)
    store = Store(config.db, layout(specs))
    store.listeners = [listener for behaviour in behaviours for listener in behaviour.listeners]
    orgs: list[Org] = []
    tenants: dict[str, list[Tenant]] = {}
    for creds in config.organizations:
        org = Org(creds.partition_global_id, creds.name)
        tenants[org.id] = tenants_of(org.id, config.tenants)
        with store.transaction():  # an organization is seeded whole or not at all
            store.ensure_org(org.id, org.name)
            for one in served:
                for seeder in one.registry.seeders:
                    seeding = Seeding(
                        store, org, creds, not orgs, one.spec.model, tuple(scopes), tuple(tenants[org.id]), config
                    )
                    seeder(seeding)
        orgs.append(org)
    store.arm_crash_point()
    issuer = TokenIssuer(config.token_ttl)
    return MockState(
        config=config,
        store=store,
        issuer=issuer,
        authenticator=Authenticator(issuer, orgs[0], config.pats, scopes),
        faults=faults,
        limiter=RateLimiter() if config.rate_limit else None,
        orgs_by_name={**{o.name.lower(): o for o in orgs}, **{o.id: o for o in orgs}},
        orgs_by_id={o.id: o for o in orgs},
        profile=PROFILES[config.profile],
        served=served,
        tenants=tenants,
        scopes=scopes,
    )


class KeepEncodedSlashes:
    """Kestrel decodes a request's path except `%2F`: an encoded slash stays inside its segment, so
    `/api/RobotAccount/a%2Fb` is one (invalid) robotAccountId, not two segments reaching another
    route. ASGI servers decode it; this puts it back before routing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") if scope["type"] == "http" else None
        if isinstance(raw, bytes) and b"%2f" in raw.lower():
            pieces = re.split("%2[fF]", raw.decode("latin-1").split("?", 1)[0])
            scope = {**scope, "path": "%2F".join(unquote(piece) for piece in pieces)}
        await self.app(scope, receive, send)


def _mount_routes(state: MockState, mount: Mount) -> list[Route]:
    """One route per path shape of the mounted service (ASP.NET Core picks among same-shaped
    templates by method), literal segments first."""
    by_path: dict[str, dict[str, Operation]] = {}
    for op in mount.served.spec.operations:
        parts = re.split(r"\{[^}]+\}", op.path)
        shape = "".join(part + (f"{{s{i}}}" if i < len(parts) - 1 else "") for i, part in enumerate(parts))
        by_path.setdefault(shape, {})[op.method] = op
    # Literal segments first, so /api/ExternalClient/GenerateSecret wins over /{partitionGlobalId};
    # routes take every method and the pipeline answers 405, so that path never falls through.
    ordered = sorted(by_path.items(), key=lambda item: item[0].count("{"))
    pipelines = {path: Pipeline(state, mount, path, ops) for path, ops in ordered}
    routes = []
    for path, pipeline in pipelines.items():
        pipeline.route = Route(mount.route_prefix + path, pipeline.handle, methods=_ALL_METHODS)
        routes.append(pipeline.route)
    # Sibling routing sees the same per-shape templates the routes serve.
    templates = Routes.from_paths(
        {shape: {method.lower(): op for method, op in ops.items()} for shape, ops in by_path.items()}
    )
    siblings = Siblings(templates, pipelines, any_specificity=state.profile.sibling_routing, mount=mount)
    for pipeline in pipelines.values():
        pipeline.siblings = siblings
    return routes


def create_app(config: MockConfig | None = None) -> Starlette:
    """The mock as an ASGI app; `app.state.mock` holds its state and seeded credentials."""
    state = build_state(config or MockConfig())
    mounts = [Mount(served) for served in state.served]
    mounts += [Mount(served, tenant_level=True) for served in state.served if served.service.tenant_prefix]
    routes = [route for mount in mounts for route in _mount_routes(state, mount)]
    token = _token_endpoint(state)
    primary = state.service.prefix  # Identity's token endpoint serves every service
    routes.append(Route(f"/{{org_name}}/{primary}/connect/token", token, methods=["POST"]))
    routes.append(Route(f"/{primary}/connect/token", token, methods=["POST"]))
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
        middleware=[Middleware(KeepEncodedSlashes)],
    )
    app.router.redirect_slashes = False  # an encoded "/" in a path value must not answer 307
    app.state.mock = state
    app.state.config = state.config
    return app
