"""Where each service's requests go: derived from Identity's base URL on every deployment, a
tenant's level beside the organization's, `service_urls=` where nothing can be derived (a clear
`ConfigurationError` naming it until then), and per-call options keeping the routing."""

from __future__ import annotations

from typing import Unpack

import httpx
import pytest
from uipath_identity_client import ClientOptions, ConfigurationError, IdentityClient, base_urls

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def recording(base_url: str, **options: Unpack[ClientOptions]) -> tuple[IdentityClient, list[str]]:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(200, json=[] if request.url.path.endswith(("user-license", "sources")) else {})

    options["transport"] = httpx.MockTransport(answer)
    return IdentityClient(base_url, token="t", organization_id=ORG, **options), sent


@pytest.mark.parametrize(
    "base_url",
    [
        base_urls.automation_cloud("myorg"),
        base_urls.public_sector("myorg"),
        base_urls.dedicated("acme", "myorg"),
        base_urls.automation_suite("rpa.example.com", "myorg"),
        base_urls.from_uri("http://127.0.0.1:8080", "myorg"),
    ],
)
def test_every_service_is_derived_from_identity_on_every_deployment(base_url: str) -> None:
    client, sent = recording(base_url)
    client.licenses.users.list_available()
    client.audit.events.list_sources()
    client.audit.tenant("Dev Team").events.list_sources()
    root = base_url.removesuffix("/identity_")
    assert sent == [
        f"{root}/lease_/api/account/{ORG}/user-license",
        f"{root}/orgaudit_/api/query/sources",
        f"{root}/Dev%20Team/tenantaudit_/api/query/sources",
    ]
    assert base_urls.service_url(base_url, "lease") == f"{root}/lease_"
    assert base_urls.tenant_url(f"{root}/orgaudit_", "orgaudit", "T") == f"{root}/T/tenantaudit_"


def test_a_host_level_identity_needs_the_service_url_given() -> None:
    standalone = base_urls.automation_suite_standalone("rpa.example.com")
    client, sent = recording(standalone)
    with pytest.raises(ConfigurationError, match=r"lease.*service_urls=\{'lease': 'https://.../lease_'\}"):
        client.licenses.users.list_available()
    assert sent == []
    with pytest.raises(ConfigurationError, match="cannot derive the audit base URL"):
        client.audit.classic.logs.list()
    with pytest.raises(ValueError, match="the audit service has no tenant level"):
        base_urls.tenant_url("https://cloud.uipath.com/myorg/audit_", "audit", "T")
    given, sent = recording(standalone, service_urls={"lease": "https://rpa.example.com/myorg/lease_/"})
    given.licenses.users.list_available()
    assert sent == [f"https://rpa.example.com/myorg/lease_/api/account/{ORG}/user-license"]
    with pytest.raises(ConfigurationError, match="no service nope"):
        given.client.with_service_urls({"nope": "https://x"})


def test_per_call_options_keep_the_tenant_level() -> None:
    client, sent = recording(base_urls.automation_cloud("myorg"))
    client.with_options(timeout=3).audit.tenant("T").events.list_sources()
    tenant = client.audit.tenant("T")
    tenant.events.with_raw_response.list_sources()
    assert sent == ["https://cloud.uipath.com/myorg/T/tenantaudit_/api/query/sources"] * 2
