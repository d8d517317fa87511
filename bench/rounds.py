"""One measured round: N callers in flight for a fixed time, and what it cost everyone involved.

Stdlib only (shared with the official SDK's worker). A round is bounded twice: by its duration and
by `MAX_CALLS`, so a target that fails at once cannot spin forever.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from . import procstat

MAX_CALLS = 500_000


@dataclass
class Samples:
    """Latencies of the calls that succeeded, and the count and first text of those that did not."""

    latencies_ns: list[int] = field(default_factory=list)
    errors: int = 0
    first_error: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def failed(self, error: BaseException) -> None:
        with self._lock:
            self.errors += 1
            if self.first_error is None:
                self.first_error = f"{type(error).__name__}: {error}"[:500]

    def done(self) -> int:
        return len(self.latencies_ns) + self.errors


async def run_async(
    call: Callable[[], Awaitable[object]], inflight: int, duration: float, max_calls: int = MAX_CALLS
) -> Samples:
    """`inflight` coroutines, each calling back to back until the deadline."""
    samples = Samples()
    deadline = time.perf_counter() + duration

    async def caller() -> None:
        while time.perf_counter() < deadline and samples.done() < max_calls:
            started = time.perf_counter_ns()
            try:
                await call()
            except Exception as error:
                samples.failed(error)
                continue
            samples.latencies_ns.append(time.perf_counter_ns() - started)

    await asyncio.gather(*(caller() for _ in range(inflight)))
    return samples


def run_threads(
    call: Callable[[], object], inflight: int, duration: float, max_calls: int = MAX_CALLS
) -> Samples:
    """`inflight` threads, each calling back to back until the deadline (for blocking clients)."""
    samples = Samples()
    deadline = time.perf_counter() + duration

    def caller() -> None:
        while time.perf_counter() < deadline and samples.done() < max_calls:
            started = time.perf_counter_ns()
            try:
                call()
            except Exception as error:
                samples.failed(error)
                continue
            samples.latencies_ns.append(time.perf_counter_ns() - started)

    threads = [threading.Thread(target=caller, daemon=True) for _ in range(inflight)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples


class Meter:
    """Wall time, this process's CPU time and the watched processes' CPU time across one round.

    `watch` names processes by role (`server`, `upstream`); the server's peak RSS is read at the end.
    The machine's total CPU time is read too, to tell how busy the rest of the machine was.
    """

    def __init__(self, watch: dict[str, int]) -> None:
        self._watch = watch
        self._wall = 0.0
        self._cpu = 0.0
        self._watched: dict[str, float] = {}
        self._machine = 0.0

    def start(self) -> None:
        self._watched = {role: procstat.cpu_seconds(pid) for role, pid in self._watch.items()}
        self._machine = procstat.machine_busy_seconds()
        self._cpu = time.process_time()
        self._wall = time.perf_counter()

    def stop(self, samples: Samples) -> dict[str, Any]:
        wall = time.perf_counter() - self._wall
        caller_cpu = time.process_time() - self._cpu
        watched = {role: procstat.cpu_seconds(pid) - self._watched[role] for role, pid in self._watch.items()}
        machine = procstat.machine_busy_seconds() - self._machine
        calls = len(samples.latencies_ns)
        per_call = 1e6 / calls if calls else float("nan")
        ordered = sorted(samples.latencies_ns)
        result: dict[str, Any] = {
            "calls": calls,
            "errors": samples.errors,
            "first_error": samples.first_error,
            "wall_s": wall,
            "calls_per_s": calls / wall,
            "p50_ms": _percentile(ordered, 0.50),
            "p99_ms": _percentile(ordered, 0.99),
            "caller_cpu_us_per_call": caller_cpu * per_call,
        }
        for role, cpu in watched.items():
            result[f"{role}_cpu_us_per_call"] = cpu * per_call
            result[f"{role}_busy"] = cpu / wall
        # Cores kept busy by everything else (the coordinator included): noise when well above zero.
        result["others_busy"] = max(0.0, machine - caller_cpu - sum(watched.values())) / wall
        if "server" in self._watch:
            result["server_peak_rss_mb"] = procstat.peak_rss_mb(self._watch["server"])
        return result


def _percentile(ordered: list[int], fraction: float) -> float:
    """Nearest-rank percentile of sorted nanoseconds, in milliseconds (NaN when nothing succeeded)."""
    if not ordered:
        return float("nan")
    rank = max(1, round(fraction * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1] / 1e6
