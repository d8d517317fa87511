"""Every RPC over a real gRPC channel against the stand-in, checked against the stand-in's raw JSON."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from google.protobuf import json_format, struct_pb2
from voucherify.v1 import (
    customer_pb2,
    customer_service_pb2,
    customer_service_pb2_grpc,
    order_pb2,
    redemption_pb2,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from tests.emulator.support import Seeder, unique
from tests.gateway.conftest import RunningGateway
from tests.gateway_harness import rich_details
from tests.lossless import assert_lossless
from tests.operations import OPERATIONS, Operation
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN

SEED_VOUCHER = "Test - FB - Vouchers - 9"
SEED_CUSTOMER = "cust_p1ufreYbVbwZ1x70nFkH9rF9"


def as_dict(message: Any) -> dict[str, Any]:
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


async def redeem_losslessly(
    gateway: RunningGateway, request: redemption_service_pb2.RedeemVoucherRequest
) -> redemption_pb2.Redemption:
    """Redeems through the gateway and checks the answer against the stand-in's raw JSON for it."""
    response: redemption_pb2.Redemption = await redemptions(gateway).RedeemVoucher(request)
    assert_lossless(as_dict(response), gateway.transport.last().body)
    return response


def redemptions(gateway: RunningGateway) -> Any:
    return redemption_service_pb2_grpc.RedemptionServiceStub(gateway.channel)


def customers(gateway: RunningGateway) -> Any:
    return customer_service_pb2_grpc.CustomerServiceStub(gateway.channel)


async def create_voucher(seed: Seeder, **fields: Any) -> str:
    code = unique("E2E")
    await seed.voucher(code, **fields)
    return code


async def test_list_voucher_redemptions_is_lossless(gateway: RunningGateway) -> None:
    response = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER)
    )
    raw = gateway.transport.last()
    assert raw.raw_path == "/v1/vouchers/Test%20-%20FB%20-%20Vouchers%20-%209/redemption"
    assert_lossless(as_dict(response), raw.body)
    assert response.redeemed_quantity >= 6
    assert not response.HasField("quantity")  # null upstream: unlimited, not zero
    # The seed's fifth redemption had a zero discount: zeros survive.
    zero = next(e for e in response.redemption_entries if e.id == "r_0bc2d6f0ebc95f1783")
    assert zero.order.HasField("discount_amount") and zero.order.discount_amount == 0


async def test_get_redemption_is_lossless(gateway: RunningGateway) -> None:
    response = await redemptions(gateway).GetRedemption(
        redemption_service_pb2.GetRedemptionRequest(redemption_id="r_0bc92f81a6801f9bca")
    )
    assert_lossless(as_dict(response), gateway.transport.last().body)
    assert response.voucher.code == SEED_VOUCHER
    assert response.customer.source_id == "johnnyy@email.com"


async def test_list_customer_redeemables_is_lossless_and_pages(gateway: RunningGateway) -> None:
    stub = customers(gateway)
    first = await stub.ListCustomerRedeemables(
        customer_service_pb2.ListCustomerRedeemablesRequest(customer_id=SEED_CUSTOMER, limit=1, order="id")
    )
    assert_lossless(as_dict(first), gateway.transport.last().body)
    assert len(first.data) == 1 and first.has_more
    second = await stub.ListCustomerRedeemables(
        customer_service_pb2.ListCustomerRedeemablesRequest(
            customer_id=SEED_CUSTOMER, limit=1, order="id", starting_after_id=first.more_starting_after
        )
    )
    assert_lossless(as_dict(second), gateway.transport.last().body)
    assert [h.id for h in (*first.data, *second.data)] == ["rh_0e79fe37e4926cafd6", "rh_0e7b8db4700106a852"]
    assert second.has_more is False and second.HasField("has_more")


async def test_customer_redeemables_filters_reach_the_stand_in(gateway: RunningGateway) -> None:
    conditions = customer_service_pb2.EnumFilterConditions()
    getattr(conditions, "in").append("REFERRER")  # `in` is a Python keyword
    request = customer_service_pb2.ListCustomerRedeemablesRequest(
        customer_id=SEED_CUSTOMER,
        filters=customer_service_pb2.CustomerRedeemablesFilters(holder_role=conditions, junction="and"),
    )
    response = await customers(gateway).ListCustomerRedeemables(request)
    exchange = gateway.transport.last()
    assert "filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=REFERRER" in exchange.raw_path
    assert_lossless(as_dict(response), exchange.body)
    assert [h.holder_role for h in response.data] == ["REFERRER"]


async def test_redeem_voucher_is_lossless_and_recorded(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(
        seed, type="DISCOUNT_VOUCHER", discount={"type": "AMOUNT", "amount_off": 1500}
    )
    metadata = struct_pb2.Struct()
    metadata.update({"store": "north", "lane": 0, "express": False})
    request = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="e2e@example.com", name=""),
        order=order_pb2.Order(
            amount=10000,
            items=[order_pb2.OrderItem(product_id="prod_1", quantity=2, price=5000, amount=10000)],
        ),
        metadata=metadata,
    )
    response = await redemptions(gateway).RedeemVoucher(request)
    exchange = gateway.transport.last()
    assert (exchange.method, exchange.status) == ("POST", 200)
    assert_lossless(as_dict(response), exchange.body)
    assert response.result == "SUCCESS"
    assert response.order.discount_amount == 1500 and response.order.total_amount == 8500
    assert response.metadata["lane"] == 0 and response.metadata["express"] is False

    again = await redemptions(gateway).GetRedemption(
        redemption_service_pb2.GetRedemptionRequest(redemption_id=response.id)
    )
    assert_lossless(as_dict(again), gateway.transport.last().body)
    listed = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=code)
    )
    assert [e.id for e in listed.redemption_entries] == [response.id]


