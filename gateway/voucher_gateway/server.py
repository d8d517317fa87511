"""The gRPC server: services, health, reflection, caller checks, TLS, deliberate limits, shutdown and reload."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from pathlib import Path

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from voucherify.v1 import (
    customer_service_pb2,
    customer_service_pb2_grpc,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from .auth import CallerAuthInterceptor, Callers, CallersFileError, load_callers
from .credentials import Credentials
from .drain import Drain
from .health_port import HealthPort
from .interceptors import RequestCheckInterceptor
from .listen import bind
from .observability.metrics import Metrics
from .observability.setup import Observability, tracing_from_env
from .services import CustomerService, RedemptionService
from .settings import Settings
from .upstream import Transport, Upstream

log = logging.getLogger("voucher_gateway")

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


def served_methods() -> list[str]:
    """`package.Service/Method` of every RPC the gateway serves, as callers files name them."""
    return [
        f"{service.full_name}/{method.name}"
        for module in (redemption_service_pb2, customer_service_pb2)
        for service in module.DESCRIPTOR.services_by_name.values()
        for method in service.methods
    ]


def read_callers(path: str | Path) -> Callers:
    return load_callers(Path(path), served_methods())


def server_credentials(settings: Settings) -> grpc.ServerCredentials | None:
    """TLS for the listener; a client CA makes client certificates required (mutual TLS)."""
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    client_ca = settings.tls_client_ca.read_bytes() if settings.tls_client_ca else None
    return grpc.ssl_server_credentials(
        [(settings.tls_key.read_bytes(), settings.tls_cert.read_bytes())],
        root_certificates=client_ca,
        require_client_auth=client_ca is not None,
    )


def abandon_at(grace: float) -> float:
    """When, within a grace period, calls still waiting on the upstream are ended: early enough that
    their statuses reach the callers before the server cancels what is left."""
    return max(grace - max(0.2, grace * 0.1), 0.0)


class Gateway:
    """A started gRPC server in front of one upstream.

    The port is bound exclusively unless `reuse_port` (the multi-process mode) asks otherwise, so a
    second gateway on a taken port fails instead of silently sharing its connections.
    """

    def __init__(
        self,
        upstream: Upstream,
        listen: str,
        *,
        credentials: grpc.ServerCredentials | None = None,
        callers: Callers | None = None,
        reuse_port: bool = False,
        health_listen: str | None = None,
        observability: Observability | None = None,
    ) -> None:
        if observability is not None and observability.tracing is not None:
            upstream.transport = observability.tracing.traced(upstream.transport)
        self.upstream = upstream
        self._listen = listen
        self._credentials = credentials
        self.auth = CallerAuthInterceptor(callers) if callers is not None else None
        services = frozenset(SERVICE_NAMES)
        self.drain = Drain(services)
        # Outermost first: what is observed, drained, authenticated, then checked.
        interceptors: list[grpc.aio.ServerInterceptor] = [
            *(observability.interceptors() if observability is not None else ()),
            self.drain,
            *((self.auth,) if self.auth is not None else ()),
            RequestCheckInterceptor(services),
        ]
        options = [*SERVER_OPTIONS, ("grpc.so_reuseport", 1 if reuse_port else 0)]
        self._server = grpc.aio.server(options=options, interceptors=interceptors)
        self._health = health.aio.HealthServicer()
        self.health_port = (
            HealthPort(self._health, health_listen, reuse_port=reuse_port) if health_listen else None
        )
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
        self.port = bind(self._server, self._listen, self._credentials)
        await self._server.start()
        if self.health_port is not None:
            try:
                await self.health_port.start()
            except OSError:
                await self._server.stop(None)
                raise
        for name in ("", *SERVICE_NAMES):
            await self._health.set(name, health_pb2.HealthCheckResponse.SERVING)

    @property
    def address(self) -> str:
        host = self._listen.rsplit(":", 1)[0]
        return f"{host}:{self.port}"

    async def stop(self, grace: float | None) -> None:
        """Reports NOT_SERVING, lets in-flight calls finish within `grace`, then closes the pool.

        The gateway drains first (`Drain`): new calls are refused with UNAVAILABLE / GATEWAY_SHUTTING_DOWN,
        nothing sent. Shortly before `grace` ends (`abandon_at`), it ends every call still waiting on
        the upstream itself, so that each caller gets a status that tells it what happened instead of
        gRPC's bare CANCELLED: the unknown outcome for an operation that is not idempotent and was
        sent, UNAVAILABLE with reason GATEWAY_SHUTTING_DOWN (safe to retry) for any other. Only then is
        the gRPC server stopped, with no call of the gateway's left for it to cancel.
        """
        await self._health.enter_graceful_shutdown()
        if grace is not None:
            started = asyncio.get_running_loop().time()
            self.drain.start()
            if not await self.drain.wait_idle(abandon_at(grace)):
                ended = self.upstream.abandon_in_flight()
                log.warning(
                    "shutting down: ended %d calls still waiting on the upstream after %.1f s",
                    ended,
                    abandon_at(grace),
                )
                if not await self.drain.wait_idle(grace - (asyncio.get_running_loop().time() - started)):
                    log.error(
                        "shutting down: %d calls were still in progress when the grace period ended; "
                        "gRPC cancels them",
                        self.drain.active,
                    )
            grace = max(grace - (asyncio.get_running_loop().time() - started), 0.05)
        await self._server.stop(grace)
        if self.health_port is not None:
            await self.health_port.stop()
        await self.upstream.aclose()

    async def wait(self) -> None:
        await self._server.wait_for_termination()


async def serve(
    settings: Settings, upstream_url: str, credentials: Credentials, *, transport: Transport | None = None
) -> None:
    """Runs until SIGTERM or SIGINT; SIGHUP re-reads the callers file and never interrupts a call.

    `transport` replaces the default HTTP client (the bench's in-process upstream passes one).
    """
    if credentials == Credentials():
        log.warning(
            "no VOUCHERIFY_APP_ID/VOUCHERIFY_APP_TOKEN or VOUCHERIFY_BEARER_TOKEN set: "
            "only callers that send their own Voucherify credentials will be served"
        )
    if settings.insecure:
        log.warning(
            "--insecure: serving %s without %s; anyone who reaches the port can use the gateway's "
            "Voucherify credentials",
            settings.listen,
            "TLS" if settings.callers or settings.mutual_tls else "caller authentication",
        )
    callers = read_callers(settings.callers) if settings.callers is not None else None
    observability = Observability(
        metrics=Metrics() if settings.metrics_listen is not None else None,
        tracing=tracing_from_env(os.environ),
    )
    if settings.metrics_listen is not None:
        observability.start(settings.metrics_listen.host, settings.metrics_listen.port)
        log.info("Prometheus metrics on http://%s/metrics", settings.metrics_listen)
    else:
        observability.start()
    upstream = Upstream(
        upstream_url,
        credentials,
        timeout=settings.upstream_timeout,
        max_connections=settings.max_connections,
        max_queued=settings.max_queued,
        max_response_bytes=settings.max_response_bytes,
        transport=transport,
    )
    if observability.metrics is not None:
        observability.metrics.watch_upstream(upstream.snapshot)
    gateway = Gateway(
        upstream,
        str(settings.listen),
        credentials=server_credentials(settings),
        callers=callers,
        reuse_port=settings.workers > 1,
        health_listen=str(settings.health_listen) if settings.health_listen else None,
        observability=observability,
    )
    await gateway.start()
    log.info(
        "voucher-gateway listening on %s (%s, %s), upstream %s",
        gateway.address,
        "mutual TLS" if settings.mutual_tls else "TLS" if settings.tls else "plaintext",
        f"{len(callers.callers)} callers" if callers is not None else "no caller authentication",
        upstream_url,
    )
    if gateway.health_port is not None:
        log.info("health checks (plaintext, grpc.health.v1 only) on %s", gateway.health_port.address)

    def reload() -> None:
        if settings.callers is None or gateway.auth is None:
            log.info("SIGHUP: no callers file to reload")
            return
        try:
            fresh = read_callers(settings.callers)
        except CallersFileError as exc:
            log.error("SIGHUP: keeping the current callers, the file was refused: %s", exc)
            return
        gateway.auth.replace(fresh)
        log.info("SIGHUP: callers reloaded (%d callers)", len(fresh.callers))

    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stopping.set)
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGHUP, reload)
    await stopping.wait()
    log.info("shutting down: in-flight calls get %.1f s", settings.grace_period)
    await gateway.stop(settings.grace_period)
    observability.stop()
