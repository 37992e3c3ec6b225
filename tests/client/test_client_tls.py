"""TLS networks users have, over real sockets on loopback: an HTTPS front of the mock (a real TLS
server with a certificate from a throwaway CA, trustme's; `loopback_proxy.running(tls=...)`), and
a real CONNECT proxy in front of that. A CA bundle given as a path, a path object, an SSLContext,
`SSL_CERT_FILE` or the UiPath CLI's `UIPATH_INSECURE` is honoured (`trust_env=False` ignores the
environment's), an HTTPS request through the proxy's tunnel keeps retries, auth, typed errors
and redacted debug logging, and a certificate the client does not trust is a
`CertificateVerificationError` saying how to trust it, at once (a handshake is not retried).
Each test runs with the sync and the async client (`flavour`)."""

from __future__ import annotations

import datetime
import logging
import ssl
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import loopback_proxy
import pytest
import trustme
from client_harness import ORG, Script, Sleeps, make_client
from flavour import Flavour, flavour_fixture  # noqa: F401  (the `flavour` fixture)
from mock_session import Mocks, credentials
from uipath_identity_client import (
    APIConnectionError,
    CertificateVerificationError,
    NotFoundError,
    RetryPolicy,
    TLSError,
)

pytestmark = pytest.mark.slow
CERT_ENV = ("SSL_CERT_FILE", "SSL_CERT_DIR")
PROXY_ENV = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def ready(mocks: Mocks) -> dict[str, Any]:
    return mocks.ready("default")  # TLS is below the API: one profile shows it


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CA bundle or proxy from the machine running the tests."""
    for name in (*CERT_ENV, *PROXY_ENV):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@contextmanager
def https_front(
    ready: dict[str, Any], ca: trustme.CA, *names: str, expired: bool = False
) -> Iterator[tuple[loopback_proxy.LoopbackProxy, str]]:
    """An HTTPS front of the mock with a certificate of `ca` for `names` (default: 127.0.0.1),
    valid now or `expired` yesterday: (the front, Identity's base URL through it)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    now = datetime.datetime.now(datetime.UTC)
    not_before, not_after = (
        (now - datetime.timedelta(days=30), now - datetime.timedelta(days=1)) if expired else (None, None)
    )
    leaf = ca.issue_cert(*(names or ("127.0.0.1", "localhost")), not_before=not_before, not_after=not_after)
    leaf.configure_cert(context)
    mock = urlsplit(ready["base_url"])
    assert mock.hostname and mock.port
    with loopback_proxy.running(tls=context, upstream=(mock.hostname, mock.port)) as front:
        yield front, f"{front.url}{mock.path}"


def quick_retries(sleeps: Sleeps) -> RetryPolicy:
    """The default policy, its waits recorded instead of slept."""
    return RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep)


def env_of(base_url: str, ready: dict[str, Any], **more: str) -> dict[str, str]:
    root, organization, _ = base_url.rsplit("/", 2)
    return {
        "UIPATH_URI": root,
        "UIPATH_ORGANIZATION": organization,
        "UIPATH_CLIENT_ID": ready["admin_client_id"],
        "UIPATH_CLIENT_SECRET": ready["admin_client_secret"],
        **more,
    }


