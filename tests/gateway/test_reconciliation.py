"""An unknown outcome carries what finds the redemption again, as the README shows: a redemption that
reached the stand-in and whose answer was lost is found with ListVoucherRedemptions."""

from __future__ import annotations

from datetime import datetime, timedelta

import grpc
import httpx
import pytest
from voucherify.v1 import customer_pb2, order_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from tests.emulator.support import Seeder, unique
from tests.gateway_harness import rich_details, running_gateway
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN
from voucherify_stand_in.server import EmulatorServer

CREDENTIALS = Credentials(DEFAULT_APP_ID, DEFAULT_APP_TOKEN)


async def test_a_lost_answer_is_found_again_with_list_voucher_redemptions(
    stand_in: EmulatorServer, seed: Seeder
) -> None:
    code = unique("LOST")
    await seed.voucher(code, redemption={"quantity": 5})

    def lose_the_answer(recorded: Recorded) -> Answer:
        """Voucherify gets the request and acts on it; its answer never comes back."""
        headers = {
            k: v for k, v in recorded.headers.items() if k in ("x-app-id", "x-app-token", "content-type")
        }
        with httpx.Client(base_url=stand_in.url) as client:
            client.request(recorded.method, recorded.raw_path, headers=headers, content=recorded.body)
        return Answer(drop=True)

    request = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="carol"),
        order=order_pb2.Order(source_id=f"order-{code}", amount=1000),
    )
    with ScriptedUpstream(lose_the_answer) as lossy:
        async with running_gateway(lossy.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.RedeemVoucher(request, timeout=10)
    assert caught.value.code() == grpc.StatusCode.UNKNOWN
    meta = rich_details(caught.value)["ErrorInfo"].metadata
    assert (meta["code"], meta["order_source_id"], meta["customer_source_id"]) == (
        code,
        f"order-{code}",
        "carol",
    )
    sent_at = datetime.fromisoformat(meta["sent_at"])

    async with running_gateway(stand_in.url, CREDENTIALS) as channel:
        stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
        page = await stub.ListVoucherRedemptions(
            redemption_service_pb2.ListVoucherRedemptionsRequest(code=meta["code"]), timeout=10
        )
    found = [
        entry
        for entry in page.redemption_entries
        if entry.order.source_id == meta["order_source_id"]
        and entry.date.ToDatetime(tzinfo=sent_at.tzinfo) >= sent_at - timedelta(minutes=1)
    ]
    assert [entry.result for entry in found] == ["SUCCESS"]
