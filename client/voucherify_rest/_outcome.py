"""What one attempt came to: the answer's model, or the error it means and whether to try again."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import httpx
from voucherify_client.client import Client

from ._errors import (
    OutcomeUnknown,
    UnexpectedResponse,
    UpstreamUnavailable,
    VoucherifyError,
    error_from_answer,
)
from ._operations import Call
from ._retry import RETRYABLE_STATUSES, parse_retry_after

T = TypeVar("T")

#: Failures before any byte of the request left: safe to retry whatever the request was.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Failure:
    error: VoucherifyError
    retryable: bool
    retry_after: float | None = None


def from_answer(call: Call[T], client: Client, response: httpx.Response) -> T | Failure:
    status = response.status_code
    if 200 <= status < 300:
        try:
            return call.read(client, response)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            cls = UnexpectedResponse if call.idempotent else OutcomeUnknown
            reading = f"Voucherify answered HTTP {status} and the answer could not be read: {exc}"
            error: VoucherifyError = cls(
                reading if call.idempotent else f"the outcome is unknown: {reading}", status=status
            )
            error.__cause__ = exc
            return Failure(error, retryable=False)
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    error = error_from_answer(status, response.content, idempotent=call.idempotent, retry_after=retry_after)
    return Failure(error, call.idempotent and status in RETRYABLE_STATUSES, retry_after)


def from_transport_error(call: Call[T], exc: httpx.TransportError) -> Failure:
    never_sent = isinstance(exc, NEVER_SENT)
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    error: VoucherifyError
    if call.idempotent or never_sent:
        error = UpstreamUnavailable(f"Voucherify could not be reached ({what})")
    else:
        error = OutcomeUnknown(
            f"the outcome is unknown: the request was sent and its answer was lost ({what})"
        )
    error.__cause__ = exc
    return Failure(error, retryable=call.idempotent or never_sent)
