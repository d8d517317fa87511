"""One upstream call on behalf of one RPC, in three steps with their own failures: build, send, read.

- build: nothing has left the gateway, so a failure is the caller's bad input (INVALID_ARGUMENT, a
  URL past `MAX_URL_LENGTH` or a `.`/`..` path segment included) or the gateway's own fault (INTERNAL), never an unknown outcome;
- send: a request that never left (refused or timed-out connection, full queue, open circuit, bad
  URL, the gateway stopping) is UNAVAILABLE or RESOURCE_EXHAUSTED and safe to retry, even a
  redemption; one that may have reached Voucherify and whose answer was lost leaves the outcome of an
  operation that is not idempotent unknown;
- read: an error answer becomes its gRPC status (`errors`); a success that cannot be decoded (not
  JSON, not the operation's shape, too large) is INTERNAL for a read and, again, an unknown outcome
  for an operation that is not idempotent.

Every servicer method goes through `forward`, so these rules hold for all of them alike. An unknown
outcome's ErrorInfo carries what reconciles it: the fields the codec names and `sent_at`. `CallState`
tells the RPC boundary (`services.rpc`) the same about a failure nobody foresaw.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Protocol, TypeVar

import grpc
import orjson
from google.protobuf.message import Message

from . import errors
from .codecs import Codec
from .codecs.json_body import NotJson
from .credentials import Credentials
from .observability.record import upstream_exchange
from .upstream import (
    CircuitOpen,
    Deadline,
    HttpRequest,
    HttpResponse,
    MalformedCredentials,
    Overloaded,
    ShuttingDown,
    TransportFailure,
    Upstream,
)

log = logging.getLogger("voucher_gateway.calls")

RequestT = TypeVar("RequestT", bound=Message)
ResponseT = TypeVar("ResponseT", bound=Message)

#: The longest upstream URL (origin, path and query) the gateway sends; common servers and proxies
#: refuse longer request lines.
MAX_URL_LENGTH: Final = 8192
#: Path segments URL parsers (WHATWG, and the transport's) resolve as `.` and `..`, percent-encoded or not.
_DOT_SEGMENTS: Final = frozenset({".", "..", "%2e", "%2e%2e", ".%2e", "%2e."})
#: Bodies larger than this are decoded in a worker thread, so that the event loop keeps serving
#: other calls (health checks included) while a large page is mapped.
DECODE_IN_THREAD_BYTES: Final = 256 * 1024


class _Context(Protocol):
    def time_remaining(self) -> float | None: ...
    def invocation_metadata(self) -> Any: ...


@dataclass(slots=True)
class CallState:
    """What is known of the current RPC's upstream call: its operation, request, and wire request."""

    codec: Codec[Any, Any] | None = None
    request: Message | None = None
    wire: HttpRequest | None = None

    @property
    def may_have_taken_effect(self) -> bool:
        """The request may have reached Voucherify, and repeating it would not be harmless."""
        return (
            self.codec is not None and not self.codec.idempotent and self.wire is not None and self.wire.sent
        )


_current: ContextVar[CallState | None] = ContextVar("call_state", default=None)


def begin_call() -> CallState:
    """A fresh state for the RPC running in this task; `forward` fills it in."""
    state = CallState()
    _current.set(state)
    return state


async def forward(
    context: _Context, upstream: Upstream, codec: Codec[RequestT, ResponseT], request: RequestT
) -> ResponseT:
    """Sends `request` upstream as `codec` says and returns the answer's message, or raises `errors.RpcError`.

    The caller's deadline (or `--upstream-timeout`, whichever is shorter) bounds the whole upstream
    request, and a cancelled RPC cancels it: the handler task is cancelled, and the request with it.
    """
    state = _current.get() or CallState()
    state.codec, state.request = codec, request
    try:
        own = Credentials.from_metadata(context.invocation_metadata())
        wire = state.wire = build(upstream, codec, request, own)
        bound = upstream.deadline(context.time_remaining())
        with upstream_exchange(codec.name) as exchange:  # metrics and access logs, when observed
            answer = await send(upstream, codec, wire, bound)
            exchange.answered(answer)
        return await read(codec, answer, caller_credentials=own is not None)
    except errors.RpcError as error:
        add_reconciliation(error, state)
        raise


