"""JSON equality for REST round trips: null equals absent, date-times compare as instants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.lossless import instant

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def normalized(value: Any) -> Any:
    """Drops nulls and turns date-time strings into instants; everything else stays as is."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str):
        moment = instant(value)
        return ("instant", moment) if moment else value
    return value
