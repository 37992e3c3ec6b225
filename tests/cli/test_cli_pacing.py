"""The pacing to the service's limits, measured deterministically: a fake clock that the pacer's
sleep advances, so 1,000 writes "take" the minutes they must without the test waiting."""

from __future__ import annotations

import pytest
from cli_harness import environment, invoke
from mock_session_path import Mocks
from uipath_identity_client.cli.app import Session
from uipath_identity_client.cli.pacing import Limits, Pacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


def test_writes_are_paced_to_160_per_5_minutes_in_any_window() -> None:
    fake = FakeTime()
    pacer = Pacer(Limits(), clock=fake.clock, sleep=fake.sleep)
    sent: list[float] = []
    for _ in range(1000):
        pacer.acquire("PUT" if len(sent) % 2 else "DELETE")  # one budget for both
        sent.append(fake.now)
    start = sent[0]
    # 1,000 writes at 160 per 300 s: the 1,000th waits for six full windows
    assert sent[-1] - start >= 6 * 300
    assert sent[-1] - start <= 6 * 300 + 60
    for i, at in enumerate(sent):  # any 300 s holds at most 160
        inside = sum(1 for other in sent[i:] if other < at + 300)
        assert inside <= 160
    assert pacer.sent == {"WRITE": 1000}
    assert pacer.waited == pytest.approx(fake.slept)


def test_budgets_are_separate_and_gets_get_300() -> None:
    fake = FakeTime()
    pacer = Pacer(Limits(), clock=fake.clock, sleep=fake.sleep)
    for _ in range(300):
        pacer.acquire("GET")
    for _ in range(160):
        pacer.acquire("PUT")
    for _ in range(500):
        pacer.acquire("POST")
    assert fake.slept == 0  # all within their budgets
    assert pacer.acquire("GET") > 0  # the 301st GET waits
    assert 299 <= fake.slept <= 301


def test_limits_parse_and_estimate() -> None:
    limits = Limits.parse("GET=10,WRITE=5,window=60")
    assert dict(limits.per_window) == {"GET": 10, "WRITE": 5, "POST": 24000} and limits.window == 60
    assert Limits().estimate({"WRITE": 1000}) == 6 * 300
    assert Limits().estimate({"WRITE": 160, "GET": 300}) == 0
    for bad in ("GET", "GET=x", "PUT=5", "WRITE=0"):
        with pytest.raises(ValueError, match="BUDGET=NUMBER"):
            Limits.parse(bad)


def test_every_api_request_of_a_command_goes_through_the_pacer(mocks: Mocks) -> None:
    fake = FakeTime()
    session = Session(environ=environment(mocks.ready()), limits=Limits.parse("GET=2,WINDOW=60"))
    session.pacer = Pacer(session.limits, clock=fake.clock, sleep=fake.sleep)
    for _ in range(3):  # three lists: the third GET waits a window (on the fake clock)
        session._client = None
        result = invoke(["groups", "list"], session.environ, session=session)
        assert result.code == 0, result
    assert session.pacer.sent == {"GET": 3}
    assert 59 <= fake.slept <= 61
    assert session.counter.counts == {"GET": 3}  # the token request is neither paced nor counted


def test_rate_limits_option_is_checked(mocks: Mocks) -> None:
    result = invoke(["--rate-limits", "GET=many", "groups", "list"], environment(mocks.ready()))
    assert result.code == 1 and "BUDGET=NUMBER" in result.err