async def test_gift_card_redemption_takes_credits(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 5000})
    request = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="gift@example.com"),
        order=order_pb2.Order(amount=3000),
    )
    response = await redeem_losslessly(gateway, request)
    assert response.gift.amount == 3000
    assert response.voucher.gift.balance == 2000


async def test_a_refused_redemption_says_why(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(
        seed,
        type="DISCOUNT_VOUCHER",
        discount={"type": "AMOUNT", "amount_off": 100},
        expiration_date="2020-01-01T00:00:00.000Z",
    )
    request = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="late@example.com"),
        order=order_pb2.Order(amount=1000),
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).RedeemVoucher(request)
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    info = rich_details(caught.value)["ErrorInfo"]
    assert info.reason == "VOUCHER_EXPIRED" and info.domain == "voucherify.io"
    assert info.metadata["key"] == "voucher_expired"
    assert gateway.transport.last().body["key"] == "voucher_expired"
    listed = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=code)
    )
    assert [(e.result, e.failure_code) for e in listed.redemption_entries] == [("FAILURE", "voucher_expired")]


async def test_unknown_resources_are_not_found(gateway: RunningGateway) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).GetRedemption(
            redemption_service_pb2.GetRedemptionRequest(redemption_id="r_nope")
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    details = rich_details(caught.value)
    assert details["ResourceInfo"].resource_name == "r_nope"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.method)
async def test_missing_identifiers_never_reach_the_upstream(gateway: RunningGateway, op: Operation) -> None:
    call: Any = gateway.channel.unary_unary(
        f"/{op.descriptor.containing_service.full_name}/{op.method}",
        request_serializer=lambda message: message.SerializeToString(),
        response_deserializer=op.response_class().FromString,
    )
    before = len(gateway.transport.exchanges)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call(op.request_class()())
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    violation = rich_details(caught.value)["BadRequest"].field_violations[0]
    assert violation.field == op.path_fields[0][1]
    assert len(gateway.transport.exchanges) == before


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 101}, "limit"),
        ({"order": "created_at"}, "order"),
        ({"filters": customer_service_pb2.CustomerRedeemablesFilters(junction="xor")}, "filters.junction"),
    ],
)
async def test_bad_list_parameters_are_invalid_arguments(
    gateway: RunningGateway, request_fields: dict[str, Any], field: str
) -> None:
    before = len(gateway.transport.exchanges)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await customers(gateway).ListCustomerRedeemables(
            customer_service_pb2.ListCustomerRedeemablesRequest(customer_id=SEED_CUSTOMER, **request_fields)
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert rich_details(caught.value)["BadRequest"].field_violations[0].field == field
    assert len(gateway.transport.exchanges) == before


async def test_callers_own_credentials_are_forwarded(gateway: RunningGateway) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await redemptions(gateway).ListVoucherRedemptions(
            redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER),
            metadata=(("x-app-id", DEFAULT_APP_ID), ("x-app-token", "not-the-token")),
        )
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED
    assert "not-the-token" not in (caught.value.details() or "")
    ok = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER),
        metadata=(("x-app-id", DEFAULT_APP_ID), ("x-app-token", DEFAULT_APP_TOKEN)),
    )
    assert ok.total >= 6


async def test_rollbacks_are_lossless_through_every_read(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(seed, type="GIFT_VOUCHER", gift={"amount": 4000})
    redeemed = await redemptions(gateway).RedeemVoucher(
        redemption_service_pb2.RedeemVoucherRequest(
            code=code,
            customer=customer_pb2.Customer(source_id="undo@example.com"),
            order=order_pb2.Order(amount=1000),
        )
    )
    answer = await seed.api.post(f"/v1/redemptions/{redeemed.id}/rollback", json={"reason": "returned"})
    assert answer.status_code == 200, answer.text
    rollback_id = answer.json()["id"]

    rollback = await redemptions(gateway).GetRedemption(
        redemption_service_pb2.GetRedemptionRequest(redemption_id=rollback_id)
    )
    assert_lossless(as_dict(rollback), gateway.transport.last().body)
    assert (rollback.object, rollback.redemption, rollback.reason) == (
        "redemption_rollback",
        redeemed.id,
        "returned",
    )
    assert rollback.amount == -1000 and rollback.gift.amount == -1000

    listed = await redemptions(gateway).ListVoucherRedemptions(
        redemption_service_pb2.ListVoucherRedemptionsRequest(code=code)
    )
    assert_lossless(as_dict(listed), gateway.transport.last().body)
    assert {e.object for e in listed.redemption_entries} == {"redemption", "redemption_rollback"}


async def test_loyalty_points_and_session_locks_are_lossless(gateway: RunningGateway, seed: Seeder) -> None:
    code = await create_voucher(seed, type="LOYALTY_CARD", loyalty_card={"points": 500})
    request = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="points@example.com"),
        reward=redemption_service_pb2.RedeemVoucherReward(points=300),
    )
    response = await redeem_losslessly(gateway, request)
    assert response.loyalty_card.points == 300 and response.voucher.loyalty_card.balance == 200

    code = await create_voucher(
        seed, type="DISCOUNT_VOUCHER", discount={"type": "PERCENT", "percent_off": 50}
    )
    locked = redemption_service_pb2.RedeemVoucherRequest(
        code=code,
        customer=customer_pb2.Customer(source_id="lock@example.com"),
        order=order_pb2.Order(amount=0),
        session=redemption_pb2.Session(type="LOCK", key="ssn_e2e", ttl=1, ttl_unit="HOURS"),
    )
    response = await redeem_losslessly(gateway, locked)
    assert response.session.key == "ssn_e2e"
    assert response.order.HasField("amount") and response.order.amount == 0
