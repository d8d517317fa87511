"""voucherify.v1.CustomerService: where customer calls enter the gateway."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeAlias

import grpc
from voucherify.v1 import customer_service_pb2, customer_service_pb2_grpc, redeemable_pb2

from .. import errors, paging
from ..calls import forward
from ..codecs import list_customer_redeemables
from ..upstream import Upstream
from .checks import required
from .rpc import rpc
from .streaming import rpc_stream

Context: TypeAlias = grpc.aio.ServicerContext[Any, Any]

#: Upstream page size of StreamCustomerRedeemables when the caller sets none: the largest allowed.
DEFAULT_PAGE_SIZE = 100


class CustomerService(customer_service_pb2_grpc.CustomerServiceServicer):
    def __init__(self, upstream: Upstream) -> None:
        self._upstream = upstream

    @rpc
    async def ListCustomerRedeemables(
        self, request: customer_service_pb2.ListCustomerRedeemablesRequest, context: Context
    ) -> customer_service_pb2.ListCustomerRedeemablesResponse:
        required(request.customer_id, "customer_id")
        return await forward(context, self._upstream, list_customer_redeemables.CODEC, request)

    @rpc_stream
    async def StreamCustomerRedeemables(
        self, request: customer_service_pb2.StreamCustomerRedeemablesRequest, context: Context
    ) -> AsyncIterator[redeemable_pb2.RedeemableHolder]:
        required(request.customer_id, "customer_id")
        page_size = request.page_size if request.HasField("page_size") else DEFAULT_PAGE_SIZE
        if page_size not in list_customer_redeemables.LIMIT_RANGE:
            raise errors.invalid_argument("page_size", "must be between 1 and 100", "OUT_OF_RANGE")
        if request.max_items < 0:
            raise errors.invalid_argument("max_items", "must not be negative", "OUT_OF_RANGE")

        async def fetch(cursor: str | None) -> paging.Page[redeemable_pb2.RedeemableHolder]:
            page_request = customer_service_pb2.ListCustomerRedeemablesRequest(
                customer_id=request.customer_id,
                limit=page_size,
                order=request.order,
                starting_after_id=cursor or "",
            )
            if request.HasField("filters"):
                page_request.filters.CopyFrom(request.filters)
            page = await forward(context, self._upstream, list_customer_redeemables.CODEC, page_request)
            more = page.has_more and page.more_starting_after
            return paging.Page(page.data, page.more_starting_after if more else None)

        items = paging.stream(
            fetch, start=request.starting_after_id or None, max_items=request.max_items or None
        )
        async for item in items:
            yield item
