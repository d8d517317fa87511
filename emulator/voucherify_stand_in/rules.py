"""Redemption rules as pure functions: validity checks, discount, gift credits and loyalty points.

Nothing here touches storage or the wall clock; the caller passes "now" (from the injected clock) and
the amounts other sessions hold, so every rule can be tested deterministically.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .errors import ApiError, violated
from .inputs import integer
from .timeutil import parse_iso

JSON = dict[str, Any]

_DURATION = re.compile(
    r"^P(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(text: str) -> timedelta:
    """ISO 8601 duration (PT1H, P2D, P1W...); years and months count as 365 and 30 days."""
    match = _DURATION.match(text or "")
    if not match or text in ("P", "PT"):
        raise ValueError(f"not an ISO 8601 duration: {text!r}")
    g = {k: float(v) if v else 0.0 for k, v in match.groupdict().items()}
    days = g["y"] * 365 + g["mo"] * 30 + g["w"] * 7 + g["d"]
    return timedelta(days=days, hours=g["h"], minutes=g["mi"], seconds=g["s"])


def weekday_sunday0(moment: datetime) -> int:
    """Voucherify numbers days 0=Sunday..6=Saturday; Python's weekday() is 0=Monday."""
    return (moment.weekday() + 1) % 7


def _in_timeframe(voucher: JSON, now: datetime) -> bool:
    frame = voucher.get("validity_timeframe")
    if not frame:
        return True
    anchor_text = voucher.get("start_date") or voucher.get("created_at")
    if not anchor_text:
        return True
    anchor = parse_iso(anchor_text)
    if now < anchor:
        return False
    interval = parse_duration(frame["interval"]) if frame.get("interval") else None
    duration = parse_duration(frame["duration"]) if frame.get("duration") else None
    elapsed = now - anchor
    if interval is None or interval.total_seconds() <= 0:
        return duration is None or elapsed < duration
    into_period = elapsed.total_seconds() % interval.total_seconds()
    return duration is None or into_period < duration.total_seconds()


def _in_hours(voucher: JSON, now: datetime) -> bool:
    hours = voucher.get("validity_hours")
    if not hours or not hours.get("daily"):
        return True
    day = weekday_sunday0(now)
    hhmm = now.strftime("%H:%M")
    for period in hours["daily"]:
        days = period.get("days_of_week")
        if days is not None and day not in days:
            continue
        if period.get("start_time", "00:00") <= hhmm < period.get("expiration_time", "24:00"):
            return True
    return False


def check_validity(voucher: JSON, now: datetime) -> ApiError | None:
    """Active flag, then start date, expiration, and the recurring windows, in Voucherify's order."""
    code = voucher["code"]
    if not voucher.get("active", True):
        return violated(
            "voucher_disabled", "Voucher is disabled", f"{code} has been disabled (active: false)", code
        )
    if voucher.get("start_date") and now < parse_iso(voucher["start_date"]):
        return violated("voucher_not_active", "Voucher not active", f"{code} is not active yet", code)
    if voucher.get("expiration_date") and now > parse_iso(voucher["expiration_date"]):
        return violated("voucher_expired", "Voucher expired", f"{code} has already expired", code)
    days = voucher.get("validity_day_of_week")
    if days is not None and len(days) > 0 and weekday_sunday0(now) not in days:
        return violated(
            "voucher_not_active_now",
            "Voucher not active now",
            f"{code} is not valid on this day of the week",
            code,
        )
    if not _in_timeframe(voucher, now) or not _in_hours(voucher, now):
        return violated(
            "voucher_not_active_now",
            "Voucher not active now",
            f"{code} is not active in the given timeframe",
            code,
        )
    return None


def check_quantity(voucher: JSON, held_by_others: int) -> ApiError | None:
    """quantity null is unlimited; other sessions' locks count as used until they expire."""
    quantity = voucher["redemption"].get("quantity")
    if quantity is None:
        return None
    used = int(voucher["redemption"].get("redeemed_quantity") or 0) + held_by_others
    if used + 1 > quantity:
        code = voucher["code"]
        details = f"{code} has reached its redemption limit of {quantity}"
        if held_by_others and used - held_by_others + 1 <= quantity:
            details = f"{code}: the remaining redemptions are held by an active session lock"
        return violated("quantity_exceeded", "Quantity exceeded", details, code)
    return None


