"""`AsyncVoucherify`: the asyncio client, the same calls as `Voucherify` to await."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from voucherify_client.models import (
    CustomerInput,
    CustomerRedeemable,
    CustomerRedeemablesList,
    CustomerRedeemablesOrder,
    OrderInput,
    RedeemReward,
    RedeemVoucherRequest,
    RedeemVoucherResponse,
    Redemption,
    RedemptionRollback,
    Session,
    VoucherRedemptionsList,
)

from . import _operations as ops
from ._base import ClientBase
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._filters import FiltersLike
from ._outcome import Failure, from_answer, from_transport_error
from ._paging import items, next_cursor
from ._retry import DEFAULT_RETRY, Attempts, RetryPolicy

T = TypeVar("T")


class AsyncVoucherify(ClientBase):
    """The asyncio twin of `Voucherify`: the same arguments, the same calls to await.

    Give `app_id` and `app_token`, or `bearer_token`; or read them with `Voucherify.from_env()`.
    `transport` is httpx's, for proxies, TLS settings or tests.
    Failures raise `VoucherifyError` subclasses. Reads are retried per `retry`; redemptions are
    never retried once sent. Use it as an async context manager, or await `aclose()`, to release connections.
    """

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            timeout=timeout,
            retry=retry,
            transport=transport,
        )
        self._http = self.generated.get_async_httpx_client()
        self.redemptions = AsyncRedemptions(self)
        self.vouchers = AsyncVouchers(self)
        self.customers = AsyncCustomers(self)

    async def _send(self, call: ops.Call[T]) -> T:
        attempts = Attempts(self._retry)
        while True:
            try:
                response = await self._http.request(**call.request)
            except httpx.TransportError as exc:
                outcome: T | Failure = from_transport_error(call, exc)
            else:
                outcome = from_answer(call, self.generated, response)
            if not isinstance(outcome, Failure):
                return outcome
            delay = attempts.next_delay(outcome.retry_after) if outcome.retryable else None
            if delay is None:
                raise outcome.error
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncRedemptions:
    def __init__(self, client: AsyncVoucherify) -> None:
        self._client = client

    async def get(self, redemption_id: str) -> Redemption | RedemptionRollback:
        """A redemption (`r_...`) or a redemption rollback (`rr_...`)."""
        return await self._client._send(ops.get_redemption(redemption_id))

    async def redeem(
        self,
        code: str,
        *,
        customer: CustomerInput | Mapping[str, Any] | None = None,
        order: OrderInput | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        gift_credits: int | None = None,
        reward: RedeemReward | Mapping[str, Any] | None = None,
        session: Session | Mapping[str, Any] | None = None,
        tracking_id: str | None = None,
        request: RedeemVoucherRequest | None = None,
    ) -> RedeemVoucherResponse:
        """Redeems a voucher, gift card (`gift_credits`) or loyalty card (`reward`). Sent at most once.

        Raises `BusinessRuleRefused` (a subclass per key) when Voucherify refuses it, and
        `OutcomeUnknown` when it was sent and its answer was lost: check `vouchers.redemptions(code)`
        before trying again.
        """
        call = ops.redeem_voucher(
            code,
            customer=customer,
            order=order,
            metadata=metadata,
            gift_credits=gift_credits,
            reward=reward,
            session=session,
            tracking_id=tracking_id,
            request=request,
        )
        return await self._client._send(call)

    async def rollback(
        self,
        redemption_id: str,
        *,
        reason: str | None = None,
        tracking_id: str | None = None,
        customer: CustomerInput | Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> RedemptionRollback:
        """Rolls a redemption (`r_...`) back: the voucher's use, the credits or the points return.
        Sent at most once.

        Raises `AlreadyRolledBack` when it was rolled back before, `NotFound` for an unknown
        redemption, and `OutcomeUnknown` when it was sent and its answer was lost: read it with
        `redemptions.get(redemption_id)` (status `ROLLED_BACK`) before trying again.
        """
        call = ops.rollback_redemption(
            redemption_id, reason=reason, tracking_id=tracking_id, customer=customer, metadata=metadata
        )
        return await self._client._send(call)


class AsyncVouchers:
    def __init__(self, client: AsyncVoucherify) -> None:
        self._client = client

    async def redemptions(self, code: str) -> VoucherRedemptionsList:
        """The voucher's redemptions and rollbacks, with `quantity` and `redeemed_quantity`."""
        return await self._client._send(ops.list_voucher_redemptions(code))


class AsyncCustomers:
    def __init__(self, client: AsyncVoucherify) -> None:
        self._client = client

    async def redeemables(
        self,
        customer_id: str,
        *,
        limit: int | None = None,
        order: CustomerRedeemablesOrder | str | None = None,
        starting_after_id: str | None = None,
        filters: FiltersLike | None = None,
    ) -> CustomerRedeemablesList:
        """One page of the customer's redeemables (`limit` 1..100, Voucherify's default 10)."""
        call = ops.list_customer_redeemables(
            customer_id, limit=limit, order=order, starting_after_id=starting_after_id, filters=filters
        )
        return await self._client._send(call)

    async def iter_redeemables(
        self,
        customer_id: str,
        *,
        page_size: int = 100,
        order: CustomerRedeemablesOrder | str | None = None,
        starting_after_id: str | None = None,
        filters: FiltersLike | None = None,
    ) -> AsyncIterator[CustomerRedeemable]:
        """Every redeemable of the customer, reading one page at a time as the loop goes on."""
        cursor = starting_after_id
        while True:
            page = await self.redeemables(
                customer_id, limit=page_size, order=order, starting_after_id=cursor, filters=filters
            )
            for item in items(page):
                yield item
            cursor = next_cursor(page, cursor)
            if cursor is None:
                return
