"""When a failed call may be tried again, and after how long.

Only reads are retried on an answer (429, 502, 503, 504) or a lost connection. A redemption or a
rollback is retried only when the request certainly never left (no connection could be made): once
sent, a second one could spend the money twice.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

#: Answers to a read worth trying again: rate limited, or a proxy in front of Voucherify failed.
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How many retries a call may make and how long they may take in all.

    The n-th retry waits `backoff * 2**(n-1)` seconds (at most `max_backoff`), half of it random
    (jitter, so that many clients do not come back at once), or what Voucherify's `Retry-After`
    says. No retry starts whose wait would end past `budget` seconds after the first attempt: the
    last error is raised instead (a `RateLimited` keeps the Retry-After it carried).
    """

    max_retries: int = 2
    budget: float = 20.0
    backoff: float = 0.5
    max_backoff: float = 8.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        for name in ("budget", "backoff", "max_backoff"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number >= 0")

    def backoff_delay(self, retry: int) -> float:
        """The wait before retry number `retry` (1 for the first) when the server named none."""
        ceiling = min(self.max_backoff, self.backoff * 2.0 ** (retry - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


#: Two retries, within 20 s from the first attempt.
DEFAULT_RETRY = RetryPolicy()


class Attempts:
    """The retries of one call: counts them and keeps them within the policy's budget."""

    def __init__(self, policy: RetryPolicy, clock: Callable[[], float] = time.monotonic) -> None:
        self._policy = policy
        self._clock = clock
        self._started = clock()
        self.retries = 0

    def next_delay(self, retry_after: float | None) -> float | None:
        """Seconds to wait before the next attempt, or None when no retry is left in the budget."""
        if self.retries >= self._policy.max_retries:
            return None
        delay = retry_after if retry_after is not None else self._policy.backoff_delay(self.retries + 1)
        if self._clock() - self._started + delay > self._policy.budget:
            return None
        self.retries += 1
        return delay


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or HTTP-date); None when absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive parse means it was written without a zone.
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)