def voucher_status(voucher: JSON, now: datetime) -> str:
    """The redeemable status shown in customer redeemables."""
    if not voucher.get("active", True):
        return "DISABLED"
    if voucher.get("start_date") and now < parse_iso(voucher["start_date"]):
        return "NOT_ACTIVE_YET"
    if voucher.get("expiration_date") and now > parse_iso(voucher["expiration_date"]):
        return "EXPIRED"
    quantity = voucher["redemption"].get("quantity")
    if quantity is not None and int(voucher["redemption"].get("redeemed_quantity") or 0) >= quantity:
        return "USED"
    if voucher.get("gift") is not None and int(voucher["gift"].get("balance") or 0) <= 0:
        return "NO_BALANCE"
    if voucher.get("loyalty_card") is not None and int(voucher["loyalty_card"].get("balance") or 0) <= 0:
        return "NO_BALANCE"
    return "ACTIVE"


# --- the order ------------------------------------------------------------------------------------


def violated_payload(details: str) -> ApiError:
    return ApiError(400, "invalid_order", "Invalid order", details, resource_type="order")


@dataclass
class PricedOrder:
    """An order with its amounts; discounts are filled by `apply_*`."""

    amount: int | None
    items: list[JSON] = field(default_factory=list)
    order_discount: int = 0
    item_discounts: list[int] = field(default_factory=list)

    @property
    def items_discount(self) -> int:
        return sum(self.item_discounts)

    @property
    def total_discount(self) -> int:
        return self.order_discount + self.items_discount


def price_order(order: JSON | None) -> PricedOrder | None:
    """Order amount is the given `amount`, else the sum of item amounts (price x quantity)."""
    if order is None:
        return None
    if not isinstance(order, dict):
        raise violated_payload("order must be an object")
    items: list[JSON] = []
    raw_items = order.get("items") or []
    if not isinstance(raw_items, list):
        raise violated_payload("order.items must be an array")
    for raw in raw_items:
        if not isinstance(raw, dict):
            raise violated_payload("order.items[] must be objects")
        item = dict(raw)
        quantity = integer(item.get("quantity", 1), "order.items[].quantity", violated_payload)
        price = item.get("price")
        amount = item.get("amount")
        if amount is None and price is not None:
            amount = integer(price, "order.items[].price", violated_payload) * quantity
        item["quantity"] = quantity
        item["amount"] = None if amount is None else integer(amount, "order.items[].amount", violated_payload)
        items.append(item)
    if order.get("amount") is not None:
        total: int | None = integer(order["amount"], "order.amount", violated_payload)
    elif items and all(i["amount"] is not None for i in items):
        total = sum(i["amount"] for i in items)
    else:
        total = None
    return PricedOrder(amount=total, items=items, item_discounts=[0] * len(items))


def _round(value: float) -> int:
    return math.floor(value + 0.5)


