"""`python -m voucher_gateway.probe [HOST:PORT]`: exit 0 when the gateway's health service answers SERVING.

The container image's HEALTHCHECK, and an exec probe wherever a built-in gRPC probe is not available.
It asks the plaintext health listener (`--health-listen`), given as an argument or read from
GATEWAY_HEALTH_LISTEN; a wildcard host (0.0.0.0, ::) is asked on loopback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1", "[::]": "[::1]"}


def target(listen: str) -> str:
    host, _, port = listen.rpartition(":")
    host = _WILDCARDS.get(host, host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{host}:{port}"


def check(address: str, service: str = "", timeout: float = 3.0) -> str:
    """The health status name, or a one-line reason the check failed."""
    with grpc.insecure_channel(address) as channel:
        stub: Any = health_pb2_grpc.HealthStub(channel)
        try:
            response = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=timeout)
        except grpc.RpcError as exc:
            code = exc.code() if isinstance(exc, grpc.Call) else None
            return (
                f"{code.name if code else 'FAILED'}: {exc.details() if isinstance(exc, grpc.Call) else exc}"
            )
    return str(health_pb2.HealthCheckResponse.ServingStatus.Name(response.status))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voucher_gateway.probe", description=__doc__)
    parser.add_argument(
        "address", nargs="?", default=None, help="HOST:PORT (default: GATEWAY_HEALTH_LISTEN on loopback)"
    )
    parser.add_argument("--service", default="", help="service name to ask about (default: the server)")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds (default: 3)")
    args = parser.parse_args(argv)
    listen = args.address or os.environ.get("GATEWAY_HEALTH_LISTEN")
    if not listen:
        print("probe: give HOST:PORT or set GATEWAY_HEALTH_LISTEN", file=sys.stderr)
        return 2
    status = check(target(listen), args.service, args.timeout)
    print(status)
    return 0 if status == "SERVING" else 1


if __name__ == "__main__":
    raise SystemExit(main())
