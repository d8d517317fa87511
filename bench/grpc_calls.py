"""The gRPC side of the workload: requests, the responses they must produce, and the stubs' methods."""

from __future__ import annotations

import json
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from voucherify.v1 import (
    customer_service_pb2,
    customer_service_pb2_grpc,
    redemption_pb2,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from . import workload

RESPONSE_TYPES: dict[str, type[Message]] = {
    workload.LIST_VOUCHER_REDEMPTIONS: redemption_service_pb2.ListVoucherRedemptionsResponse,
    workload.REDEEM_VOUCHER: redemption_pb2.Redemption,
    workload.GET_REDEMPTION: redemption_pb2.Redemption,
    workload.LIST_CUSTOMER_REDEEMABLES: customer_service_pb2.ListCustomerRedeemablesResponse,
}


def request(operation: str) -> Message:
    """The request every gRPC caller sends for `operation` (built once: building is the caller's business)."""
    if operation == workload.LIST_VOUCHER_REDEMPTIONS:
        return redemption_service_pb2.ListVoucherRedemptionsRequest(code=workload.LIST_CODE)
    if operation == workload.REDEEM_VOUCHER:
        redeem = redemption_service_pb2.RedeemVoucherRequest(code=workload.REDEEM_CODE)
        return json_format.ParseDict(workload.REDEEM_BODY, redeem)
    if operation == workload.GET_REDEMPTION:
        return redemption_service_pb2.GetRedemptionRequest(redemption_id=workload.REDEMPTION_ID)
    if operation == workload.LIST_CUSTOMER_REDEEMABLES:
        redeemables = customer_service_pb2.ListCustomerRedeemablesRequest(
            customer_id=workload.CUSTOMER_ID, limit=workload.REDEEMABLES_LIMIT
        )
        getattr(redeemables.filters.holder_role, "in").append(workload.HOLDER_ROLE)
        return redeemables
    raise ValueError(f"unknown operation {operation}")


def expected(operation: str) -> Message:
    """The message the upstream's body maps to: what the gateway must answer, and what the echo server sends."""
    document = json.loads(workload.body(operation))
    return json_format.ParseDict(document, RESPONSE_TYPES[operation](), ignore_unknown_fields=True)


def method(channel: grpc.aio.Channel, operation: str) -> grpc.aio.UnaryUnaryMultiCallable[Any, Any]:
    if operation == workload.LIST_CUSTOMER_REDEEMABLES:
        return customer_service_pb2_grpc.CustomerServiceStub(channel).ListCustomerRedeemables
    stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
    methods: dict[str, grpc.aio.UnaryUnaryMultiCallable[Any, Any]] = {
        workload.LIST_VOUCHER_REDEMPTIONS: stub.ListVoucherRedemptions,
        workload.REDEEM_VOUCHER: stub.RedeemVoucher,
        workload.GET_REDEMPTION: stub.GetRedemption,
    }
    return methods[operation]
