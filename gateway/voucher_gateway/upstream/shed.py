"""At most as many upstream calls in flight as the pool has connections, and a short, bounded wait for one.

Without a bound, every call past the pool's size would wait for a connection, and under enough load
every caller would wait out its deadline (holding memory meanwhile) instead of hearing at once that
the gateway is full. So at most `limit` calls are in flight, at most `max_queued` wait, each for at
most `max_wait` seconds, first come first served; any other call is refused at once with
`Overloaded`, before anything is sent.
"""

from __future__ import annotations

import asyncio
from collections import deque
from types import TracebackType


class Overloaded(Exception):
    """The call was refused before anything was sent: safe to retry after `wait` seconds."""

    def __init__(self, wait: float, description: str) -> None:
        super().__init__(description)
        self.wait = wait
        self.description = description


class Admission:
    """The slots of the upstream pool and the queue in front of them. Counters are for metrics."""

    def __init__(self, limit: int, max_queued: int, max_wait: float = 1.0) -> None:
        self.limit = limit
        self.max_queued = max_queued
        self.max_wait = max_wait
        #: Calls holding a slot now.
        self.in_flight = 0
        #: Calls refused since the start: the queue was full, or the wait was too long.
        self.refused = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def queued(self) -> int:
        return len(self._waiters)

    def slot(self) -> _Slot:
        """`async with admission.slot():` holds one slot for the duration of the block, or raises `Overloaded`."""
        return _Slot(self)

    async def _enter(self) -> None:
        if self.in_flight < self.limit and not self._waiters:
            self.in_flight += 1
            return
        if len(self._waiters) >= self.max_queued:
            self.refused += 1
            raise Overloaded(
                self.max_wait,
                f"the gateway is at its limit of {self.limit} calls to Voucherify in flight and "
                f"{self.max_queued} waiting; nothing was sent",
            )
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(self.max_wait):
                await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self._leave()  # The slot was handed over just as the wait ended: pass it on.
            else:
                waiter.cancel()
            if isinstance(exc, TimeoutError):
                self.refused += 1
                raise Overloaded(
                    self.max_wait,
                    f"no connection to Voucherify became free within {self.max_wait:g} s; nothing was sent",
                ) from None
            raise
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def _leave(self) -> None:
        """Hands the slot to the first waiter still waiting, or frees it."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self.in_flight -= 1

    def snapshot(self) -> dict[str, int]:
        return {
            "limit": self.limit,
            "in_flight": self.in_flight,
            "queued": self.queued,
            "max_queued": self.max_queued,
            "refused": self.refused,
        }


class _Slot:
    """One call's slot; a class rather than a generator-based manager, as it runs on every call."""

    __slots__ = ("_admission",)

    def __init__(self, admission: Admission) -> None:
        self._admission = admission

    async def __aenter__(self) -> None:
        await self._admission._enter()

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._admission._leave()