def build(
    upstream: Upstream, codec: Codec[RequestT, Any], request: RequestT, own: Credentials | None
) -> HttpRequest:
    """The wire request. Nothing is sent yet, so no failure here can leave an outcome unknown."""
    try:
        built = codec.encode(request)
        wire = upstream.request(built, own)
    except errors.RpcError:
        raise
    except MalformedCredentials as exc:
        if own is not None:
            raise errors.invalid_argument(exc.header, str(exc), "MALFORMED_CREDENTIALS") from None
        raise errors.internal(
            "GATEWAY_CREDENTIALS_MALFORMED",
            f"the gateway's configured Voucherify credentials cannot be sent: {exc}; the operator must fix them",
        ) from None
    except Exception as exc:
        log.exception("%s: building the upstream request failed", codec.name)
        raise errors.internal(
            "REQUEST_NOT_BUILT",
            f"the gateway could not build the request ({type(exc).__name__}); nothing was sent",
        ) from None
    if any(segment.lower() in _DOT_SEGMENTS for segment in built.path.split("/")):
        raise errors.invalid_argument(
            "request",
            "names a resource '.' or '..', which HTTP clients, proxies and servers resolve as a "
            "relative path, so the request would reach another resource; nothing was sent",
            "PATH_SEGMENT_NOT_ALLOWED",
        )
    if len(wire.url) > MAX_URL_LENGTH:
        raise errors.invalid_argument(
            "request",
            f"makes an upstream URL of {len(wire.url):,} characters; at most {MAX_URL_LENGTH:,} are "
            "accepted (fewer or shorter filter values, or a shorter code)",
            "URL_TOO_LONG",
        )
    return wire


async def send(
    upstream: Upstream, codec: Codec[Any, Any], wire: HttpRequest, bound: Deadline
) -> HttpResponse:
    """The answer, or the failure told by whether the request may have left (`wire.sent`)."""
    started = time.time()
    try:
        return await upstream.send(wire, bound)
    except TimeoutError:
        raise _timed_out(codec, wire.sent, bound) from None
    except Overloaded as exc:
        raise errors.overloaded(exc.wait, exc.description) from None
    except CircuitOpen as exc:
        raise errors.circuit_open(exc.wait) from None
    except ShuttingDown:
        raise _shutting_down(codec, wire.sent) from None
    except TransportFailure as exc:
        raise _lost(codec, wire.sent, exc.cause) from None
    except Exception as exc:
        log.exception("%s: sending the upstream request failed", codec.name)
        raise _lost(codec, wire.sent, type(exc).__name__) from None
    finally:
        if wire.sent and wire.sent_at is None:
            wire.sent_at = started


async def read(codec: Codec[Any, ResponseT], answer: HttpResponse, *, caller_credentials: bool) -> ResponseT:
    """The message of a 2xx answer, or the error of any other."""
    if 200 <= answer.status < 300:
        if answer.too_large:
            raise errors.unreadable_answer(
                "it is larger than the gateway reads (--max-response-bytes)",
                idempotent=codec.idempotent,
                unknown_outcome_reason=codec.unknown_outcome_reason,
                reason="UPSTREAM_ANSWER_TOO_LARGE",
            )
        try:
            if len(answer.body) > DECODE_IN_THREAD_BYTES:
                return await asyncio.to_thread(codec.decode, answer.body)
            return codec.decode(answer.body)
        except Exception as exc:
            malformed = not isinstance(exc, NotJson)
            raise errors.unreadable_answer(
                f"{type(exc).__name__ if malformed else 'not JSON'}: {exc}",
                idempotent=codec.idempotent,
                unknown_outcome_reason=codec.unknown_outcome_reason,
                reason="UPSTREAM_ANSWER_MALFORMED" if malformed else "UPSTREAM_ANSWER_UNREADABLE",
            ) from None
    try:
        body = orjson.loads(answer.body) if answer.body else None
    except ValueError:
        body = None
    raise errors.from_upstream_response(
        answer.status,
        body,
        answer.headers,
        caller_credentials=caller_credentials,
        idempotent=codec.idempotent,
        unknown_outcome_reason=codec.unknown_outcome_reason,
    )


