"""Server behaviour callers and operators rely on: health, reflection, deadlines, shutdown, new data."""

from __future__ import annotations

import asyncio
import copy
from typing import Any, cast

import grpc
import pytest
from google.protobuf import json_format
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway.conftest import RunningGateway
from tests.gateway_harness import running_gateway
from tests.json_equivalence import load_fixture
from tests.lossless import assert_lossless
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials
from voucher_gateway.server import Gateway
from voucher_gateway.upstream import HttpRequest, HttpResponse, Upstream
from voucher_gateway.upstream.reqwest_transport import ReqwestTransport

CREDENTIALS = Credentials("app", "token")


async def test_health_reports_every_service(gateway: RunningGateway) -> None:
    health: Any = health_pb2_grpc.HealthStub(gateway.channel)
    for service in ("", "voucherify.v1.RedemptionService", "voucherify.v1.CustomerService"):
        answer = await health.Check(health_pb2.HealthCheckRequest(service=service))
        assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_reflection_lists_the_services(gateway: RunningGateway) -> None:
    stub: Any = reflection_pb2_grpc.ServerReflectionStub(cast(Any, gateway.channel))
    request = reflection_pb2.ServerReflectionRequest(list_services="")
    call = stub.ServerReflectionInfo(iter([request]))
    names = set()
    async for answer in call:
        names = {service.name for service in answer.list_services_response.service}
    assert {
        "voucherify.v1.RedemptionService",
        "voucherify.v1.CustomerService",
        "grpc.health.v1.Health",
    } <= names
    symbol = reflection_pb2.ServerReflectionRequest(file_containing_symbol="voucherify.v1.RedemptionService")
    async for answer in stub.ServerReflectionInfo(iter([symbol])):
        assert answer.file_descriptor_response.file_descriptor_proto


@pytest.mark.usefixtures("lenient_fields")
async def test_new_enum_values_and_fields_reach_the_caller() -> None:
    body = load_fixture("redeem_voucher_response_gift_card.json")
    body["result"] = "PARTIALLY_APPLIED"
    body["voucher"]["type"] = "STORE_CREDIT"
    body["channel"] = {"channel_id": "x", "channel_type": "KIOSK"}
    body["a_field_from_the_future"] = {"x": 1}
    with ScriptedUpstream(lambda _: Answer(200, body)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            response = await stub.GetRedemption(
                redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1")
            )
    assert response.result == "PARTIALLY_APPLIED"
    assert response.voucher.type == "STORE_CREDIT"
    assert response.channel.channel_type == "KIOSK"
    documented = copy.deepcopy(body)
    del documented["a_field_from_the_future"]
    assert_lossless(json_format.MessageToDict(response, preserving_proto_field_name=True), documented)


async def test_a_deadline_does_not_leak_into_other_calls() -> None:
    def slow(recorded: Recorded) -> Answer:
        return Answer(200, {"object": "list", "redemption_entries": []}, delay=0.6)

    with ScriptedUpstream(slow) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            request = redemption_service_pb2.ListVoucherRedemptionsRequest(code="C")
            short = asyncio.ensure_future(stub.ListVoucherRedemptions(request, timeout=0.2))
            unbounded = asyncio.ensure_future(stub.ListVoucherRedemptions(request))
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await short
            assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
            assert (await unbounded).object == "list"
            after = await stub.ListVoucherRedemptions(request, timeout=5)
            assert after.object == "list"


async def test_graceful_shutdown_lets_in_flight_calls_finish() -> None:
    started = asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow(recorded: Recorded) -> Answer:
        loop.call_soon_threadsafe(started.set)
        return Answer(200, {"object": "list", "total": 1}, delay=0.5)

    with ScriptedUpstream(slow) as upstream:
        gateway = Gateway(Upstream(upstream.url, CREDENTIALS), "127.0.0.1:0")
        await gateway.start()
        channel = grpc.aio.insecure_channel(gateway.address)
        stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
        in_flight = asyncio.ensure_future(
            stub.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code="C"), timeout=5
            )
        )
        await started.wait()
        await gateway.stop(grace=5.0)
        response = await in_flight
        assert response.total == 1
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code="C"), timeout=1
            )
        assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
        await channel.close()


class CancellationProbe:
    """The default transport, noting each upstream request that was cancelled while in flight."""

    def __init__(self) -> None:
        self._inner = ReqwestTransport()
        self.cancelled = asyncio.Event()

    async def send(self, request: HttpRequest) -> HttpResponse:
        try:
            return await self._inner.send(request)
        except asyncio.CancelledError:
            self.cancelled.set()
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.parametrize("how", ["cancelled by the caller", "caller's deadline"])
async def test_an_abandoned_call_cancels_its_upstream_request(how: str) -> None:
    loop = asyncio.get_running_loop()
    arrived = asyncio.Event()

    def slow(recorded: Recorded) -> Answer:
        loop.call_soon_threadsafe(arrived.set)
        return Answer(200, {"object": "list"}, delay=3.0)

    probe = CancellationProbe()
    with ScriptedUpstream(slow) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS, transport=probe) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            request = redemption_service_pb2.RedeemVoucherRequest(code="C")
            call = stub.RedeemVoucher(request, timeout=0.3 if how == "caller's deadline" else 10)
            await asyncio.wait_for(arrived.wait(), timeout=5)
            if how == "cancelled by the caller":
                call.cancel()
            with pytest.raises((asyncio.CancelledError, grpc.aio.AioRpcError)):
                await call
            await asyncio.wait_for(probe.cancelled.wait(), timeout=2)
    assert len(upstream.requests) == 1
