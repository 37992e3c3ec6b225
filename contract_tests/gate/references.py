"""Records of another service that a request refers to. Where an operations table's `touches` names
a resource another service's table declares (a license allocation's `groupId` and `userIds` are
Identity's groups and users), no link of the spec can lead to a real one (each service's document
is run on its own), and a random id only ever tests the 404. So positive cases address records
that exist: a few made for the run through the owning service's create operation (its request
example cut to the required fields, named with the run's prefix, the organization filled in), at
its base URL from the configuration's `service_urls`.

Live, the records are made only with an operation the live policy lets the run call
(`setup_operations`: `write-own` rows with --allow-writes, or those opted in with --allow-live),
are recorded as the run's own (live_safety, so they may be touched and are cleaned up), and a
resource that cannot be made is listed as not covered: the request keeps its id, which
live_safety swaps for one that cannot exist. The `deleted_reference` check (checks_lifecycle.py)
makes one more and deletes it, to see the reference refused."""

from __future__ import annotations

import copy
import threading
import uuid
from typing import Any

import httpx
import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

from contract_tests import spec_model
from contract_tests.spec_model import PARTITION, OperationModel, Resource, Service, SpecModel

from . import config
from .checks_inputs import minimal
from .live_safety import CREATED
from .probes import operation_of, paced, positive, request_example
from .st_auth import run_token

AnyCase = Case[APIOperation[Any, Any, Any, Any]]
POOL = 2  # records of each resource the run's positive cases refer to
REFERENCE_TAG = "ref-"  # in the names of the records made here, after the run's prefix
_MOCK_PREFIX = "contract-gate-"


def owner(resource: str) -> Service | None:
    """The service whose operations table declares a resource."""
    return next((s for s in spec_model.services() if resource in s.model.resources), None)


def foreign_references(spec: SpecModel, op: OperationModel) -> dict[str, str]:
    """{param or body field: resource} of the ids an operation names that another service keeps."""
    if op.binding is None:
        return {}
    return {name: res for name, res in op.binding.touches.items() if res not in spec.resources}


def creator(service: Service, resource: str) -> OperationModel | None:
    """The owning service's create of one record of a resource: a POST of that resource's row with
    an object body (a bulk create takes a list), which the run may call."""
    settings = config.current()
    for op in service.model.operations:
        b = op.binding
        if b is None or b.resource != resource or op.method != "post" or (op.body_schema or {}).get("type") != "object":
            continue
        if b.live == "read" or (settings is not None and not settings.may_set_up_with(op.operation_id)):
            continue
        return op
    return None


def deleter(service: Service, resource: str) -> OperationModel | None:
    """The owning service's delete of one record by its id in the path (no body), which the run may call."""
    settings = config.current()
    for op in service.model.operations:
        b = op.binding
        if b is None or b.resource != resource or op.method != "delete" or op.body_schema is not None:
            continue
        if op.id_param is None or (settings is not None and not settings.may_set_up_with(op.operation_id)):
            continue
        return op
    return None


def _fill(path: str, values: dict[str, Any]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + "}", str(value))
    return path


def new_body(service: Service, op: OperationModel, resource: Resource, tag: str) -> dict[str, Any]:
    """The create's request example cut to its required fields, unique where the resource's
    records must be (its naming and look-up fields), in the run's organization; an id chosen here
    when the request may carry one (a create that answers no id, D33)."""
    settings = config.current()
    spec = service.model
    example = copy.deepcopy(request_example(spec, op))
    body: dict[str, Any] = minimal(spec, op.body_schema, example) if isinstance(example, dict) else {}
    properties = op.body_properties
    named = spec.naming_max_length(op)
    prefix = (settings.write_prefix if settings is not None else None) or _MOCK_PREFIX
    if named is not None:
        field, limit = named
        body[field] = f"{prefix}{REFERENCE_TAG}{tag}"[:limit]
    for field in resource.lookup:
        if isinstance(body.get(field), str):
            body[field] = f"{tag}-{body[field]}"
    if PARTITION in properties and settings is not None:
        body[PARTITION] = settings.partition_global_id
    schema = spec.resolve(properties.get(resource.id_field) or {})
    if isinstance(schema, dict) and schema.get("format") == "uuid":
        body[resource.id_field] = str(uuid.uuid4())
    return body


