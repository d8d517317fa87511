"""What a redemption and a validation both start with: the voucher, session and customer, and the
rules' verdict on them, read inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from . import customers, ids, rules
from .errors import ApiError, not_found
from .inputs import Session, optional_integer, part, session
from .rules import PricedOrder
from .store import Tx
from .timeutil import iso

JSON = dict[str, Any]


class Attempt(NamedTuple):
    voucher: JSON
    session: Session | None
    customer: JSON | None
    priced: PricedOrder | None
    #: Gift credits or loyalty points the redemption takes (None for a discount).
    taken: int | None
    failure: ApiError | None


def attempt(tx: Tx, code: str, body: JSON, now: datetime) -> Attempt:
    voucher = tx.voucher_by_code(code)
    if voucher is None:
        raise not_found("voucher", code)
    lock = session(body.get("session"))
    customer = customers.resolve(tx, body.get("customer"), now)
    return Attempt(voucher, lock, customer, *_evaluate(tx, voucher, body, lock, now))


def tracking(customer: JSON | None, given: str | None) -> str:
    """The tracking id Voucherify records: the customer's hashed source id, else the one given."""
    if customer is not None:
        return ids.tracking_id(customer.get("source_id") or customer["id"])
    return given or ids.tracking_id(ids.customer_id())


def _evaluate(
    tx: Tx, voucher: JSON, body: JSON, lock: Session | None, now: datetime
) -> tuple[PricedOrder | None, int | None, ApiError | None]:
    """Runs every rule; returns the priced order, credits/points to take, or the violation."""
    locks = [lk for lk in tx.locks(voucher["id"], iso(now)) if lock is None or lk["key"] != lock.key]
    priced = rules.price_order(body.get("order"))
    error = rules.check_validity(voucher, now) or rules.check_quantity(voucher, len(locks))
    if error is not None:
        return priced, None, error
    if voucher["type"] == "GIFT_VOUCHER":
        requested = optional_integer(part(body.get("gift") or {}, "credits"), "gift.credits")
        credits = rules.gift_credits(voucher, requested, priced, sum(lk["credits"] for lk in locks))
        if isinstance(credits, ApiError):
            return priced, None, credits
        rules.apply_credits(credits, voucher["gift"].get("effect"), priced)
        return priced, credits, None
    if voucher["type"] == "LOYALTY_CARD":
        requested = optional_integer(part(body.get("reward") or {}, "points"), "reward.points")
        points = rules.loyalty_points(voucher, requested, sum(lk["points"] for lk in locks))
        if isinstance(points, ApiError):
            return priced, None, points
        return priced, points, None
    if priced is not None and voucher.get("discount"):
        rules.apply_discount(voucher["discount"], priced)
    return priced, None, None
