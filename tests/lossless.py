"""The lossless rule: does a protobuf message, as a dict, carry the upstream JSON body unchanged?

``assert_lossless(message_dict, upstream_json)`` compares
``json_format.MessageToDict(msg, preserving_proto_field_name=True)`` with the
JSON body Voucherify returned. Only these differences are allowed, because
protobuf's JSON mapping cannot express them and they carry no information:

* JSON ``null`` and an absent field are the same (a ``null`` map value too);
* an empty list and an absent list are the same, and a ``null`` element of a
  list is absent (``[1, null]`` equals ``[1]``);
* an empty object and an absent one are the same: a protobuf map has no
  presence, so ``"redemptions": {}`` cannot come back;
* 64-bit integers compare as numbers (``MessageToDict`` renders int64 as
  strings: ``"230000"`` equals ``230000``), and ``google.protobuf.Struct``
  numbers compare as numbers (``26.0`` equals ``26``);
* date-time strings compare as instants (``"2024-03-22T17:48:18.57+00:00"``
  equals ``"2024-03-22T17:48:18.570Z"``), to the nanosecond.

Everything else must match exactly, in particular zeros, ``false`` and empty
strings: a field the upstream sent as ``0`` must not come back absent.
Booleans never equal numbers. On mismatch an ``AssertionError`` lists every
difference with its JSON path (``$.redemption_entries[0].order.amount``).

Shared by the proto contract tests and the gateway's end-to-end tests.
"""

from __future__ import annotations

import re
from typing import Any, Final

from google.protobuf import timestamp_pb2

__all__ = ["assert_lossless", "instant", "lossless_differences"]

_MAX_REPORTED: Final = 50

# An RFC 3339 / ISO 8601 date-time with a time zone (the only strings treated as instants).
_INSTANT_RE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$")


class _Missing:
    def __repr__(self) -> str:
        return "<absent>"


_MISSING: Final = _Missing()


def _is_absent(value: object) -> bool:
    """Absent, null and an empty list (or one of nulls only) are one state under the lossless rule."""
    if value is _MISSING or value is None:
        return True
    return isinstance(value, list) and all(v is None for v in value)


def instant(value: str) -> tuple[int, int] | None:
    """(seconds, nanos) of an RFC 3339 date-time with a zone; None for any other string."""
    if not _INSTANT_RE.match(value):
        return None
    ts = timestamp_pb2.Timestamp()
    try:
        ts.FromJsonString(value)
    except ValueError:
        return None
    return ts.seconds, ts.nanos


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _as_number(value: object) -> int | float | None:
    """A JSON number, or an int64 rendered as a decimal string by MessageToDict."""
    if _is_number(value):
        return value  # type: ignore[return-value]
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return None


def _compare(actual: Any, expected: Any, path: str, out: list[str]) -> None:
    if _is_absent(actual) and _is_absent(expected):
        return
    # An object and an absent value compare as that object and an empty one.
    if isinstance(expected, dict) and _is_absent(actual):
        actual = {}
    elif isinstance(actual, dict) and _is_absent(expected):
        expected = {}
    if _is_absent(actual) or _is_absent(expected):
        out.append(f"{path}: message={actual!r} upstream={expected!r}")
        return

    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            out.append(f"{path}: message={actual!r} is not an object, upstream={expected!r}")
            return
        for key in sorted(set(actual) | set(expected), key=str):
            _compare(actual.get(key, _MISSING), expected.get(key, _MISSING), f"{path}.{key}", out)
        return

    if isinstance(expected, list):
        if not isinstance(actual, list):
            out.append(f"{path}: message={actual!r} is not a list, upstream={expected!r}")
            return
        actual = [item for item in actual if item is not None]
        expected = [item for item in expected if item is not None]
        if len(actual) != len(expected):
            out.append(f"{path}: message has {len(actual)} items, upstream {len(expected)}")
        for i, (a, e) in enumerate(zip(actual, expected, strict=False)):
            _compare(a, e, f"{path}[{i}]", out)
        return

    if isinstance(expected, bool) or isinstance(actual, bool):
        if type(actual) is not type(expected) or actual != expected:
            out.append(f"{path}: message={actual!r} upstream={expected!r}")
        return

    if _is_number(expected):
        number = _as_number(actual)
        if number is None or number != expected:
            out.append(f"{path}: message={actual!r} upstream={expected!r}")
        return

    if isinstance(expected, str):
        if actual == expected:
            return
        if isinstance(actual, str):
            a_instant, e_instant = instant(actual), instant(expected)
            if a_instant is not None and a_instant == e_instant:
                return
        out.append(f"{path}: message={actual!r} upstream={expected!r}")
        return

    out.append(f"{path}: unexpected upstream value {expected!r} (message={actual!r})")


def lossless_differences(message_dict: Any, upstream_json: Any) -> list[str]:
    """Every difference between the message dict and the upstream JSON, one line each."""
    out: list[str] = []
    _compare(message_dict, upstream_json, "$", out)
    return out


def assert_lossless(message_dict: Any, upstream_json: Any) -> None:
    """Assert that ``message_dict`` (MessageToDict output) carries ``upstream_json`` unchanged."""
    diffs = lossless_differences(message_dict, upstream_json)
    if diffs:
        shown = "\n  ".join(diffs[:_MAX_REPORTED])
        more = f"\n  ... and {len(diffs) - _MAX_REPORTED} more" if len(diffs) > _MAX_REPORTED else ""
        raise AssertionError(f"message differs from upstream JSON in {len(diffs)} place(s):\n  {shown}{more}")
