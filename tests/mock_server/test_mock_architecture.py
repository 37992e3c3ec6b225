"""The mock's custom layer as issue 17 asks for it: behaviour modules register into their service's
registry (no central list), import one another without cycles and in layers (import-linter, which
sees imports inside functions too; main d2ffc2c broke it: custom_directory -> custom), and a
committed write reaches commit listeners inside its own transaction (where an audit trail will
record it)."""

from __future__ import annotations

import io
import sys
import textwrap
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from importlinter.cli import lint_imports
from mock_harness import ORG_IDS, in_process

from contract_tests import spec_model
from contract_tests.mock_server import registry
from contract_tests.mock_server.config import MockConfig, Service
from contract_tests.mock_server.registry import RegistrationError, Registry, WriteInfo
from contract_tests.mock_server.store import Store, Transaction

ROOT = Path(__file__).resolve().parents[2]
C = ORG_IDS["contoso"]
API = "/contoso/identity_/api"
IDENTITY = MockConfig().service.behaviours
SERVICES = MockConfig().services


def test_the_mock_imports_without_cycles_and_in_layers() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        status = lint_imports(
            config_filename=str(ROOT / "contract_tests" / "mock_server" / "importlinter.ini"), no_cache=True
        )
    assert status == 0, out.getvalue()[-3000:]


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_every_table_hook_is_registered_once_and_every_registration_is_used(service: Service) -> None:
    behaviour = registry.load(service.behaviours, service.name)
    model = spec_model.load(service.spec_path)
    named = {op.binding.custom for op in model.operations if op.binding and op.binding.custom}
    assert named == set(behaviour.actions)
    assert {r.prepare for r in model.resources.values() if r.prepare} == set(behaviour.preparers)
    assert {r.render for r in model.resources.values() if r.render} == set(behaviour.renderers)
    assert len(behaviour.seeders) <= 1 + (service.name == "orgaudit")  # seeding in one place (and a benchmark's)


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_each_behaviour_module_registers_what_it_defines(service: Service) -> None:
    behaviour = registry.load(service.behaviours, service.name)
    registered = [*behaviour.actions.values(), *behaviour.preparers.values(), *behaviour.renderers.values()]
    functions = [*registered, *behaviour.seeders, *behaviour.listeners]
    owners = {f.__module__.rsplit(".", 1)[1] for f in functions}
    modules = {m.__name__.rsplit(".", 1)[1] for m in registry.modules(service.behaviours)}
    assert owners == modules  # every family module contributes; none is a list of the others


def test_a_service_without_a_behaviour_package_has_the_generic_actions_only() -> None:
    empty = registry.load("contract_tests.mock_server.behaviours.no_such_service", "no_such_service")
    assert empty.service == "no_such_service" and not empty.actions and not empty.seeders


def test_a_new_module_registers_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "throwaway_behaviours"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from contract_tests.mock_server.registry import Registry\nREGISTRY = Registry('throwaway')\n"
    )
    (package / "widgets.py").write_text(
        textwrap.dedent(
            """
            from throwaway_behaviours import REGISTRY

            @REGISTRY.action("countWidgets")
            def count_widgets(engine, ctx):
                return None
            """
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = registry.load("throwaway_behaviours")
    assert loaded.service == "throwaway" and set(loaded.actions) == {"countWidgets"}
    sys.modules.pop("throwaway_behaviours.widgets", None)
    sys.modules.pop("throwaway_behaviours", None)


def test_registering_a_name_twice_is_refused() -> None:
    fresh = Registry("twice")
    fresh.action("a")(lambda engine, ctx: None)
    with pytest.raises(RegistrationError, match="'a' is registered twice"):
        fresh.action("a")(lambda engine, ctx: None)


def test_commit_listeners_see_each_operations_changes_in_its_transaction() -> None:
    client, app = in_process()
    store: Store = app.state.mock.store
    seen: list[tuple[WriteInfo, list[tuple[str, str, str | None]]]] = []

    def record(store: Store, tx: Transaction) -> None:
        assert isinstance(tx.info, WriteInfo)
        seen.append((tx.info, [(c.kind, c.resource, c.id) for c in tx.changes]))

    store.listeners.append(record)
    token = client.get_token()
    group = client.request("POST", f"{API}/Group", token, json={"partitionGlobalId": C, "name": "audited"}).json()
    users = [{"userName": "audited-1"}, {"userName": "audited-2"}]
    body = {"partitionGlobalId": C, "users": users, "groupIDs": [group["id"]]}
    assert client.request("POST", f"{API}/User/BulkCreate", token, json=body).status_code == 200
    refused = client.request("POST", f"{API}/User/BulkCreate", token, json=body)  # duplicates: nothing stored
    assert refused.status_code == 400
    assert client.request("DELETE", f"{API}/Group/{C}/{group['id']}", token).status_code == 204
    assert [(info.operation_id, info.client_id, info.org_id) for info, _ in seen] == [
        ("createGroup", "mock-admin", C),
        ("createUsers", "mock-admin", C),
        ("deleteGroup", "mock-admin", C),
    ]
    created = seen[1][1]
    assert [(k, r) for k, r, _ in created] == [("create", "user"), ("link", "membership")] * 2
    assert [(k, r, i) for k, r, i in seen[2][1]] == [
        ("unlink", "membership", group["id"]),
        ("unlink", "membership", group["id"]),
        ("delete", "group", group["id"]),
    ]

    def refuse(store: Store, tx: Transaction) -> None:
        raise RuntimeError("the listener failed")

    store.listeners.append(refuse)  # the listener runs before COMMIT: its failure undoes the write
    never = {"partitionGlobalId": C, "name": "never"}
    failed = client.client.post(f"{API}/Group", json=never, headers={"Authorization": f"Bearer {token}"})
    assert failed.status_code == 500  # (undocumented: not through the checking client)
    store.listeners.remove(refuse)
    found = client.request("GET", f"{API}/Directory/Search/{C}", token, params={"startsWith": "never"}).json()
    assert found == []


def test_a_listener_write_commits_with_the_operation() -> None:
    """What an audit trail will do: write its own record in the operation's transaction."""
    from contract_tests.mock_server.store import NewDoc

    client, app = in_process()
    store: Store = app.state.mock.store
    trail: list[Any] = []

    def audit(store: Store, tx: Transaction) -> None:
        if tx.info is not None and tx.info.operation_id == "createGroup":
            made = store.create(
                tx.info.org_id, NewDoc("setting", {"key": f"audit-{len(trail)}", "value": "x"}, int_id=True)
            )
            trail.append(made[0].id)

    store.listeners.append(audit)
    token = client.get_token()
    assert client.request("POST", f"{API}/Group", token, json={"partitionGlobalId": C, "name": "g1"}).status_code == 201
    assert trail and store.get("setting", C, trail[0]) is not None
