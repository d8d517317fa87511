"""Server interceptors that must run in the task serving the call, and the one way they wrap a handler.

`intercept_service` sees only the method name and metadata; checks that need the TLS peer, or that
must answer with a rich status, run in a wrapper around the method's behaviour instead.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

import grpc
from google.protobuf.message import DecodeError
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from . import errors
from .validation import check_request

log = logging.getLogger("voucher_gateway.interceptors")

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]
Continuation: TypeAlias = (
    "Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler[Any, Any] | None]]"
)
#: Runs before the behaviour; aborts the call (raises) to refuse it.
Check: TypeAlias = Callable[[Any, Context], Awaitable[None]]


def wrap(
    handler: grpc.RpcMethodHandler[Any, Any],
    check: Check,
    request_deserializer: Callable[[bytes], Any] | None = None,
) -> grpc.RpcMethodHandler[Any, Any]:
    """The same handler with `check` run first, for unary-unary and unary-stream methods."""
    deserializer = request_deserializer or handler.request_deserializer
    if handler.unary_unary is not None:
        inner: Any = handler.unary_unary

        async def unary_unary(request: Any, context: Context) -> Any:
            await check(request, context)
            return await inner(request, context)

        return grpc.unary_unary_rpc_method_handler(unary_unary, deserializer, handler.response_serializer)
    if handler.unary_stream is not None:
        inner_stream: Any = handler.unary_stream

        async def unary_stream(request: Any, context: Context) -> Any:
            await check(request, context)
            async for item in inner_stream(request, context):
                yield item

        return grpc.unary_stream_rpc_method_handler(unary_stream, deserializer, handler.response_serializer)
    # A streaming request has no single message to check before the behaviour: refuse to guess.
    raise NotImplementedError("only methods with a single request message can be wrapped")


async def abort(context: Context, error: errors.RpcError) -> None:
    """Ends the call with `error` as a google.rpc.Status with its rich details."""
    status = rpc_status.to_status(error.to_status())
    await context.abort(status.code, status.details, status.trailing_metadata)


class CachingInterceptor(grpc.aio.ServerInterceptor):
    """Wraps each method's handler once (`wrap_handler`) and reuses the result for every later call.

    A wrapped handler depends on the method alone (per-call facts come from the context when the call
    runs), so the wrapping is kept per method instead of being rebuilt on the hot path.
    """

    def __init__(self) -> None:
        self._wrapped: dict[str, grpc.RpcMethodHandler[Any, Any] | None] = {}

    def wrap_handler(
        self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
    ) -> grpc.RpcMethodHandler[Any, Any]:
        """`method` is the path gRPC gives, `/package.Service/Method`."""
        raise NotImplementedError

    async def intercept_service(
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler[Any, Any] | None:
        try:
            return self._wrapped[handler_call_details.method]
        except KeyError:
            pass
        handler = await continuation(handler_call_details)
        wrapped = self.wrap_handler(handler_call_details.method, handler) if handler is not None else None
        self._wrapped[handler_call_details.method] = wrapped
        return wrapped


class MethodInterceptor(CachingInterceptor):
    """Runs `check` before the methods it `applies_to`, and may replace their request deserializer."""

    def applies_to(self, method: str) -> bool:
        """`method` is `package.Service/Method`."""
        return True

    def deserializer(self, method: str, parse: Callable[[bytes], Any]) -> Callable[[bytes], Any] | None:
        """A replacement request deserializer for `method`, or None to keep gRPC's."""
        return None

    async def check(self, method: str, request: Any, context: Context) -> None:
        """Runs before the method; aborts the call to refuse it."""

    def wrap_handler(
        self, method: str, handler: grpc.RpcMethodHandler[Any, Any]
    ) -> grpc.RpcMethodHandler[Any, Any]:
        name = method.lstrip("/")
        if not self.applies_to(name):
            return handler

        async def check(request: Any, context: Context) -> None:
            await self.check(name, request, context)

        parse = handler.request_deserializer
        return wrap(handler, check, self.deserializer(name, parse) if parse else None)


class _Undecodable:
    """Stands in for a request whose bytes are not a valid message (bad UTF-8, too deep, truncated)."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


class RequestCheckInterceptor(MethodInterceptor):
    """Every request is decoded and checked (`validation.check_request`) before its method runs.

    An undecodable request becomes INVALID_ARGUMENT with a BadRequest, not gRPC's bare INTERNAL, and
    one check here covers every RPC, present and future, of the gateway's own services.
    """

    def __init__(self, services: frozenset[str]) -> None:
        super().__init__()
        self._services = services

    def applies_to(self, method: str) -> bool:
        return method.rpartition("/")[0] in self._services

    def deserializer(self, method: str, parse: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
        def deserialize(data: bytes) -> Any:
            try:
                return parse(data)
            except DecodeError as exc:
                return _Undecodable(str(exc))

        return deserialize

    async def check(self, method: str, request: Any, context: Context) -> None:
        if isinstance(request, _Undecodable):
            log.info("refused %s: undecodable request (%s)", method, request.problem)
            await abort(context, undecodable(request.problem))
        try:
            check_request(request)
        except errors.RpcError as error:
            log.info("refused %s: %s", method, error.message)
            await abort(context, error)
        except Exception as exc:  # A fault of the check itself: nothing was sent.
            log.exception("checking %s failed", method)
            await abort(
                context,
                errors.internal(
                    "INTERNAL_ERROR", f"the gateway failed ({type(exc).__name__}); nothing was sent"
                ),
            )


def undecodable(problem: str) -> errors.RpcError:
    return errors.RpcError(
        grpc.StatusCode.INVALID_ARGUMENT,
        f"the request is not a valid message: {problem}",
        [
            error_details_pb2.ErrorInfo(reason="UNDECODABLE_REQUEST", domain=errors.GATEWAY_DOMAIN),
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field="", description=problem, reason="UNDECODABLE_REQUEST"
                    )
                ]
            ),
        ],
    )