def _created_id(resource: Resource, sent: dict[str, Any], answer: httpx.Response) -> str | None:
    try:
        body = answer.json()
    except ValueError:
        body = None
    ident = body.get(resource.id_field) if isinstance(body, dict) else None
    if ident is None and isinstance(body, str | int) and not isinstance(body, bool):
        ident = body  # a create answering the bare id (D49)
    ident = ident if ident is not None else sent.get(resource.id_field)
    return None if ident is None else str(ident)


class Referents:
    """The records of other services' resources this process made, a few per resource."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pools: dict[str, list[str]] = {}
        self.missing: dict[str, str] = {}  # resource -> why none could be made
        self.noted: set[tuple[str, str]] = set()  # (operation, field) listed as not covered

    def make(self, resource: str) -> str | None:
        """A new record of the resource (its id), or None; why not is kept in `missing`."""
        settings = config.current()
        service = owner(resource)
        made = service.model.resources.get(resource) if service is not None else None
        op = creator(service, resource) if service is not None else None
        base = settings.service_urls.get(service.name) if settings is not None and service is not None else None
        token = run_token()
        if settings is None or service is None or made is None or op is None or base is None or token is None:
            self.missing[resource] = f"no operation this run may call creates a {resource}"
            return None
        body = new_body(service, op, made, uuid.uuid4().hex[:8])
        path = _fill(op.path, dict.fromkeys(op.organization_params, settings.partition_global_id))
        paced()
        try:
            answer = httpx.post(base + path, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        except httpx.HTTPError as error:
            self.missing[resource] = f"`{op.operation_id}` failed: {type(error).__name__}"
            return None
        ident = _created_id(made, body, answer) if 200 <= answer.status_code < 300 else None
        if ident is None:
            self.missing[resource] = f"`{op.operation_id}` answered {answer.status_code}"
            return None
        CREATED.add(resource, ident)  # live: the run's own (cleaned up at the end)
        return ident

    def delete(self, resource: str, ident: str) -> int | None:
        """Delete a record made here with the owning service's delete; its status (None: no delete)."""
        settings = config.current()
        service = owner(resource)
        op = deleter(service, resource) if service is not None else None
        base = settings.service_urls.get(service.name) if settings is not None and service is not None else None
        token = run_token()
        if settings is None or service is None or op is None or base is None or token is None:
            return None
        values = {**dict.fromkeys(op.organization_params, settings.partition_global_id), op.id_param or "": ident}
        paced()
        headers = {"Authorization": f"Bearer {token}"}
        return httpx.delete(base + _fill(op.path, values), headers=headers, timeout=30).status_code

    def pool(self, resource: str) -> list[str]:
        """The records positive cases refer to (made on first use; empty if none can be)."""
        with self.lock:
            if resource not in self.pools:
                made = [self.make(resource) for _ in range(POOL)]
                self.pools[resource] = [ident for ident in made if ident is not None]
            return list(self.pools[resource])


REFERENTS = Referents()


def refer_to_existing(case: AnyCase) -> None:
    """Positive cases name records that exist wherever an id refers to another service's resource."""
    op = operation_of(case)
    if op is None or not positive(case):
        return
    references = foreign_references(config.spec(), op)
    for name, resource in references.items():
        where = location(case, name)
        if where is None:
            continue
        pool = REFERENTS.pool(resource)
        if not pool:
            if (case.operation.label, name) not in REFERENTS.noted:
                REFERENTS.noted.add((case.operation.label, name))
                why = REFERENTS.missing.get(resource, "none was made")
                config.note("references", case.operation.label, f"`{name}` names no existing {resource}: {why}")
            continue
        value = where[name]
        if isinstance(value, list):
            where[name] = pool[: min(len(value), len(pool))] if value else value
        else:
            where[name] = pool[0]


def location(case: AnyCase, name: str) -> dict[str, Any] | None:
    """The part of the request that carries a parameter or body field."""
    for part in (case.path_parameters, case.query, case.body):
        if isinstance(part, dict) and name in part:
            return part
    return None


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    refer_to_existing(case)
