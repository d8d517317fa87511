"""The gRPC server: services, health, reflection, deliberate limits, graceful shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from voucherify.v1 import (
    customer_service_pb2,
    customer_service_pb2_grpc,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from .config import Settings
from .credentials import Credentials
from .customer_service import CustomerService
from .redemption_service import RedemptionService
from .upstream import Upstream

log = logging.getLogger("gateway")

SERVICE_NAMES = (
    redemption_service_pb2.DESCRIPTOR.services_by_name["RedemptionService"].full_name,
    customer_service_pb2.DESCRIPTOR.services_by_name["CustomerService"].full_name,
)

#: Chosen, not inherited: bounded messages, and keepalive that survives idle load balancers.
SERVER_OPTIONS: list[tuple[str, int]] = [
    ("grpc.max_receive_message_length", 4 * 1024 * 1024),
    ("grpc.max_send_message_length", 16 * 1024 * 1024),
    ("grpc.keepalive_time_ms", 60_000),
    ("grpc.keepalive_timeout_ms", 20_000),
    ("grpc.keepalive_permit_without_calls", 1),
    ("grpc.http2.min_recv_ping_interval_without_data_ms", 10_000),
    ("grpc.http2.max_ping_strikes", 2),
    ("grpc.max_connection_idle_ms", 15 * 60_000),
]


class Gateway:
    """A started gRPC server in front of one upstream."""

    def __init__(self, upstream: Upstream, listen: str) -> None:
        self.upstream = upstream
        self._listen = listen
        self._server = grpc.aio.server(options=SERVER_OPTIONS)
        self._health = health.aio.HealthServicer()
        self.port = 0

    async def start(self) -> None:
        redemption_service_pb2_grpc.add_RedemptionServiceServicer_to_server(
            RedemptionService(self.upstream), self._server
        )
        customer_service_pb2_grpc.add_CustomerServiceServicer_to_server(
            CustomerService(self.upstream), self._server
        )
        health_pb2_grpc.add_HealthServicer_to_server(self._health, self._server)
        reflection.enable_server_reflection(
            (*SERVICE_NAMES, health.SERVICE_NAME, reflection.SERVICE_NAME), self._server
        )
        self.port = self._server.add_insecure_port(self._listen)
        if self.port == 0:
            raise OSError(f"cannot listen on {self._listen}")
        await self._server.start()
        for name in ("", *SERVICE_NAMES):
            await self._health.set(name, health_pb2.HealthCheckResponse.SERVING)

    @property
    def address(self) -> str:
        host = self._listen.rsplit(":", 1)[0]
        return f"{host}:{self.port}"

    async def stop(self, grace: float | None) -> None:
        """Reports NOT_SERVING, lets in-flight calls finish within `grace`, then closes the pool."""
        await self._health.enter_graceful_shutdown()
        await self._server.stop(grace)
        await self.upstream.aclose()

    async def wait(self) -> None:
        await self._server.wait_for_termination()


async def serve(settings: Settings) -> None:
    """Runs until SIGTERM or SIGINT; embeds the local stand-in when no upstream is configured."""
    from emulator.credentials import AcceptedCredentials
    from emulator.server import EmulatorServer

    embedded: EmulatorServer | None = None
    upstream_url = settings.upstream_url
    credentials = Credentials.from_settings(settings.app_id, settings.app_token, settings.bearer_token)
    if upstream_url is None:
        accepted = AcceptedCredentials.from_env()
        embedded = EmulatorServer(db=settings.emulator_db, credentials=accepted)
        embedded.start()
        upstream_url = embedded.url
        if credentials == Credentials():
            credentials = Credentials(accepted.app_id, accepted.app_token)
        log.info("no VOUCHERIFY_API_URL set: using the embedded stand-in at %s", upstream_url)
    elif credentials == Credentials():
        log.warning(
            "no VOUCHERIFY_APP_ID/VOUCHERIFY_APP_TOKEN or VOUCHERIFY_BEARER_TOKEN set: "
            "only callers that send their own credentials will be served"
        )

    gateway = Gateway(
        Upstream(
            upstream_url,
            credentials,
            timeout=settings.upstream_timeout,
            max_connections=settings.max_connections,
        ),
        settings.listen,
    )
    await gateway.start()
    log.info("voucher-gateway listening on %s, upstream %s", gateway.address, upstream_url)

    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    log.info("shutting down: in-flight calls get %.1f s", settings.grace_period)
    await gateway.stop(settings.grace_period)
    if embedded is not None:
        embedded.stop()
