"""One upstream call on behalf of one RPC, in three steps with their own failures: build, send, read.

- build: nothing has left the gateway, so a failure is the caller's bad input (INVALID_ARGUMENT) or
  the gateway's own fault (INTERNAL), never an unknown outcome;
- send: a request that never left (refused or timed-out connection, full pool, bad URL) is
  UNAVAILABLE and safe to retry, even a redemption; one that may have reached Voucherify and whose
  answer was lost leaves the outcome of an operation that is not idempotent unknown;
- read: an error answer becomes its gRPC status (`errors`); a success that cannot be decoded is
  INTERNAL for a read and, again, an unknown outcome for an operation that is not idempotent.

Every servicer method goes through `forward`, so these rules hold for all of them alike.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol, TypeVar

import orjson
from google.protobuf.message import Message

from . import errors
from .codecs import Codec
from .credentials import Credentials
from .observability.record import upstream_exchange
from .upstream import Deadline, HttpRequest, HttpResponse, MalformedCredentials, TransportFailure, Upstream

log = logging.getLogger("gateway.calls")

RequestT = TypeVar("RequestT", bound=Message)
ResponseT = TypeVar("ResponseT", bound=Message)


class _Context(Protocol):
    def time_remaining(self) -> float | None: ...
    def invocation_metadata(self) -> Any: ...


async def forward(
    context: _Context, upstream: Upstream, codec: Codec[RequestT, ResponseT], request: RequestT
) -> ResponseT:
    """Sends `request` upstream as `codec` says and returns the answer's message, or raises `errors.RpcError`.

    The caller's deadline (or `--upstream-timeout`, whichever is shorter) bounds the whole upstream
    request, and a cancelled RPC cancels it: the handler task is cancelled, and the request with it.
    """
    own = Credentials.from_metadata(context.invocation_metadata())
    wire = build(upstream, codec, request, own)
    bound = upstream.deadline(context.time_remaining())
    with upstream_exchange(codec.name) as exchange:  # metrics and access logs, when observed
        answer = await send(upstream, codec, wire, bound)
        exchange.answered(answer)
    return read(codec, answer, caller_credentials=own is not None)


def build(
    upstream: Upstream, codec: Codec[RequestT, Any], request: RequestT, own: Credentials | None
) -> HttpRequest:
    """The wire request. Nothing is sent yet, so no failure here can leave an outcome unknown."""
    try:
        return upstream.request(codec.encode(request), own)
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


async def send(
    upstream: Upstream, codec: Codec[Any, Any], wire: HttpRequest, bound: Deadline
) -> HttpResponse:
    """The answer, or the failure told by whether the request may have left (`wire.sent`)."""
    try:
        return await upstream.send(wire, bound)
    except TimeoutError:
        raise _timed_out(codec, wire.sent, bound) from None
    except TransportFailure as exc:
        raise _lost(codec, wire.sent, exc.cause) from None
    except Exception as exc:
        log.exception("%s: sending the upstream request failed", codec.name)
        raise _lost(codec, wire.sent, type(exc).__name__) from None


def read(codec: Codec[Any, ResponseT], answer: HttpResponse, *, caller_credentials: bool) -> ResponseT:
    """The message of a 2xx answer, or the error of any other."""
    if 200 <= answer.status < 300:
        try:
            return codec.decode(answer.body)
        except Exception as exc:
            raise errors.unreadable_answer(
                type(exc).__name__,
                idempotent=codec.idempotent,
                unknown_outcome_reason=codec.unknown_outcome_reason,
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
