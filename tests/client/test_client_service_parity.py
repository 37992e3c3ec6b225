"""Every service's resources have the polish of Identity's, checked for each resource the
generator produced (the package's description.json: Identity's, `audit`, `audit.classic`,
`licenses`), so a new service is checked with no test code: a repr naming the base URL its
requests go to (a tenant's level too), per-call options (`with_options` headers and retries)
applied to its requests, typed errors for its problem answers (404 -> `NotFoundError` naming the
URL, 400 -> `BadRequestError` with the per-field errors, 503 -> `InternalServerError`), the same
through `with_raw_response`, and date-times that must say their time zone; sync and async."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from client_harness import ORG, Script, make_client, problem
from flavour import Flavour, flavour_fixture  # noqa: F401  (the `flavour` fixture)
from method_matrix import description, resource_of, resources
from uipath_identity_client import (
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
)

BASE = "http://127.0.0.1:9/contoso"
SERVICES = {s["name"]: s for s in description()["services"]}


def service_url(resource: dict[str, Any]) -> str:
    return f"{BASE}/{SERVICES[resource['service']]['prefix'].strip('/')}"


#: A made-up value of each plain kind of argument (by the argument's description).
SCALARS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "uuid": lambda a: str(uuid.uuid4()),
    "id": lambda a: "an-id",
    "str": lambda a: "x",
    "bool": lambda a: True,
    "int": lambda a: a["minimum"] or 1,
    "enum": lambda a: a["enum_values"][0],
}


def a_call(resource: dict[str, Any]) -> tuple[str, list[Any], dict[str, Any]]:
    """A method of the resource (a GET if it has one) whose required arguments are plain values,
    and made-up values for them (the answers are scripted)."""
    methods = sorted(resource["methods"], key=lambda m: m["http_method"] != "get")
    for method in methods:
        needed = [a for a in method["arguments"] if a["required"] and not (a["organization"] or a["same_as_path"])]
        if method["kind"] == "call" and all(a["kind"] in SCALARS for a in needed):
            args = [SCALARS[a["kind"]](a) for a in needed if a["location"] == "path"]
            return (
                method["name"],
                args,
                {a["python_name"]: SCALARS[a["kind"]](a) for a in needed if a["location"] != "path"},
            )
    raise AssertionError(f"{resource['attribute']} has no method taking only plain values")


RESOURCES = [pytest.param(r, id=r.get("attribute") or r["tag"]) for r in resources()]


@pytest.mark.parametrize("resource", RESOURCES)
def test_a_resource_says_where_it_sends(flavour: Flavour, resource: dict[str, Any]) -> None:
    client = flavour.client(f"{BASE}/identity_", client_id="a", client_secret="b", organization_id=ORG)
    attribute = resource.get("attribute") or resource["tag"]
    bound = resource_of(client, attribute)
    name = f"{'Async' if flavour.asynchronous else ''}{resource['class_name']}Resource"
    assert repr(bound) == f"{name}(base_url={service_url(resource)!r})"
    assert repr(bound.with_raw_response) == f"{name}WithRawResponse({bound!r})"
    namespace = attribute.rsplit(".", 1)[0] if "." in attribute else None
    if namespace is not None:
        assert repr(resource_of(client, namespace)).endswith(f"Service(base_url={service_url(resource)!r})")
    tenant_prefix = SERVICES[resource["service"]].get("tenant_prefix")
    if namespace is not None and tenant_prefix and "." not in namespace:
        at_tenant = resource_of(resource_of(client, namespace).tenant("T"), attribute.split(".", 1)[1])
        assert repr(at_tenant) == f"{name}(base_url={BASE + '/T/' + tenant_prefix.strip('/')!r})"


@pytest.mark.parametrize("resource", RESOURCES)
def test_options_and_typed_errors_for_every_service(flavour: Flavour, resource: dict[str, Any]) -> None:
    method, args, kwargs = a_call(resource)
    validation = problem(400, "One or more validation errors occurred.", errors={"someField": ["is not valid."]})
    script = Script(problem(503, "Service Unavailable"), problem(404, "Not Found", "Nothing here."), validation)
    client = flavour.client(client=make_client(script), organization_id=ORG)
    attribute = resource.get("attribute") or resource["tag"]
    once = resource_of(client.with_options(max_retries=0, headers={"X-Trace": "t1"}), attribute)
    with pytest.raises(InternalServerError):
        flavour(getattr(once, method)(*args, **kwargs))
    assert len(script.api_requests) == 1 and script.api_requests[0].headers["X-Trace"] == "t1"
    assert str(script.api_requests[0].url).startswith(service_url(resource) + "/")
    raw = resource_of(client, attribute).with_raw_response
    with pytest.raises(NotFoundError) as missing:
        flavour(getattr(raw, method)(*args, **kwargs))
    assert missing.value.url and missing.value.url.startswith(service_url(resource) + "/")
    assert "Nothing here." in str(missing.value) and "X-Trace" not in script.api_requests[1].headers
    with pytest.raises(BadRequestError) as invalid:
        flavour(getattr(resource_of(client, attribute), method)(*args, **kwargs))
    assert invalid.value.errors == {"someField": ["is not valid."]} and "someField" in str(invalid.value)


DATE_TIME_ARGUMENTS = [
    pytest.param(r, m, a, id=f"{r.get('attribute') or r['tag']}.{m['name']}({a['python_name']})")
    for r in resources()
    for m in r["methods"]
    for a in m["arguments"]
    if a["kind"] == "datetime" and m["kind"] == "call" and not a["organization"]
]


@pytest.mark.parametrize(("resource", "method", "argument"), DATE_TIME_ARGUMENTS)
def test_a_naive_date_time_is_refused_before_sending(
    flavour: Flavour, resource: dict[str, Any], method: dict[str, Any], argument: dict[str, Any]
) -> None:
    script = Script(default=httpx.Response(500))
    client = flavour.client(client=make_client(script), organization_id=ORG)
    kwargs: dict[str, Any] = {}
    args: list[Any] = []
    for a in method["arguments"]:
        if a["organization"] or a["same_as_path"] or not (a["required"] or a is argument):
            continue
        value = datetime.datetime(2026, 1, 31, 12, 0) if a is argument else "x"
        if a["location"] == "path":
            args.append(str(uuid.uuid4()) if a["kind"] in ("uuid", "id") else value)
        else:
            kwargs[a["python_name"]] = value
    bound = getattr(resource_of(client, resource.get("attribute") or resource["tag"]), method["name"])
    with pytest.raises(ConfigurationError, match=f"{argument['json_name']} must say its time zone"):
        flavour(bound(*args, **kwargs))
    assert script.api_requests == []
