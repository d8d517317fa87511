"""A plaintext listener that serves only `grpc.health.v1.Health`, for probes that cannot speak TLS.

Kubernetes' built-in gRPC probe connects without TLS and without client certificates, so it cannot
reach a gateway whose listener requires them. This second server shares the gateway's health servicer
(the same SERVING / NOT_SERVING answers, shutdown included) and serves nothing else: no service of
the gateway, no reflection, so no caller token or voucher data can ever travel over it.
"""

from __future__ import annotations

import grpc
from grpc_health.v1 import health, health_pb2_grpc

from .listen import bind


class HealthPort:
    def __init__(self, servicer: health.aio.HealthServicer, listen: str, *, reuse_port: bool = False) -> None:
        self._listen = listen
        self._server = grpc.aio.server(options=[("grpc.so_reuseport", 1 if reuse_port else 0)])
        health_pb2_grpc.add_HealthServicer_to_server(servicer, self._server)
        self.port = 0

    async def start(self) -> None:
        self.port = bind(self._server, self._listen)
        await self._server.start()

    @property
    def address(self) -> str:
        host = self._listen.rsplit(":", 1)[0]
        return f"{host}:{self.port}"

    async def stop(self) -> None:
        await self._server.stop(None)
