"""Metrics scraped over HTTP, access-log lines and trace context, after real calls over real channels."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import signal
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import grpc
import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from prometheus_client.parser import text_string_to_metric_families
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway.test_cli import gateway_process, wait_serving
from tests.gateway_process import bare_env
from tests.json_equivalence import load_fixture
from tests.loopback import free_port
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials
from voucher_gateway.observability.metrics import Metrics
from voucher_gateway.observability.setup import Observability, tracing_wanted
from voucher_gateway.observability.tracing import Tracing
from voucher_gateway.server import Gateway
from voucher_gateway.upstream import Upstream

REDEMPTION = load_fixture("redeem_voucher_response_gift_card.json")
GATEWAY_SECRET = "gateway-secret-token-9d1e"
SERVICE = "voucherify.v1.RedemptionService"


def script(recorded: Recorded) -> Answer:
    """r_ok exists, anything else is not found; every redemption is refused: the voucher expired."""
    if recorded.method == "POST":
        return Answer(
            400,
            {
                "code": 400,
                "key": "voucher_expired",
                "message": "Voucher expired",
                "request_id": "v-expired-1",
            },
        )
    if recorded.raw_path.endswith("/r_ok"):
        return Answer(200, REDEMPTION)
    return Answer(
        404,
        {"code": 404, "key": "not_found", "message": "Resource not found", "request_id": "v-missing-1"},
    )


@asynccontextmanager
async def observed_gateway(upstream: ScriptedUpstream, observability: Observability) -> AsyncIterator[Any]:
    gateway = Gateway(
        Upstream(upstream.url, Credentials("gateway-app", GATEWAY_SECRET)),
        "127.0.0.1:0",
        observability=observability,
    )
    observability.start("127.0.0.1", 0)
    await gateway.start()
    try:
        async with grpc.aio.insecure_channel(gateway.address) as channel:
            yield redemption_service_pb2_grpc.RedemptionServiceStub(channel)
    finally:
        await gateway.stop(grace=1.0)
        observability.stop()


async def three_calls(stub: Any) -> None:
    """One OK, one NOT_FOUND, one business refusal (FAILED_PRECONDITION)."""
    await stub.GetRedemption(redemption_service_pb2.GetRedemptionRequest(redemption_id="r_ok"), timeout=10)
    with pytest.raises(grpc.aio.AioRpcError) as missing:
        await stub.GetRedemption(
            redemption_service_pb2.GetRedemptionRequest(redemption_id="r_missing"), timeout=10
        )
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.RedeemVoucher(redemption_service_pb2.RedeemVoucherRequest(code="OLD"), timeout=10)
    assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION


def scrape(port: int) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def ours(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str) -> dict[Any, float]:
    """The samples of `name` for the gateway's own services, by their labels other than the fixed ones."""
    found = {}
    for (sample, labels), value in samples.items():
        given = dict(labels)
        if sample == name and given.get("grpc_service", SERVICE) == SERVICE and "le" not in given:
            found[
                tuple(sorted((k, v) for k, v in given.items() if k not in ("grpc_service", "grpc_type")))
            ] = value
    return found


