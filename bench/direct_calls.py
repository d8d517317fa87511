"""The path without the gateway: the generated async REST client calling the fixed upstream itself."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import UnionType
from typing import Any

import httpx
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher
from voucherify_client.models import (
    CustomerRedeemablesFilters,
    CustomerRedeemablesList,
    FilterConditionsHolderRole,
    FilterHolderRole,
    HolderRole,
    RedeemVoucherRequest,
    RedeemVoucherResponse,
    Redemption,
    RedemptionRollback,
    VoucherRedemptionsList,
)

from . import workload

CREDENTIALS = {"X-App-Id": "bench-app-id", "X-App-Token": "bench-app-token"}


def client(base_url: str) -> Client:
    """One client, hence one connection pool, for all of a worker's direct calls."""
    return Client(
        base_url=base_url,
        headers=CREDENTIALS,
        timeout=httpx.Timeout(10.0),
        httpx_args={"limits": httpx.Limits(max_connections=100, max_keepalive_connections=100)},
    )


def call(rest: Client, operation: str) -> Callable[[], Awaitable[object]]:
    """One call of `operation`, failing unless it returns the parsed model of a 200 answer."""
    if operation == workload.LIST_VOUCHER_REDEMPTIONS:

        async def list_redemptions() -> object:
            return _expect(
                await list_voucher_redemptions.asyncio(workload.LIST_CODE, client=rest),
                VoucherRedemptionsList,
            )

        return list_redemptions
    if operation == workload.REDEEM_VOUCHER:
        body = RedeemVoucherRequest.from_dict(workload.REDEEM_BODY)

        async def redeem() -> object:
            answer = await redeem_voucher.asyncio(workload.REDEEM_CODE, client=rest, body=body)
            return _expect(answer, RedeemVoucherResponse)

        return redeem
    if operation == workload.GET_REDEMPTION:

        async def get() -> object:
            answer = await get_redemption.asyncio(workload.REDEMPTION_ID, client=rest)
            return _expect(answer, Redemption | RedemptionRollback)

        return get
    if operation == workload.LIST_CUSTOMER_REDEEMABLES:
        filters = CustomerRedeemablesFilters(
            holder_role=FilterHolderRole(conditions=FilterConditionsHolderRole(in_=[HolderRole.OWNER]))
        )

        async def list_redeemables() -> object:
            answer = await list_customer_redeemables.asyncio(
                workload.CUSTOMER_ID, client=rest, limit=workload.REDEEMABLES_LIMIT, filters=filters
            )
            return _expect(answer, CustomerRedeemablesList)

        return list_redeemables
    raise ValueError(f"unknown operation {operation}")


def _expect(answer: object, kind: type[Any] | UnionType) -> object:
    if not isinstance(answer, kind):
        raise RuntimeError(f"unexpected answer {type(answer).__name__}: {answer!r}"[:300])
    return answer
