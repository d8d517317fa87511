"""The stand-in's operations: each one is a single store transaction over the pure rules.

Handlers call these synchronously (no await inside), so a redeem's reads and writes happen in one
`BEGIN IMMEDIATE` transaction under the store lock and concurrent redeems are exact. What each
operation reads from its request is in `inputs`, the rules in `rules` and `attempt`, the balance
changes in `balances`, and the answers' shapes in `shapes` and `documents`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from . import balances, customers, ids, inputs, publications, rules, shapes
from .attempt import attempt, tracking
from .documents import (
    HOLDER_ROLES,
    build_voucher,
    campaign_type,
    customer_snapshot,
    full_voucher,
    holder_document,
    holder_voucher,
)
from .errors import ApiError, duplicate, invalid_payload, not_found
from .filters import parse_filters
from .store import Store, Tx
from .timeutil import Clock, iso, system_clock

JSON = dict[str, Any]


class Emulator:
    """Voucherify's behaviour over a Store, with an injectable clock."""

    def __init__(self, store: Store, clock: Clock = system_clock) -> None:
        self.store = store
        self.clock = clock

    # --- customers and vouchers -----------------------------------------------------------------

    def upsert_customer(self, raw: Any) -> JSON:
        body = inputs.body(raw)
        now = self.clock()
        with self.store.transaction() as tx:
            return customers.upsert(tx, body, now)

    def get_customer(self, key: str) -> JSON:
        with self.store.reading() as tx:
            found = tx.customer_by_id(key) or tx.customer_by_source_id(key)
        if found is None:
            raise not_found("customer", key)
        return found

    def create_voucher(self, raw: Any, code: str | None = None) -> JSON:
        doc = build_voucher(inputs.body(raw), code, self.clock())
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

    def publish(self, raw: Any) -> JSON:
        """Assigns a voucher to a customer and records the redeemable holder with its role."""
        body = inputs.body(raw)
        now = self.clock()
        role = body.get("holder_role")
        if role is not None and role not in HOLDER_ROLES:
            raise ApiError(400, "invalid_publish_params", "Invalid publication", "Unknown holder_role")
        missing = ApiError(400, "missing_customer", "Missing customer", "A publication needs a customer")
        if body.get("customer") is None:
            raise missing
        with self.store.transaction() as tx:
            voucher = publications.voucher_of(tx, body)
            customer = customers.resolve(tx, body["customer"], now)
            if customer is None:
                raise missing
            role = role or ("REFERRER" if voucher.get("is_referral_code") else "OWNER")
            publications.assign(tx, voucher, customer, role, now)
            publication = publications.publication_document(
                body, voucher, customer, tracking(customer, None), now
            )
            tx.insert_publication(publication)
        return publication

    # --- redemption -----------------------------------------------------------------------------

    def redeem(self, code: str, raw: Any, tracking_id: str | None, channel: JSON) -> JSON:
        """POST /v1/vouchers/{code}/redemption; a refused redemption is stored as FAILURE, then raised."""
        body = inputs.body(raw)
        metadata = inputs.optional_object(body.get("metadata"), "metadata")
        order_in = inputs.optional_object(body.get("order"), "order")
        with self.store.transaction() as tx:
            now = self.clock()
            voucher, lock, customer, priced, taken, failure = attempt(tx, code, body, now)
            rid = ids.redemption_id()
            doc = shapes.redemption_document(
                rid, now, customer, tracking(customer, tracking_id), metadata, taken, failure
            )
            if failure is not None and priced is not None:
                priced.order_discount, priced.item_discounts = 0, [0] * len(priced.items)
            if lock is not None:
                doc["session"] = lock.echo()
            if priced is not None and order_in is not None:
                doc["order"] = shapes.order_document(order_in, priced, rid, now, voucher, customer)
            shapes.related_fields(doc, channel, shapes.customer_part(customer), voucher)
            if failure is None:
                doc.update(balances.take(voucher, taken))
                self._save_voucher(tx, voucher, now)
                if lock is not None:
                    tx.release_lock(voucher["id"], lock.key)
                self._add_referee(tx, voucher, customer, now)
            tx.insert_redemption(doc, voucher["id"])
        if failure is not None:
            raise failure
        return {**doc, "voucher": full_voucher(voucher)}

    @staticmethod
    def _save_voucher(tx: Tx, voucher: JSON, now: datetime) -> None:
        voucher["updated_at"] = iso(now)
        tx.update_voucher(voucher)

    @staticmethod
    def _add_referee(tx: Tx, voucher: JSON, customer: JSON | None, now: datetime) -> None:
        """A referral code redeemed by someone other than its referrer makes them a REFEREE holder."""
        referrer = voucher.get("referrer_id") or voucher.get("holder_id")
        if (
            voucher.get("is_referral_code")
            and customer is not None
            and customer["id"] != referrer
            and tx.holder(customer["id"], voucher["id"], "REFEREE") is None
        ):
            tx.insert_holder(holder_document(customer["id"], voucher, "REFEREE", now))

    def validate(self, code: str, raw: Any, tracking_id: str | None) -> JSON:
        """POST /v1/vouchers/{code}/validate: checks the rules and, with a LOCK session, holds the voucher."""
        body = inputs.body(raw)
        with self.store.transaction() as tx:
            now = self.clock()
            voucher, lock, customer, priced, taken, failure = attempt(tx, code, body, now)
            tracked = tracking(customer, tracking_id)
            if failure is not None:
                return shapes.refused_validation(code, failure, tracked, body.get("metadata"))
            out: JSON = {"valid": True, "code": code}
            if voucher["type"] == "DISCOUNT_VOUCHER":
                out["discount"] = voucher["discount"]
            elif voucher["type"] == "GIFT_VOUCHER":
                out["gift"] = {**voucher["gift"], "credits": taken}
            else:
                out["loyalty"] = {"points_cost": taken}
            if priced is not None:
                order = shapes.order_document(
                    body.get("order") or {}, priced, "validation", now, voucher, customer
                )
                order.pop("redemptions", None)
                out["order"] = order
            out["tracking_id"] = tracked
            out["metadata"] = body.get("metadata") or {}
            if lock is not None:
                tx.put_lock(
                    voucher["id"],
                    lock.key,
                    iso(lock.expires_at(now)),
                    taken if voucher["type"] == "GIFT_VOUCHER" and taken else 0,
                    taken if voucher["type"] == "LOYALTY_CARD" and taken else 0,
                )
                out["session"] = lock.echo()
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
        """POST /v1/redemptions/{id}/rollback: gives back the quantity, credits or points, once."""
        body = inputs.body(raw)
        metadata = inputs.optional_object(body.get("metadata"), "metadata")
        if reason is None and body.get("reason") is not None:
            if not isinstance(body["reason"], str):
                raise invalid_payload("reason must be a string")
            reason = body["reason"]
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
            named = customers.of_redemption(tx, body.get("customer"), parent.get("customer_id"), now)
            voucher = tx.voucher_by_id(parent["related_object_id"])
            if voucher is None:
                raise not_found("voucher", parent["related_object_id"])
            doc = shapes.rollback_document(parent, now, reason, tracking_id, metadata)
            shapes.mark_rolled_back(parent, doc)
            if "order" in parent:
                doc["order"] = parent["order"]
            customer = customer_snapshot(named) if named else parent.get("customer")
            shapes.related_fields(doc, parent.get("channel"), customer, voucher)
            doc.update(balances.give_back(voucher, parent.get("amount")))
            self._save_voucher(tx, voucher, now)
            tx.mark_rolled_back(parent)
            tx.insert_redemption(doc, voucher["id"])
        return {**doc, "voucher": full_voucher(voucher)}

    # --- the documented reads -------------------------------------------------------------------

    def voucher_redemptions(self, code: str) -> JSON:
        with self.store.reading() as tx:
            voucher = tx.voucher_by_code(code)
            if voucher is None:
                raise not_found("voucher", code)
            entries = tx.redemptions_of_voucher(voucher["id"])
        return shapes.voucher_redemptions_page(voucher, entries)

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
        limit, order, after = inputs.page(pairs)
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
            record = shapes.redeemable_record(holder, voucher, campaign_type(voucher))
            if not wanted.matches(record, now):
                continue
            record["redeemable"] = {
                "type": "voucher",
                "voucher": holder_voucher(voucher, holder["customer_id"]),
                "status": rules.voucher_status(voucher, now),
            }
            records.append(record)
        return shapes.redeemables_page(records, limit)
