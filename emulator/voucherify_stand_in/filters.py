"""Customer-redeemables filters: deepObject query parsing and evaluation.

Accepts `filters[f][conditions][$in]=A&...=B` (repeated keys), `[$in][0]=A`/`[$in][]=A` (indexed),
and a single value as a one-element list, because clients serialize deepObject arrays all three ways.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .errors import ApiError, invalid_query
from .timeutil import parse_iso

FIELDS = (
    "id",
    "created_at",
    "redeemable_id",
    "redeemable_object",
    "holder_role",
    "campaign_id",
    "campaign_type",
    "voucher_type",
)
STRING_OPERATORS = frozenset(
    {
        "$in",
        "$not_in",
        "$is",
        "$is_not",
        "$has_value",
        "$is_unknown",
        "$starts_with",
        "$ends_with",
        "$contains",
        "$not_contain",
    }
)
DATE_OPERATORS = frozenset({"$after", "$before", "$has_value", "$is_unknown", "$more_than", "$less_than"})
LIST_OPERATORS = frozenset({"$in", "$not_in"})
_KEY = re.compile(r"^filters((?:\[[^\[\]]*\])+)$")
_PART = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True)
class Condition:
    field: str
    operator: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Filters:
    conditions: tuple[Condition, ...]
    junction: str = "and"

    def matches(self, record: dict[str, Any], now: datetime) -> bool:
        if not self.conditions:
            return True
        results = (_evaluate(c, record.get(c.field), now) for c in self.conditions)
        return any(results) if self.junction == "or" else all(results)


def parse_filters(pairs: Iterable[tuple[str, str]]) -> Filters:
    """Builds Filters from query pairs; unknown fields or operators raise Voucherify's 400."""
    collected: dict[tuple[str, str], list[tuple[int | None, str]]] = {}
    junction = "and"
    for key, value in pairs:
        if not key.startswith("filters"):
            continue
        match = _KEY.match(key)
        if not match:
            raise invalid_query(f"Malformed filter parameter {key!r}")
        parts = _PART.findall(match.group(1))
        if parts == ["junction"]:
            if value.lower() not in ("and", "or"):
                raise invalid_query(f"filters[junction] must be 'and' or 'or', got {value!r}")
            junction = value.lower()
            continue
        if len(parts) < 3 or parts[1] != "conditions" or len(parts) > 4:
            raise invalid_query(f"Malformed filter parameter {key!r}")
        field, operator = parts[0], parts[2]
        if field not in FIELDS:
            raise invalid_query(f"Unknown filter field {field!r}; allowed: {', '.join(FIELDS)}")
        allowed = DATE_OPERATORS if field == "created_at" else STRING_OPERATORS
        if operator not in allowed:
            raise invalid_query(
                f"Unknown operator {operator!r} for filter {field!r}; allowed: {', '.join(sorted(allowed))}"
            )
        index: int | None = None
        if len(parts) == 4:
            if operator not in LIST_OPERATORS:
                raise invalid_query(f"Operator {operator!r} takes a single value")
            if parts[3] != "":
                if not parts[3].isdigit():
                    raise invalid_query(f"Malformed array index in {key!r}")
                index = int(parts[3])
        collected.setdefault((field, operator), []).append((index, value))
    conditions = []
    for (field, operator), entries in collected.items():
        # Indexed entries keep their index order; repeated/bracketless ones keep arrival order.
        ordered = sorted(enumerate(entries), key=lambda e: e[1][0] if e[1][0] is not None else e[0])
        values = tuple(v for _, (_, v) in ordered)
        if operator not in LIST_OPERATORS and len(values) > 1:
            raise invalid_query(f"Operator {operator!r} of filter {field!r} takes a single value")
        if field == "created_at":
            _check_date_value(operator, values[0])
        conditions.append(Condition(field, operator, values))
    return Filters(tuple(conditions), junction)


def _check_date_value(operator: str, value: str) -> None:
    try:
        if operator in ("$after", "$before"):
            parse_iso(value)
        elif operator in ("$more_than", "$less_than"):
            int(value)
    except ValueError as exc:
        raise invalid_query(f"Invalid value {value!r} for created_at {operator}") from exc


def _evaluate(cond: Condition, actual: Any, now: datetime) -> bool:
    op, values = cond.operator, cond.values
    if op == "$has_value":
        return actual is not None and actual != ""
    if op == "$is_unknown":
        return actual is None or actual == ""
    if cond.field == "created_at":
        if actual is None:
            return False
        moment = parse_iso(str(actual))
        date_tests: dict[str, Callable[[], bool]] = {
            "$after": lambda: moment > parse_iso(values[0]),
            "$before": lambda: moment < parse_iso(values[0]),
            "$more_than": lambda: moment < now - timedelta(days=int(values[0])),
            "$less_than": lambda: moment > now - timedelta(days=int(values[0])),
        }
        return date_tests[op]()
    text = "" if actual is None else str(actual)
    tests: dict[str, Callable[[], bool]] = {
        "$in": lambda: text in values,
        "$not_in": lambda: text not in values,
        "$is": lambda: text == values[0],
        "$is_not": lambda: text != values[0],
        "$starts_with": lambda: text.startswith(values[0]),
        "$ends_with": lambda: text.endswith(values[0]),
        "$contains": lambda: values[0] in text,
        "$not_contain": lambda: values[0] not in text,
    }
    return tests[op]()


__all__ = ["FIELDS", "ApiError", "Condition", "Filters", "parse_filters"]
