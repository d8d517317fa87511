"""voucherify.v1.CustomerService: where customer calls enter the gateway."""

from __future__ import annotations

from typing import Any, TypeAlias

import grpc
from voucherify.v1 import customer_service_pb2, customer_service_pb2_grpc
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.types import UNSET

from . import upstream_requests
from .calls import forward, rpc
from .upstream import Upstream

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]


class CustomerService(customer_service_pb2_grpc.CustomerServiceServicer):
    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream

    @rpc
    async def ListCustomerRedeemables(
        self, request: customer_service_pb2.ListCustomerRedeemablesRequest, context: Context
    ) -> customer_service_pb2.ListCustomerRedeemablesResponse:
        customer_id = upstream_requests.required(request.customer_id, "customer_id")
        limit = upstream_requests.limit(request)
        order = upstream_requests.order(request)
        filters = upstream_requests.filters(request)
        starting_after_id = request.starting_after_id or UNSET
        return await forward(
            context,
            self._upstream,
            lambda client: list_customer_redeemables.asyncio_detailed(
                customer_id,
                client=client,
                limit=limit,
                order=order,
                starting_after_id=starting_after_id,
                filters=filters,
            ),
            customer_service_pb2.ListCustomerRedeemablesResponse(),
        )
