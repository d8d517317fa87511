"""Filters for listing a customer's redeemables, written the way one reads them.

`Filters(holder_role=Where.in_("OWNER"), created_at=Where.after(since))` and the plain mapping
`{"holder_role": {"in": ["OWNER"]}}` both become the generated `CustomerRedeemablesFilters`, so the
query on the wire is the generated client's deepObject form
(`filters[holder_role][conditions][$in][0]=OWNER`), whichever way they were written.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Literal

from voucherify_client.models import CustomerRedeemablesFilters

#: Operators whose value is a list: a single value is accepted and wrapped.
_LIST_OPERATORS = frozenset({"$in", "$not_in"})


class Where:
    """The conditions on one field; combine several with `&`.

    `in` and `is` are Python keywords, hence `Where.in_` and `Where.is_`.
    """

    __slots__ = ("_operators",)

    def __init__(self, operators: Mapping[str, Any]) -> None:
        self._operators = {_operator(name): _json_value(value) for name, value in operators.items()}

    @classmethod
    def in_(cls, *values: str) -> Where:
        return cls({"$in": list(values)})

    @classmethod
    def not_in(cls, *values: str) -> Where:
        return cls({"$not_in": list(values)})

    @classmethod
    def is_(cls, value: str) -> Where:
        return cls({"$is": value})

    @classmethod
    def is_not(cls, value: str) -> Where:
        return cls({"$is_not": value})

    @classmethod
    def has_value(cls) -> Where:
        return cls({"$has_value": ""})

    @classmethod
    def is_unknown(cls) -> Where:
        return cls({"$is_unknown": ""})

    @classmethod
    def starts_with(cls, prefix: str) -> Where:
        return cls({"$starts_with": prefix})

    @classmethod
    def ends_with(cls, suffix: str) -> Where:
        return cls({"$ends_with": suffix})

    @classmethod
    def contains(cls, text: str) -> Where:
        return cls({"$contains": text})

    @classmethod
    def not_contain(cls, text: str) -> Where:
        return cls({"$not_contain": text})

    @classmethod
    def after(cls, instant: datetime | str) -> Where:
        return cls({"$after": instant})

    @classmethod
    def before(cls, instant: datetime | str) -> Where:
        return cls({"$before": instant})

    @classmethod
    def more_than(cls, days: int) -> Where:
        return cls({"$more_than": days})

    @classmethod
    def less_than(cls, days: int) -> Where:
        return cls({"$less_than": days})

    def __and__(self, other: Where) -> Where:
        return Where({**self._operators, **other._operators})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Where) and self._operators == other._operators

    def __repr__(self) -> str:
        return f"Where({self._operators!r})"

    def to_dict(self) -> dict[str, Any]:
        """Voucherify's JSON form: `{"conditions": {"$in": [...]}}`."""
        return {"conditions": dict(self._operators)}


class Filters:
    """Filters on the fields Voucherify documents for a customer's redeemables.

    `junction` says how the fields combine: "and" (every condition holds, Voucherify's default) or
    "or". A field the client does not know yet goes in through the mapping form.
    """

    __slots__ = ("_fields",)

    def __init__(
        self,
        *,
        junction: Literal["and", "or"] | None = None,
        id: Where | None = None,
        created_at: Where | None = None,
        redeemable_id: Where | None = None,
        redeemable_object: Where | None = None,
        holder_role: Where | None = None,
        campaign_id: Where | None = None,
        campaign_type: Where | None = None,
        voucher_type: Where | None = None,
    ) -> None:
        given = {
            "id": id,
            "created_at": created_at,
            "redeemable_id": redeemable_id,
            "redeemable_object": redeemable_object,
            "holder_role": holder_role,
            "campaign_id": campaign_id,
            "campaign_type": campaign_type,
            "voucher_type": voucher_type,
        }
        self._fields: dict[str, Any] = {name: where.to_dict() for name, where in given.items() if where}
        if junction is not None:
            self._fields["junction"] = junction

    def to_dict(self) -> dict[str, Any]:
        return dict(self._fields)

    def __repr__(self) -> str:
        return f"Filters({self._fields!r})"


def _operator(name: str) -> str:
    return name if name.startswith("$") else f"${name}"


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return [_json_value(item) for item in value]
    if isinstance(value, list):
        return [_json_value(item) for item in value]
    return value


def _conditions(field: str, value: Any) -> dict[str, Any]:
    if isinstance(value, Where):
        return value.to_dict()
    if not isinstance(value, Mapping):
        raise TypeError(f"filter {field!r}: expected a Where or a mapping of operators, got {value!r}")
    inner = value.get("conditions", value)
    if not isinstance(inner, Mapping):
        raise TypeError(f"filter {field!r}: conditions must be a mapping of operators, got {inner!r}")
    conditions: dict[str, Any] = {}
    for name, operand in inner.items():
        operator = _operator(str(name))
        operand = _json_value(operand)
        if operator in _LIST_OPERATORS and not isinstance(operand, list):
            operand = [operand]
        conditions[operator] = operand
    return {"conditions": conditions}


FiltersLike = Filters | CustomerRedeemablesFilters | Mapping[str, Any]


def to_model(filters: FiltersLike) -> CustomerRedeemablesFilters:
    """The generated model for any accepted form: `Filters`, the model itself, or a mapping.

    In a mapping, operators may be written with or without `$`, with or without the `conditions`
    level: `{"holder_role": {"in": ["OWNER"]}}` is `{"holder_role": {"conditions": {"$in": ["OWNER"]}}}`.
    """
    if isinstance(filters, CustomerRedeemablesFilters):
        return filters
    raw = filters.to_dict() if isinstance(filters, Filters) else filters
    document: dict[str, Any] = {}
    for field, value in raw.items():
        document[field] = value if field == "junction" else _conditions(field, value)
    return CustomerRedeemablesFilters.from_dict(document)
