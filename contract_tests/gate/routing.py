"""ASP.NET Core routing as the gate's method checks see it; the computation lives in
contract_tests/routing.py, shared with the mock's aspnet profile (one place for it)."""

from contract_tests.routing import HTTP_METHODS, Routes, relative_path, template_pattern

__all__ = ["HTTP_METHODS", "Routes", "relative_path", "template_pattern"]
