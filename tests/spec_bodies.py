"""Hypothesis strategies for response bodies, built from our spec's schemas: what Voucherify might send.

Bodies follow the spec's properties and types, and go past it where the live service is looser than
its reference: any property may be absent or null, array elements and map values may be null, enums
carry values the spec does not list, and 64-bit integers reach past 2^53 (where a double would round).
Instants are realistic (RFC 3339 with `Z` or an offset, 0 to 9 fraction digits) and dates are dates.

Inside free-form objects (metadata) numbers stay within +-2^53: there the contract is
`google.protobuf.Struct`, whose numbers are doubles, as the README says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from tests.spec_tree import Node, Schema, SpecTree

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
EXACT_IN_DOUBLE = 2**53

_ZONES = [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]


def _instant(moment: datetime, digits: int) -> str:
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        text += "." + f"{moment.microsecond:06d}{moment.microsecond % 7}00"[:digits]
    offset = moment.utcoffset()
    if not offset:
        return text + "Z"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


INSTANTS = st.builds(
    _instant,
    st.datetimes(
        min_value=datetime(1970, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.sampled_from(_ZONES)
    ),
    st.sampled_from([0, 3, 3, 3, 6, 9]),
)
DATES = st.dates(min_value=date(1970, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat)
INT64 = st.one_of(
    st.integers(-1000, 100000),
    st.integers(EXACT_IN_DOUBLE + 1, INT64_MAX),
    st.integers(INT64_MIN, -EXACT_IN_DOUBLE - 1),
    st.sampled_from([0, INT64_MAX, INT64_MIN, EXACT_IN_DOUBLE + 1]),
)
INT32 = st.integers(INT32_MIN, INT32_MAX)
TEXT = st.text(max_size=12)
DOUBLES = st.floats(allow_nan=False, allow_infinity=False) | st.integers(-EXACT_IN_DOUBLE, EXACT_IN_DOUBLE)
#: Any JSON value a free-form object may hold (numbers exact in a double).
FREE_JSON = st.recursive(
    st.none() | st.booleans() | DOUBLES | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
FREE_OBJECTS = st.dictionaries(TEXT, FREE_JSON, max_size=4)


class BodyStrategies:
    """Builds (and remembers) one strategy per set of schemas of a spec."""

    def __init__(self, spec: SpecTree) -> None:
        self.spec = spec
        self._made: dict[tuple[int, ...], st.SearchStrategy[Any]] = {}

    def response(self, method: str, path: str) -> st.SearchStrategy[Any]:
        """Bodies of the 200 answer of an operation: always an object at the top."""
        node = self.spec.node([self.spec.response_schema(method, path)])
        return self._object(node)

    def value(self, schemas: list[Schema]) -> st.SearchStrategy[Any]:
        """A value, or null: the gateway must read a null wherever it comes."""
        key = tuple(sorted(id(self.spec.resolve(s)) for s in schemas))
        if key not in self._made:
            self._made[key] = st.deferred(lambda: st.none() | self._typed(self.spec.node(schemas)))
        return self._made[key]

    def _typed(self, node: Node) -> st.SearchStrategy[Any]:
        kinds = node.json_types
        if not kinds:
            return FREE_JSON
        choices: list[st.SearchStrategy[Any]] = []
        if "object" in kinds:
            choices.append(FREE_OBJECTS if node.free_form else self._object(node))
        if "array" in kinds:
            items = self.value(node.items) if node.items else FREE_JSON
            choices.append(st.lists(items, max_size=3))
        if "integer" in kinds:
            choices.append(INT32 if "int32" in node.formats else INT64)
        if "number" in kinds:
            choices.append(DOUBLES)
        if "boolean" in kinds:
            choices.append(st.booleans())
        if "string" in kinds:
            choices.append(self._string(node))
        return st.one_of(choices)

    def _object(self, node: Node) -> st.SearchStrategy[Any]:
        if node.values:
            return st.dictionaries(st.text(min_size=1, max_size=8), self.value(node.values), max_size=3)
        optional = {name: self.value(subs) for name, subs in node.properties.items()}
        return st.fixed_dictionaries({}, optional=optional)

    @staticmethod
    def _string(node: Node) -> st.SearchStrategy[str]:
        if "date-time" in node.formats:
            return INSTANTS
        if "date" in node.formats:
            return DATES
        if node.enum:
            # Known values most of the time, and now and then one Voucherify may add later.
            return st.sampled_from(sorted(node.enum)) | st.text(min_size=1, max_size=12)
        return TEXT
