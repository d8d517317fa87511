"""Voucherify's object shapes: building stored documents from create bodies, and their views.

A voucher is stored once in its fullest shape (the one the redeem response embeds); the customer
redeemables page and the redemption lists show narrower views of it, built here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import ids
from .errors import ApiError
from .inputs import is_int
from .rules import parse_duration
from .timeutil import iso, parse_iso

JSON = dict[str, Any]

VOUCHER_TYPES = ("DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD")
DISCOUNT_TYPES = ("AMOUNT", "PERCENT", "FIXED", "UNIT")
DISCOUNT_EFFECTS = (
    "APPLY_TO_ORDER",
    "APPLY_TO_ITEMS",
    "APPLY_TO_ITEMS_PROPORTIONALLY",
    "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY",
    "APPLY_TO_ITEMS_BY_QUANTITY",
    "ADD_MISSING_ITEMS",
    "ADD_NEW_ITEMS",
    "ADD_MANY_ITEMS",
)
HOLDER_ROLES = ("OWNER", "REFERRER", "REFEREE")
CAMPAIGN_TYPES = ("LOYALTY_PROGRAM", "GIFT_VOUCHERS", "DISCOUNT_COUPONS", "PROMOTION", "REFERRAL_PROGRAM")


def invalid_voucher(details: str) -> ApiError:
    return ApiError(400, "invalid_voucher", "Invalid voucher", details, resource_type="voucher")


def redemptions_url(code: str) -> str:
    return f"/v1/vouchers/{code}/redemptions?page=1&limit=10"


def publications_url(code: str) -> str:
    return f"/v1/vouchers/{code}/publications?page=1&limit=10"


def _empty_list() -> JSON:
    return {"data": [], "total": 0, "data_ref": "data", "object": "list"}


def _date(body: JSON, key: str) -> str | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid_voucher(f"{key} must be an ISO 8601 timestamp")
    try:
        return iso(parse_iso(value))
    except ValueError as exc:
        raise invalid_voucher(f"{key} must be an ISO 8601 timestamp") from exc


def _check_windows(body: JSON) -> None:
    days = body.get("validity_day_of_week")
    if days is not None and (not isinstance(days, list) or not all(is_int(d) and 0 <= d <= 6 for d in days)):
        raise invalid_voucher("validity_day_of_week must be an array of integers 0 (Sunday) to 6")
    frame = body.get("validity_timeframe")
    if frame is not None:
        if not isinstance(frame, dict):
            raise invalid_voucher("validity_timeframe must be an object")
        for key in ("interval", "duration"):
            if frame.get(key) is not None:
                try:
                    parse_duration(str(frame[key]))
                except ValueError as exc:
                    raise invalid_voucher(f"validity_timeframe.{key} must be an ISO 8601 duration") from exc
    hours = body.get("validity_hours")
    if hours is not None and (not isinstance(hours, dict) or not isinstance(hours.get("daily", []), list)):
        raise invalid_voucher("validity_hours must be an object with a daily array")


def _discount(raw: Any) -> JSON:
    if not isinstance(raw, dict) or raw.get("type") not in DISCOUNT_TYPES:
        raise invalid_voucher(f"discount.type must be one of {', '.join(DISCOUNT_TYPES)}")
    out = dict(raw)
    required = {
        "AMOUNT": "amount_off",
        "PERCENT": "percent_off",
        "FIXED": "fixed_amount",
        "UNIT": "unit_off",
    }[out["type"]]
    value = out.get(required)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise invalid_voucher(f"discount.{required} must be a non-negative number")
    if out["type"] == "PERCENT" and value > 100:
        raise invalid_voucher("discount.percent_off must be at most 100")
    if out.get("amount_limit") is not None and (not is_int(out["amount_limit"]) or out["amount_limit"] < 0):
        raise invalid_voucher("discount.amount_limit must be a non-negative integer")
    if out.get("effect") is not None and out["effect"] not in DISCOUNT_EFFECTS:
        raise invalid_voucher(f"discount.effect must be one of {', '.join(DISCOUNT_EFFECTS)}")
    return out


def build_voucher(body: JSON, code: str | None, now: datetime, *, seeded: bool = False) -> JSON:
    """A voucher document from Voucherify's create-voucher body (or a seed entry, which may carry state).

    `seeded` keeps counters, ids and timestamps given in the body; a created voucher starts fresh.
    """
    if not isinstance(body, dict):
        raise invalid_voucher("The body must be a JSON object")
    code = code or body.get("code") or ids.voucher_id()[2:10]
    if not isinstance(code, str) or not code:
        raise invalid_voucher("code must be a non-empty string")
    vtype = body.get("type") or (
        "GIFT_VOUCHER"
        if body.get("gift")
        else "LOYALTY_CARD"
        if body.get("loyalty_card")
        else "DISCOUNT_VOUCHER"
    )
    if vtype not in VOUCHER_TYPES:
        raise invalid_voucher(f"type must be one of {', '.join(VOUCHER_TYPES)}")
    discount = gift = loyalty = None
    redemption_in = body.get("redemption") or {}
    if not isinstance(redemption_in, dict):
        raise invalid_voucher("redemption must be an object")
    quantity = redemption_in.get("quantity")
    if quantity is not None and (not is_int(quantity) or quantity < 0):
        raise invalid_voucher("redemption.quantity must be a non-negative integer or null")
    redemption: JSON = {
        "quantity": quantity,
        "redeemed_quantity": int(redemption_in.get("redeemed_quantity") or 0) if seeded else 0,
    }
    if vtype == "DISCOUNT_VOUCHER":
        discount = _discount(body.get("discount"))
    elif vtype == "GIFT_VOUCHER":
        raw = body.get("gift")
        if not isinstance(raw, dict) or not is_int(raw.get("amount")) or raw["amount"] < 0:
            raise invalid_voucher("gift.amount must be a non-negative integer")
        balance = raw.get("balance", raw["amount"]) if seeded else raw["amount"]
        gift = {"amount": raw["amount"], "balance": balance, "effect": raw.get("effect")}
        redemption["redeemed_amount"] = int(redemption_in.get("redeemed_amount") or 0) if seeded else 0
    else:
        raw = body.get("loyalty_card")
        if not isinstance(raw, dict) or not is_int(raw.get("points")) or raw["points"] < 0:
            raise invalid_voucher("loyalty_card.points must be a non-negative integer")
        balance = raw.get("balance", raw["points"]) if seeded else raw["points"]
        loyalty = {"points": raw["points"], "balance": balance}
        redemption["redeemed_points"] = int(redemption_in.get("redeemed_points") or 0) if seeded else 0
    redemption["object"] = "list"
    redemption["url"] = redemptions_url(code)
    active = body.get("active", True)
    if not isinstance(active, bool):
        raise invalid_voucher("active must be a boolean")
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise invalid_voucher("metadata must be an object")
    _check_windows(body)
    publish_in = body.get("publish") or {}
    doc: JSON = {
        "id": (body.get("id") if seeded else None) or ids.voucher_id(),
        "code": code,
        "campaign": body.get("campaign"),
        "campaign_id": body.get("campaign_id"),
        "category": body.get("category"),
        "category_id": body.get("category_id"),
        "categories": body.get("categories") or [],
        "type": vtype,
        "discount": discount,
        "gift": gift,
        "loyalty_card": loyalty,
        "start_date": _date(body, "start_date"),
        "expiration_date": _date(body, "expiration_date"),
        "validity_timeframe": body.get("validity_timeframe"),
        "validity_day_of_week": body.get("validity_day_of_week"),
        "validity_hours": body.get("validity_hours"),
        "active": active,
        "additional_info": body.get("additional_info"),
        "metadata": metadata,
        "assets": (body.get("assets") if seeded else None)
        or {
            "qr": {"id": ids.asset_id(), "url": f"https://dl.voucherify.io/api/v1/assets/qr/{code}"},
            "barcode": {
                "id": ids.asset_id(),
                "url": f"https://dl.voucherify.io/api/v1/assets/barcode/{code}",
            },
        },
        "is_referral_code": bool(body.get("is_referral_code", False)),
        "created_at": (body.get("created_at") if seeded else None) or iso(now),
        "updated_at": body.get("updated_at") if seeded else None,
        "holder_id": body.get("holder_id") if seeded else None,
        "referrer_id": body.get("referrer_id") if seeded else None,
        "validation_rules_assignments": {"object": "list", "data_ref": "data", "data": [], "total": 0},
        "redemption": redemption,
        "publish": {
            "object": "list",
            "count": int(publish_in.get("count") or 0) if seeded else 0,
            "url": publications_url(code),
        },
        "object": "voucher",
        "applicable_to": _empty_list(),
        "inapplicable_to": _empty_list(),
    }
    if body.get("campaign_type") is not None:
        if body["campaign_type"] not in CAMPAIGN_TYPES:
            raise invalid_voucher(f"campaign_type must be one of {', '.join(CAMPAIGN_TYPES)}")
        doc["campaign_type"] = body["campaign_type"]
    return doc


def campaign_type(voucher: JSON) -> str:
    """Standalone vouchers have no campaign; derive the type the redeemables page reports."""
    if voucher.get("campaign_type"):
        return str(voucher["campaign_type"])
    if voucher.get("is_referral_code"):
        return "REFERRAL_PROGRAM"
    return {"GIFT_VOUCHER": "GIFT_VOUCHERS", "LOYALTY_CARD": "LOYALTY_PROGRAM"}.get(
        voucher["type"], "DISCOUNT_COUPONS"
    )


_FULL_OMIT_IF_NONE = ("validity_hours", "holder_id", "referrer_id")


def full_voucher(doc: JSON) -> JSON:
    """The voucher as the redeem response embeds it."""
    out = {k: v for k, v in doc.items() if k != "campaign_type"}
    for key in _FULL_OMIT_IF_NONE:
        if out.get(key) is None:
            out.pop(key, None)
    return out


_HOLDER_KEYS = (
    "id",
    "code",
    "campaign",
    "campaign_id",
    "category",
    "category_id",
    "categories",
    "type",
    "discount",
    "gift",
    "loyalty_card",
    "start_date",
    "expiration_date",
    "validity_timeframe",
    "validity_hours",
    "validity_day_of_week",
    "active",
    "additional_info",
    "metadata",
    "assets",
    "is_referral_code",
    "created_at",
    "updated_at",
    "holder_id",
)


def holder_voucher(doc: JSON, holder_customer_id: str) -> JSON:
    """The voucher as the customer redeemables page shows it."""
    out = {k: doc.get(k) for k in _HOLDER_KEYS}
    out["holder_id"] = doc.get("holder_id") or holder_customer_id
    if doc.get("referrer_id"):
        out["referrer_id"] = doc["referrer_id"]
    redemption = {k: v for k, v in doc["redemption"].items() if k in ("quantity", "redeemed_quantity")}
    for key in ("redeemed_amount", "redeemed_points"):
        if key in doc["redemption"]:
            redemption[key] = doc["redemption"][key]
    redemption["object"] = "list"
    redemption["url"] = doc["redemption"]["url"]
    out["redemption"] = redemption
    out["publish"] = dict(doc["publish"])
    out["object"] = "voucher"
    return out


def holder_document(
    customer_id: str,
    voucher: JSON,
    role: str,
    now: datetime,
    *,
    holder_id: str | None = None,
    kind: str | None = None,
    created_at: str | None = None,
) -> JSON:
    """A redeemable holder: `customer_id` holds `voucher` as OWNER, REFERRER or REFEREE."""
    return {
        "id": holder_id or ids.holder_id(),
        "customer_id": customer_id,
        "voucher_id": voucher["id"],
        "holder_role": role,
        "campaign_type": kind or campaign_type(voucher),
        "created_at": created_at or iso(now),
    }


def voucher_stub(doc: JSON) -> JSON:
    """The voucher as redemption list entries embed it."""
    return {"id": doc["id"], "code": doc["code"], "campaign_id": doc.get("campaign_id")}


# --- customers -----------------------------------------------------------------------------------

_CUSTOMER_FIELDS = ("name", "email", "phone", "description", "address", "birthdate", "metadata")


def invalid_customer(details: str) -> ApiError:
    return ApiError(400, "invalid_customer", "Invalid customer", details, resource_type="customer")


def merge_customer(existing: JSON | None, body: JSON, now: datetime, *, seeded: bool = False) -> JSON:
    """Voucherify's upsert: fields given in the body replace the stored ones, others are kept."""
    if not isinstance(body, dict):
        raise invalid_customer("customer must be an object")
    for key in ("source_id", "name", "email", "phone", "description"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise invalid_customer(f"customer.{key} must be a string")
    if body.get("metadata") is not None and not isinstance(body["metadata"], dict):
        raise invalid_customer("customer.metadata must be an object")
    if existing is None:
        doc: JSON = {
            "id": (body.get("id") if seeded else None) or ids.customer_id(),
            "source_id": body.get("source_id"),
            "name": None,
            "email": None,
            "phone": None,
            "description": None,
            "address": None,
            "metadata": {},
            "created_at": (body.get("created_at") if seeded else None) or iso(now),
            "updated_at": None,
            "object": "customer",
        }
    else:
        doc = dict(existing)
        doc["updated_at"] = iso(now)
    for key in _CUSTOMER_FIELDS:
        if key in body and body[key] is not None:
            doc[key] = body[key]
    if body.get("source_id") is not None:
        doc["source_id"] = body["source_id"]
    return doc


def customer_snapshot(doc: JSON) -> JSON:
    """The customer as a redemption embeds it."""
    return {
        "id": doc["id"],
        "name": doc.get("name"),
        "email": doc.get("email"),
        "source_id": doc.get("source_id"),
        "metadata": doc.get("metadata") or {},
        "object": "customer",
    }