def _spread(total: int, weights: list[int], caps: list[int]) -> list[int]:
    """Splits `total` across items in proportion to weights, never above an item's amount."""
    weight_sum = sum(weights)
    if weight_sum <= 0:
        return [0] * len(weights)
    shares = [min(cap, total * w // weight_sum) for w, cap in zip(weights, caps, strict=True)]
    rest = total - sum(shares)
    for i in range(len(shares)):
        if rest <= 0:
            break
        extra = min(rest, caps[i] - shares[i])
        shares[i] += extra
        rest -= extra
    return shares


def apply_discount(discount: JSON, priced: PricedOrder) -> None:
    """AMOUNT, PERCENT (with amount_limit), FIXED and UNIT discounts, on the order or on its items."""
    kind = discount.get("type")
    effect = discount.get("effect") or "APPLY_TO_ORDER"
    amounts = [int(i["amount"] or 0) for i in priced.items]
    quantities = [int(i["quantity"] or 0) for i in priced.items]
    base = priced.amount or 0
    if kind == "UNIT":
        unit_off = int(discount.get("unit_off") or 0)
        unit_type = discount.get("unit_type")
        for idx, item in enumerate(priced.items):
            if unit_type and unit_type in (item.get("product_id"), item.get("sku_id")):
                unit_price = amounts[idx] // quantities[idx] if quantities[idx] else 0
                priced.item_discounts[idx] = min(amounts[idx], min(unit_off, quantities[idx]) * unit_price)
                break
        return
    on_items = effect.startswith("APPLY_TO_ITEMS") and priced.items
    if kind == "AMOUNT":
        off = int(discount.get("amount_off") or 0)
        if not on_items:
            priced.order_discount = min(off, base)
        elif effect == "APPLY_TO_ITEMS":
            priced.item_discounts = [min(off, a) for a in amounts]
        elif effect == "APPLY_TO_ITEMS_BY_QUANTITY":
            priced.item_discounts = [min(off * q, a) for a, q in zip(amounts, quantities, strict=True)]
        elif effect == "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY":
            priced.item_discounts = _spread(min(off, sum(amounts)), quantities, amounts)
        else:  # APPLY_TO_ITEMS_PROPORTIONALLY
            priced.item_discounts = _spread(min(off, sum(amounts)), amounts, amounts)
        return
    if kind == "PERCENT":
        percent = float(discount.get("percent_off") or 0)
        limit = discount.get("amount_limit")
        if not on_items:
            value = min(base, _round(base * percent / 100))
            priced.order_discount = value if limit is None else min(value, int(limit))
            return
        left = None if limit is None else int(limit)
        out = []
        for a in amounts:
            value = min(a, _round(a * percent / 100))
            if left is not None:
                value = min(value, left)
                left -= value
            out.append(value)
        priced.item_discounts = out
        return
    if kind == "FIXED":
        fixed = int(discount.get("fixed_amount") or 0)
        if not on_items:
            priced.order_discount = max(0, base - fixed)
        else:
            priced.item_discounts = [max(0, a - fixed * q) for a, q in zip(amounts, quantities, strict=True)]


def apply_credits(credits: int, effect: str | None, priced: PricedOrder | None) -> None:
    """Gift credits reduce the order (or its items, in order) like an amount discount."""
    if priced is None:
        return
    if effect == "APPLY_TO_ITEMS" and priced.items:
        amounts = [int(i["amount"] or 0) for i in priced.items]
        left = credits
        out = []
        for a in amounts:
            take = min(a, left)
            out.append(take)
            left -= take
        priced.item_discounts = out
    else:
        priced.order_discount = credits


def gift_credits(
    voucher: JSON, requested: int | None, priced: PricedOrder | None, held: int
) -> int | ApiError:
    """Credits to take: the requested ones, else min(balance, order amount); never below zero."""
    code = voucher["code"]
    balance = int(voucher["gift"].get("balance") or 0) - held
    if requested is not None:
        if requested <= 0:
            return ApiError(400, "invalid_gift", "Invalid gift", "gift.credits must be a positive integer")
        if requested > balance:
            return violated(
                "gift_amount_exceeded",
                "Gift amount exceeded",
                f"{code} has {max(balance, 0)} credits left, {requested} requested",
                code,
            )
        return requested
    if priced is None:
        return violated(
            "missing_order", "Missing order", "A gift card redemption needs an order or gift.credits", code
        )
    if priced.amount is None:
        return violated(
            "missing_amount", "Missing order amount", "order.amount is required to redeem a gift card", code
        )
    if balance <= 0:
        return violated("gift_amount_exceeded", "Gift amount exceeded", f"{code} has no credits left", code)
    return min(balance, priced.amount)


def loyalty_points(voucher: JSON, requested: int | None, held: int) -> int | ApiError:
    """Points to take from a loyalty card; the balance never goes below zero."""
    code = voucher["code"]
    if requested is None:
        return violated(
            "missing_reward", "Missing reward", "reward.points is required to redeem a loyalty card", code
        )
    if requested <= 0:
        return ApiError(400, "invalid_payload", "Invalid payload", "reward.points must be a positive integer")
    balance = int(voucher["loyalty_card"].get("balance") or 0) - held
    if requested > balance:
        return violated(
            "loyalty_card_points_exceeded",
            "Loyalty card points exceeded",
            f"{code} has {max(balance, 0)} points left, {requested} requested",
            code,
        )
    return requested
