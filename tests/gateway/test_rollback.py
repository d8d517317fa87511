"""RollbackRedemption end to end: against the stand-in, and against an upstream that fails it."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import grpc
import pytest
from google.protobuf import struct_pb2
from voucherify.v1 import customer_pb2, order_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from tests.emulator.support import Seeder
from tests.gateway.conftest import RunningGateway
from tests.gateway.test_end_to_end import as_dict, create_voucher, redemptions
from tests.gateway_harness import rich_details, running_gateway
from tests.lossless import assert_lossless
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucher_gateway.credentials import Credentials

Rollback = redemption_service_pb2.RollbackRedemptionRequest


async def _redeem_gift(gateway: RunningGateway, code: str, credits: int, who: str) -> Any:
    return await redemptions(gateway).RedeemVoucher(
        redemption_service_pb2.RedeemVoucherRequest(
            code=code, customer=customer_pb2.Customer(source_id=who), order=order_pb2.Order(amount=credits)
        )
    )


async def test_a_rollback_gives_back_the_credits_and_the_unit(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 5000}, redemption={"quantity": 1})
    redeemed = await _redeem_gift(gateway, code, 2000, "rollback@example.com")
    assert redeemed.voucher.gift.balance == 3000

    metadata = struct_pb2.Struct()
    metadata.update({"refund": "RF-7", "lines": 0})
    rollback = await redemptions(gateway).RollbackRedemption(
        Rollback(redemption_id=redeemed.id, reason="Order canceled", metadata=metadata)
    )
    exchange = gateway.transport.last()
    assert (exchange.method, exchange.status) == ("POST", 200)
    assert_lossless(as_dict(rollback), exchange.body)
    assert (rollback.object, rollback.redemption, rollback.reason) == (
        "redemption_rollback",
        redeemed.id,
        "Order canceled",
    )
    assert rollback.result == "SUCCESS" and rollback.gift.amount == -2000 and rollback.amount == -2000
    assert rollback.voucher.gift.balance == 5000
    assert rollback.voucher.redemption.redeemed_quantity == 0
    assert rollback.metadata["lines"] == 0

    # The unit is back: the voucher (quantity 1) can be redeemed again, for the whole balance.
    again = await _redeem_gift(gateway, code, 5000, "rollback@example.com")
    assert again.result == "SUCCESS" and again.voucher.gift.balance == 0
    parent = await redemptions(gateway).GetRedemption(
        redemption_service_pb2.GetRedemptionRequest(redemption_id=redeemed.id)
    )
    assert_lossless(as_dict(parent), gateway.transport.last().body)
    assert parent.status == "ROLLED_BACK"
    assert [r.id for r in parent.related_redemptions.rollbacks] == [rollback.id]


async def test_a_second_rollback_is_a_failed_precondition(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 1000})
    redeemed = await _redeem_gift(gateway, code, 400, "twice@example.com")
    await redemptions(gateway).RollbackRedemption(Rollback(redemption_id=redeemed.id))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).RollbackRedemption(Rollback(redemption_id=redeemed.id, reason="again"))
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    info = rich_details(caught.value)["ErrorInfo"]
    assert (info.reason, info.domain, info.metadata["key"]) == (
        "ALREADY_ROLLED_BACK",
        "voucherify.io",
        "already_rolled_back",
    )
    listed = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=code)
    )
    assert [e.object for e in listed.redemption_entries] == ["redemption_rollback", "redemption"]
    assert listed.redeemed_quantity == 0


async def test_what_a_rollback_refuses(gateway: RunningGateway, seed: Seeder) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).RollbackRedemption(Rollback(redemption_id="r_nope"))
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert rich_details(caught.value)["ResourceInfo"].resource_name == "r_nope"

    code = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 1000})
    redeemed = await _redeem_gift(gateway, code, 100, "owner@example.com")
    stranger = await seed.customer("stranger@example.com")
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).RollbackRedemption(
            Rollback(redemption_id=redeemed.id, customer=customer_pb2.Customer(id=stranger["id"]))
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert rich_details(caught.value)["ErrorInfo"].reason == "INVALID_CUSTOMER"

    before = len(gateway.transport.exchanges)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).RollbackRedemption(Rollback(reason="no id"))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert rich_details(caught.value)["BadRequest"].field_violations[0].field == "redemption_id"
    assert len(gateway.transport.exchanges) == before


async def test_reason_and_tracking_id_go_in_the_query_and_the_rest_in_the_body() -> None:
    answer = Answer(200, {"id": "rr_1", "object": "redemption_rollback", "redemption": "r/1 ?"})
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with running_gateway(upstream.url, Credentials("app", "token")) as channel:
            stub: Any = redemptions_stub(channel)
            rollback = await stub.RollbackRedemption(
                Rollback(
                    redemption_id="r/1 ?",
                    reason="Order canceled & refunded",
                    tracking_id="track_1",
                    customer=customer_pb2.Customer(source_id="bob"),
                )
            )
    assert rollback.redemption == "r/1 ?"
    [sent] = upstream.requests
    url = urlsplit(sent.raw_path)
    assert (sent.method, url.path) == ("POST", "/v1/redemptions/r%2F1%20%3F/rollback")
    assert parse_qs(url.query) == {"reason": ["Order canceled & refunded"], "tracking_id": ["track_1"]}
    assert json.loads(sent.body) == {"customer": {"source_id": "bob"}}


@pytest.mark.parametrize(
    "answer",
    [
        Answer(500, {"code": 500, "key": "internal_error", "message": "Internal error"}),
        Answer(503, {"code": 503, "key": "service_unavailable", "message": "Unavailable"}),
        Answer(200, raw=b"<html>maintenance</html>"),
        Answer(200, {"id": "rr_1", "amount": "lots"}),
    ],
    ids=["500", "503", "200 not JSON", "200 wrong types"],
)
async def test_an_unknown_rollback_outcome_is_never_a_failure_nor_retried(answer: Answer) -> None:
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with running_gateway(upstream.url, Credentials("app", "token")) as channel:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await redemptions_stub(channel).RollbackRedemption(Rollback(redemption_id="r_1"))
    assert caught.value.code() == grpc.StatusCode.UNKNOWN
    assert rich_details(caught.value)["ErrorInfo"].reason == "ROLLBACK_OUTCOME_UNKNOWN"
    assert len(upstream.requests) == 1


def redemptions_stub(channel: grpc.aio.Channel) -> Any:
    return redemption_service_pb2_grpc.RedemptionServiceStub(channel)
