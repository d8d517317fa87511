"""The boundary of every RPC: every failure leaves as a gRPC status with rich details, explained.

An `errors.RpcError` is sent as it is. Any other exception is a fault of the gateway: it is logged
with its traceback and becomes INTERNAL (reason INTERNAL_ERROR), or, when the request may already
have reached Voucherify and the operation is not idempotent, the operation's unknown outcome with
what reconciles it (`calls.unexpected`). A caller never gets gRPC's bare UNKNOWN.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import grpc

from .. import calls, errors
from ..interceptors import abort
from ..observability.record import call_failed
from ..status_size import cut

log = logging.getLogger("voucher_gateway.calls")

Handler = Callable[[Any, Any, grpc.aio.ServicerContext[Any, Any]], Awaitable[Any]]


def rpc(method: Handler) -> Handler:
    """Sends every failure as a gRPC status with rich details, and logs each call without secrets."""

    @functools.wraps(method)
    async def wrapper(self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        started = time.perf_counter()
        state = calls.begin_call()
        try:
            result = await method(self, request, context)
        except errors.RpcError as exc:
            error = exc
        except Exception as exc:
            log.exception("%s: unexpected failure", method.__name__)
            error = calls.unexpected(state, exc)
        else:
            return result
        call_failed(method.__name__, error)  # the access log, metrics, and ERROR for operator faults
        log.debug(
            "%s -> %s in %.1f ms: %s",
            method.__name__,
            error.code.name,
            (time.perf_counter() - started) * 1e3,
            cut(error.message, 1024),
        )
        await abort(context, error)

    return wrapper
