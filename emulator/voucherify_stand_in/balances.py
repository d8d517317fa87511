"""What a redemption takes from a voucher and its rollback gives back: one movement, two directions.

A redemption counts one use and takes gift credits or loyalty points; its rollback undoes exactly that.
Counters never go below zero, as Voucherify's do not.
"""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]

#: Voucher type -> (balance object, its unit in a redemption document, the voucher's redeemed total).
_BALANCES = {
    "GIFT_VOUCHER": ("gift", "amount", "redeemed_amount"),
    "LOYALTY_CARD": ("loyalty_card", "points", "redeemed_points"),
}


def take(voucher: JSON, amount: int | None) -> JSON:
    """Applies a successful redemption to `voucher`; returns the redemption's `gift`/`loyalty_card` part."""
    return _move(voucher, 1, amount)


def give_back(voucher: JSON, amount: int | None) -> JSON:
    """Applies the rollback of a redemption that took `amount`; returns the rollback's (negative) part."""
    return _move(voucher, -1, amount)


def _move(voucher: JSON, direction: int, amount: int | None) -> JSON:
    summary = voucher["redemption"]
    summary["redeemed_quantity"] = max(0, int(summary.get("redeemed_quantity") or 0) + direction)
    kind = _BALANCES.get(voucher["type"])
    if kind is None or amount is None:
        return {}
    balance_key, unit, redeemed_key = kind
    moved = direction * int(amount)
    voucher[balance_key]["balance"] = int(voucher[balance_key]["balance"]) - moved
    summary[redeemed_key] = max(0, int(summary.get(redeemed_key) or 0) + moved)
    return {balance_key: {unit: moved}}
