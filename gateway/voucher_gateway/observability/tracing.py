"""OpenTelemetry tracing, on only when the standard OTEL_* environment variables ask for it.

The trigger (`setup.tracing_wanted`): on when `OTEL_TRACES_EXPORTER` names an exporter (`otlp`, `console`), or when it is unset and an OTLP
endpoint is (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT`); off when
`OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Everything else (service name, resource
attributes, sampler, propagators, OTLP headers) is read by the SDK from its own variables.

When on: the maintained gRPC aio server interceptor starts a server span per call from the caller's
`traceparent`, and the aiohttp client instrumentation adds a client span per upstream request and
sends its `traceparent` on. When off, this module is not even imported.
"""

from __future__ import annotations

from collections.abc import Mapping

import grpc
from opentelemetry import trace
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
from opentelemetry.instrumentation.grpc import aio_server_interceptor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
)

EXPORTERS = ("otlp", "console")


def exporter_from(environ: Mapping[str, str]) -> SpanExporter:
    """The exporter OTEL_TRACES_EXPORTER names (default `otlp`, over HTTP/protobuf); ValueError otherwise."""
    names = [n.strip() for n in environ.get("OTEL_TRACES_EXPORTER", "otlp").lower().split(",") if n.strip()]
    if len(names) != 1 or names[0] not in EXPORTERS:
        raise ValueError(f"OTEL_TRACES_EXPORTER must be one of {', '.join(EXPORTERS)} or none")
    if names[0] == "console":
        return ConsoleSpanExporter()
    protocol = environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or environ.get(
        "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"
    )
    if protocol != "http/protobuf":
        raise ValueError(f"OTEL_EXPORTER_OTLP_PROTOCOL: only http/protobuf is supported, got {protocol!r}")
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()


class Tracing:
    """A tracer provider with its exporter, the server interceptor, and the instrumented aiohttp."""

    def __init__(self, exporter: SpanExporter, *, batch: bool = True) -> None:
        resource = Resource.create({"service.name": "voucher-gateway"})  # OTEL_SERVICE_NAME wins
        self.provider = TracerProvider(resource=resource)
        processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        self.provider.add_span_processor(processor)
        self._client = AioHttpClientInstrumentor()
        # Sessions made from now on carry the tracing hooks; the gateway makes its one on first use.
        self._client.instrument(tracer_provider=self.provider)

    def interceptor(self) -> grpc.aio.ServerInterceptor:
        interceptor: grpc.aio.ServerInterceptor = aio_server_interceptor(  # type: ignore[no-untyped-call]
            tracer_provider=self.provider
        )
        return interceptor

    def shutdown(self) -> None:
        """Sends the spans still buffered, and takes the hooks off aiohttp."""
        self._client.uninstrument()
        self.provider.shutdown()


def current_trace_id() -> str | None:
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.is_valid else None


def from_env(environ: Mapping[str, str]) -> Tracing:
    return Tracing(exporter_from(environ))
