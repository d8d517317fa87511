"""voucherify.v1.RedemptionService: where redemption calls enter the gateway."""

from __future__ import annotations

from typing import Any, TypeAlias

import grpc
from voucherify.v1 import redemption_pb2, redemption_service_pb2, redemption_service_pb2_grpc
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher

from . import upstream_requests
from .calls import forward, rpc
from .upstream import Upstream

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]


class RedemptionService(redemption_service_pb2_grpc.RedemptionServiceServicer):
    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream

    @rpc
    async def ListVoucherRedemptions(
        self, request: redemption_service_pb2.ListVoucherRedemptionsRequest, context: Context
    ) -> redemption_service_pb2.ListVoucherRedemptionsResponse:
        code = upstream_requests.required(request.code, "code")
        return await forward(
            context,
            self._upstream,
            lambda client: list_voucher_redemptions.asyncio_detailed(code, client=client),
            redemption_service_pb2.ListVoucherRedemptionsResponse(),
        )

    @rpc
    async def RedeemVoucher(
        self, request: redemption_service_pb2.RedeemVoucherRequest, context: Context
    ) -> redemption_pb2.Redemption:
        code = upstream_requests.required(request.code, "code")
        body = upstream_requests.redeem_body(request)
        tracking_id = upstream_requests.tracking_id(request)
        return await forward(
            context,
            self._upstream,
            lambda client: redeem_voucher.asyncio_detailed(
                code, client=client, body=body, tracking_id=tracking_id
            ),
            redemption_pb2.Redemption(),
            mutation=True,
        )

    @rpc
    async def GetRedemption(
        self, request: redemption_service_pb2.GetRedemptionRequest, context: Context
    ) -> redemption_pb2.Redemption:
        redemption_id = upstream_requests.required(request.redemption_id, "redemption_id")
        return await forward(
            context,
            self._upstream,
            lambda client: get_redemption.asyncio_detailed(redemption_id, client=client),
            redemption_pb2.Redemption(),
        )
