"""JSON equality for REST round trips: null equals absent, date-times compare as instants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from google.protobuf import timestamp_pb2

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _instant(value: str) -> tuple[int, int] | None:
    if len(value) < 20 or value[4] != "-" or value[10] != "T":
        return None
    stamp = timestamp_pb2.Timestamp()
    try:
        stamp.FromJsonString(value)
    except ValueError:
        return None
    return stamp.seconds, stamp.nanos


def normalized(value: Any) -> Any:
    """Drops nulls and turns date-time strings into instants; everything else stays as is."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str):
        instant = _instant(value)
        return ("instant", instant) if instant else value
    return value