@pytest.mark.parametrize("trust", ["path", "path object", "SSLContext", "SSL_CERT_FILE"])
def test_a_ca_bundle_makes_the_server_trusted(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, ca_file: Path, trust: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    trusts: dict[str, dict[str, Any]] = {
        "path": {"verify_ssl": str(ca_file)},
        "path object": {"verify_ssl": ca_file},
        "SSLContext": {"verify_ssl": ssl.create_default_context(cafile=str(ca_file))},
        "SSL_CERT_FILE": {},
    }
    options = trusts[trust]
    if trust == "SSL_CERT_FILE":
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with https_front(ready, ca) as (front, base_url):
        client = flavour.client(base_url, **credentials(ready), **options)
        assert isinstance(flavour(client.external_clients.list()), list)
    assert any(seen.endswith("/connect/token") for seen in front.seen)  # the token came over TLS too
    assert any("/api/ExternalClient/" in seen for seen in front.seen) and front.refused_handshakes == 0


def test_trust_env_false_ignores_ssl_cert_file(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with https_front(ready, ca) as (_, base_url):
        client = flavour.client(base_url, **credentials(ready), trust_env=False)
        with pytest.raises(CertificateVerificationError):
            flavour(client.external_clients.list())


def test_verify_off_by_argument_or_uipath_insecure(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, caplog: pytest.LogCaptureFixture
) -> None:
    with https_front(ready, ca) as (_, base_url):
        unchecked = flavour.client(base_url, **credentials(ready), verify_ssl=False)
        assert isinstance(flavour(unchecked.external_clients.list()), list)
        with caplog.at_level(logging.WARNING, logger="uipath_identity_client"):
            insecure = flavour.from_env(env_of(base_url, ready, UIPATH_INSECURE="true"))
        assert isinstance(flavour(insecure.external_clients.list()), list)
        assert any("UIPATH_INSECURE" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
        checked = flavour.from_env(env_of(base_url, ready, UIPATH_INSECURE="false"))
        with pytest.raises(CertificateVerificationError):
            flavour(checked.external_clients.list())


@pytest.mark.parametrize("route", ["direct", "through the proxy"])
def test_an_untrusted_certificate_is_a_typed_error_at_once(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, route: str
) -> None:
    sleeps = Sleeps()
    with https_front(ready, ca) as (front, base_url), loopback_proxy.running() as proxy:
        client = flavour.client(
            base_url, **credentials(ready), retry=quick_retries(sleeps), proxy=proxy.url if route != "direct" else None
        )
        with pytest.raises(CertificateVerificationError) as caught:
            flavour(client.external_clients.list())
    error = caught.value
    assert isinstance(error, TLSError | APIConnectionError | httpx.TransportError)
    assert error.token_request and error.url == f"{base_url}/connect/token"  # the first request: the token's
    assert error.verify_code == 20 and "unable to get local issuer certificate" in error.reason
    assert "verify_ssl=" in str(error) and "SSL_CERT_FILE" in str(error) and base_url in str(error)
    assert ready["admin_client_secret"] not in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert front.connections == front.refused_handshakes == 1 and sleeps.delays == []  # not retried: it cannot change
    assert len(proxy.seen) == (0 if route == "direct" else 1)


@pytest.mark.parametrize("wrong", ["another host", "expired"])
def test_a_wrong_certificate_of_a_trusted_ca_says_why(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, ca_file: Path, wrong: str
) -> None:
    names = ("identity.example.com",) if wrong == "another host" else ()
    with https_front(ready, ca, *names, expired=wrong == "expired") as (_, base_url):
        client = flavour.client(base_url, **credentials(ready), verify_ssl=ca_file)
        with pytest.raises(CertificateVerificationError) as caught:
            flavour(client.external_clients.list())
    if wrong == "expired":
        assert caught.value.verify_code == 10 and "expired" in caught.value.reason
    else:  # OpenSSL's 62 (host name mismatch) or, for an address, 64 (IP address mismatch)
        assert caught.value.verify_code in (62, 64) and "mismatch" in caught.value.reason


def test_https_to_a_plain_http_server_is_a_tls_error_at_once(flavour: Flavour, ready: dict[str, Any]) -> None:
    sleeps = Sleeps()
    plain_as_https = "https" + ready["base_url"].removeprefix("http")
    client = flavour.client(plain_as_https, **credentials(ready), retry=quick_retries(sleeps))
    with pytest.raises(TLSError) as caught:
        flavour(client.external_clients.list())
    assert not isinstance(caught.value, CertificateVerificationError) and caught.value.reason
    assert "TLS handshake failed" in str(caught.value) and sleeps.delays == []


@pytest.mark.parametrize("trust", ["verify_ssl", "SSL_CERT_FILE"])
def test_https_through_a_connect_proxy_keeps_retries_auth_errors_and_logging(
    flavour: Flavour,
    ready: dict[str, Any],
    ca: trustme.CA,
    ca_file: Path,
    trust: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sleeps = Sleeps()
    options: dict[str, Any] = {"retry": quick_retries(sleeps)}
    if trust == "verify_ssl":
        options["verify_ssl"] = str(ca_file)
    else:
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    with https_front(ready, ca) as (front, base_url), loopback_proxy.running() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)  # from_env: the environment's proxy
        client = flavour.from_env(env_of(base_url, ready), **options)
        with caplog.at_level(logging.DEBUG, logger="uipath_identity_client"):
            assert flavour(client.organization_id())  # auth: the token through the tunnel
            front.fail_next = 2  # the server (inside the tunnel) answers 503 twice
            assert isinstance(flavour(client.external_clients.list()), list)
            proxy.fail_next = 1  # the proxy refuses one CONNECT
            assert isinstance(flavour(client.external_clients.list()), list)
            with pytest.raises(NotFoundError) as missing:
                flavour(client.external_clients.get(str(uuid.uuid4())))
    assert missing.value.status_code == 404 and missing.value.url and missing.value.url.startswith("https://")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert sum("after 503" in line for line in retries) == 2 and sum("ProxyError" in line for line in retries) == 1
    assert len(sleeps.delays) == 3
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"request GET {base_url}/api/ExternalClient/" in logged and "-> 503" in logged
    assert ready["admin_client_secret"] not in logged and "Bearer ey" not in logged
    assert proxy.seen and all(seen == f"CONNECT 127.0.0.1:{front.port}" for seen in proxy.seen)
    assert any(seen.startswith("POST ") and seen.endswith("/connect/token") for seen in front.seen)
    assert front.refused_handshakes == 0


def test_no_proxy_sends_https_straight_to_the_server(
    flavour: Flavour, ready: dict[str, Any], ca: trustme.CA, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with https_front(ready, ca) as (front, base_url), loopback_proxy.running() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        client = flavour.from_env(env_of(base_url, ready), verify_ssl=ca_file)
        assert isinstance(flavour(client.external_clients.list()), list)
    assert proxy.seen == [] and front.seen


@pytest.mark.parametrize(
    ("failure", "attempts"),
    [
        pytest.param(ssl.SSLEOFError(8, "EOF occurred in violation of protocol"), 3, id="cut mid-handshake"),
        pytest.param(ssl.SSLCertVerificationError(1, "certificate verify failed"), 1, id="certificate refused"),
    ],
)
def test_a_handshake_cut_off_is_retried_a_refused_certificate_is_not(
    flavour: Flavour, failure: ssl.SSLError, attempts: int
) -> None:
    def handshake_fails(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("TLS handshake", request=request) from failure

    script = Script(default=handshake_fails)
    sleeps = Sleeps()
    client = flavour.client(client=make_client(script, sleeps=sleeps), organization_id=ORG)
    with pytest.raises(TLSError) as caught:
        flavour(client.external_clients.list())
    assert len(script.api_requests) == attempts and len(sleeps.delays) == attempts - 1
    assert isinstance(caught.value, CertificateVerificationError) == (attempts == 1)
