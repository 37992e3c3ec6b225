"""Hooks that keep a run against a real organization safe, loaded by st through st_hooks.

- The spec's examples address the example organization id; the organization under test has
  its own (GATE_PARTITION_GLOBAL_ID), so it is swapped in wherever the example id appears.
- With writes allowed (GATE_WRITE_PREFIX set), every name and secret description this run sends
  starts with the prefix, so the gate's clean-up finds everything the run created.
- In live mode (GATE_LIVE), updates, deletes and secret operations may only touch external clients
  and secrets this run created: any other id is swapped for one that cannot exist, so Schemathesis
  still sends the request (and checks the 404) without touching the organization's own data.
"""

from __future__ import annotations

import os
import threading
import uuid
from typing import Any

import schemathesis
from schemathesis import Case, Response
from schemathesis.hooks import HookContext
from schemathesis.schemas import APIOperation

AnyCase = Case[APIOperation[Any, Any, Any, Any]]

EXAMPLE_PARTITION_GLOBAL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
ABSENT_SECRET_ID = 9_000_000_000_000_000_001  # an int64 no real secret id reaches
# The field that names what each write creates, and its maxLength in the spec.
_NAMED_BODIES = {
    "createExternalClient": ("name", 256),
    "updateExternalClient": ("name", 256),
    "createRobotAccount": ("name", 256),
    "generateExternalClientSecret": ("description", 512),
}
_CLIENT_IN_PATH = {"updateExternalClient", "deleteExternalClient"}


class _CreatedByThisRun:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.clients: set[str] = set()
        self.secrets: set[int] = set()

    def owns_client(self, client_id: Any) -> bool:
        with self.lock:
            return client_id in self.clients

    def owns_secret(self, secret_id: Any) -> bool:
        with self.lock:
            return secret_id in self.secrets

    def record(self, operation_id: str, body: Any) -> None:
        if not isinstance(body, dict):
            return
        with self.lock:
            if operation_id == "createExternalClient" and isinstance(body.get("id"), str):
                self.clients.add(body["id"])
                self.secrets.update(s["id"] for s in body.get("secrets") or [] if isinstance(s, dict) and "id" in s)
            elif operation_id == "generateExternalClientSecret" and isinstance(body.get("id"), int):
                self.secrets.add(body["id"])


CREATED = _CreatedByThisRun()


def _operation_id(case: AnyCase) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _swap_partition(case: AnyCase, partition: str) -> None:
    if case.path_parameters and case.path_parameters.get("partitionGlobalId") == EXAMPLE_PARTITION_GLOBAL_ID:
        case.path_parameters["partitionGlobalId"] = partition
    if isinstance(case.body, dict) and case.body.get("partitionGlobalId") == EXAMPLE_PARTITION_GLOBAL_ID:
        case.body["partitionGlobalId"] = partition


def _prefix(case: AnyCase, prefix: str) -> None:
    named = _NAMED_BODIES.get(_operation_id(case))
    if named is None or not isinstance(case.body, dict):
        return
    field, max_length = named
    value = case.body.get(field)
    # Only valid strings: an empty, too long or mistyped one is a negative case and must stay invalid.
    if isinstance(value, str) and 0 < len(value) <= max_length and not value.startswith(prefix):
        case.body[field] = (prefix + value)[:max_length]


def _keep_to_own_resources(case: AnyCase) -> None:
    op_id = _operation_id(case)
    params = case.path_parameters or {}
    if op_id in _CLIENT_IN_PATH:
        client_id = params.get("clientId")
        if isinstance(client_id, str) and 1 <= len(client_id) <= 128 and not CREATED.owns_client(client_id):
            params["clientId"] = f"contract-gate-absent-{uuid.uuid4()}"
    elif op_id == "deleteExternalClientSecret":
        secret_id = params.get("secretId")
        if isinstance(secret_id, int) and secret_id >= 1 and not CREATED.owns_secret(secret_id):
            params["secretId"] = ABSENT_SECRET_ID
    elif op_id == "generateExternalClientSecret" and isinstance(case.body, dict):
        client_id = case.body.get("clientId")
        if isinstance(client_id, str) and 1 <= len(client_id) <= 128 and not CREATED.owns_client(client_id):
            case.body["clientId"] = f"contract-gate-absent-{uuid.uuid4()}"


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    env = os.environ
    partition = env.get("GATE_PARTITION_GLOBAL_ID")
    if partition and partition != EXAMPLE_PARTITION_GLOBAL_ID:
        _swap_partition(case, partition)
    prefix = env.get("GATE_WRITE_PREFIX")
    if prefix:
        _prefix(case, prefix)
    if env.get("GATE_LIVE"):
        _keep_to_own_resources(case)


@schemathesis.hook
def after_call(context: HookContext, case: AnyCase, response: Response) -> None:
    if os.environ.get("GATE_LIVE") and 200 <= response.status_code < 300:
        try:
            body = response.json()
        except ValueError:
            return
        CREATED.record(_operation_id(case), body)
