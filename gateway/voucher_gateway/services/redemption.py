"""voucherify.v1.RedemptionService: where redemption calls enter the gateway."""

from __future__ import annotations

from typing import Any, TypeAlias

import grpc
from voucherify.v1 import redemption_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from ..calls import forward
from ..codecs import get_redemption, list_voucher_redemptions, redeem_voucher, rollback_redemption
from ..upstream import Upstream
from .checks import required
from .rpc import rpc

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]


class RedemptionService(redemption_service_pb2_grpc.RedemptionServiceServicer):
    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream

    @rpc
    async def ListVoucherRedemptions(
        self, request: redemption_service_pb2.ListVoucherRedemptionsRequest, context: Context
    ) -> redemption_service_pb2.ListVoucherRedemptionsResponse:
        required(request.code, "code")
        return await forward(context, self._upstream, list_voucher_redemptions.CODEC, request)

    @rpc
    async def RedeemVoucher(
        self, request: redemption_service_pb2.RedeemVoucherRequest, context: Context
    ) -> redemption_pb2.Redemption:
        required(request.code, "code")
        return await forward(context, self._upstream, redeem_voucher.CODEC, request)

    @rpc
    async def GetRedemption(
        self, request: redemption_service_pb2.GetRedemptionRequest, context: Context
    ) -> redemption_pb2.Redemption:
        required(request.redemption_id, "redemption_id")
        return await forward(context, self._upstream, get_redemption.CODEC, request)

    @rpc
    async def RollbackRedemption(
        self, request: redemption_service_pb2.RollbackRedemptionRequest, context: Context
    ) -> redemption_pb2.Redemption:
        required(request.redemption_id, "redemption_id")
        return await forward(context, self._upstream, rollback_redemption.CODEC, request)
