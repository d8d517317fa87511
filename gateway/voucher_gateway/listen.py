"""Binding a gRPC server to its address, with one clear error when the address cannot be had."""

from __future__ import annotations

from typing import Any

import grpc


def bind(server: grpc.aio.Server, listen: str, credentials: grpc.ServerCredentials | None = None) -> int:
    """The port bound (TLS when `credentials` are given), or OSError naming the address."""
    port: Any
    try:
        if credentials is not None:
            port = server.add_secure_port(listen, credentials)
        else:
            port = server.add_insecure_port(listen)
    except RuntimeError:
        port = 0
    if not port:
        raise OSError(f"cannot listen on {listen}: address already in use or not available")
    return int(port)
