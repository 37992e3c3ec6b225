"""Where behaviour is registered: each service's behaviour package holds one Registry, and its
modules (one per behaviour family) register into it with decorators, the way Schemathesis
registers checks. The operations table names what it needs (`action: custom:<name>`, a resource's
`prepare:`/`render:`); handlers.py binds the names to what was registered and refuses to start if
one is missing. There is no central list: a new module in the package registers itself.

- actions: `@REGISTRY.action("createGroup")`, a function (engine, ctx) -> Reply for the table's
  `custom:createGroup` (`heavy=True`: it reads in proportion to a log or a list, so the pipeline
  runs it in a worker thread, off the event loop);
- preparers and renderers of a resource (`@REGISTRY.preparer("robotAccount")`);
- seeders: `@REGISTRY.seeder`, a function of a Seeding (store, organization, its credentials and
  tenants, whether it is the first, the spec, every service's scopes, the mock's options) run once
  per organization at start, in one transaction;
- commit listeners: `@REGISTRY.on_commit`, (store, transaction) called inside every transaction
  that changed something, just before it commits, with its changes and who made them (the
  pipeline's WriteInfo): where an audit trail records writes, atomically with them.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeVar

from contract_tests.spec_model import SpecModel

from .config import MockConfig, OrgCredentials, Tenant
from .crud import Context, Engine, Preparer, Renderer
from .problems import Reply
from .store import CommitListener, Org, Store

Action = Callable[[Engine, Context], Reply]


@dataclass(frozen=True)
class Seeding:
    """What a seeder is given: the organization to seed (once per start; a --db file may already
    hold its seeds) and its credentials."""

    store: Store
    org: Org
    credentials: OrgCredentials
    first: bool  # the primary organization (the spec's examples' data lives there)
    model: SpecModel
    scopes: tuple[str, ...] = ()  # every scope of every service served (an administrator's)
    tenants: tuple[Tenant, ...] = ()
    config: MockConfig | None = None


Seeder = Callable[[Seeding], None]


@dataclass(frozen=True)
class WriteInfo:
    """Who made a transaction's writes and through which operation (Transaction.info), for commit
    listeners such as an audit trail."""

    service: str
    operation_id: str
    org_id: str
    client_id: str  # the token's client (the actor)
    method: str
    path: str
    client_ip: str | None = None  # where the request came from


F = TypeVar("F", bound=Callable[..., Any])


class RegistrationError(ValueError):
    """Two modules registered the same name."""


@dataclass
class Registry:
    service: str
    actions: dict[str, Action] = field(default_factory=dict)
    preparers: dict[str, Preparer] = field(default_factory=dict)
    renderers: dict[str, Renderer] = field(default_factory=dict)
    seeders: list[Seeder] = field(default_factory=list)
    listeners: list[CommitListener] = field(default_factory=list)
    heavy: set[str] = field(default_factory=set)  # actions run in a worker thread

    def _into(self, table: dict[str, Any], kind: str, name: str) -> Callable[[F], F]:
        def register(function: F) -> F:
            if name in table and table[name] is not function:
                raise RegistrationError(f"{self.service}: {kind} {name!r} is registered twice")
            table[name] = function
            return function

        return register

    def action(self, name: str, heavy: bool = False) -> Callable[[F], F]:
        """Registers the table's `custom:<name>` action."""
        if heavy:
            self.heavy.add(name)
        return self._into(self.actions, "action", name)

    def preparer(self, name: str) -> Callable[[F], F]:
        return self._into(self.preparers, "preparer", name)

    def renderer(self, name: str) -> Callable[[F], F]:
        return self._into(self.renderers, "renderer", name)

    def seeder(self, function: Seeder) -> Seeder:
        self.seeders.append(function)
        return function

    def on_commit(self, function: CommitListener) -> CommitListener:
        self.listeners.append(function)
        return function


def load(package: str, service: str | None = None) -> Registry:
    """The Registry of a behaviour package (its `REGISTRY`), once every module in it is imported.
    With `service`, a package that does not exist is an empty Registry of that service (a service
    whose table asks for generic actions only needs no Python)."""
    if service is not None:
        try:
            found = importlib.util.find_spec(package)
        except ModuleNotFoundError:
            found = None
        if found is None:
            return Registry(service)
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        importlib.import_module(info.name)
    registry = getattr(root, "REGISTRY", None)
    if not isinstance(registry, Registry):
        raise RegistrationError(f"{package} has no REGISTRY")
    return registry


def modules(package: str) -> list[ModuleType]:
    """The modules of a behaviour package (for tests that check each registers something)."""
    root = importlib.import_module(package)
    return [importlib.import_module(i.name) for i in pkgutil.walk_packages(root.__path__, prefix=f"{package}.")]
