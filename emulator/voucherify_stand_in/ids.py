"""Identifiers shaped like Voucherify's (prefix + opaque suffix)."""

from __future__ import annotations

import base64
import hashlib
import secrets
import string

_ALNUM = string.ascii_letters + string.digits


def _alnum(length: int) -> str:
    return "".join(secrets.choice(_ALNUM) for _ in range(length))


def redemption_id() -> str:
    return "r_" + secrets.token_hex(9)


def rollback_id() -> str:
    return "rr_" + secrets.token_hex(9)


def holder_id() -> str:
    return "rh_" + secrets.token_hex(9)


def publication_id() -> str:
    return "pub_" + _alnum(24)


def voucher_id() -> str:
    return "v_" + _alnum(32)


def customer_id() -> str:
    return "cust_" + _alnum(24)


def order_id() -> str:
    return "ord_" + _alnum(24)


def session_key() -> str:
    return "ssn_" + _alnum(32)


def request_id() -> str:
    return "v-" + secrets.token_hex(11)


def asset_id() -> str:
    return base64.b64encode(secrets.token_bytes(48)).decode()


def tracking_id(source: str) -> str:
    """A stable tracking id derived from a customer's source_id (Voucherify hashes it the same way)."""
    digest = hashlib.sha256(source.encode()).digest()[:16]
    return "track_" + base64.b64encode(digest).decode()
