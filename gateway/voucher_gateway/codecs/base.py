"""What a codec is: one REST operation's request line and body from a gRPC request, and its answer back."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar
from urllib.parse import urlencode

from google.protobuf.message import Message

RequestT = TypeVar("RequestT", bound=Message)
ResponseT = TypeVar("ResponseT", bound=Message)
#: An answer's body as the transport read it: a memoryview lends the HTTP client's buffer.
Body: TypeAlias = bytes | memoryview


@dataclass(frozen=True, slots=True)
class UpstreamRequest:
    method: str
    #: Percent-encoded, as the generated client's `build_request` gives it.
    path: str
    #: Percent-encoded, without the `?`; empty when there are no query parameters.
    query: str = ""
    #: JSON, or None for a request without a body.
    body: bytes | None = None

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass(frozen=True, slots=True)
class Codec(Generic[RequestT, ResponseT]):
    """One operation: how its request is built and its answer read, and what a lost answer means.

    `idempotent` says whether sending the request twice has the effect of sending it once. When it
    is not, an answer that was lost or cannot be read leaves the outcome unknown, which the caller
    is told with `unknown_outcome_reason`, never as a failure, and `reconciliation` names the request
    fields (dotted paths, `order.source_id`) that find the operation's trace in Voucherify afterwards:
    the ErrorInfo of an unknown outcome carries each one that is set (`order_source_id`).

    `decode` raises ValueError for an answer that is not JSON or not the operation's shape.
    """

    name: str
    encode: Callable[[RequestT], UpstreamRequest]
    decode: Callable[[Body], ResponseT]
    idempotent: bool
    unknown_outcome_reason: str = "OUTCOME_UNKNOWN"
    reconciliation: tuple[str, ...] = ()


def _query_value(value: Any) -> str:
    # The same rendering as httpx, which sends the generated client's own requests.
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def from_builder(built: Mapping[str, Any], body: bytes | None = None) -> UpstreamRequest:
    """An `UpstreamRequest` from the generated client's `build_request(...)` result."""
    params: Mapping[str, Any] = built["params"]
    query = urlencode([(name, _query_value(value)) for name, value in params.items()]) if params else ""
    return UpstreamRequest(built["method"].upper(), built["url"], query, body)
