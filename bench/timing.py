"""Micro-benchmark timing: a function called in calibrated batches, median and spread per call.

Time is this thread's CPU time, not wall time: on a machine shared with other work, a batch that
waits for a core is not counted as slower. Stdlib only (shared with the official SDK's worker).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def per_call_us(function: Callable[[], object], repeats: int = 7, batch_s: float = 0.08) -> dict[str, float]:
    """CPU microseconds per call: median, min and max over `repeats` batches of about `batch_s` each."""
    count = 1
    while True:
        started = time.thread_time()
        for _ in range(count):
            function()
        elapsed = time.thread_time() - started
        if elapsed >= batch_s / 4:
            break
        count *= 2
    count = max(1, round(count * batch_s / elapsed))
    batches: list[float] = []
    for _ in range(repeats):
        started = time.thread_time()
        for _ in range(count):
            function()
        batches.append((time.thread_time() - started) / count * 1e6)
    return {"median_us": statistics.median(batches), "min_us": min(batches), "max_us": max(batches)}
