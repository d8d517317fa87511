"""Reading request bodies and query strings: every check of a caller's input has its home here.

Each reader raises the `ApiError` Voucherify answers for that input (`invalid_payload`,
`invalid_query`, or the one a caller passes), so the operations only see well-formed values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from . import ids
from .errors import ApiError, invalid_payload, invalid_query

JSON = dict[str, Any]

#: Customer properties whose presence in a request means "update the customer with these".
CUSTOMER_DATA_KEYS = ("name", "email", "phone", "description", "address", "birthdate", "metadata")


def is_int(value: Any) -> bool:
    """A JSON integer (JSON's `true` is not one, though Python's bool is an int)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def integer(value: Any, what: str, error: Callable[[str], ApiError] = invalid_payload) -> int:
    """A number given where an integer is expected (Voucherify accepts `2.0`), as an int."""
    if not is_number(value):
        raise error(f"{what} must be an integer")
    return int(value)


def optional_integer(value: Any, what: str) -> int | None:
    return None if value is None else integer(value, what)


def body(raw: Any) -> JSON:
    """The JSON object of a request body; an absent body reads as `{}`."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise invalid_payload("The request body must be a JSON object")
    return raw


def optional_object(value: Any, what: str) -> JSON | None:
    if value is not None and not isinstance(value, dict):
        raise invalid_payload(f"{what} must be an object")
    return value


def part(value: Any, key: str) -> Any:
    """`value[key]` when `value` is an object (a malformed part reads as absent, as upstream)."""
    return value.get(key) if isinstance(value, dict) else None


#: Seconds in each unit a session's `ttl` may be given in.
TTL_UNITS: dict[str, float] = {
    "DAYS": 86400.0,
    "HOURS": 3600.0,
    "MINUTES": 60.0,
    "SECONDS": 1.0,
    "MILLISECONDS": 1e-3,
    "MICROSECONDS": 1e-6,
    "NANOSECONDS": 1e-9,
}
DEFAULT_TTL = (7, "DAYS")  # Voucherify's default session time when none is given.


class Session:
    """A LOCK session named in a request."""

    def __init__(self, key: str, ttl: float, ttl_unit: str) -> None:
        self.key = key
        self.ttl = ttl
        self.ttl_unit = ttl_unit

    def expires_at(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.ttl * TTL_UNITS[self.ttl_unit])

    def echo(self) -> JSON:
        ttl: float | int = int(self.ttl) if float(self.ttl).is_integer() else self.ttl
        return {"key": self.key, "type": "LOCK", "ttl": ttl, "ttl_unit": self.ttl_unit}


def session(raw: Any) -> Session | None:
    """The `session` of a redeem or validate body: a new key when none is given, 7 days by default."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or raw.get("type", "LOCK") != "LOCK":
        raise invalid_payload("session.type must be LOCK")
    key = raw.get("key") or ids.session_key()
    ttl, unit = raw.get("ttl"), raw.get("ttl_unit")
    if ttl is None and unit is None:
        ttl, unit = DEFAULT_TTL
    unit = unit or "DAYS"
    if ttl is None:
        ttl = DEFAULT_TTL[0]
    if not is_number(ttl) or ttl <= 0:
        raise invalid_payload("session.ttl must be a positive number")
    if unit not in TTL_UNITS:
        raise invalid_payload(f"session.ttl_unit must be one of {', '.join(TTL_UNITS)}")
    if not isinstance(key, str):
        raise invalid_payload("session.key must be a string")
    return Session(key, float(ttl), unit)


def page(pairs: list[tuple[str, str]]) -> tuple[int, str, str | None]:
    """`limit` (1..100, default 10), `order` (`id` or `-id`, default `-id`) and `starting_after_id`."""
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
