"""voucherify.v1.CustomerService: where customer calls enter the gateway."""

from __future__ import annotations

from typing import Any, TypeAlias

import grpc
from voucherify.v1 import customer_service_pb2, customer_service_pb2_grpc

from ..calls import forward
from ..codecs import list_customer_redeemables
from ..upstream import Upstream
from .checks import required
from .rpc import rpc

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]


class CustomerService(customer_service_pb2_grpc.CustomerServiceServicer):
    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream

    @rpc
    async def ListCustomerRedeemables(
        self, request: customer_service_pb2.ListCustomerRedeemablesRequest, context: Context
    ) -> customer_service_pb2.ListCustomerRedeemablesResponse:
        required(request.customer_id, "customer_id")
        return await forward(context, self._upstream, list_customer_redeemables.CODEC, request)
