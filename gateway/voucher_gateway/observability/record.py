"""What one call did, filled in as it goes by the hooks in `calls` and `services.rpc`.

The observing interceptor puts a fresh `CallRecord` in `current_call` for each call it observes; the
hooks fill it when there is one and cost one context-variable read when there is not.
"""

from __future__ import annotations

import logging
import time
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any

import grpc

from .. import errors

if TYPE_CHECKING:
    from ..upstream import HttpResponse
    from .metrics import Metrics

log = logging.getLogger("voucher_gateway.calls")

#: The ErrorInfo reason of a call refused because Voucherify rejected the gateway's own credentials.
CREDENTIALS_REJECTED = "UPSTREAM_CREDENTIALS_REJECTED"
REDEMPTION_OUTCOME_UNKNOWN = "REDEMPTION_OUTCOME_UNKNOWN"


class CallRecord:
    """The facts of one call that the access log and the upstream metrics need."""

    __slots__ = (
        "error",
        "metrics",
        "operation",
        "reason",
        "request_id",
        "started",
        "upstream_seconds",
        "upstream_status",
    )

    def __init__(self, metrics: Metrics | None) -> None:
        self.metrics = metrics
        self.operation: str | None = None
        #: HTTP status of Voucherify's answer, or why there was none (`upstream_timeout`, ...).
        self.upstream_status: str | None = None
        self.upstream_seconds: float | None = None
        self.request_id: str | None = None
        #: ErrorInfo reason of a failed call.
        self.reason: str | None = None
        #: The status message of a failed call (never carries credentials).
        self.error: str | None = None
        self.started = 0.0

    # The upstream exchange, as a context manager around sending (`calls.forward`).
    def __enter__(self) -> CallRecord:
        self.started = time.perf_counter()
        return self

    def answered(self, answer: HttpResponse) -> None:
        self.upstream_seconds = time.perf_counter() - self.started
        self.upstream_status = str(answer.status)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.upstream_status is None:
            self.upstream_seconds = time.perf_counter() - self.started
            if isinstance(exc, errors.RpcError):
                self.upstream_status = (_reason(exc) or exc.code.name).lower()
            else:
                self.upstream_status = "cancelled" if kind is not None else "none"
        if self.metrics is not None and self.operation is not None:
            self.metrics.upstream(self.operation, self.upstream_status, self.upstream_seconds or 0.0)


class _NotObserved:
    """Stands in for the record of a call nobody observes: every hook does nothing."""

    __slots__ = ()

    def __enter__(self) -> _NotObserved:
        return self

    def answered(self, answer: Any) -> None:
        pass

    def __exit__(self, *exc: object) -> None:
        pass


_NOT_OBSERVED = _NotObserved()

current_call: ContextVar[CallRecord | None] = ContextVar("current_call", default=None)


def upstream_exchange(operation: str) -> CallRecord | _NotObserved:
    """`with upstream_exchange(codec.name) as exchange: ...; exchange.answered(answer)` around a send."""
    record = current_call.get()
    if record is None:
        return _NOT_OBSERVED
    record.operation = operation
    return record


def _reason(error: errors.RpcError) -> str | None:
    for detail in error.details:
        reason = getattr(detail, "reason", None)
        if reason and hasattr(detail, "domain"):
            return str(reason)
    return None


def call_failed(method: str, error: errors.RpcError) -> None:
    """A call ends with `error`: the operator hears at once of faults only the operator can fix."""
    reason = _reason(error)
    if reason == CREDENTIALS_REJECTED:
        log.error("%s: %s", method, error.message)
    record = current_call.get()
    if record is None:
        return
    record.reason = reason
    record.error = error.message
    for detail in error.details:
        metadata = getattr(detail, "metadata", None)
        if metadata is not None and "request_id" in metadata:
            record.request_id = metadata["request_id"]
    if (
        record.metrics is not None
        and error.code == grpc.StatusCode.UNKNOWN
        and reason == REDEMPTION_OUTCOME_UNKNOWN
    ):
        record.metrics.outcome_unknown()
