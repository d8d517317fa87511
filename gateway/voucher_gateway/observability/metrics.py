"""Prometheus metrics: gRPC server metrics by the go-grpc-prometheus names, and the gateway's own.

Every metric lives in the `Metrics` instance's own registry (a test gets fresh counts), served by
prometheus_client's HTTP server in a thread. Label sets are bounded: methods, codes, operations,
HTTP statuses or failure reasons, and normalised JSON paths (capped at `MAX_UNMAPPED_PATHS`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    start_http_server,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from .. import unknown_fields

#: At most this many unknown-field paths are labelled apart; the rest are summed under `other`.
MAX_UNMAPPED_PATHS = 200

# go-grpc-prometheus' default buckets (Prometheus' defaults), in seconds.
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _UnmappedFields(Collector):
    """`unknown_fields.counts()` read at scrape time: nothing is done per call for it."""

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(
            "voucher_gateway_unmapped_fields",
            "Fields of Voucherify's answers that the gRPC contract does not have, by normalised JSON "
            "path (array positions as [], map keys as *).",
            labels=("path",),
        )
        counted = sorted(unknown_fields.counts().items())
        for path, count in counted[:MAX_UNMAPPED_PATHS]:
            family.add_metric((path,), count)
        if len(counted) > MAX_UNMAPPED_PATHS:
            family.add_metric(("other",), sum(count for _, count in counted[MAX_UNMAPPED_PATHS:]))
        yield family


class _UpstreamGuards(Collector):
    """The upstream's admission queue and circuit breaker (`Upstream.snapshot()`), read at scrape time."""

    def __init__(self, snapshot: Callable[[], dict[str, Any]]) -> None:
        self._snapshot = snapshot

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        now = self._snapshot()
        admission, breaker = now["admission"], now["breaker"]
        yield GaugeMetricFamily(
            "voucher_gateway_upstream_in_flight",
            "Upstream calls holding a pooled connection now (at most --max-connections).",
            value=admission["in_flight"],
        )
        yield GaugeMetricFamily(
            "voucher_gateway_upstream_queued",
            "Calls waiting for a free upstream connection now (at most --max-queued).",
            value=admission["queued"],
        )
        yield CounterMetricFamily(
            "voucher_gateway_overloaded",
            "Calls refused before sending because the pool and its queue were full (GATEWAY_OVERLOADED).",
            value=admission["refused"],
        )
        state = GaugeMetricFamily(
            "voucher_gateway_upstream_circuit_state",
            "The upstream circuit breaker: 1 for its current state, 0 for the others.",
            labels=("state",),
        )
        for name in ("closed", "open", "half_open"):
            state.add_metric((name,), 1.0 if breaker["state"] == name else 0.0)
        yield state
        yield CounterMetricFamily(
            "voucher_gateway_upstream_circuit_opened",
            "Times the upstream circuit breaker opened.",
            value=breaker["opened"],
        )


class MethodMetrics:
    """The children of one method, bound once so that a call does no label lookup but its code's."""

    __slots__ = ("_handled", "_labels", "handled_by_code", "seconds", "started")

    def __init__(self, metrics: Metrics, grpc_type: str, service: str, method: str) -> None:
        labels = (grpc_type, service, method)
        self._labels = labels
        self._handled = metrics.handled
        self.started = metrics.started.labels(*labels)
        self.seconds = metrics.handling_seconds.labels(*labels)
        self.handled_by_code: dict[str, Any] = {}

    def handled(self, code: str) -> Any:
        child = self.handled_by_code.get(code)
        if child is None:
            child = self.handled_by_code[code] = self._handled.labels(*self._labels, code)
        return child


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        grpc_labels = ("grpc_type", "grpc_service", "grpc_method")
        self.started = Counter(
            "grpc_server_started", "RPCs started on the server.", grpc_labels, registry=self.registry
        )
        self.handled = Counter(
            "grpc_server_handled",
            "RPCs completed on the server, regardless of success or failure.",
            (*grpc_labels, "grpc_code"),
            registry=self.registry,
        )
        self.handling_seconds = Histogram(
            "grpc_server_handling_seconds",
            "Response latency (seconds) of gRPC that had been application-level handled by the server.",
            grpc_labels,
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.upstream_requests = Counter(
            "voucher_gateway_upstream_requests",
            "Requests sent to Voucherify, by operation and HTTP status (or why no answer was read).",
            ("operation", "status"),
            registry=self.registry,
        )
        self.upstream_seconds = Histogram(
            "voucher_gateway_upstream_seconds",
            "Time from sending a request to Voucherify until its answer (or failure).",
            ("operation",),
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.inflight = Gauge(
            "voucher_gateway_inflight_calls", "Calls being served right now.", registry=self.registry
        )
        self.outcome_unknown_total = Counter(
            "voucher_gateway_redemption_outcome_unknown",
            "Redemptions answered UNKNOWN (REDEMPTION_OUTCOME_UNKNOWN): sent, and the answer not read.",
            registry=self.registry,
        )
        self.registry.register(_UnmappedFields())
        self._upstream_children: dict[tuple[str, str], Any] = {}
        self._upstream_seconds_children: dict[str, Any] = {}

    def watch_upstream(self, snapshot: Callable[[], dict[str, Any]]) -> None:
        """Adds the upstream's queue and circuit breaker (`Upstream.snapshot`), read at scrape time."""
        self.registry.register(_UpstreamGuards(snapshot))

    def method(self, grpc_type: str, full_method: str) -> MethodMetrics:
        service, _, method = full_method.lstrip("/").rpartition("/")
        return MethodMetrics(self, grpc_type, service, method)

    def upstream(self, operation: str, status: str, seconds: float) -> None:
        key = (operation, status)
        child = self._upstream_children.get(key)
        if child is None:
            child = self._upstream_children[key] = self.upstream_requests.labels(operation, status)
        child.inc()
        timer = self._upstream_seconds_children.get(operation)
        if timer is None:
            timer = self._upstream_seconds_children[operation] = self.upstream_seconds.labels(operation)
        timer.observe(seconds)

    def outcome_unknown(self) -> None:
        self.outcome_unknown_total.inc()

    def serve(self, host: str, port: int) -> Any:
        """Starts the scrape endpoint (any path answers; `/metrics` by convention); returns the server."""
        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        return server
