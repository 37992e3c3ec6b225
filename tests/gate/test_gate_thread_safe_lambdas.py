"""The gate serializes Hypothesis' lambda descriptions (CPython 3.11's AST constructor is not
thread-safe; two Schemathesis workers parsing at once made a coverage-phase runtime error that
struck a different operation each run). Both entry points must be locked: hypothesis' filtering
module holds its own reference to `lambda_description`, which reaches the parsing through
`_lambda_description`."""

from __future__ import annotations

import threading
from collections.abc import Callable

from hypothesis.internal import lambda_sources

from contract_tests.gate import thread_safe_lambdas


def test_both_entry_points_are_locked() -> None:
    assert thread_safe_lambdas  # imported for its effect
    assert getattr(lambda_sources.lambda_description, "_gate_locked", False)
    assert getattr(lambda_sources._lambda_description, "_gate_locked", False)


def test_concurrent_descriptions_all_succeed() -> None:
    functions = [eval(f"lambda x: x > {n}") for n in range(64)]  # distinct lambdas: no cache hits
    errors: list[BaseException] = []

    describe_one: Callable[[object], str] = lambda_sources.lambda_description

    def describe(chunk: list[object]) -> None:
        try:
            for function in chunk:
                describe_one(function)
        except BaseException as error:  # the CPython error surfaces as SystemError
            errors.append(error)

    threads = [threading.Thread(target=describe, args=(functions[i::4],)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
