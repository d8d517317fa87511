"""One log line per call, at INFO on `voucher_gateway.access`, with its facts as structured fields.

The fields are `extra` of the record: members of the JSON object, or `key=value` in text. Nothing
here reads metadata, so neither a caller token nor Voucherify credentials can reach the line. When
logging would only hand the line to the gateway's JSON handler, the same line is written directly
(`access_line`), at a small fraction of the cost on the event loop.
"""

from __future__ import annotations

import logging
from typing import Any

from .access_line import AccessLine, Call, DirectLines
from .record import CallRecord

log = logging.getLogger("voucher_gateway.access")

_TEMPLATE = "%s %s %.1f ms"


def line(
    method: str,
    code: str,
    seconds: float,
    record: CallRecord,
    caller: str | None,
    peer: str,
    trace_id: str | None,
) -> Call:
    """The call's message template, arguments and fields, for `write`."""
    fields: dict[str, object] = {
        "grpc_method": method,
        "grpc_code": code,
        "duration_ms": round(seconds * 1e3, 3),
        "peer": peer,
    }
    if caller is not None:
        fields["caller"] = caller
    if record.reason is not None:
        fields["reason"] = record.reason
    if record.error is not None:
        fields["error"] = record.error
    if record.operation is not None:
        fields["upstream_operation"] = record.operation
        fields["upstream_status"] = record.upstream_status
        if record.upstream_seconds is not None:
            fields["upstream_ms"] = round(record.upstream_seconds * 1e3, 3)
    if record.request_id is not None:
        fields["request_id"] = record.request_id
    if trace_id is not None:
        fields["trace_id"] = trace_id
    args: tuple[Any, ...] = (method, code, seconds * 1e3)
    return _TEMPLATE, args, fields


def _probe() -> Call:
    """A call with every field set, formatted both ways before the direct line is trusted."""
    record = CallRecord(None)
    record.reason, record.error, record.request_id = "VOUCHER_EXPIRED", 'Voucher "X" expired ü', "v-1"
    record.operation, record.upstream_status, record.upstream_seconds = "RedeemVoucher", "400", 0.0123456
    return line("s.S/M", "FAILED_PRECONDITION", 0.0234567, record, "caller", "ipv4:127.0.0.1:1", "ab" * 16)


direct = DirectLines(log, _probe())


def enabled() -> bool:
    """Whether access lines would be written at all (checked once, when the server is built)."""
    direct.current()  # plans the direct line now rather than on the first call
    return log.isEnabledFor(logging.INFO)


def write(call: Call) -> None:
    """Logs a call's `line`, directly when that is what logging would write."""
    template, args, fields = call
    writer: AccessLine | None = direct.current()
    if writer is not None:
        writer.write(template, args, fields)
    else:
        log.info(template, *args, extra=fields)
