"""A circuit breaker in front of the upstream: while it keeps failing, calls fail fast without sending.

Closed, every call goes through and failures in a row are counted (a failure: the connection failed,
the upstream timeout passed after sending, or a 500/502/503/504). `failures` in a row open it: for
`open_seconds` every call fails at once with `CircuitOpen`, nothing sent, so a struggling upstream is
not buried under calls that would wait out their deadlines. Then it is half-open: one call goes
through as a probe; its success closes the breaker, its failure opens it again. Failing before
sending is safe for every operation, a redemption included.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable

log = logging.getLogger("voucher_gateway.upstream")


class State(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class Outcome(enum.Enum):
    SUCCESS = "success"
    FAILURE = "failure"
    #: Says nothing about the upstream (the caller cancelled, its own short deadline passed, shutdown).
    NEUTRAL = "neutral"


class CircuitOpen(Exception):
    """The breaker refused the call; nothing was sent. `wait` is when it lets a probe through."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"the upstream circuit is open for {wait:.1f} s more")
        self.wait = wait


class CircuitBreaker:
    """Counters and state are public for metrics; `admit` and `record` bracket each upstream call."""

    def __init__(
        self, failures: int = 5, open_seconds: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.failures = failures
        self.open_seconds = open_seconds
        self.state = State.CLOSED
        self.consecutive_failures = 0
        #: How many times it opened since the start.
        self.opened = 0
        self._clock = clock
        self._until = 0.0
        self._probing = False

    def admit(self) -> bool:
        """Lets a call through (True when it is the half-open probe) or raises `CircuitOpen`."""
        if self.state is State.CLOSED:
            return False
        if self.state is State.OPEN:
            left = self._until - self._clock()
            if left > 0:
                raise CircuitOpen(left)
            self._move(State.HALF_OPEN, "one probe call goes through")
        if self._probing:
            raise CircuitOpen(min(1.0, self.open_seconds))
        self._probing = True
        return True

    def record(self, probe: bool, outcome: Outcome, cause: str = "") -> None:
        """What the upstream did with a call that `admit` let through."""
        if probe:
            self._probing = False
        if outcome is Outcome.NEUTRAL:
            return
        if outcome is Outcome.SUCCESS:
            self.consecutive_failures = 0
            if self.state is not State.CLOSED:
                self._move(State.CLOSED, "the upstream answered")
            return
        self.consecutive_failures += 1
        if self.state is State.HALF_OPEN or (
            self.state is State.CLOSED and self.consecutive_failures >= self.failures
        ):
            self._until = self._clock() + self.open_seconds
            self.opened += 1
            self._move(
                State.OPEN,
                f"{self.consecutive_failures} failures in a row (last: {cause or 'unknown'}); calls fail "
                f"fast for {self.open_seconds:g} s",
            )

    def _move(self, state: State, why: str) -> None:
        log.warning("upstream circuit %s -> %s: %s", self.state.value, state.value, why)
        self.state = state

    def snapshot(self) -> dict[str, int | str]:
        return {
            "state": self.state.value,
            "consecutive_failures": self.consecutive_failures,
            "opened": self.opened,
        }
