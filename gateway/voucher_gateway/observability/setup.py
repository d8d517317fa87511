"""Puts together what the settings and the OTEL_* environment turn on, and nothing else.

With metrics off, access logs below the log level and tracing unset, `interceptors()` is empty: no
wrapper runs on any call, and OpenTelemetry is never imported.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import grpc

from . import access_log
from .interceptor import ObservingInterceptor
from .metrics import Metrics

if TYPE_CHECKING:
    from .tracing import Tracing

log = logging.getLogger("voucher_gateway")


def tracing_wanted(environ: Mapping[str, str]) -> bool:
    """On with an exporter named in OTEL_TRACES_EXPORTER, or an OTLP endpoint; off with OTEL_SDK_DISABLED."""
    if environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    exporter = environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    if exporter:
        return exporter != "none"
    return bool(
        environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    )


def tracing_from_env(environ: Mapping[str, str]) -> Tracing | None:
    """The configured tracing, or None without importing OpenTelemetry; ValueError for a bad exporter."""
    if not tracing_wanted(environ):
        return None
    from .tracing import from_env

    return from_env(environ)


class Observability:
    """Metrics (optional), access logs (when INFO is logged) and tracing (optional) of one gateway."""

    def __init__(
        self,
        *,
        metrics: Metrics | None = None,
        access_logs: bool | None = None,
        tracing: Tracing | None = None,
    ) -> None:
        self.metrics = metrics
        self.access_logs = access_log.enabled() if access_logs is None else access_logs
        self.tracing = tracing
        self._server: Any = None

    def interceptors(self) -> list[grpc.aio.ServerInterceptor]:
        """Outermost first: the tracing interceptor makes the span current for everything inside it."""
        chain: list[grpc.aio.ServerInterceptor] = []
        if self.tracing is not None:
            chain.append(self.tracing.interceptor())
        if self.metrics is not None or self.access_logs:
            trace_id = None
            if self.tracing is not None:
                from .tracing import current_trace_id

                trace_id = current_trace_id
            chain.append(ObservingInterceptor(self.metrics, access_logs=self.access_logs, trace_id=trace_id))
        return chain

    def start(self, metrics_host: str | None = None, metrics_port: int = 0) -> None:
        """Starts the metrics endpoint, when there are metrics and an address."""
        if self.metrics is not None and metrics_host is not None:
            self._server = self.metrics.serve(metrics_host, metrics_port)

    @property
    def metrics_port(self) -> int:
        return int(self._server.server_port) if self._server is not None else 0

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self.tracing is not None:
            self.tracing.shutdown()