async def test_metrics_count_exactly_the_calls_made(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    observability = Observability(metrics=Metrics(), access_logs=True)
    with ScriptedUpstream(script) as upstream:
        async with observed_gateway(upstream, observability) as stub:
            await three_calls(stub)
            samples = await asyncio.to_thread(scrape, observability.metrics_port)

    assert ours(samples, "grpc_server_started_total") == {
        (("grpc_method", "GetRedemption"),): 2,
        (("grpc_method", "RedeemVoucher"),): 1,
    }
    assert ours(samples, "grpc_server_handled_total") == {
        (("grpc_code", "OK"), ("grpc_method", "GetRedemption")): 1,
        (("grpc_code", "NOT_FOUND"), ("grpc_method", "GetRedemption")): 1,
        (("grpc_code", "FAILED_PRECONDITION"), ("grpc_method", "RedeemVoucher")): 1,
    }
    assert ours(samples, "grpc_server_handling_seconds_count") == {
        (("grpc_method", "GetRedemption"),): 2,
        (("grpc_method", "RedeemVoucher"),): 1,
    }
    assert ours(samples, "voucher_gateway_upstream_requests_total") == {
        (("operation", "GetRedemption"), ("status", "200")): 1,
        (("operation", "GetRedemption"), ("status", "404")): 1,
        (("operation", "RedeemVoucher"), ("status", "400")): 1,
    }
    assert ours(samples, "voucher_gateway_upstream_seconds_count") == {
        (("operation", "GetRedemption"),): 2,
        (("operation", "RedeemVoucher"),): 1,
    }
    assert samples[("voucher_gateway_inflight_calls", frozenset())] == 0
    assert samples[("voucher_gateway_redemption_outcome_unknown_total", frozenset())] == 0
    # The process collector is there for the usual dashboards.
    assert any(name == "process_cpu_seconds_total" for name, _ in samples)

    lines = [record.__dict__ for record in caplog.records if record.name == "voucher_gateway.access"]
    assert [(line["grpc_method"], line["grpc_code"]) for line in lines] == [
        (f"{SERVICE}/GetRedemption", "OK"),
        (f"{SERVICE}/GetRedemption", "NOT_FOUND"),
        (f"{SERVICE}/RedeemVoucher", "FAILED_PRECONDITION"),
    ]
    assert [(line["upstream_status"], line.get("request_id")) for line in lines] == [
        ("200", None),
        ("404", "v-missing-1"),
        ("400", "v-expired-1"),
    ]
    assert lines[2]["reason"] == "VOUCHER_EXPIRED"
    assert all(line["duration_ms"] >= line["upstream_ms"] > 0 for line in lines)
    assert all(line["peer"].startswith("ipv4:127.0.0.1:") for line in lines)
    assert GATEWAY_SECRET not in caplog.text


async def test_a_lost_redemption_counts_as_outcome_unknown() -> None:
    observability = Observability(metrics=Metrics(), access_logs=False)
    with ScriptedUpstream(lambda _: Answer(200, {}, drop=True)) as upstream:
        async with observed_gateway(upstream, observability) as stub:
            with pytest.raises(grpc.aio.AioRpcError) as lost:
                await stub.RedeemVoucher(redemption_service_pb2.RedeemVoucherRequest(code="X"), timeout=10)
            assert lost.value.code() == grpc.StatusCode.UNKNOWN
            samples = await asyncio.to_thread(scrape, observability.metrics_port)
    assert samples[("voucher_gateway_redemption_outcome_unknown_total", frozenset())] == 1
    assert ours(samples, "voucher_gateway_upstream_requests_total") == {
        (("operation", "RedeemVoucher"), ("status", "redemption_outcome_unknown")): 1
    }


@pytest.mark.usefixtures("lenient_fields")
async def test_unmapped_fields_are_scraped_by_normalised_path() -> None:
    listed = load_fixture("voucher_redemptions_list.json")
    for entry in listed["redemption_entries"]:
        entry["brand_new_field"] = {"x": 1}
    entries = len(listed["redemption_entries"])
    assert entries >= 2
    observability = Observability(metrics=Metrics(), access_logs=False)
    with ScriptedUpstream(lambda _: Answer(200, listed)) as upstream:
        async with observed_gateway(upstream, observability) as stub:
            for _ in range(2):
                await stub.ListVoucherRedemptions(
                    redemption_service_pb2.ListVoucherRedemptionsRequest(code="C"), timeout=10
                )
            samples = await asyncio.to_thread(scrape, observability.metrics_port)
    unmapped = {
        dict(labels)["path"]: value
        for (name, labels), value in samples.items()
        if name == "voucher_gateway_unmapped_fields_total"
    }
    assert unmapped == {"$.redemption_entries[].brand_new_field": 2 * entries}


async def test_rejected_gateway_credentials_are_logged_at_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    observability = Observability(access_logs=True)
    with ScriptedUpstream(lambda _: Answer(401, {"code": 401, "key": "unauthorized"})) as upstream:
        async with observed_gateway(upstream, observability) as stub:
            with pytest.raises(grpc.aio.AioRpcError) as refused:
                await stub.GetRedemption(
                    redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1"), timeout=10
                )
    assert refused.value.code() == grpc.StatusCode.INTERNAL
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "VOUCHERIFY_APP_ID" in errors[0].getMessage()
    assert GATEWAY_SECRET not in caplog.text


def test_nothing_is_installed_when_everything_is_off() -> None:
    assert Observability(access_logs=False).interceptors() == []
    assert not tracing_wanted({})
    assert not tracing_wanted({"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://x"})
    assert not tracing_wanted({"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "console"})
    assert tracing_wanted({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:4318"})
    assert tracing_wanted({"OTEL_TRACES_EXPORTER": "console"})


async def test_the_callers_trace_continues_into_the_upstream_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="voucher_gateway.access")
    exporter = InMemorySpanExporter()
    observability = Observability(access_logs=True, tracing=Tracing(exporter, batch=False))
    trace_id, caller_span = "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"
    with ScriptedUpstream(script) as upstream:
        async with observed_gateway(upstream, observability) as stub:
            await stub.GetRedemption(
                redemption_service_pb2.GetRedemptionRequest(redemption_id="r_ok"),
                metadata=(("traceparent", f"00-{trace_id}-{caller_span}-01"),),
                timeout=10,
            )
    sent = upstream.requests[-1].headers["traceparent"]
    version, sent_trace, sent_parent, flags = sent.split("-")
    assert (version, sent_trace, flags) == ("00", trace_id, "01")
    spans = {span.kind: span for span in exporter.get_finished_spans()}
    server, client = spans[SpanKind.SERVER], spans[SpanKind.CLIENT]
    assert server.parent is not None and format(server.parent.span_id, "016x") == caller_span
    assert client.parent is not None and client.parent.span_id == server.context.span_id
    assert format(client.context.span_id, "016x") == sent_parent
    assert {format(span.context.trace_id, "032x") for span in spans.values()} == {trace_id}
    [line] = [r.__dict__ for r in caplog.records if r.name == "voucher_gateway.access"]
    assert line["trace_id"] == trace_id


async def test_the_cli_writes_a_json_access_line_per_call_and_serves_metrics() -> None:
    metrics_port = free_port()
    address = f"127.0.0.1:{free_port()}"
    env = bare_env(VOUCHERIFY_APP_ID="gateway-app", VOUCHERIFY_APP_TOKEN=GATEWAY_SECRET)
    with ScriptedUpstream(script) as upstream:
        async with gateway_process(
            "--upstream",
            upstream.url,
            "--listen",
            address,
            "--log-format",
            "json",
            "--log-level",
            "debug",
            "--metrics-listen",
            f"127.0.0.1:{metrics_port}",
            env=env,
        ) as process:
            async with grpc.aio.insecure_channel(address) as channel:
                await wait_serving(channel)
                await three_calls(redemption_service_pb2_grpc.RedemptionServiceStub(channel))
            samples = await asyncio.to_thread(scrape, metrics_port)
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), timeout=20)
            output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    lines = [json.loads(line) for line in output.splitlines()]
    access = [
        line
        for line in lines
        if line["logger"] == "voucher_gateway.access" and SERVICE in line["grpc_method"]
    ]
    assert [(a["grpc_code"], a["upstream_status"], a.get("request_id")) for a in access] == [
        ("OK", "200", None),
        ("NOT_FOUND", "404", "v-missing-1"),
        ("FAILED_PRECONDITION", "400", "v-expired-1"),
    ]
    assert all(a["level"] == "INFO" and a["duration_ms"] > 0 and a["peer"] for a in access)
    # The lines above were written directly (the fast path), in the formatter's shape.
    decided = [
        (line["logger"], line["message"]) for line in lines if line["message"].startswith("access lines")
    ]
    assert decided == [("voucher_gateway", "access lines: written directly as JSON")]
    assert [list(a) for a in access][1] == [
        *("time", "level", "logger", "pid", "message", "grpc_method", "grpc_code", "duration_ms", "peer"),
        *("reason", "error", "upstream_operation", "upstream_status", "upstream_ms", "request_id"),
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}", a["time"]) for a in access)
    assert ours(samples, "grpc_server_handled_total") == {
        (("grpc_code", "OK"), ("grpc_method", "GetRedemption")): 1,
        (("grpc_code", "NOT_FOUND"), ("grpc_method", "GetRedemption")): 1,
        (("grpc_code", "FAILED_PRECONDITION"), ("grpc_method", "RedeemVoucher")): 1,
    }
    assert GATEWAY_SECRET not in output
