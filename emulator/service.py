"""The stand-in's operations: each one is a single store transaction over the pure rules.

Handlers call these synchronously (no await inside), so a redeem's reads and writes happen in one
`BEGIN IMMEDIATE` transaction under the store lock and concurrent redeems are exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from . import ids, rules
from .documents import (
    HOLDER_ROLES,
    build_voucher,
    campaign_type,
    customer_snapshot,
    full_voucher,
    holder_voucher,
    invalid_customer,
    merge_customer,
    voucher_stub,
)
from .errors import ApiError, duplicate, invalid_payload, invalid_query, not_found
from .filters import parse_filters
from .rules import PricedOrder
from .store import Store, Tx
from .timeutil import Clock, iso, system_clock

JSON = dict[str, Any]

_CUSTOMER_DATA_KEYS = ("name", "email", "phone", "description", "address", "birthdate", "metadata")


class Session:
    """A LOCK session named in a request."""

    def __init__(self, key: str, ttl: float, ttl_unit: str) -> None:
        self.key = key
        self.ttl = ttl
        self.ttl_unit = ttl_unit

    def expires_at(self, now: datetime) -> datetime:
        return now + timedelta(seconds=rules.ttl_seconds(self.ttl, self.ttl_unit))

    def echo(self) -> JSON:
        ttl: float | int = int(self.ttl) if float(self.ttl).is_integer() else self.ttl
        return {"key": self.key, "type": "LOCK", "ttl": ttl, "ttl_unit": self.ttl_unit}


def _parse_session(raw: Any) -> Session | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("type", "LOCK") != "LOCK":
        raise invalid_payload("session.type must be LOCK")
    key = raw.get("key") or ids.session_key()
    ttl, unit = raw.get("ttl"), raw.get("ttl_unit")
    if ttl is None and unit is None:
        ttl, unit = rules.DEFAULT_TTL
    unit = unit or "DAYS"
    if ttl is None:
        ttl = rules.DEFAULT_TTL[0]
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or ttl <= 0:
        raise invalid_payload("session.ttl must be a positive number")
    if unit not in rules.TTL_UNITS:
        raise invalid_payload(f"session.ttl_unit must be one of {', '.join(rules.TTL_UNITS)}")
    if not isinstance(key, str):
        raise invalid_payload("session.key must be a string")
    return Session(key, float(ttl), unit)


def _body(raw: Any) -> JSON:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise invalid_payload("The request body must be a JSON object")
    return raw


def _positive_int(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise invalid_payload(f"{what} must be an integer")
    return int(value)


class _Attempt(NamedTuple):
    voucher: JSON
    session: Session | None
    customer: JSON | None
    priced: PricedOrder | None
    taken: int | None
    failure: ApiError | None


class Emulator:
    """Voucherify's behaviour over a Store, with an injectable clock."""

    def __init__(self, store: Store, clock: Clock = system_clock) -> None:
        self.store = store
        self.clock = clock

    # --- customers ------------------------------------------------------------------------------

    def _resolve_customer(self, tx: Tx, raw: Any, now: datetime) -> JSON | None:
        """Matches by id (must exist) or source_id (upserted), as Voucherify does on redeem."""
        if raw is None:
            return None
        if not isinstance(raw, dict):
            raise invalid_customer("customer must be an object")
        has_data = any(raw.get(k) is not None for k in _CUSTOMER_DATA_KEYS)
        if raw.get("id"):
            found = tx.customer_by_id(str(raw["id"]))
            if found is None:
                raise not_found("customer", str(raw["id"]))
            if has_data:
                found = merge_customer(found, raw, now)
                tx.save_customer(found)
            return found
        if raw.get("source_id") is not None:
            existing = tx.customer_by_source_id(str(raw["source_id"]))
            if existing is not None and not has_data:
                return existing
            doc = merge_customer(existing, raw, now)
            tx.save_customer(doc)
            return doc
        if has_data:
            doc = merge_customer(None, raw, now)
            tx.save_customer(doc)
            return doc
        return None

    def upsert_customer(self, raw: Any) -> JSON:
        body = _body(raw)
        now = self.clock()
        with self.store.transaction() as tx:
            existing = None
            if body.get("source_id") is not None:
                existing = tx.customer_by_source_id(str(body["source_id"]))
            doc = merge_customer(existing, body, now)
            tx.save_customer(doc)
        return doc

    def get_customer(self, key: str) -> JSON:
        with self.store.reading() as tx:
            found = tx.customer_by_id(key) or tx.customer_by_source_id(key)
        if found is None:
            raise not_found("customer", key)
        return found

    # --- vouchers -------------------------------------------------------------------------------

    def create_voucher(self, raw: Any, code: str | None = None) -> JSON:
        doc = build_voucher(_body(raw), code, self.clock())
        with self.store.transaction() as tx:
            if tx.voucher_exists(doc["id"], doc["code"]):
                raise duplicate("voucher", doc["code"])
            tx.insert_voucher(doc)
        return full_voucher(doc)

    def get_voucher(self, code: str) -> JSON:
        with self.store.reading() as tx:
            doc = tx.voucher_by_code(code)
        if doc is None:
            raise not_found("voucher", code)
        return full_voucher(doc)

    # --- publications ---------------------------------------------------------------------------

    def publish(self, raw: Any) -> JSON:
        """Assigns a voucher to a customer and records the redeemable holder with its role."""
        body = _body(raw)
        now = self.clock()
        role = body.get("holder_role")
        if role is not None and role not in HOLDER_ROLES:
            raise ApiError(400, "invalid_publish_params", "Invalid publication", "Unknown holder_role")
        if body.get("customer") is None:
            raise ApiError(400, "missing_customer", "Missing customer", "A publication needs a customer")
        with self.store.transaction() as tx:
            voucher = self._publication_voucher(tx, body)
            customer = self._resolve_customer(tx, body["customer"], now)
            if customer is None:
                raise ApiError(400, "missing_customer", "Missing customer", "A publication needs a customer")
            role = role or ("REFERRER" if voucher.get("is_referral_code") else "OWNER")
            if tx.holder(customer["id"], voucher["id"], role) is None:
                tx.insert_holder(
                    {
                        "id": ids.holder_id(),
                        "customer_id": customer["id"],
                        "voucher_id": voucher["id"],
                        "holder_role": role,
                        "campaign_type": campaign_type(voucher),
                        "created_at": iso(now),
                    }
                )
                voucher["publish"]["count"] = int(voucher["publish"].get("count") or 0) + 1
                if role in ("OWNER", "REFERRER") and not voucher.get("holder_id"):
                    voucher["holder_id"] = customer["id"]
                if role == "REFERRER":
                    voucher["referrer_id"] = customer["id"]
                voucher["updated_at"] = iso(now)
                tx.update_voucher(voucher)
            publication = {
                "id": ids.publication_id(),
                "object": "publication",
                "created_at": iso(now),
                "customer_id": customer["id"],
                "tracking_id": self._tracking(customer, None),
                "metadata": body.get("metadata") or {},
                "channel": body.get("channel") or "API",
                "source_id": body.get("source_id"),
                "result": "SUCCESS",
                "customer": {**customer_snapshot(customer)},
                "vouchers_id": [voucher["id"]],
                "voucher": full_voucher(voucher),
            }
            tx.insert_publication(publication)
        return publication

    def _publication_voucher(self, tx: Tx, body: JSON) -> JSON:
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
        raise ApiError(
            400, "invalid_publish_params", "Invalid publication", "Give voucher (a code) or campaign"
        )

    # --- redemption -----------------------------------------------------------------------------

    @staticmethod
    def _tracking(customer: JSON | None, given: str | None) -> str:
        if customer is not None:
            return ids.tracking_id(customer.get("source_id") or customer["id"])
        return given or ids.tracking_id(ids.customer_id())

    def _attempt(self, tx: Tx, code: str, body: JSON, now: datetime) -> _Attempt:
        """What a redemption and a validation both start with: the voucher, session and customer,
        and the rules' verdict on them."""
        voucher = tx.voucher_by_code(code)
        if voucher is None:
            raise not_found("voucher", code)
        session = _parse_session(body.get("session"))
        customer = self._resolve_customer(tx, body.get("customer"), now)
        return _Attempt(voucher, session, customer, *self._evaluate(tx, voucher, body, session, now))

    def _evaluate(
        self, tx: Tx, voucher: JSON, body: JSON, session: Session | None, now: datetime
    ) -> tuple[PricedOrder | None, int | None, ApiError | None]:
        """Runs every rule; returns the priced order, credits/points to take, or the violation."""
        locks = [
            lk for lk in tx.locks(voucher["id"], iso(now)) if session is None or lk["key"] != session.key
        ]
        priced = rules.price_order(body.get("order"))
        error = rules.check_validity(voucher, now) or rules.check_quantity(voucher, len(locks))
        if error is not None:
            return priced, None, error
        if voucher["type"] == "GIFT_VOUCHER":
            gift_in = body.get("gift") or {}
            requested = _positive_int(
                gift_in.get("credits") if isinstance(gift_in, dict) else None, "gift.credits"
            )
            credits = rules.gift_credits(voucher, requested, priced, sum(lk["credits"] for lk in locks))
            if isinstance(credits, ApiError):
                return priced, None, credits
            rules.apply_credits(credits, voucher["gift"].get("effect"), priced)
            return priced, credits, None
        if voucher["type"] == "LOYALTY_CARD":
            reward = body.get("reward") or {}
            requested = _positive_int(
                reward.get("points") if isinstance(reward, dict) else None, "reward.points"
            )
            points = rules.loyalty_points(voucher, requested, sum(lk["points"] for lk in locks))
            if isinstance(points, ApiError):
                return priced, None, points
            return priced, points, None
        if priced is not None and voucher.get("discount"):
            rules.apply_discount(voucher["discount"], priced)
        return priced, None, None

    @staticmethod
    def _order_doc(
        order_in: JSON, priced: PricedOrder, rid: str, now: datetime, voucher: JSON, customer: JSON | None
    ) -> JSON:
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

    def redeem(self, code: str, raw: Any, tracking_id: str | None, channel: JSON) -> JSON:
        """POST /v1/vouchers/{code}/redemption; a refused redemption is stored as FAILURE, then raised."""
        body = _body(raw)
        metadata = body.get("metadata")
        if metadata is not None and not isinstance(metadata, dict):
            raise invalid_payload("metadata must be an object")
        order_in = body.get("order")
        if order_in is not None and not isinstance(order_in, dict):
            raise invalid_payload("order must be an object")
        failure: ApiError | None = None
        with self.store.transaction() as tx:
            now = self.clock()
            voucher, session, customer, priced, taken, failure = self._attempt(tx, code, body, now)
            rid = ids.redemption_id()
            doc: JSON = {
                "id": rid,
                "object": "redemption",
                "date": iso(now),
                "customer_id": customer["id"] if customer else None,
                "tracking_id": self._tracking(customer, tracking_id),
                "metadata": metadata or {},
            }
            if taken is not None:
                doc["amount"] = taken
            doc["result"] = "FAILURE" if failure else "SUCCESS"
            if failure is not None:
                doc["failure_code"] = failure.key
                doc["failure_message"] = failure.message
                if priced is not None:
                    priced.order_discount, priced.item_discounts = 0, [0] * len(priced.items)
            if session is not None:
                doc["session"] = session.echo()
            if priced is not None and order_in is not None:
                doc["order"] = self._order_doc(order_in, priced, rid, now, voucher, customer)
            doc["channel"] = channel
            doc["customer"] = customer_snapshot(customer) if customer else None
            doc["related_object_type"] = "voucher"
            doc["related_object_id"] = voucher["id"]
            doc["voucher"] = voucher_stub(voucher)
            if failure is None:
                self._consume(tx, voucher, doc, taken, customer, session, now)
            tx.insert_redemption(doc, voucher["id"])
        if failure is not None:
            raise failure
        return {**doc, "voucher": full_voucher(voucher)}

    @staticmethod
    def _consume(
        tx: Tx,
        voucher: JSON,
        doc: JSON,
        taken: int | None,
        customer: JSON | None,
        session: Session | None,
        now: datetime,
    ) -> None:
        """Applies a successful redemption to the voucher (quantity, balance, points, session, referee)."""
        redemption = voucher["redemption"]
        redemption["redeemed_quantity"] = int(redemption.get("redeemed_quantity") or 0) + 1
        if voucher["type"] == "GIFT_VOUCHER" and taken is not None:
            voucher["gift"]["balance"] = int(voucher["gift"]["balance"]) - taken
            redemption["redeemed_amount"] = int(redemption.get("redeemed_amount") or 0) + taken
            doc["gift"] = {"amount": taken}
        if voucher["type"] == "LOYALTY_CARD" and taken is not None:
            voucher["loyalty_card"]["balance"] = int(voucher["loyalty_card"]["balance"]) - taken
            redemption["redeemed_points"] = int(redemption.get("redeemed_points") or 0) + taken
            doc["loyalty_card"] = {"points": taken}
        voucher["updated_at"] = iso(now)
        tx.update_voucher(voucher)
        if session is not None:
            tx.release_lock(voucher["id"], session.key)
        referrer = voucher.get("referrer_id") or voucher.get("holder_id")
        if (
            voucher.get("is_referral_code")
            and customer is not None
            and customer["id"] != referrer
            and tx.holder(customer["id"], voucher["id"], "REFEREE") is None
        ):
            tx.insert_holder(
                {
                    "id": ids.holder_id(),
                    "customer_id": customer["id"],
                    "voucher_id": voucher["id"],
                    "holder_role": "REFEREE",
                    "campaign_type": campaign_type(voucher),
                    "created_at": iso(now),
                }
            )

    def validate(self, code: str, raw: Any, tracking_id: str | None) -> JSON:
        """POST /v1/vouchers/{code}/validate: checks the rules and, with a LOCK session, holds the voucher."""
        body = _body(raw)
        with self.store.transaction() as tx:
            now = self.clock()
            voucher, session, customer, priced, taken, failure = self._attempt(tx, code, body, now)
            tracking = self._tracking(customer, tracking_id)
            if failure is not None:
                return {
                    "valid": False,
                    "code": code,
                    "reason": failure.message,
                    "error": {k: v for k, v in failure.body().items() if k != "request_id"},
                    "tracking_id": tracking,
                    "metadata": body.get("metadata") or {},
                }
            out: JSON = {"valid": True, "code": code}
            if voucher["type"] == "DISCOUNT_VOUCHER":
                out["discount"] = voucher["discount"]
            elif voucher["type"] == "GIFT_VOUCHER":
                out["gift"] = {**voucher["gift"], "credits": taken}
            else:
                out["loyalty"] = {"points_cost": taken}
            if priced is not None:
                order = self._order_doc(body.get("order") or {}, priced, "validation", now, voucher, customer)
                order.pop("redemptions", None)
                out["order"] = order
            out["tracking_id"] = tracking
            out["metadata"] = body.get("metadata") or {}
            if session is not None:
                tx.put_lock(
                    voucher["id"],
                    session.key,
                    iso(session.expires_at(now)),
                    taken if voucher["type"] == "GIFT_VOUCHER" and taken else 0,
                    taken if voucher["type"] == "LOYALTY_CARD" and taken else 0,
                )
                out["session"] = session.echo()
        return out

    def release_session(self, code: str, key: str) -> None:
        with self.store.transaction() as tx:
            voucher = tx.voucher_by_code(code)
            if voucher is None:
                raise not_found("voucher", code)
            if not tx.release_lock(voucher["id"], key):
                raise not_found("session", key)

    # --- rollback -------------------------------------------------------------------------------

    def rollback(self, redemption_id: str, raw: Any, reason: str | None, tracking_id: str | None) -> JSON:
        """POST /v1/redemptions/{id}/rollback: gives back the quantity, credits or points."""
        body = _body(raw)
        reason = reason or body.get("reason")
        with self.store.transaction() as tx:
            now = self.clock()
            found = tx.redemption(redemption_id)
            if found is None:
                raise not_found("redemption", redemption_id)
            parent, rolled_back = found
            if parent.get("object") != "redemption" or parent.get("result") != "SUCCESS":
                raise ApiError(
                    400,
                    "invalid_rollback_params",
                    "Invalid rollback",
                    "Only a successful redemption can be rolled back",
                    resource_id=redemption_id,
                    resource_type="redemption",
                )
            if rolled_back:
                raise ApiError(
                    400,
                    "already_rolled_back",
                    "Already rolled back",
                    f"Redemption {redemption_id} has already been rolled back",
                    resource_id=redemption_id,
                    resource_type="redemption",
                )
            voucher = tx.voucher_by_id(parent["related_object_id"])
            if voucher is None:
                raise not_found("voucher", parent["related_object_id"])
            amount = parent.get("amount")
            redemption = voucher["redemption"]
            redemption["redeemed_quantity"] = max(0, int(redemption.get("redeemed_quantity") or 0) - 1)
            doc: JSON = {
                "id": ids.rollback_id(),
                "object": "redemption_rollback",
                "date": iso(now),
                "customer_id": parent.get("customer_id"),
                "tracking_id": parent.get("tracking_id") or tracking_id,
                "metadata": body.get("metadata") or {},
            }
            if amount is not None:
                doc["amount"] = -int(amount)
            doc.update(
                {
                    "redemption": redemption_id,
                    "reason": reason,
                    "result": "SUCCESS",
                    "status": "SUCCEEDED",
                }
            )
            if "order" in parent:
                doc["order"] = parent["order"]
            doc["channel"] = parent.get("channel")
            doc["customer"] = parent.get("customer")
            doc["related_object_type"] = "voucher"
            doc["related_object_id"] = voucher["id"]
            doc["voucher"] = voucher_stub(voucher)
            if voucher["type"] == "GIFT_VOUCHER" and amount is not None:
                voucher["gift"]["balance"] = int(voucher["gift"]["balance"]) + int(amount)
                redemption["redeemed_amount"] = max(
                    0, int(redemption.get("redeemed_amount") or 0) - int(amount)
                )
                doc["gift"] = {"amount": -int(amount)}
            if voucher["type"] == "LOYALTY_CARD" and amount is not None:
                voucher["loyalty_card"]["balance"] = int(voucher["loyalty_card"]["balance"]) + int(amount)
                redemption["redeemed_points"] = max(
                    0, int(redemption.get("redeemed_points") or 0) - int(amount)
                )
                doc["loyalty_card"] = {"points": -int(amount)}
            voucher["updated_at"] = iso(now)
            tx.update_voucher(voucher)
            tx.mark_rolled_back(redemption_id)
            tx.insert_redemption(doc, voucher["id"])
        return {**doc, "voucher": full_voucher(voucher)}

    # --- the documented reads -------------------------------------------------------------------

    def voucher_redemptions(self, code: str) -> JSON:
        with self.store.reading() as tx:
            voucher = tx.voucher_by_code(code)
            if voucher is None:
                raise not_found("voucher", code)
            entries = tx.redemptions_of_voucher(voucher["id"])
        return {
            "quantity": voucher["redemption"].get("quantity"),
            "redeemed_quantity": int(voucher["redemption"].get("redeemed_quantity") or 0),
            "object": "list",
            "url": voucher["redemption"]["url"],
            "data_ref": "redemption_entries",
            "total": len(entries),
            "redemption_entries": entries,
        }

    def get_redemption(self, redemption_id: str) -> JSON:
        with self.store.reading() as tx:
            found = tx.redemption(redemption_id)
            if found is None:
                raise not_found("redemption", redemption_id)
            doc = found[0]
            voucher = tx.voucher_by_id(doc.get("related_object_id") or "")
        if voucher is not None:
            doc["voucher"] = full_voucher(voucher)
        return doc

    def customer_redeemables(self, customer_key: str, query: Iterable[tuple[str, str]]) -> JSON:
        pairs = list(query)
        limit, order, after = _page_params(pairs)
        wanted = parse_filters(pairs)
        now = self.clock()
        with self.store.reading() as tx:
            customer = tx.customer_by_id(customer_key) or tx.customer_by_source_id(customer_key)
            if customer is None:
                raise not_found("customer", customer_key)
            holders = tx.holders_of_customer(customer["id"])
            vouchers = {h["voucher_id"]: tx.voucher_by_id(h["voucher_id"]) for h in holders}
        if order == "-id":
            holders.reverse()
        if after is not None:
            position = next((i for i, h in enumerate(holders) if h["id"] == after), None)
            holders = [] if position is None else holders[position + 1 :]
        records = []
        for holder in holders:
            voucher = vouchers.get(holder["voucher_id"])
            if voucher is None:
                continue
            record = {
                "id": holder["id"],
                "created_at": holder["created_at"],
                "redeemable_id": voucher["id"],
                "redeemable_object": "voucher",
                "customer_id": holder["customer_id"],
                "holder_role": holder["holder_role"],
                "campaign_id": voucher.get("campaign_id"),
                "campaign_type": holder.get("campaign_type") or campaign_type(voucher),
                "voucher_type": voucher["type"],
            }
            if not wanted.matches(record, now):
                continue
            record["redeemable"] = {
                "type": "voucher",
                "voucher": holder_voucher(voucher, holder["customer_id"]),
                "status": rules.voucher_status(voucher, now),
            }
            records.append(record)
        page = records[:limit]
        out: JSON = {"object": "list", "data_ref": "data", "data": page, "total": len(page)}
        out["has_more"] = len(records) > limit
        if out["has_more"]:
            out["more_starting_after"] = page[-1]["id"]
        return out


def _page_params(pairs: list[tuple[str, str]]) -> tuple[int, str, str | None]:
    values = dict(pairs)
    limit = 10
    if "limit" in values:
        try:
            limit = int(values["limit"])
        except ValueError as exc:
            raise invalid_query("limit must be an integer between 1 and 100") from exc
        if not 1 <= limit <= 100:
            raise invalid_query("limit must be an integer between 1 and 100")
    order = values.get("order", "-id")
    if order not in ("id", "-id"):
        raise invalid_query(f"order must be one of id, -id; got {order!r}")
    after = values.get("starting_after_id") or None
    return limit, order, after
