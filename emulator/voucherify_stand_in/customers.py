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


def _reference(raw: Any) -> JSON | None:
    if raw is not None and not isinstance(raw, dict):
        raise invalid_customer("customer must be an object")
    return raw


def _stored(tx: Tx, raw: JSON) -> JSON | None:
    """The stored customer a reference names: by id (which must exist), else by source_id, if any."""
    if raw.get("id"):
        found = tx.customer_by_id(str(raw["id"]))
        if found is None:
            raise not_found("customer", str(raw["id"]))
        return found
    if raw.get("source_id") is not None:
        return tx.customer_by_source_id(str(raw["source_id"]))
    return None


def resolve(tx: Tx, raw: Any, now: datetime) -> JSON | None:
    """Matches by id (must exist) or source_id (upserted), as Voucherify does on redeem and publish.

    Data sent with the reference (name, email, metadata, ...) updates the stored customer.
    """
    reference = _reference(raw)
    if reference is None:
        return None
    found = _stored(tx, reference)
    if found is not None:
        return _updated(tx, found, reference, now)
    if reference.get("source_id") is not None or _has_data(reference):
        return _saved(tx, merge_customer(None, reference, now))
    return None


def of_redemption(tx: Tx, raw: Any, customer_id: str | None, now: datetime) -> JSON | None:
    """The customer a rollback names: it must be the redemption's own (it may carry updates)."""
    reference = _reference(raw)
    if reference is None or (not reference.get("id") and reference.get("source_id") is None):
        return None
    found = _stored(tx, reference)
    if found is None or found["id"] != customer_id:
        raise invalid_customer("The customer is not the redemption's customer")
    return _updated(tx, found, reference, now)


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
