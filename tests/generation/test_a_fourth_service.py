"""Adding a service costs its spec, its table rows and one line of spec/services.yaml: a copy of the
project gets a throwaway fourth service (`fourth_service.py`), nothing else changes, and after
`scripts/regenerate` the one client exposes it (`client.workshop.gizmos`, `client.workshop.tenant(...)`)
and its `description.json` lists it.

The regenerated package is then driven over a real loopback socket by a child Python: one token
from Identity's token endpoint serves the new service too, its base URL is derived from Identity's
(`/org/identity_` -> `/org/workshop_`, and `/org/T1/tenantworkshop_` for a tenant), its
`x-organization-id` parameter is filled in with the token's organization, `iter` pages and `patch`
reads before it replaces.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from fourth_service import ORG, add_fourth_service

from contract_tests import spec_lint, spec_model

pytestmark = pytest.mark.slow

DRIVER = textwrap.dedent(
    f"""
    import base64, json, socket, threading, time
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route
    from uipath_identity_client import IdentityClient

    GIZMOS = {{}}
    calls = []
    tokens = []

    def jwt(claims):
        part = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).rstrip(b"=").decode()
        return f"{{part({{'alg': 'none'}})}}.{{part(claims)}}.sig"

    async def token(request):
        tokens.append(1)
        return JSONResponse({{"access_token": jwt({{"prt_id": "{ORG}", "exp": time.time() + 3600}}),
                             "token_type": "Bearer", "expires_in": 3600}})

    async def gizmos(request):
        calls.append((request.method, request.url.path, request.headers.get("authorization", "")[:7]))
        assert request.path_params["account"] == "{ORG}", request.path_params
        if request.method == "POST":
            body = await request.json()
            made = {{"id": f"00000000-0000-4000-8000-{{len(GIZMOS):012d}}", **body}}
            GIZMOS[made["id"]] = made
            return JSONResponse(made, status_code=201)
        top, skip = int(request.query_params["top"]), int(request.query_params.get("skip", 0))
        items = sorted(GIZMOS.values(), key=lambda g: g["id"])
        return JSONResponse({{"totalCount": len(items), "results": items[skip : skip + top]}})

    async def gizmo(request):
        calls.append((request.method, request.url.path, request.headers.get("authorization", "")[:7]))
        found = GIZMOS[request.path_params["gizmo"]]
        if request.method == "PUT":
            found.update(await request.json())
        return JSONResponse(found)

    app = Starlette(routes=[
        Route("/org/identity_/connect/token", token, methods=["POST"]),
        Route("/org/workshop_/api/account/{{account}}/gizmo", gizmos, methods=["GET", "POST"]),
        Route("/org/workshop_/api/account/{{account}}/gizmo/{{gizmo}}", gizmo, methods=["GET", "PUT"]),
        Route("/org/T1/tenantworkshop_/api/account/{{account}}/gizmo/{{gizmo}}", gizmo, methods=["GET"]),
    ])
    sock = socket.socket(); sock.bind(("127.0.0.1", 0)); port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="error"))
    threading.Thread(target=server.run, kwargs={{"sockets": [sock]}}, daemon=True).start()
    while not server.started:
        time.sleep(0.01)

    client = IdentityClient(f"http://127.0.0.1:{{port}}/org/identity_", client_id="app", client_secret="s3cret")
    made = [client.workshop.gizmos.create(name=f"g{{i}}", color="red") for i in range(5)]
    assert [g.name for g in client.workshop.gizmos.iter(page_size=2)] == [f"g{{i}}" for i in range(5)]
    patched = client.workshop.gizmos.patch(made[1].id, color="blue")
    assert (patched.name, patched.color) == ("g1", "blue"), patched
    assert client.workshop.tenant("T1").gizmos.get(made[1].id).color == "blue"
    assert len(tokens) == 1, tokens                      # Identity's one token served the new service
    paths = {{path.split("/api/")[0] for _, path, _ in calls}}
    assert paths == {{"/org/workshop_", "/org/T1/tenantworkshop_"}}, paths
    assert {{auth for _, _, auth in calls}} == {{"Bearer "}}
    server.should_exit = True
    print("WORKSHOP OK")
    """
)


def test_a_fourth_service_reaches_the_client(project_copy: Path) -> None:
    spec_path = add_fourth_service(project_copy)
    services = project_copy / "spec" / "services.yaml"
    assert {rule: p for rule, p in spec_lint.lint(yaml.safe_load(spec_path.read_text())).items() if p} == {}
    assert spec_model.platform_binding_problems(services) == []

    result = subprocess.run(
        [sys.executable, str(project_copy / "scripts" / "regenerate")], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr

    package = project_copy / "generated" / "uipath-identity-client"
    described = json.loads((package / "uipath_identity_client" / "description.json").read_text())
    workshop = next(s for s in described["services"] if s["name"] == "workshop")
    assert (workshop["attribute"], workshop["prefix"], workshop["tenant_prefix"]) == (
        "workshop",
        "workshop_",
        "tenantworkshop_",
    )
    [gizmos] = workshop["resources"]
    assert gizmos["attribute"] == "workshop.gizmos"
    assert {m["name"] for m in gizmos["methods"]} == {"list", "iter", "create", "get", "update", "patch"}
    assert workshop["methods"] == 6
    assert all(r["service"] == "identity" for r in described["resources"])  # the client's own, as before

    run = subprocess.run(
        [sys.executable, "-c", DRIVER],
        cwd=project_copy,
        env={"PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "WORKSHOP OK" in run.stdout, run.stdout + run.stderr
