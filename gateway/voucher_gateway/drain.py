"""Draining on shutdown: the gateway's calls in progress are counted, and once draining a new call is
refused at once with UNAVAILABLE / GATEWAY_SHUTTING_DOWN, nothing sent.

gRPC's own server shutdown cancels, with a bare CANCELLED, every call that reaches it from then on,
before the gateway's code sees it; a caller cannot tell such a call from one cancelled half way. So the
gateway first drains (health NOT_SERVING, new calls refused with a status that says nothing was sent,
calls in progress finished or ended by the gateway itself), and only then shuts the gRPC server down,
when no call of its own is left for gRPC to cancel: a bare CANCELLED the caller did not cause is then
only a call that raced the last moment of shutdown, which never reached the gateway's code.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import grpc

from . import errors
from .interceptors import CachingInterceptor, Context, abort


class Drain(CachingInterceptor):
    """The outermost interceptor of the gateway's own services (health and reflection are left alone)."""

    def __init__(self, services: frozenset[str]) -> None:
        super().__init__()
        self._services = services
        #: Calls of the gateway's services in progress.
        self.active = 0
        self.draining = False
        self._idle = asyncio.Event()
        self._idle.set()

    def start(self) -> None:
        self.draining = True

    async def wait_idle(self, seconds: float) -> bool:
        """True once no call is in progress, False if `seconds` passed first."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(seconds, 0.0)):
                await self._idle.wait()
        return self._idle.is_set()

    def wrap_handler(
        self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
    ) -> grpc.RpcMethodHandler[Any, Any]:
        if method.lstrip("/").rpartition("/")[0] not in self._services:
            return handler
        if handler.unary_unary is not None:
            inner: Any = handler.unary_unary

            async def unary_unary(request: Any, context: Context) -> Any:
                await self._refuse_if_draining(context)
                self._enter()
                try:
                    return await inner(request, context)
                finally:
                    self._leave()

            return grpc.unary_unary_rpc_method_handler(
                unary_unary, handler.request_deserializer, handler.response_serializer
            )
        if handler.unary_stream is not None:
            inner_stream: Any = handler.unary_stream

            async def unary_stream(request: Any, context: Context) -> Any:
                await self._refuse_if_draining(context)
                self._enter()
                try:
                    async for item in inner_stream(request, context):
                        yield item
                finally:
                    self._leave()

            return grpc.unary_stream_rpc_method_handler(
                unary_stream, handler.request_deserializer, handler.response_serializer
            )
        return handler

    async def _refuse_if_draining(self, context: Context) -> None:
        if self.draining:
            await abort(
                context,
                errors.shutting_down(
                    "the gateway is shutting down; nothing was sent, so trying again "
                    "(another instance will answer) is safe"
                ),
            )

    def _enter(self) -> None:
        self.active += 1
        self._idle.clear()

    def _leave(self) -> None:
        self.active -= 1
        if self.active == 0:
            self._idle.set()
