"""`Voucherify`: the blocking client, its calls grouped as Voucherify's API reference groups them."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
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


class Voucherify(ClientBase):
    """A client of Voucherify's REST API, returning the generated attrs models.

    Give `app_id` and `app_token`, or `bearer_token`; or read them with `Voucherify.from_env()`.
    `transport` is httpx's, for proxies, TLS settings or tests.
    Failures raise `VoucherifyError` subclasses. Reads are retried per `retry`; redemptions are
    never retried once sent. Use it as a context manager, or call `close()`, to release connections.
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
        transport: httpx.BaseTransport | None = None,
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
        self._http = self.generated.get_httpx_client()
        self.redemptions = Redemptions(self)
        self.vouchers = Vouchers(self)
        self.customers = Customers(self)

    def _send(self, call: ops.Call[T]) -> T:
        attempts = Attempts(self._retry)
        while True:
            try:
                response = self._http.request(**call.request)
            except httpx.TransportError as exc:
                outcome: T | Failure = from_transport_error(call, exc)
            else:
                outcome = from_answer(call, self.generated, response)
            if not isinstance(outcome, Failure):
                return outcome
            delay = attempts.next_delay(outcome.retry_after) if outcome.retryable else None
            if delay is None:
                raise outcome.error
            time.sleep(delay)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class Redemptions:
    def __init__(self, client: Voucherify) -> None:
        self._client = client

    def get(self, redemption_id: str) -> Redemption | RedemptionRollback:
        """A redemption (`r_...`) or a redemption rollback (`rr_...`)."""
        return self._client._send(ops.get_redemption(redemption_id))

    def redeem(
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
        return self._client._send(call)

    def rollback(
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
        return self._client._send(call)


class Vouchers:
    def __init__(self, client: Voucherify) -> None:
        self._client = client

    def redemptions(self, code: str) -> VoucherRedemptionsList:
        """The voucher's redemptions and rollbacks, with `quantity` and `redeemed_quantity`."""
        return self._client._send(ops.list_voucher_redemptions(code))


class Customers:
    def __init__(self, client: Voucherify) -> None:
        self._client = client

    def redeemables(
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
        return self._client._send(call)

    def iter_redeemables(
        self,
        customer_id: str,
        *,
        page_size: int = 100,
        order: CustomerRedeemablesOrder | str | None = None,
        starting_after_id: str | None = None,
        filters: FiltersLike | None = None,
    ) -> Iterator[CustomerRedeemable]:
        """Every redeemable of the customer, reading one page at a time as the loop goes on."""
        cursor = starting_after_id
        while True:
            page = self.redeemables(
                customer_id, limit=page_size, order=order, starting_after_id=cursor, filters=filters
            )
            yield from items(page)
            cursor = next_cursor(page, cursor)
            if cursor is None:
                return
