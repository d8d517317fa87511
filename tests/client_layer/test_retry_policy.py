"""The retry arithmetic: backoff with jitter, Retry-After in both forms, the budget."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from voucherify_rest import RetryPolicy
from voucherify_rest._retry import Attempts, parse_retry_after

NOW = datetime(2024, 5, 15, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (None, None),
        ("3", 3.0),
        (" 2.5 ", 2.5),
        ("0", 0.0),
        ("-4", 0.0),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("", None),
        ("Wed, 15 May 2024 12:00:30 GMT", 30.0),
        ("Wed, 15 May 2024 11:59:00 GMT", 0.0),
        ("Wed, 15 May 2024 12:01:00", 60.0),
        ("Wed, 99 Foo 2024 12:01:00 GMT", None),
    ],
)
def test_parse_retry_after(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


def test_backoff_doubles_up_to_its_ceiling_with_jitter() -> None:
    policy = RetryPolicy(backoff=1.0, max_backoff=4.0)
    for retry, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 4.0), (10, 4.0)]:
        delays = {policy.backoff_delay(retry) for _ in range(50)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        assert len(delays) > 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_attempts_stop_at_max_retries() -> None:
    attempts = Attempts(RetryPolicy(max_retries=2, budget=100.0), FakeClock())
    assert attempts.next_delay(1.0) == 1.0
    assert attempts.next_delay(None) is not None
    assert attempts.next_delay(0.0) is None
    assert attempts.retries == 2


def test_attempts_stop_where_the_budget_would_be_exceeded() -> None:
    clock = FakeClock()
    attempts = Attempts(RetryPolicy(max_retries=10, budget=10.0), clock)
    clock.now += 6.0
    assert attempts.next_delay(4.0) == 4.0
    clock.now += 4.0
    assert attempts.next_delay(0.5) is None
    assert attempts.retries == 1
