"""Publications: which voucher a publication names, and what publishing it records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from . import ids
from .documents import customer_snapshot, full_voucher, holder_document
from .errors import ApiError, not_found
from .store import Tx
from .timeutil import iso

JSON = dict[str, Any]


def voucher_of(tx: Tx, body: JSON) -> JSON:
    """The voucher given by code or id, or the first unpublished one of the campaign given."""
    ref = body.get("voucher")
    if isinstance(ref, dict):
        ref = ref.get("code") or ref.get("id")
    if isinstance(ref, str) and ref:
        voucher = tx.voucher_by_code(ref) or tx.voucher_by_id(ref)
        if voucher is None:
            raise not_found("voucher", ref)
        return voucher
    campaign = body.get("campaign")
    if isinstance(campaign, dict):
        campaign = campaign.get("name") or campaign.get("id")
    if isinstance(campaign, str) and campaign:
        for candidate in tx.voucher_in_campaign(campaign):
            if not candidate.get("holder_id"):
                return candidate
        raise ApiError(
            400,
            "no_voucher_suitable_for_publication",
            "No voucher suitable for publication",
            f"Campaign {campaign} has no unpublished voucher",
        )
    raise ApiError(400, "invalid_publish_params", "Invalid publication", "Give voucher (a code) or campaign")


def assign(tx: Tx, voucher: JSON, customer: JSON, role: str, now: datetime) -> None:
    """Records the customer as a holder in `role`, once; the voucher counts the publication."""
    if tx.holder(customer["id"], voucher["id"], role) is not None:
        return
    tx.insert_holder(holder_document(customer["id"], voucher, role, now))
    voucher["publish"]["count"] = int(voucher["publish"].get("count") or 0) + 1
    if role in ("OWNER", "REFERRER") and not voucher.get("holder_id"):
        voucher["holder_id"] = customer["id"]
    if role == "REFERRER":
        voucher["referrer_id"] = customer["id"]
    voucher["updated_at"] = iso(now)
    tx.update_voucher(voucher)


def publication_document(body: JSON, voucher: JSON, customer: JSON, tracking: str, now: datetime) -> JSON:
    return {
        "id": ids.publication_id(),
        "object": "publication",
        "created_at": iso(now),
        "customer_id": customer["id"],
        "tracking_id": tracking,
        "metadata": body.get("metadata") or {},
        "channel": body.get("channel") or "API",
        "source_id": body.get("source_id"),
        "result": "SUCCESS",
        "customer": {**customer_snapshot(customer)},
        "vouchers_id": [voucher["id"]],
        "voucher": full_voucher(voucher),
    }
