"""Which customer a request means, and the updates it carries: Voucherify's matching by id or source_id."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .documents import invalid_customer, merge_customer
from .errors import not_found
from .inputs import CUSTOMER_DATA_KEYS
from .store import Tx

JSON = dict[str, Any]


def _has_data(raw: JSON) -> bool:
    return any(raw.get(k) is not None for k in CUSTOMER_DATA_KEYS)


def resolve(tx: Tx, raw: Any, now: datetime) -> JSON | None:
    """Matches by id (must exist) or source_id (upserted), as Voucherify does on redeem and publish.

    Data sent with the reference (name, email, metadata, ...) updates the stored customer.
    """
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise invalid_customer("customer must be an object")
    if raw.get("id"):
        found = tx.customer_by_id(str(raw["id"]))
        if found is None:
            raise not_found("customer", str(raw["id"]))
        return _updated(tx, found, raw, now)
    if raw.get("source_id") is not None:
        existing = tx.customer_by_source_id(str(raw["source_id"]))
        if existing is not None:
            return _updated(tx, existing, raw, now)
        return _saved(tx, merge_customer(None, raw, now))
    if _has_data(raw):
        return _saved(tx, merge_customer(None, raw, now))
    return None


def of_redemption(tx: Tx, raw: Any, customer_id: str | None, now: datetime) -> JSON | None:
    """The customer a rollback names: it must be the redemption's own (it may carry updates)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise invalid_customer("customer must be an object")
    if raw.get("id"):
        found = tx.customer_by_id(str(raw["id"]))
        if found is None:
            raise not_found("customer", str(raw["id"]))
    elif raw.get("source_id") is not None:
        found = tx.customer_by_source_id(str(raw["source_id"]))
    else:
        return None
    if found is None or found["id"] != customer_id:
        raise invalid_customer("The customer is not the redemption's customer")
    return _updated(tx, found, raw, now)


def upsert(tx: Tx, body: JSON, now: datetime) -> JSON:
    """POST /v1/customers: matched by source_id, else created."""
    existing = None
    if body.get("source_id") is not None:
        existing = tx.customer_by_source_id(str(body["source_id"]))
    return _saved(tx, merge_customer(existing, body, now))


def _updated(tx: Tx, found: JSON, raw: JSON, now: datetime) -> JSON:
    return _saved(tx, merge_customer(found, raw, now)) if _has_data(raw) else found


def _saved(tx: Tx, doc: JSON) -> JSON:
    tx.save_customer(doc)
    return doc
