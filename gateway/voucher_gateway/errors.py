"""Upstream failures as the gRPC statuses a gRPC user expects, with AIP-193 rich details.

HTTP statuses map back along `google/rpc/code.proto` (not gRPC's proxy table, which turns 404 into
UNIMPLEMENTED). Voucherify answers business-rule refusals (expired, disabled, exhausted voucher,
insufficient balance ...) with HTTP 400; those are FAILED_PRECONDITION, since retrying the same
request cannot help until the system's state changes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import grpc
from google.protobuf import duration_pb2
from google.rpc import error_details_pb2, status_pb2

from . import status_size

#: ErrorInfo.domain of errors that Voucherify reported.
UPSTREAM_DOMAIN = "voucherify.io"
#: ErrorInfo.domain of errors the gateway itself raises.
GATEWAY_DOMAIN = "voucher-gateway"

#: ErrorInfo.reason when a request that is not idempotent may or may not have taken effect.
OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN"
_MAY_HAVE_TAKEN_EFFECT = "it may or may not have taken effect. Check before trying again."

#: Voucherify's documented error keys that refuse a request for the state of the voucher, customer,
#: order or redemption (its Errors reference); all come with HTTP 400.
BUSINESS_RULE_KEYS = frozenset(
    {
        "already_rolled_back",
        "customer_rules_violated",
        "gift_amount_exceeded",
        "loyalty_card_points_exceeded",
        "order_rules_violated",
        "promotion_inactive",
        "promotion_not_active_now",
        "quantity_exceeded",
        "redemption_rules_violated",
        "referrer_not_permitted_to_redeem",
        "voucher_disabled",
        "voucher_expired",
        "voucher_not_active",
        "voucher_not_active_now",
    }
)
#: A concurrent redemption holds the voucher's session lock: retrying the whole operation may succeed.
CONFLICT_KEYS = frozenset({"multiple_requests"})

_HTTP_TO_CODE: dict[int, grpc.StatusCode] = {
    400: grpc.StatusCode.INVALID_ARGUMENT,
    402: grpc.StatusCode.RESOURCE_EXHAUSTED,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.NOT_FOUND,
    409: grpc.StatusCode.ABORTED,
    412: grpc.StatusCode.FAILED_PRECONDITION,
    416: grpc.StatusCode.OUT_OF_RANGE,
    422: grpc.StatusCode.INVALID_ARGUMENT,
    429: grpc.StatusCode.RESOURCE_EXHAUSTED,
    499: grpc.StatusCode.CANCELLED,
    500: grpc.StatusCode.INTERNAL,
    501: grpc.StatusCode.UNIMPLEMENTED,
    502: grpc.StatusCode.UNAVAILABLE,
    503: grpc.StatusCode.UNAVAILABLE,
    504: grpc.StatusCode.DEADLINE_EXCEEDED,
}


@dataclass
class RpcError(Exception):
    """A gRPC status with rich details, raised inside the gateway and sent by the servicers."""

    code: grpc.StatusCode
    message: str
    details: list[Any] = field(default_factory=list)

    def to_status(self) -> status_pb2.Status:
        """The google.rpc.Status, its message and detail strings cut to fit gRPC's trailers (`status_size`)."""
        return status_size.fit(self.code.value[0], self.message, self.details)

    def error_info(self) -> error_details_pb2.ErrorInfo | None:
        for detail in self.details:
            if isinstance(detail, error_details_pb2.ErrorInfo):
                return detail
        return None

    def __str__(self) -> str:
        return f"{self.code.name}: {self.message}"


def _reason(key: str) -> str:
    """UPPER_SNAKE_CASE of at most 63 characters, as AIP-193 wants a reason."""
    return re.sub(r"[^A-Z0-9]+", "_", key.upper()[:200]).strip("_")[:63].rstrip("_") or "UNKNOWN"


#: The longest wait a RetryInfo asks for, whatever the upstream said.
MAX_RETRY_DELAY = 3600.0
_DELTA_SECONDS = re.compile(r"[0-9]{1,20}(?:\.[0-9]{1,9})?")


def retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), at most an hour.

    None for anything that is not a sane wait (garbage, negative, NaN, infinity, `1e20`), so that no
    RetryInfo is given rather than a wrong one. A date in the past means no wait.
    """
    raw = headers.get("retry-after")
    if raw is None:
        return None
    text = raw.strip()
    if _DELTA_SECONDS.fullmatch(text):
        seconds = float(text)
    else:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return min(seconds, MAX_RETRY_DELAY)


def _duration(seconds: float) -> duration_pb2.Duration:
    out = duration_pb2.Duration()
    out.FromNanoseconds(round(seconds * 1e9))
    return out


def retry_info(seconds: float) -> error_details_pb2.RetryInfo:
    return error_details_pb2.RetryInfo(retry_delay=_duration(seconds))


def from_upstream_response(
    http_status: int,
    body: Any,
    headers: Mapping[str, str],
    *,
    caller_credentials: bool,
    idempotent: bool,
    unknown_outcome_reason: str = OUTCOME_UNKNOWN,
) -> RpcError:
    """The RpcError for a non-2xx upstream answer.

    `caller_credentials` says whose credentials the upstream saw: a refusal of the gateway's own is
    the operator's fault, never the caller's. For an operation that is not `idempotent` (a
    redemption), a server error leaves the outcome unknown: `unknown_outcome_reason` says so.
    """
    error = body if isinstance(body, dict) else {}
    key = str(error.get("key") or f"http_{http_status}")
    message = str(error.get("message") or f"Voucherify answered HTTP {http_status}")
    details_text = error.get("details")
    text = f"{message}: {details_text}" if details_text else message
    domain = UPSTREAM_DOMAIN

    code = _HTTP_TO_CODE.get(http_status)
    if code is None:
        code = grpc.StatusCode.FAILED_PRECONDITION if 400 <= http_status < 500 else grpc.StatusCode.INTERNAL
    if http_status == 400 and key in BUSINESS_RULE_KEYS:
        code = grpc.StatusCode.FAILED_PRECONDITION
    if http_status == 400 and key in CONFLICT_KEYS:
        code = grpc.StatusCode.ABORTED
    if http_status == 409 and ("exist" in key or "duplicate" in key):
        code = grpc.StatusCode.ALREADY_EXISTS
    if http_status in (401, 403) and not caller_credentials:
        code = grpc.StatusCode.INTERNAL
        text = (
            "the gateway's configured Voucherify credentials were refused "
            f"(HTTP {http_status}); the operator must fix VOUCHERIFY_APP_ID/VOUCHERIFY_APP_TOKEN"
        )
        key, domain = "upstream_credentials_rejected", GATEWAY_DOMAIN
    if http_status < 400:
        # Neither a success nor an error (1xx, 3xx: redirects are not followed): not an answer to the
        # operation, so a read failed and a change may or may not have been made.
        code = grpc.StatusCode.INTERNAL
        text = f"Voucherify answered HTTP {http_status}, which is not an answer to this operation"
        key, domain = "upstream_answer_unexpected", GATEWAY_DOMAIN
    if not idempotent and (http_status < 400 or (http_status >= 500 and http_status != 501)):
        code = grpc.StatusCode.UNKNOWN
        text = f"Voucherify answered HTTP {http_status}; {_MAY_HAVE_TAKEN_EFFECT}"
        key, domain = unknown_outcome_reason, GATEWAY_DOMAIN

    metadata = {"http_status": str(http_status)}
    for name in ("key", "message", "details", "request_id", "resource_id", "resource_type"):
        value = error.get(name)
        if value is not None and value != "":
            metadata[name] = str(value)
    details: list[Any] = [error_details_pb2.ErrorInfo(reason=_reason(key), domain=domain, metadata=metadata)]
    wait = retry_after(headers)
    if wait is not None and code in (grpc.StatusCode.RESOURCE_EXHAUSTED, grpc.StatusCode.UNAVAILABLE):
        details.append(retry_info(wait))
    if code == grpc.StatusCode.INVALID_ARGUMENT:
        details.append(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=str(error.get("field") or ""), description=text, reason=_reason(key)
                    )
                ]
            )
        )
    if code == grpc.StatusCode.NOT_FOUND:
        details.append(
            error_details_pb2.ResourceInfo(
                resource_type=str(error.get("resource_type") or ""),
                resource_name=str(error.get("resource_id") or ""),
                description=message,
            )
        )
    return RpcError(code, text, details)


def invalid_argument(field_name: str, description: str, reason: str = "INVALID_ARGUMENT") -> RpcError:
    """A request the gateway refuses before anything reaches the upstream."""
    return RpcError(
        grpc.StatusCode.INVALID_ARGUMENT,
        f"{field_name}: {description}",
        [
            error_details_pb2.ErrorInfo(reason=reason, domain=GATEWAY_DOMAIN, metadata={"field": field_name}),
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=field_name, description=description, reason=reason
                    )
                ]
            ),
        ],
    )


def _own(code: grpc.StatusCode, reason: str, description: str) -> RpcError:
    """An error the gateway itself raises, with its ErrorInfo."""
    return RpcError(code, description, [error_details_pb2.ErrorInfo(reason=reason, domain=GATEWAY_DOMAIN)])


def upstream_unreachable(reason: str, description: str) -> RpcError:
    return _own(grpc.StatusCode.UNAVAILABLE, reason, description)


def outcome_unknown(reason: str, description: str) -> RpcError:
    """The request may have reached Voucherify and its answer was not read: neither success nor failure.

    `calls.forward` adds what is needed to reconcile (the request's identifiers, `sent_at`) to its
    ErrorInfo metadata.
    """
    return _own(grpc.StatusCode.UNKNOWN, reason, description)


def unreadable_answer(
    problem: str,
    *,
    idempotent: bool,
    unknown_outcome_reason: str = OUTCOME_UNKNOWN,
    reason: str = "UPSTREAM_ANSWER_UNREADABLE",
) -> RpcError:
    """A success answer the gateway could not read or map: never reported as a failure of the operation.

    `reason` tells a read's failures apart: UPSTREAM_ANSWER_UNREADABLE (not JSON),
    UPSTREAM_ANSWER_MALFORMED (JSON, but not the operation's shape), UPSTREAM_ANSWER_TOO_LARGE.
    """
    if not idempotent:
        return outcome_unknown(
            unknown_outcome_reason,
            f"Voucherify accepted the request but its answer could not be read ({problem}); "
            + _MAY_HAVE_TAKEN_EFFECT,
        )
    return _own(grpc.StatusCode.INTERNAL, reason, f"Voucherify's answer could not be read ({problem})")


def overloaded(wait: float, description: str) -> RpcError:
    """The gateway sheds the call before sending anything: safe to retry after `wait`."""
    return RpcError(
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        description,
        [error_details_pb2.ErrorInfo(reason="GATEWAY_OVERLOADED", domain=GATEWAY_DOMAIN), retry_info(wait)],
    )


def circuit_open(wait: float) -> RpcError:
    """The upstream kept failing, so calls fail fast for a while; nothing was sent."""
    return RpcError(
        grpc.StatusCode.UNAVAILABLE,
        "Voucherify keeps failing, so the gateway is not sending requests for a moment; nothing was sent",
        [
            error_details_pb2.ErrorInfo(reason="UPSTREAM_CIRCUIT_OPEN", domain=GATEWAY_DOMAIN),
            retry_info(wait),
        ],
    )


def shutting_down(description: str) -> RpcError:
    """The gateway is stopping: safe to retry on another one."""
    return _own(grpc.StatusCode.UNAVAILABLE, "GATEWAY_SHUTTING_DOWN", description)


def deadline_exceeded(description: str) -> RpcError:
    return _own(grpc.StatusCode.DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED", description)


def upstream_timeout(description: str) -> RpcError:
    """`--upstream-timeout` passed while Voucherify had the request: like its own 504."""
    return _own(grpc.StatusCode.DEADLINE_EXCEEDED, "UPSTREAM_TIMEOUT", description)


def internal(reason: str, description: str) -> RpcError:
    """A fault of the gateway itself (a bug, or its configuration)."""
    return _own(grpc.StatusCode.INTERNAL, reason, description)
