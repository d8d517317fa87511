"""The boundary of every server-streaming RPC: any failure ends the stream with its status (an unforeseen
one as INTERNAL / INTERNAL_ERROR, logged with its traceback).

The unary boundary (`rpc.rpc`) awaits one answer; a streaming method is an async generator, so the
error can come before the first message or after some were sent, and the stream ends there either way.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import grpc

from .. import errors
from ..interceptors import abort

log = logging.getLogger("voucher_gateway.calls")

StreamHandler = Callable[[Any, Any, grpc.aio.ServicerContext[Any, Any]], AsyncIterator[Any]]


def rpc_stream(method: StreamHandler) -> StreamHandler:
    """Sends an `errors.RpcError` as the stream's final status with rich details, and logs it."""

    @functools.wraps(method)
    async def wrapper(
        self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]
    ) -> AsyncIterator[Any]:
        started = time.perf_counter()
        sent = 0
        try:
            async for message in method(self, request, context):
                yield message
                sent += 1
        except errors.RpcError as exc:
            error = exc
        except Exception as exc:  # A fault of the gateway; a stream only reads, so nothing is unknown.
            log.exception("%s: unexpected failure after %d messages", method.__name__, sent)
            error = errors.internal(
                "INTERNAL_ERROR", f"the gateway failed ({type(exc).__name__}); the failure is in its log"
            )
        else:
            return
        log.info(
            "%s -> %s after %d messages in %.1f ms: %s",
            method.__name__,
            error.code.name,
            sent,
            (time.perf_counter() - started) * 1e3,
            error.message,
        )
        await abort(context, error)

    return wrapper
