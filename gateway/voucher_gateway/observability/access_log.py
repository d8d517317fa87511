"""One log line per call, at INFO on `voucher_gateway.access`, with its facts as structured fields.

The fields are `extra` of the record: members of the JSON object, or `key=value` in text. Nothing
here reads metadata, so neither a caller token nor Voucherify credentials can reach the line.
"""

from __future__ import annotations

import logging

from .record import CallRecord

log = logging.getLogger("voucher_gateway.access")


def enabled() -> bool:
    """Whether access lines would be written at all (checked once, when the server is built)."""
    return log.isEnabledFor(logging.INFO)


def write(
    method: str,
    code: str,
    seconds: float,
    record: CallRecord,
    caller: str | None,
    peer: str,
    trace_id: str | None,
) -> None:
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
    log.info("%s %s %.1f ms", method, code, seconds * 1e3, extra=fields)