def unexpected(state: CallState, exc: BaseException) -> errors.RpcError:
    """The status of a failure no step foresaw: INTERNAL, or the unknown outcome if it may have taken effect."""
    if state.may_have_taken_effect:
        assert state.codec is not None
        error = errors.outcome_unknown(
            state.codec.unknown_outcome_reason,
            f"the gateway failed ({type(exc).__name__}) after the request was sent; "
            "it may or may not have taken effect. Check before trying again.",
        )
        add_reconciliation(error, state)
        return error
    return errors.internal(
        "INTERNAL_ERROR", f"the gateway failed ({type(exc).__name__}); the failure is in its log"
    )


def add_reconciliation(error: errors.RpcError, state: CallState) -> None:
    """Puts what finds the operation in Voucherify into the ErrorInfo of an unknown outcome."""
    codec, info = state.codec, error.error_info()
    if (
        error.code != grpc.StatusCode.UNKNOWN
        or codec is None
        or info is None
        or info.reason != codec.unknown_outcome_reason
    ):
        return
    metadata = {"operation": codec.name}
    if state.request is not None:
        for path in codec.reconciliation:
            value = _field(state.request, path)
            if value:
                metadata[path.replace(".", "_")] = value
    if state.wire is not None and state.wire.sent_at is not None:
        metadata["sent_at"] = rfc3339(state.wire.sent_at)
    info.metadata.update(metadata)


def rfc3339(seconds: float) -> str:
    """UTC with milliseconds, as Voucherify writes dates: 2026-05-04T10:11:12.345Z."""
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _field(message: Message, path: str) -> str:
    """The value at a dotted path of `message`, as text; empty when it (or a message on the way) is unset."""
    value: Any = message
    for name in path.split("."):
        try:
            if not value.HasField(name):
                return ""
        except ValueError:
            pass  # A field without presence: its value (maybe empty) decides.
        value = getattr(value, name)
    return value if isinstance(value, str) else str(value)


def _shutting_down(codec: Codec[Any, Any], sent: bool) -> errors.RpcError:
    if sent and not codec.idempotent:
        return errors.outcome_unknown(
            codec.unknown_outcome_reason,
            "the gateway is shutting down and ended the call after the request was sent and before "
            "Voucherify answered; it may or may not have taken effect. Check before trying again.",
        )
    if sent:
        return errors.shutting_down("the gateway is shutting down; try again (another instance will answer)")
    return errors.shutting_down(
        "the gateway is shutting down; nothing was sent, so trying again (another instance will answer) is safe"
    )


def _lost(codec: Codec[Any, Any], sent: bool, cause: str) -> errors.RpcError:
    if not sent:
        return errors.upstream_unreachable(
            "UPSTREAM_UNREACHABLE", f"Voucherify could not be reached ({cause}); nothing was sent"
        )
    if not codec.idempotent:
        return errors.outcome_unknown(
            codec.unknown_outcome_reason,
            f"the connection to Voucherify failed after the request was sent ({cause}); "
            "it may or may not have taken effect. Check before trying again.",
        )
    return errors.upstream_unreachable(
        "UPSTREAM_CONNECTION_FAILED", f"the connection to Voucherify failed ({cause})"
    )


def _timed_out(codec: Codec[Any, Any], sent: bool, bound: Deadline) -> errors.RpcError:
    whose = "the caller's deadline" if bound.callers else f"the upstream timeout ({bound.seconds:g} s)"
    if not sent:
        if bound.callers:
            return errors.deadline_exceeded(
                f"{whose} passed before Voucherify could be reached; nothing was sent"
            )
        return errors.upstream_unreachable(
            "UPSTREAM_UNREACHABLE", f"Voucherify could not be reached within {whose}; nothing was sent"
        )
    if not codec.idempotent:
        return errors.outcome_unknown(
            codec.unknown_outcome_reason,
            f"{whose} passed after the request was sent and before Voucherify answered; "
            "it may or may not have taken effect. Check before trying again.",
        )
    if bound.callers:
        return errors.deadline_exceeded(f"{whose} passed before Voucherify answered")
    return errors.upstream_timeout(f"Voucherify did not answer within {whose}")
