"""The objects the stand-in answers with, in Voucherify's shapes: redemptions, rollbacks, orders, pages.

Pure functions of stored documents and computed amounts; the operations in `service.py` decide what
happens and call these to say it. Voucher and customer views live in `documents.py`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import ids
from .documents import customer_snapshot, voucher_stub
from .errors import ApiError
from .rules import PricedOrder
from .timeutil import iso

JSON = dict[str, Any]


def order_document(
    order_in: JSON, priced: PricedOrder, rid: str, now: datetime, voucher: JSON, customer: JSON | None
) -> JSON:
    """The order a redemption (or validation) answers with, with the discounts it computed."""
    amount = priced.amount or 0
    on_order, on_items = priced.order_discount, priced.items_discount
    total = on_order + on_items
    customer_id = customer["id"] if customer else None
    out: JSON = {
        "id": order_in.get("id") or ids.order_id(),
        "source_id": order_in.get("source_id"),
        "created_at": iso(now),
        "updated_at": None,
        "status": order_in.get("status") or "PAID",
        "amount": amount,
    }
    if on_items:
        out["items_discount_amount"] = on_items
    out["discount_amount"] = on_order
    out["total_discount_amount"] = total
    out["total_amount"] = amount - total
    if on_items:
        out["items_applied_discount_amount"] = on_items
    out["applied_discount_amount"] = on_order
    out["total_applied_discount_amount"] = total
    items = []
    for item, discount in zip(priced.items, priced.item_discounts, strict=True):
        entry: JSON = {"object": "order_item"}
        entry.update({k: v for k, v in item.items() if k != "object" and v is not None})
        entry["subtotal_amount"] = int(item["amount"] or 0) - discount
        if discount:
            entry["discount_amount"] = discount
            entry["applied_discount_amount"] = discount
        items.append(entry)
    out["items"] = items
    out["metadata"] = order_in.get("metadata") or {}
    out["customer"] = {"id": customer_id, "object": "customer"} if customer_id else None
    out["customer_id"] = customer_id
    out["referrer_id"] = order_in.get("referrer_id") or (
        voucher.get("referrer_id") if voucher.get("is_referral_code") else None
    )
    out["object"] = "order"
    ref: JSON = {"date": iso(now), "related_object_type": "voucher", "related_object_id": voucher["id"]}
    if voucher.get("campaign_id"):
        ref["related_object_parent_id"] = voucher["campaign_id"]
    out["redemptions"] = {rid: ref}
    return out


def redemption_document(
    rid: str,
    now: datetime,
    customer: JSON | None,
    tracking_id: str,
    metadata: JSON | None,
    taken: int | None,
    failure: ApiError | None,
) -> JSON:
    """The opening fields of a redemption, in Voucherify's order; the caller adds the rest."""
    doc: JSON = {
        "id": rid,
        "object": "redemption",
        "date": iso(now),
        "customer_id": customer["id"] if customer else None,
        "tracking_id": tracking_id,
        "metadata": metadata or {},
    }
    if taken is not None:
        doc["amount"] = taken
    doc["result"] = "FAILURE" if failure else "SUCCESS"
    if failure is not None:
        doc["failure_code"] = failure.key
        doc["failure_message"] = failure.message
    return doc


def related_fields(doc: JSON, channel: JSON | None, customer: JSON | None, voucher: JSON) -> None:
    """The closing fields every redemption and rollback carries: channel, customer, the voucher."""
    doc["channel"] = channel
    doc["customer"] = customer
    doc["related_object_type"] = "voucher"
    doc["related_object_id"] = voucher["id"]
    doc["voucher"] = voucher_stub(voucher)


def rollback_document(
    parent: JSON, now: datetime, reason: str | None, tracking_id: str | None, metadata: JSON | None
) -> JSON:
    """The opening fields of the rollback of `parent`; the caller adds the order and balances."""
    rollback_id = ids.rollback_id()
    doc: JSON = {
        "id": rollback_id,
        "object": "redemption_rollback",
        "date": iso(now),
        "customer_id": parent.get("customer_id"),
        "tracking_id": parent.get("tracking_id") or tracking_id,
        "metadata": metadata or {},
    }
    if parent.get("amount") is not None:
        doc["amount"] = -int(parent["amount"])
    doc.update({"redemption": parent["id"], "reason": reason, "result": "SUCCESS", "status": "SUCCEEDED"})
    return doc


def mark_rolled_back(parent: JSON, rollback: JSON) -> None:
    """What a rollback changes in the redemption it undoes: its status, its related rollbacks, its order."""
    parent["status"] = "ROLLED_BACK"
    related = parent.get("related_redemptions") or {}
    related["rollbacks"] = [
        *(related.get("rollbacks") or []),
        {"id": rollback["id"], "date": rollback["date"]},
    ]
    parent["related_redemptions"] = related
    entry = ((parent.get("order") or {}).get("redemptions") or {}).get(parent["id"])
    if isinstance(entry, dict):
        entry["rollback_id"] = rollback["id"]
        entry["rollback_date"] = rollback["date"]


def customer_part(customer: JSON | None) -> JSON | None:
    return customer_snapshot(customer) if customer else None


def voucher_redemptions_page(voucher: JSON, entries: list[JSON]) -> JSON:
    """GET /v1/vouchers/{code}/redemption."""
    return {
        "quantity": voucher["redemption"].get("quantity"),
        "redeemed_quantity": int(voucher["redemption"].get("redeemed_quantity") or 0),
        "object": "list",
        "url": voucher["redemption"]["url"],
        "data_ref": "redemption_entries",
        "total": len(entries),
        "redemption_entries": entries,
    }


def redeemable_record(holder: JSON, voucher: JSON, kind: str) -> JSON:
    """One entry of a customer's redeemables, before its `redeemable` part."""
    return {
        "id": holder["id"],
        "created_at": holder["created_at"],
        "redeemable_id": voucher["id"],
        "redeemable_object": "voucher",
        "customer_id": holder["customer_id"],
        "holder_role": holder["holder_role"],
        "campaign_id": voucher.get("campaign_id"),
        "campaign_type": holder.get("campaign_type") or kind,
        "voucher_type": voucher["type"],
    }


def redeemables_page(records: list[JSON], limit: int) -> JSON:
    """GET /v1/customers/{id}/redeemables: one page and its cursor."""
    page = records[:limit]
    out: JSON = {"object": "list", "data_ref": "data", "data": page, "total": len(page)}
    out["has_more"] = len(records) > limit
    if out["has_more"]:
        out["more_starting_after"] = page[-1]["id"]
    return out


def refused_validation(code: str, failure: ApiError, tracking: str, metadata: JSON | None) -> JSON:
    return {
        "valid": False,
        "code": code,
        "reason": failure.message,
        "error": {k: v for k, v in failure.body().items() if k != "request_id"},
        "tracking_id": tracking,
        "metadata": metadata or {},
    }
