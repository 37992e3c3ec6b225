"""The classes of fault the gate used to miss on independently written servers (issue 16), each
seeded into the ASP.NET-like server (aspnet_like_app.FAULTS) and caught by a check derived from
the spec and the operations table, with no code per operation. Each run is restricted to the
operations the fault lives on; test_gate_false_alarms.py runs the same server without faults over
all of them and requires nothing to fail."""

from __future__ import annotations

from pathlib import Path

import aspnet_like_app
import pytest
from against_app import gate_run, serving

from contract_tests.gate.results import RunResults

pytestmark = pytest.mark.slow

# fault -> (operations the run covers, the check that must name it; "leniency" = a new leniency)
CAUGHT_BY = {
    "string-for-boolean": (("createExternalClient",), "leniency"),
    "deleted-group-readable": (("createGroup", "getGroup", "deleteGroup", "deleteGroups"), "use_after_delete"),
    "blank-name-500": (("createGroup", "updateGroup"), "boundary_strings"),
    "read-scope-writes": (("createGroup", "getGroup", "deleteGroup"), "scope_enforcement"),
    "any-partition-list": (("listGroups",), "foreign_partition"),
    "update-needs-optional": (("createGroup", "updateGroup"), "minimal_body"),
    "filter-ignored": (("searchDirectory", "listRobotAccounts"), "read_semantics"),
    "membership-all-groups": (("getDirectoryGroupMembership", "checkGroupMembers"), "read_semantics"),
    "non-ascii-500": (("createExternalClient",), "not_a_server_error"),
}


def named(results: RunResults) -> set[str]:
    checks = {f.check for f in results.violations}
    return checks | ({"leniency"} if results.new_leniencies else set())


def test_every_fault_of_the_server_is_expected_to_be_caught() -> None:
    assert set(CAUGHT_BY) == set(aspnet_like_app.FAULTS)


@pytest.mark.parametrize("fault", sorted(CAUGHT_BY))
def test_the_gate_catches_the_fault(fault: str, tmp_path: Path) -> None:
    operations, check = CAUGHT_BY[fault]
    with serving(aspnet_like_app.app((fault,))) as url:
        results = gate_run(url, tmp_path, operations=operations, max_examples=10)
    assert not results.passed
    assert check in named(results), (fault, named(results))


@pytest.mark.parametrize("fault", ["deleted-group-readable", "read-scope-writes"])
def test_the_lifecycle_catches_it_without_the_stateful_phase(fault: str, tmp_path: Path) -> None:
    """The delete is tried on a record the run created, not only along the spec's links."""
    operations, _ = CAUGHT_BY[fault]
    with serving(aspnet_like_app.app((fault,))) as url:
        results = gate_run(url, tmp_path, ("examples",), operations, max_examples=5)
    assert "use_after_delete" in named(results), named(results)
