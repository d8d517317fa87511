"""Seed files: the JSON data set loaded at start (the default one reproduces the documented examples).

Format (every list optional):
    {"customers":   [customer objects: id?, source_id, name, email, metadata, created_at?],
     "vouchers":    [voucher objects in Voucherify's shape; may carry state: id, redemption.redeemed_quantity,
                     gift.balance, loyalty_card.balance, publish.count, holder_id, created_at...],
     "redeemables": [{"id"?, "customer_id", "voucher": code, "holder_role", "created_at"?, "campaign_type"?}],
     "redemptions": [redemption or redemption_rollback objects, stored as given]}
Loading is idempotent: a record whose id (or voucher code) is already stored is skipped, so a seed can be
applied at every start of a persistent database without duplicating or overwriting anything.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .documents import build_voucher, holder_document, merge_customer
from .errors import ApiError
from .service import Emulator

DEFAULT_SEED = Path(__file__).with_name("seed_data.json")


def read_seed(path: str | Path | None = None) -> dict[str, Any]:
    with open(path or DEFAULT_SEED, encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError("a seed file holds one JSON object")
    return data


def load_seed(emulator: Emulator, data: dict[str, Any]) -> dict[str, int]:
    """Inserts what is missing, in one transaction; returns how many records of each kind were added."""
    now = emulator.clock()
    added = {"customers": 0, "vouchers": 0, "redeemables": 0, "redemptions": 0}
    with emulator.store.transaction() as tx:
        for raw in data.get("customers", []):
            if raw.get("id") and tx.customer_by_id(raw["id"]) is not None:
                continue
            if raw.get("source_id") and tx.customer_by_source_id(raw["source_id"]) is not None:
                continue
            tx.save_customer(merge_customer(None, raw, now, seeded=True))
            added["customers"] += 1
        for raw in data.get("vouchers", []):
            if tx.voucher_exists(raw.get("id") or "", raw.get("code") or ""):
                continue
            tx.insert_voucher(build_voucher(raw, None, now, seeded=True))
            added["vouchers"] += 1
        for raw in data.get("redeemables", []):
            if raw.get("id") and tx.holder_exists(raw["id"]):
                continue
            voucher = tx.voucher_by_code(raw["voucher"]) if raw.get("voucher") else None
            if voucher is None and raw.get("voucher_id"):
                voucher = tx.voucher_by_id(raw["voucher_id"])
            if voucher is None:
                raise ApiError(
                    400, "invalid_payload", "Invalid seed", f"unknown voucher in redeemable {raw!r}"
                )
            tx.insert_holder(
                holder_document(
                    raw["customer_id"],
                    voucher,
                    raw.get("holder_role", "OWNER"),
                    now,
                    holder_id=raw.get("id"),
                    kind=raw.get("campaign_type"),
                    created_at=raw.get("created_at"),
                )
            )
            added["redeemables"] += 1
        for raw in data.get("redemptions", []):
            if tx.redemption_exists(raw["id"]):
                continue
            tx.insert_redemption(raw, raw.get("related_object_id"))
            added["redemptions"] += 1
    return added
