"""One upstream call on behalf of one RPC: credentials, deadline, cancellation and error translation.

Every servicer method goes through `forward`, so these rules hold for all of them alike.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

import grpc
import httpx
from google.protobuf import json_format
from google.protobuf.message import Message
from grpc_status import rpc_status
from voucherify_client import Client
from voucherify_client.types import Response

from . import errors
from .credentials import Credentials, caller_credentials
from .mapping import to_message
from .upstream import Upstream

log = logging.getLogger("gateway.calls")

M = TypeVar("M", bound=Message)


class _Context(Protocol):
    def time_remaining(self) -> float | None: ...
    def invocation_metadata(self) -> Any: ...


async def forward(
    context: _Context,
    upstream: Upstream,
    call: Callable[[Client], Awaitable[Response[Any]]],
    into: M,
    *,
    mutation: bool = False,
) -> M:
    """Runs `call` against the upstream and maps its 2xx body into `into`, or raises `errors.RpcError`.

    The caller's deadline bounds the upstream request, and a cancelled RPC cancels it (the handler
    task is cancelled, and so is the request awaited inside it). `mutation` marks a call that must
    never be retried blindly: when it is unclear whether the upstream acted, the caller is told so,
    and that includes a 2xx answer the gateway cannot read.
    """
    own = Credentials.from_metadata(context.invocation_metadata())
    token = caller_credentials.set(own)
    try:
        async with asyncio.timeout(context.time_remaining()):
            response = await call(upstream.client)
    except TimeoutError:
        raise errors.deadline_exceeded(
            "the caller's deadline passed before Voucherify answered"
            + ("; the redemption may or may not have been recorded" if mutation else "")
        ) from None
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        # Nothing was sent: safe to retry, even a redemption.
        raise errors.upstream_unreachable(
            "UPSTREAM_UNREACHABLE", f"Voucherify could not be reached ({type(exc).__name__})"
        ) from None
    except (ValueError, TypeError, KeyError) as exc:
        # The generated client parses inside `call`: a 2xx body it cannot read.
        raise errors.unreadable_answer(type(exc).__name__, mutation=mutation) from None
    except httpx.TransportError as exc:
        if mutation:
            raise errors.outcome_unknown(
                f"the connection to Voucherify failed after the redemption was sent ({type(exc).__name__}); "
                "it may or may not have been recorded. Check the voucher's redemptions before trying again."
            ) from None
        raise errors.upstream_unreachable(
            "UPSTREAM_CONNECTION_FAILED", f"the connection to Voucherify failed ({type(exc).__name__})"
        ) from None
    finally:
        caller_credentials.reset(token)

    status = int(response.status_code)
    if 200 <= status < 300 and response.parsed is not None:
        try:
            return to_message(response.parsed, into)
        except (json_format.ParseError, ValueError, TypeError) as exc:
            raise errors.unreadable_answer(type(exc).__name__, mutation=mutation) from None
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    raise errors.from_upstream_response(
        status, body, response.headers, caller_credentials=own is not None, mutation=mutation
    )


Handler = Callable[[Any, Any, grpc.aio.ServicerContext[Any, Any]], Awaitable[Any]]


def rpc(method: Handler) -> Handler:
    """Sends an `errors.RpcError` as a gRPC status with rich details, and logs each call without secrets."""

    @functools.wraps(method)
    async def wrapper(self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        started = time.perf_counter()
        try:
            result = await method(self, request, context)
        except errors.RpcError as exc:
            log.info(
                "%s -> %s in %.1f ms: %s",
                method.__name__,
                exc.code.name,
                (time.perf_counter() - started) * 1e3,
                exc.message,
            )
            status = rpc_status.to_status(exc.to_status())
            await context.abort(status.code, status.details, status.trailing_metadata)
        log.debug("%s -> OK in %.1f ms", method.__name__, (time.perf_counter() - started) * 1e3)
        return result

    return wrapper
