"""OpenTelemetry tracing, on only when the standard OTEL_* environment variables ask for it.

The trigger (`setup.tracing_wanted`): on when `OTEL_TRACES_EXPORTER` names an exporter (`otlp`, `console`), or when it is unset and an OTLP
endpoint is (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` or `OTEL_EXPORTER_OTLP_ENDPOINT`); off when
`OTEL_SDK_DISABLED=true` or `OTEL_TRACES_EXPORTER=none`. Everything else (service name, resource
attributes, sampler, propagators, OTLP headers) is read by the SDK from its own variables.

When on: the maintained gRPC aio server interceptor starts a server span per call from the caller's
`traceparent`, and `TracedTransport` adds a client span per upstream request, named and described
by OpenTelemetry's HTTP client conventions, and sends its `traceparent` on. When off, this module is
not even imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

import grpc
from opentelemetry import propagate, trace
from opentelemetry.instrumentation.grpc import aio_server_interceptor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
)
from opentelemetry.trace import SpanKind, Status, StatusCode

from ..upstream.transport import HttpRequest, HttpResponse, Transport, TransportFailure

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


class TracedTransport:
    """A transport whose every request is a client span, its `traceparent` sent with the request."""

    def __init__(self, inner: Transport, tracer: trace.Tracer) -> None:
        self._inner = inner
        self._tracer = tracer

    async def send(self, request: HttpRequest) -> HttpResponse:
        url = urlsplit(request.url)
        attributes: dict[str, str | int] = {
            "http.request.method": request.method,
            "url.full": request.url,  # credentials travel in headers, never in the URL
            "server.address": url.hostname or "",
        }
        if url.port is not None:
            attributes["server.port"] = url.port
        with self._tracer.start_as_current_span(
            request.method, kind=SpanKind.CLIENT, attributes=attributes, record_exception=False
        ) as span:
            headers = dict(request.headers)
            propagate.inject(headers)
            request.headers = headers
            try:
                response = await self._inner.send(request)
            except TransportFailure as exc:
                span.set_attribute("error.type", exc.cause)
                span.set_status(Status(StatusCode.ERROR))
                raise
            span.set_attribute("http.response.status_code", response.status)
            if response.status >= 400:
                span.set_attribute("error.type", str(response.status))
                span.set_status(Status(StatusCode.ERROR))
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class Tracing:
    """A tracer provider with its exporter, the server interceptor, and the traced upstream transport."""

    def __init__(self, exporter: SpanExporter, *, batch: bool = True) -> None:
        resource = Resource.create({"service.name": "voucher-gateway"})  # OTEL_SERVICE_NAME wins
        self.provider = TracerProvider(resource=resource)
        processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        self.provider.add_span_processor(processor)

    def traced(self, transport: Transport) -> Transport:
        return TracedTransport(transport, self.provider.get_tracer("voucher_gateway.upstream"))

    def interceptor(self) -> grpc.aio.ServerInterceptor:
        interceptor: grpc.aio.ServerInterceptor = aio_server_interceptor(  # type: ignore[no-untyped-call]
            tracer_provider=self.provider
        )
        return interceptor

    def shutdown(self) -> None:
        """Sends the spans still buffered."""
        self.provider.shutdown()


def current_trace_id() -> str | None:
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.is_valid else None


def from_env(environ: Mapping[str, str]) -> Tracing:
    return Tracing(exporter_from(environ))
