"""The server interceptor behind metrics and access logs: one wrapper per method, made once.

It is installed only when metrics or access logs are on. Per call it reads the clock twice, keeps a
`CallRecord` for the hooks, and then counts and/or logs; label children are bound per method.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import grpc

from ..auth import current_caller
from ..interceptors import CachingInterceptor, Context
from . import access_log
from .metrics import Metrics
from .record import CallRecord, current_call

_OK = "OK"
_NAMES = {code.value[0]: code.name for code in grpc.StatusCode}


def _code(context: Context, failed: BaseException | None) -> str:
    if isinstance(failed, asyncio.CancelledError):
        return "CANCELLED"
    code = context.code()
    if code is None:
        return _OK if failed is None else "UNKNOWN"
    if isinstance(code, grpc.StatusCode):
        return code.name
    return _NAMES.get(int(code), "UNKNOWN")


class ObservingInterceptor(CachingInterceptor):
    """Counts (`metrics`) and logs (`access_logs`) every call; `trace_id` reads the current trace."""

    def __init__(
        self,
        metrics: Metrics | None,
        *,
        access_logs: bool,
        trace_id: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__()
        self._metrics = metrics
        self._access_logs = access_logs
        self._trace_id = trace_id

    def wrap_handler(
        self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
    ) -> grpc.RpcMethodHandler[Any, Any]:
        method = method.lstrip("/")
        metrics, access_logs, trace_id = self._metrics, self._access_logs, self._trace_id
        streaming = handler.unary_stream is not None
        bound = metrics.method("server_stream" if streaming else "unary", method) if metrics else None
        inflight = metrics.inflight if metrics else None

        def begin() -> tuple[CallRecord, str | None]:
            if bound is not None and inflight is not None:
                bound.started.inc()
                inflight.inc()
            record = CallRecord(metrics)
            current_call.set(record)
            return record, trace_id() if trace_id is not None else None

        def end(
            context: Context,
            record: CallRecord,
            trace: str | None,
            started: float,
            failed: BaseException | None,
        ) -> None:
            seconds = time.perf_counter() - started
            code = _code(context, failed)
            if bound is not None and inflight is not None:
                inflight.dec()
                bound.handled(code).inc()
                bound.seconds.observe(seconds)
            if access_logs:
                access_log.write(
                    access_log.line(
                        method, code, seconds, record, current_caller.get(), context.peer(), trace
                    )
                )

        if handler.unary_unary is not None:
            inner: Any = handler.unary_unary

            async def unary_unary(request: Any, context: Context) -> Any:
                record, trace = begin()
                started = time.perf_counter()
                try:
                    response = await inner(request, context)
                except BaseException as exc:
                    end(context, record, trace, started, exc)
                    raise
                end(context, record, trace, started, None)
                return response

            return grpc.unary_unary_rpc_method_handler(
                unary_unary, handler.request_deserializer, handler.response_serializer
            )
        if handler.unary_stream is not None:
            inner_stream: Any = handler.unary_stream

            async def unary_stream(request: Any, context: Context) -> Any:
                record, trace = begin()
                started = time.perf_counter()
                try:
                    async for item in inner_stream(request, context):
                        yield item
                except BaseException as exc:
                    end(context, record, trace, started, exc)
                    raise
                end(context, record, trace, started, None)

            return grpc.unary_stream_rpc_method_handler(
                unary_stream, handler.request_deserializer, handler.response_serializer
            )
        # Client-streaming methods are not served; leave them as they are rather than guess.
        return handler
