"""Every generated resource method, called against the mock on a real loopback socket in both
behaviour profiles, through `IdentityClient` and (via `with_raw_response`) `AsyncIdentityClient`,
with arguments built from the spec's examples and the operations table (method_matrix.py): no
test code per operation. A method counts as exercised when it returns what its annotation says.

Also: the number of methods exercised is what the generator produced (the package's
`description.json`) and what the resource classes have, and the clients' own helpers are called."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from method_matrix import Matrix, conforms, description, methods, platform_model, resource_of, resources, return_type
from mock_session import Mocks, async_client, credentials
from uipath_identity_client import AsyncIdentityClient, IdentityClient, RawResponse
from uipath_identity_client.resources import RESOURCE_ATTRIBUTES, RESOURCE_NAMES, AsyncResources, Resources

pytestmark = pytest.mark.slow
CASES = methods()
MODEL = platform_model()


@pytest.fixture(scope="module")
def matrices(mocks: Mocks) -> dict[str, Matrix]:
    """One setup client per profile (shared token), building arguments for the calls."""
    built = {}
    for profile in ("default", "aspnet"):
        ready = mocks.ready(profile)
        built[profile] = Matrix(IdentityClient(ready["base_url"], **credentials(ready)))
    return built


def call_arguments(matrix: Matrix, method: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    op = MODEL.by_id[method["operation_id"]]
    if op.binding is not None and matrix.creators(op.binding.resource):
        matrix.fresh(op.binding.resource)  # the state the operation acts on (a list not empty, a pair to switch)
    args, kwargs = matrix.arguments(method, op)
    if method["kind"] == "iter":
        kwargs["page_size"] = 2
    if method["kind"] == "patch":  # change one field; keep the rest (and the ids the read needs)
        fields = [a for a in method["arguments"] if a["location"] == "field" and not a["required"]]
        changed = next((a["python_name"] for a in fields if a["python_name"] in kwargs), None)
        required = {a["python_name"] for a in method["arguments"] if a["required"]}
        kwargs = {k: v for k, v in kwargs.items() if k == changed or k in required}
    return args, kwargs


@pytest.mark.parametrize(("tag", "method"), CASES, ids=[f"{t}.{m['name']}" for t, m in CASES])
def test_every_method_sync(
    matrices: dict[str, Matrix], mocks: Mocks, profile: str, tag: str, method: dict[str, Any]
) -> None:
    args, kwargs = call_arguments(matrices[profile], method)
    with IdentityClient(mocks.ready(profile)["base_url"], **credentials(mocks.ready(profile))) as client:
        bound = getattr(resource_of(client, tag), method["name"])
        result = bound(*args, **kwargs)
        if method["kind"] == "iter":
            items = list(result)
            assert all(conforms(item, return_type(bound).__args__[0]) for item in items), items
        else:
            assert conforms(result, return_type(bound)), (method["name"], result)


@pytest.mark.parametrize(("tag", "method"), CASES, ids=[f"{t}.{m['name']}" for t, m in CASES])
def test_every_method_async_raw(
    matrices: dict[str, Matrix], mocks: Mocks, profile: str, tag: str, method: dict[str, Any]
) -> None:
    args, kwargs = call_arguments(matrices[profile], method)

    async def main() -> None:
        async with async_client(mocks.ready(profile)) as client:
            resource = resource_of(client, tag)
            bound = getattr(resource, method["name"])
            if method["kind"] == "iter":
                items = [item async for item in bound(*args, **kwargs)]
                assert all(conforms(item, return_type(bound).__args__[0]) for item in items), items
                return
            raw = await getattr(resource.with_raw_response, method["name"])(*args, **kwargs)
            assert isinstance(raw, RawResponse) and 200 <= raw.status_code < 300
            assert conforms(raw.parsed, return_type(bound)), (method["name"], raw.parsed)

    asyncio.run(main())


def public_methods(cls: type) -> set[str]:
    return {n for n, v in vars(cls).items() if not n.startswith("_") and inspect.isfunction(v)}


def test_the_matrix_covers_every_method_the_generator_produced() -> None:
    produced = description()
    assert produced["all_methods"] == len(CASES) == len({(t, m["name"]) for t, m in CASES})
    assert produced["methods"] == sum(len(r["methods"]) for r in produced["resources"])  # the client's own
    assert [r["tag"] for r in produced["resources"]] == list(RESOURCE_NAMES)
    assert {r["attribute"] for r in resources()} == set(RESOURCE_ATTRIBUTES) == {t for t, _ in CASES}
    sync_methods = async_methods = 0
    for attribute in RESOURCE_ATTRIBUTES:
        resource = next(r for r in resources() if r["attribute"] == attribute)
        sync_cls = type(resource_of(_bare(Resources), attribute))
        async_cls = type(resource_of(_bare(AsyncResources), attribute))
        assert public_methods(sync_cls) == public_methods(async_cls) == {m["name"] for m in resource["methods"]}
        sync_methods += len(public_methods(sync_cls))
        async_methods += len(public_methods(async_cls))
    assert sync_methods == async_methods == len(CASES)
    # every operation of every service, and on both levels of a service with a tenant level
    assert {m["operation_id"] for _, m in CASES} == {op.operation_id for op in MODEL.operations}
    for service in produced["services"]:
        if service["tenant_prefix"]:
            offline = IdentityClient("http://127.0.0.1:9/org/identity_", token="t")  # nothing is sent
            level = resource_of(offline, service["attribute"]).tenant("T")
            for resource in service["resources"]:
                assert public_methods(type(getattr(level, resource["attribute"].rpartition(".")[2]))) == {
                    m["name"] for m in resource["methods"]
                }


def _bare(cls: type) -> Any:
    """Resources bound to nothing, to look at their classes."""
    return cls(None)


def test_the_two_clients_have_the_same_shape() -> None:
    helpers = public_methods(IdentityClient) | public_methods(IdentityClient.__mro__[1])
    async_helpers = public_methods(AsyncIdentityClient) | public_methods(AsyncIdentityClient.__mro__[1])
    assert helpers - {"close"} == async_helpers - {"close", "aclose"}
    assert {"organization_id", "verify_credentials", "rotate_secret", "with_options"} <= helpers
    for name in ("organization_id", "verify_credentials", "rotate_secret", "close"):
        assert inspect.iscoroutinefunction(getattr(AsyncIdentityClient, name)), name
