"""The codecs send what the generated client sends for the same operation: one description of the routes.

Both go to the same recording HTTP server on 127.0.0.1, and their raw request lines are compared.
"""

from __future__ import annotations

import datetime
from typing import Any

import grpc
import pytest
from google.protobuf import timestamp_pb2
from voucherify.v1 import (
    customer_service_pb2,
    customer_service_pb2_grpc,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher
from voucherify_client.models import (
    CustomerRedeemablesFilters,
    CustomerRedeemablesOrder,
    FilterConditionsDate,
    FilterConditionsHolderRole,
    FilterConditionsString,
    FilterDate,
    FilterHolderRole,
    FilterJunction,
    FilterString,
    HolderRole,
    RedeemVoucherRequest,
)

from tests.client.test_client_http import CODES
from tests.gateway_harness import rich_details, running_gateway
from tests.scripted_upstream import ScriptedUpstream
from voucher_gateway.credentials import Credentials

CREDENTIALS = Credentials("app", "token")


async def _through_gateway(
    upstream: ScriptedUpstream, calls: list[tuple[str, Any]]
) -> list[tuple[str, bytes]]:
    del upstream.requests[:]
    async with running_gateway(upstream.url, CREDENTIALS) as channel:
        stubs = {
            "redemptions": redemption_service_pb2_grpc.RedemptionServiceStub(channel),
            "customers": customer_service_pb2_grpc.CustomerServiceStub(channel),
        }
        for method, request in calls:
            stub = stubs["customers" if method == "ListCustomerRedeemables" else "redemptions"]
            await getattr(stub, method)(request, timeout=10)
    return [(r.request_line, r.body) for r in upstream.requests]


DOT_CODES = [".", ".."]


@pytest.mark.parametrize("code", [code for code in CODES if code not in DOT_CODES])
async def test_paths_and_queries_are_the_generated_clients(code: str) -> None:
    with ScriptedUpstream() as upstream:
        async with Client(base_url=upstream.url) as client:
            await list_voucher_redemptions.asyncio_detailed(code, client=client)
            await redeem_voucher.asyncio_detailed(
                code, client=client, body=RedeemVoucherRequest(), tracking_id=code
            )
            await get_redemption.asyncio_detailed(code, client=client)
        by_client = [(r.request_line, r.body) for r in upstream.requests]
        by_gateway = await _through_gateway(
            upstream,
            [
                ("ListVoucherRedemptions", redemption_service_pb2.ListVoucherRedemptionsRequest(code=code)),
                ("RedeemVoucher", redemption_service_pb2.RedeemVoucherRequest(code=code, tracking_id=code)),
                ("GetRedemption", redemption_service_pb2.GetRedemptionRequest(redemption_id=code)),
            ],
        )
    assert by_gateway == by_client


@pytest.mark.parametrize("code", DOT_CODES)
async def test_a_dot_segment_is_refused_before_anything_is_sent(code: str) -> None:
    """`/v1/vouchers/%2E%2E/redemption` is `/v1/redemption` to URL parsers on the way: never sent."""
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            for call in (
                stub.RedeemVoucher(redemption_service_pb2.RedeemVoucherRequest(code=code), timeout=10),
                stub.GetRedemption(
                    redemption_service_pb2.GetRedemptionRequest(redemption_id=code), timeout=10
                ),
            ):
                with pytest.raises(grpc.aio.AioRpcError) as caught:
                    await call
                assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
                assert "relative path" in (caught.value.details() or "")
                assert rich_details(caught.value)["ErrorInfo"].reason == "PATH_SEGMENT_NOT_ALLOWED"
    assert upstream.requests == []


async def test_deep_object_filters_are_the_generated_clients() -> None:
    after = datetime.datetime(2024, 1, 1, 12, 30, tzinfo=datetime.UTC)
    filters = CustomerRedeemablesFilters(
        junction=FilterJunction.OR,
        holder_role=FilterHolderRole(
            conditions=FilterConditionsHolderRole(in_=[HolderRole.OWNER, HolderRole.REFEREE])
        ),
        campaign_id=FilterString(
            conditions=FilterConditionsString(is_="camp [1] & $x", has_value="", starts_with="a+b")
        ),
        created_at=FilterDate(conditions=FilterConditionsDate(after=after, more_than=10)),
    )
    proto_filters = customer_service_pb2.CustomerRedeemablesFilters(junction="or")
    getattr(proto_filters.holder_role, "in").extend(["OWNER", "REFEREE"])
    setattr(proto_filters.campaign_id, "is", "camp [1] & $x")
    proto_filters.campaign_id.has_value = True
    proto_filters.campaign_id.starts_with = "a+b"
    proto_filters.created_at.after.CopyFrom(timestamp_pb2.Timestamp(seconds=int(after.timestamp())))
    proto_filters.created_at.more_than = 10
    with ScriptedUpstream() as upstream:
        async with Client(base_url=upstream.url) as client:
            await list_customer_redeemables.asyncio_detailed(
                "cust 1/2",
                client=client,
                limit=5,
                order=CustomerRedeemablesOrder.VALUE_1,
                starting_after_id="rh_1",
                filters=filters,
            )
        by_client = [(r.request_line, r.body) for r in upstream.requests]
        by_gateway = await _through_gateway(
            upstream,
            [
                (
                    "ListCustomerRedeemables",
                    customer_service_pb2.ListCustomerRedeemablesRequest(
                        customer_id="cust 1/2",
                        limit=5,
                        order="-id",
                        starting_after_id="rh_1",
                        filters=proto_filters,
                    ),
                )
            ],
        )
    assert by_gateway == by_client
