"""Starts a real gateway on 127.0.0.1 in front of a given upstream, and reads rich error details."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import error_details_pb2, status_pb2

from voucher_gateway.credentials import Credentials
from voucher_gateway.server import Gateway
from voucher_gateway.upstream import Transport, Upstream

DETAIL_TYPES: list[type[Any]] = [
    error_details_pb2.ErrorInfo,
    error_details_pb2.RetryInfo,
    error_details_pb2.BadRequest,
    error_details_pb2.ResourceInfo,
]


@asynccontextmanager
async def running_gateway(
    upstream_url: str,
    credentials: Credentials,
    *,
    upstream_timeout: float = 30.0,
    transport: Transport | None = None,
    **options: Any,
) -> AsyncIterator[grpc.aio.Channel]:
    """`options` go to `Upstream` (max_connections, max_queued, breaker, ...)."""
    upstream = Upstream(upstream_url, credentials, timeout=upstream_timeout, transport=transport, **options)
    gateway = Gateway(upstream, "127.0.0.1:0")
    await gateway.start()
    channel = grpc.aio.insecure_channel(gateway.address)
    try:
        yield channel
    finally:
        await channel.close()
        await gateway.stop(grace=1.0)


def rich_details(error: grpc.aio.AioRpcError) -> dict[str, Any]:
    """The google.rpc.Status details of a failed call, by type name."""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            status = status_pb2.Status.FromString(value)
            assert status.code == error.code().value[0]
            found: dict[str, Any] = {}
            for detail in status.details:
                found[_unpack(detail).DESCRIPTOR.name] = _unpack(detail)
            return found
    raise AssertionError(f"no rich details on {error.code()}: {error.details()}")


def _unpack(box: any_pb2.Any) -> Any:
    for kind in DETAIL_TYPES:
        if box.Is(kind.DESCRIPTOR):
            out = kind()
            box.Unpack(out)
            return out
    raise AssertionError(f"unexpected detail type {box.type_url}")
