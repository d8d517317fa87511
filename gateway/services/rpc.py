"""The boundary of every RPC: an `errors.RpcError` becomes a gRPC status with rich details."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
from grpc_status import rpc_status

from .. import errors
from ..observability.record import call_failed

log = logging.getLogger("gateway.calls")

Handler = Callable[[Any, Any, grpc.aio.ServicerContext[Any, Any]], Awaitable[Any]]


def rpc(method: Handler) -> Handler:
    """Sends an `errors.RpcError` as a gRPC status with rich details, and logs each call without secrets."""

    @functools.wraps(method)
    async def wrapper(self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        started = time.perf_counter()
        try:
            result = await method(self, request, context)
        except errors.RpcError as exc:
            call_failed(method.__name__, exc)  # the access log, metrics, and ERROR for operator faults
            log.debug(
                "%s -> %s in %.1f ms: %s",
                method.__name__,
                exc.code.name,
                (time.perf_counter() - started) * 1e3,
                exc.message,
            )
            status = rpc_status.to_status(exc.to_status())
            await context.abort(status.code, status.details, status.trailing_metadata)
        return result

    return wrapper
