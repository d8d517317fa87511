"""Each operation as a request built before anything is sent, with the reader of its answer.

The generated modules stay the one description of routes and parameters: their public
`build_request` and their answer reader (`_build_response`) are used apart, so that a mistake while
building a request fails before anything is sent, and only a failure after sending can leave a
redemption's outcome unknown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx
from voucherify_client.api.customers import list_customer_redeemables as _list_customer_redeemables
from voucherify_client.api.redemptions import get_redemption as _get_redemption
from voucherify_client.api.redemptions import list_voucher_redemptions as _list_voucher_redemptions
from voucherify_client.api.redemptions import redeem_voucher as _redeem_voucher
from voucherify_client.api.redemptions import rollback_redemption as _rollback_redemption
from voucherify_client.client import AuthenticatedClient, Client
from voucherify_client.models import (
    CustomerInput,
    CustomerRedeemablesList,
    CustomerRedeemablesOrder,
    Error,
    Metadata,
    OrderInput,
    RedeemGiftCredits,
    RedeemReward,
    RedeemVoucherRequest,
    RedeemVoucherResponse,
    Redemption,
    RedemptionRollback,
    RollbackRedemptionRequest,
    Session,
    VoucherRedemptionsList,
)
from voucherify_client.types import UNSET, Response, Unset

from ._filters import FiltersLike, to_model

T = TypeVar("T")


class _Reader(Protocol[T]):
    def __call__(
        self, *, client: AuthenticatedClient | Client, response: httpx.Response
    ) -> Response[Error | T]: ...


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request, ready to send, and how to read a 2xx answer to it."""

    #: Keyword arguments of `httpx.Client.request`.
    request: dict[str, Any]
    reader: _Reader[T]
    #: False for a redemption or a rollback: sending it twice may apply it twice.
    idempotent: bool

    def read(self, client: Client, response: httpx.Response) -> T:
        """The generated model of a 2xx answer; ValueError when it is not the documented one."""
        parsed = self.reader(client=client, response=response).parsed
        if parsed is None or isinstance(parsed, Error):
            raise ValueError(f"HTTP {response.status_code} is not a documented answer")
        return parsed


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)


def _coerce(model: type[M], value: M | Mapping[str, Any] | None) -> M | Unset:
    """A generated model from itself or from its JSON form (a mapping)."""
    if value is None:
        return UNSET
    if isinstance(value, model):
        return value
    if isinstance(value, Mapping):
        return model.from_dict(value)
    raise TypeError(f"expected {model.__name__} or a mapping, got {type(value).__name__}")


def get_redemption(redemption_id: str) -> Call[Redemption | RedemptionRollback]:
    return Call(_get_redemption.build_request(redemption_id), _get_redemption._build_response, True)


def list_voucher_redemptions(code: str) -> Call[VoucherRedemptionsList]:
    return Call(
        _list_voucher_redemptions.build_request(code), _list_voucher_redemptions._build_response, True
    )


def redeem_voucher(
    code: str,
    *,
    customer: CustomerInput | Mapping[str, Any] | None,
    order: OrderInput | Mapping[str, Any] | None,
    metadata: Mapping[str, Any] | None,
    gift_credits: int | None,
    reward: RedeemReward | Mapping[str, Any] | None,
    session: Session | Mapping[str, Any] | None,
    tracking_id: str | None,
    request: RedeemVoucherRequest | None,
) -> Call[RedeemVoucherResponse]:
    """`request` is the generated body to start from; the keyword arguments given replace its fields."""
    body = (
        RedeemVoucherRequest.from_dict(request.to_dict()) if request is not None else RedeemVoucherRequest()
    )
    if customer is not None:
        body.customer = _coerce(CustomerInput, customer)
    if order is not None:
        body.order = _coerce(OrderInput, order)
    if metadata is not None:
        body.metadata = _coerce(Metadata, metadata)
    if gift_credits is not None:
        body.gift = RedeemGiftCredits(credits_=gift_credits)
    if reward is not None:
        body.reward = _coerce(RedeemReward, reward)
    if session is not None:
        body.session = _coerce(Session, session)
    request_kwargs = _redeem_voucher.build_request(
        code, tracking_id=UNSET if tracking_id is None else tracking_id
    )
    request_kwargs["json"] = body.to_dict()
    return Call(request_kwargs, _redeem_voucher._build_response, False)


def rollback_redemption(
    redemption_id: str,
    *,
    reason: str | None,
    tracking_id: str | None,
    customer: CustomerInput | Mapping[str, Any] | None,
    metadata: Mapping[str, Any] | None,
) -> Call[RedemptionRollback]:
    """`reason` and `tracking_id` travel in the query, as the route defines them; the rest is the body."""
    body = RollbackRedemptionRequest(
        customer=_coerce(CustomerInput, customer), metadata=_coerce(Metadata, metadata)
    )
    request_kwargs = _rollback_redemption.build_request(
        redemption_id,
        reason=UNSET if reason is None else reason,
        tracking_id=UNSET if tracking_id is None else tracking_id,
    )
    request_kwargs["json"] = body.to_dict()
    return Call(request_kwargs, _rollback_redemption._build_response, False)


def list_customer_redeemables(
    customer_id: str,
    *,
    limit: int | None,
    order: CustomerRedeemablesOrder | str | None,
    starting_after_id: str | None,
    filters: FiltersLike | None,
) -> Call[CustomerRedeemablesList]:
    kwargs = _list_customer_redeemables.build_request(
        customer_id,
        limit=UNSET if limit is None else limit,
        order=UNSET if order is None else CustomerRedeemablesOrder(order),
        starting_after_id=UNSET if starting_after_id is None else starting_after_id,
        filters=UNSET if filters is None else to_model(filters),
    )
    return Call(kwargs, _list_customer_redeemables._build_response, True)
