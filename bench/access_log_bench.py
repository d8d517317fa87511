"""Micro-benchmark of one access line: through `log.info` and the JSON formatter, and written directly.

Both write the same line to a line-buffered text stream on /dev/null (as stderr is), through the
handler `logs.configure` installs; `python -m bench.access_log_bench`. Figures are CPU µs per line.
"""

from __future__ import annotations

import contextlib
import json
import os

from voucher_gateway import logs
from voucher_gateway.observability import access_log
from voucher_gateway.observability.record import CallRecord

from . import timing

Facts = tuple[str, str, float, CallRecord, str | None, str, str | None]


def _facts() -> Facts:
    """A GetRedemption answered OK: the line under load."""
    record = CallRecord(None)
    record.operation, record.upstream_status, record.upstream_seconds = "GetRedemption", "200", 0.000612
    method = "voucherify.v1.RedemptionService/GetRedemption"
    return (method, "OK", 0.000834, record, None, "ipv4:127.0.0.1:5", None)


def run(repeats: int = 7) -> dict[str, dict[str, float]]:
    facts = _facts()

    def through_logging() -> None:
        template, args, fields = access_log.line(*facts)
        access_log.log.info(template, *args, extra=fields)

    def direct() -> None:
        access_log.write(access_log.line(*facts))

    def check_only() -> None:
        access_log.direct.current()

    with open(os.devnull, "w", buffering=1) as sink:
        with contextlib.redirect_stderr(sink):
            logs.configure("info", "json")
        assert access_log.direct.current() is not None, "the direct line is not taken"
        return {
            "logging (before)": timing.per_call_us(through_logging, repeats),
            "direct (after)": timing.per_call_us(direct, repeats),
            "per-call check alone": timing.per_call_us(check_only, repeats),
        }


def main() -> None:
    results = run()
    for name, figures in results.items():
        print(f"{name:24} {figures['median_us']:7.2f} µs  ({figures['min_us']:.2f}-{figures['max_us']:.2f})")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
