"""Behaviour packages, one per service the mock serves (identity/); each holds a `REGISTRY` its
modules register into (contract_tests/mock_server/registry.py)."""
