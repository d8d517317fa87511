"""The one total time bound of an upstream request: connect, send and read together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Deadline:
    seconds: float
    #: True when the caller's own gRPC deadline is the bound, False when `--upstream-timeout` is.
    callers: bool


def deadline(time_remaining: float | None, upstream_timeout: float) -> Deadline:
    """Whichever is shorter: what is left of the caller's deadline, or the gateway's upstream timeout."""
    if time_remaining is not None and time_remaining < upstream_timeout:
        return Deadline(max(time_remaining, 0.0), callers=True)
    return Deadline(upstream_timeout, callers=False)
