"""routing.py: which methods reach a concrete path when templates are matched before methods."""

from __future__ import annotations

from contract_tests.gate.routing import Routes, relative_path
from contract_tests.spec_lint import load_spec

ROUTES = Routes.from_paths(load_spec()["paths"])


def test_a_literal_path_also_reaches_the_templated_sibling() -> None:
    assert ROUTES.methods_for("/api/ExternalClient/GenerateSecret") == {"get", "post"}
    assert ROUTES.routed_elsewhere("/api/ExternalClient/GenerateSecret", "GET", "/api/ExternalClient/GenerateSecret")


def test_a_method_no_matching_template_declares_is_not_routed() -> None:
    path = "/api/ExternalClient/GenerateSecret"
    assert not ROUTES.routed_elsewhere(path, "DELETE", path)
    assert not ROUTES.routed_elsewhere("/api/ExternalClient", "GET", "/api/ExternalClient")  # needs a segment


def test_parameters_match_one_segment_only() -> None:
    assert ROUTES.methods_for("/api/ExternalClient/a/b/c") == set()
    assert ROUTES.methods_for("/api/ExternalClient/a%2Fb") == {"get"}  # an encoded slash stays in its segment


def test_paths_are_relative_to_the_base_url() -> None:
    base = "http://127.0.0.1:1/acme/identity_"
    assert relative_path(f"{base}/api/ExternalClient/x?y=1", base) == "/api/ExternalClient/x"
