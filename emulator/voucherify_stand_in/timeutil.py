"""Time in the stand-in: an injectable clock and Voucherify's timestamp format."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

#: Returns "now" as an aware datetime; tests inject a fixed or stepping one.
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds and a Z, as in every documented example."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> datetime:
    """Parses the ISO 8601 forms Voucherify emits and accepts (Z, offsets, bare dates)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed
