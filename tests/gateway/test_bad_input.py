"""Bad input over a real channel: each case's status, its ErrorInfo reason, and nothing sent upstream."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2, timestamp_pb2
from google.protobuf.message import Message
from voucherify.v1 import customer_service_pb2 as cs
from voucherify.v1 import redemption_service_pb2 as rs

from tests.gateway_harness import rich_details, running_gateway
from tests.json_equivalence import load_fixture
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials

REDEEM = "/voucherify.v1.RedemptionService/RedeemVoucher"
GET = "/voucherify.v1.RedemptionService/GetRedemption"
LIST = "/voucherify.v1.RedemptionService/ListVoucherRedemptions"
REDEEMABLES = "/voucherify.v1.CustomerService/ListCustomerRedeemables"
ROLLBACK = "/voucherify.v1.RedemptionService/RollbackRedemption"


def answer(recorded: Recorded) -> Answer:
    if recorded.raw_path.startswith("/v1/customers/"):
        return Answer(200, load_fixture("customer_redeemables_list.json"))
    if recorded.raw_path.endswith("/redemption") and recorded.method == "GET":
        return Answer(200, load_fixture("voucher_redemptions_list.json"))
    if "/rollback" in recorded.raw_path:
        return Answer(200, load_fixture("rollback_redemption_response_gift_card.json"))
    return Answer(200, load_fixture("redeem_voucher_response_gift_card.json"))


def nested_metadata(levels: int) -> struct_pb2.Struct:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(levels - 1):
        value = {"level": value}
    out = struct_pb2.Struct()
    out.update(value)
    return out


def metadata(**values: Any) -> struct_pb2.Struct:
    out = struct_pb2.Struct()
    out.update(values)
    return out


def redeem(**fields: Any) -> rs.RedeemVoucherRequest:
    request = rs.RedeemVoucherRequest(code="CODE14")
    for path, value in fields.items():
        target: Any = request
        *parents, leaf = path.split("__")
        for parent in parents:
            target = getattr(target, parent)
        if isinstance(value, Message):
            getattr(target, leaf).CopyFrom(value)
        elif isinstance(value, list):
            getattr(target, leaf).extend(value)
        else:
            setattr(target, leaf, value)
    return request


def with_items(*items: dict[str, Any]) -> rs.RedeemVoucherRequest:
    request = rs.RedeemVoucherRequest(code="CODE14")
    for item in items:
        request.order.items.add(**item)
    return request


def redeemables(**fields: Any) -> cs.ListCustomerRedeemablesRequest:
    return cs.ListCustomerRedeemablesRequest(customer_id=fields.pop("customer_id", "cust_1"), **fields)


def timestamp(seconds: int, nanos: int = 0) -> timestamp_pb2.Timestamp:
    return timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos)


def date_filter(**conditions: Any) -> cs.CustomerRedeemablesFilters:
    return cs.CustomerRedeemablesFilters(created_at=cs.DateFilterConditions(**conditions))


def string_filter(**conditions: Any) -> cs.CustomerRedeemablesFilters:
    return cs.CustomerRedeemablesFilters(id=cs.StringFilterConditions(**conditions))


def holder_roles(values: list[str]) -> cs.CustomerRedeemablesFilters:
    conditions = cs.EnumFilterConditions()
    getattr(conditions, "in").extend(values)
    return cs.CustomerRedeemablesFilters(holder_role=conditions)


def raw_code(code: bytes) -> bytes:
    """A RedeemVoucherRequest / GetRedemptionRequest / ListVoucherRedemptionsRequest with field 1 = code."""
    return b"\x0a" + bytes([len(code)]) + code


YEAR_10000 = 253402300800
LONG = "x" * 10_000


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    request: Message | bytes
    code: grpc.StatusCode
    reason: str


INVALID = grpc.StatusCode.INVALID_ARGUMENT

CASES: list[Case] = [
    # Codes and ids in the path.
    Case("redeem: empty code", REDEEM, rs.RedeemVoucherRequest(), INVALID, "REQUIRED_FIELD"),
    Case("redeem: blank code", REDEEM, rs.RedeemVoucherRequest(code="   "), INVALID, "BLANK_IDENTIFIER"),
    Case("redeem: 10,000-character code", REDEEM, rs.RedeemVoucherRequest(code=LONG), INVALID, "TOO_LONG"),
    Case(
        "redeem: NUL in code",
        REDEEM,
        rs.RedeemVoucherRequest(code="CODE\x0014"),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    Case(
        "redeem: newline in code",
        REDEEM,
        rs.RedeemVoucherRequest(code="CODE\n14"),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    Case(
        "redeem: DEL in code", REDEEM, rs.RedeemVoucherRequest(code="CODE\x7f"), INVALID, "CONTROL_CHARACTER"
    ),
    Case("redeem: invalid UTF-8 in code", REDEEM, raw_code(b"CODE\xff14"), INVALID, "UNDECODABLE_REQUEST"),
    Case("redeem: truncated message", REDEEM, b"\x0a\x20CODE", INVALID, "UNDECODABLE_REQUEST"),
    Case("redeem: not a message", REDEEM, b"\xff\xff\xff\xff", INVALID, "UNDECODABLE_REQUEST"),
    Case("get: empty id", GET, rs.GetRedemptionRequest(), INVALID, "REQUIRED_FIELD"),
    Case("get: blank id", GET, rs.GetRedemptionRequest(redemption_id=" \t"), INVALID, "BLANK_IDENTIFIER"),
    Case(
        "get: 5,000-character id", GET, rs.GetRedemptionRequest(redemption_id="r" * 5000), INVALID, "TOO_LONG"
    ),
    Case(
        "get: NUL in id", GET, rs.GetRedemptionRequest(redemption_id="r_\x00"), INVALID, "CONTROL_CHARACTER"
    ),
    Case("get: invalid UTF-8 in id", GET, raw_code(b"r_\xc3\x28"), INVALID, "UNDECODABLE_REQUEST"),
    Case("rollback: empty id", ROLLBACK, rs.RollbackRedemptionRequest(), INVALID, "REQUIRED_FIELD"),
    Case(
        "rollback: blank id",
        ROLLBACK,
        rs.RollbackRedemptionRequest(redemption_id="  "),
        INVALID,
        "BLANK_IDENTIFIER",
    ),
    Case(
        "rollback: 10,000-character reason",
        ROLLBACK,
        rs.RollbackRedemptionRequest(redemption_id="r_1", reason=LONG),
        INVALID,
        "TOO_LONG",
    ),
    Case(
        "rollback: NUL in reason",
        ROLLBACK,
        rs.RollbackRedemptionRequest(redemption_id="r_1", reason="refund\x00"),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    Case(
        "rollback: metadata 9 levels deep",
        ROLLBACK,
        rs.RollbackRedemptionRequest(redemption_id="r_1", metadata=nested_metadata(9)),
        INVALID,
        "METADATA_TOO_DEEP",
    ),
    Case("list: empty code", LIST, rs.ListVoucherRedemptionsRequest(), INVALID, "REQUIRED_FIELD"),
    Case("list: blank code", LIST, rs.ListVoucherRedemptionsRequest(code="  "), INVALID, "BLANK_IDENTIFIER"),
    Case(
        "list: NUL in code", LIST, rs.ListVoucherRedemptionsRequest(code="\x00"), INVALID, "CONTROL_CHARACTER"
    ),
    Case(
        "list: 10,000-character code", LIST, rs.ListVoucherRedemptionsRequest(code=LONG), INVALID, "TOO_LONG"
    ),
    Case("list: invalid UTF-8 in code", LIST, raw_code(b"\xed\xa0\x80"), INVALID, "UNDECODABLE_REQUEST"),
    # Identifiers and text inside the redemption.
    Case(
        "redeem: 100,000-character tracking id",
        REDEEM,
        redeem(tracking_id="t" * 100_000),
        INVALID,
        "TOO_LONG",
    ),
    Case("redeem: blank tracking id", REDEEM, redeem(tracking_id=" "), INVALID, "BLANK_IDENTIFIER"),
    Case("redeem: tab in tracking id", REDEEM, redeem(tracking_id="a\tb"), INVALID, "CONTROL_CHARACTER"),
    Case(
        "redeem: blank customer source id",
        REDEEM,
        redeem(customer__source_id=""),
        INVALID,
        "BLANK_IDENTIFIER",
    ),
    Case(
        "redeem: long customer source id", REDEEM, redeem(customer__source_id="s" * 300), INVALID, "TOO_LONG"
    ),
    Case(
        "redeem: NUL in customer id", REDEEM, redeem(customer__id="cust_\x00"), INVALID, "CONTROL_CHARACTER"
    ),
    Case("redeem: 5,000-character e-mail", REDEEM, redeem(customer__email="e" * 5000), INVALID, "TOO_LONG"),
    Case(
        "redeem: NUL in customer name", REDEEM, redeem(customer__name="Ann\x00"), INVALID, "CONTROL_CHARACTER"
    ),
    Case("redeem: long order id", REDEEM, redeem(order__id="o" * 257), INVALID, "TOO_LONG"),
    Case(
        "redeem: CR in order source id", REDEEM, redeem(order__source_id="a\rb"), INVALID, "CONTROL_CHARACTER"
    ),
    Case("redeem: blank reward id", REDEEM, redeem(reward__id="  "), INVALID, "BLANK_IDENTIFIER"),
    Case("redeem: blank session key", REDEEM, redeem(session__key=""), INVALID, "BLANK_IDENTIFIER"),
    Case("redeem: blank item sku id", REDEEM, with_items({"sku_id": " "}), INVALID, "BLANK_IDENTIFIER"),
    # Amounts and quantities.
    Case("redeem: negative order amount", REDEEM, redeem(order__amount=-100), INVALID, "NEGATIVE_VALUE"),
    Case("redeem: negative discount", REDEEM, redeem(order__discount_amount=-1), INVALID, "NEGATIVE_VALUE"),
    Case("redeem: negative item quantity", REDEEM, with_items({"quantity": -2}), INVALID, "NEGATIVE_VALUE"),
    Case("redeem: negative item price", REDEEM, with_items({"price": -500}), INVALID, "NEGATIVE_VALUE"),
    Case(
        "redeem: negative item amount",
        REDEEM,
        with_items({"amount": 10}, {"amount": -1}),
        INVALID,
        "NEGATIVE_VALUE",
    ),
    Case("redeem: negative gift credits", REDEEM, redeem(gift__credits=-1000), INVALID, "NEGATIVE_VALUE"),
    Case("redeem: negative reward points", REDEEM, redeem(reward__points=-5), INVALID, "NEGATIVE_VALUE"),
    Case("redeem: negative session ttl", REDEEM, redeem(session__ttl=-1), INVALID, "NEGATIVE_VALUE"),
    Case(
        "redeem: 1,001 order items", REDEEM, with_items(*[{"quantity": 1}] * 1001), INVALID, "TOO_MANY_VALUES"
    ),
    Case(
        "redeem: 200 expand options", REDEEM, redeem(options__expand=["x"] * 200), INVALID, "TOO_MANY_VALUES"
    ),
    # Metadata.
    Case("redeem: NaN in metadata", REDEEM, redeem(metadata=metadata(x=float("nan"))), INVALID, "NOT_FINITE"),
    Case(
        "redeem: infinity in metadata",
        REDEEM,
        redeem(metadata=metadata(x=float("inf"))),
        INVALID,
        "NOT_FINITE",
    ),
    Case(
        "redeem: -infinity deep in metadata",
        REDEEM,
        redeem(metadata=metadata(a={"b": [1, float("-inf")]})),
        INVALID,
        "NOT_FINITE",
    ),
    Case(
        "redeem: metadata 9 levels deep",
        REDEEM,
        redeem(metadata=nested_metadata(9)),
        INVALID,
        "METADATA_TOO_DEEP",
    ),
    Case(
        "redeem: metadata 100 levels deep",
        REDEEM,
        redeem(metadata=nested_metadata(100)),
        INVALID,
        "UNDECODABLE_REQUEST",  # deeper than protobuf's own recursion limit: refused while decoding
    ),
    Case(
        "redeem: 600 metadata keys",
        REDEEM,
        redeem(metadata=metadata(**{f"k{n}": n for n in range(600)})),
        INVALID,
        "METADATA_TOO_LARGE",
    ),
    Case(
        "redeem: 70,000 characters of metadata",
        REDEEM,
        redeem(metadata=metadata(note="n" * 70_000)),
        INVALID,
        "METADATA_TOO_LARGE",
    ),
    Case(
        "redeem: a metadata list of 600 items",
        REDEEM,
        redeem(metadata=metadata(tags=list(range(600)))),
        INVALID,
        "METADATA_TOO_LARGE",
    ),
    Case(
        "redeem: NaN in customer metadata",
        REDEEM,
        redeem(customer__metadata=metadata(x=float("nan"))),
        INVALID,
        "NOT_FINITE",
    ),
    Case(
        "redeem: order metadata too deep",
        REDEEM,
        redeem(order__metadata=nested_metadata(12)),
        INVALID,
        "METADATA_TOO_DEEP",
    ),
    Case(
        "redeem: NaN in item metadata",
        REDEEM,
        with_items({"metadata": metadata(weight=float("nan"))}),
        INVALID,
        "NOT_FINITE",
    ),
    # Instants.
    Case(
        "redeem: order created in the year 10000",
        REDEEM,
        redeem(order__created_at=timestamp(YEAR_10000)),
        INVALID,
        "TIMESTAMP_OUT_OF_RANGE",
    ),
    Case(
        "redeem: negative nanoseconds",
        REDEEM,
        redeem(order__updated_at=timestamp(0, -1)),
        INVALID,
        "TIMESTAMP_OUT_OF_RANGE",
    ),
    # Customer redeemables.
    Case(
        "redeemables: empty customer id", REDEEMABLES, redeemables(customer_id=""), INVALID, "REQUIRED_FIELD"
    ),
    Case(
        "redeemables: blank customer id",
        REDEEMABLES,
        redeemables(customer_id="  "),
        INVALID,
        "BLANK_IDENTIFIER",
    ),
    Case(
        "redeemables: long customer id", REDEEMABLES, redeemables(customer_id="c" * 300), INVALID, "TOO_LONG"
    ),
    Case("redeemables: limit 0", REDEEMABLES, redeemables(limit=0), INVALID, "OUT_OF_RANGE"),
    Case("redeemables: limit 101", REDEEMABLES, redeemables(limit=101), INVALID, "OUT_OF_RANGE"),
    Case("redeemables: negative limit", REDEEMABLES, redeemables(limit=-1), INVALID, "NEGATIVE_VALUE"),
    Case("redeemables: unknown order", REDEEMABLES, redeemables(order="sideways"), INVALID, "INVALID_ORDER"),
    Case(
        "redeemables: NUL in cursor",
        REDEEMABLES,
        redeemables(starting_after_id="x\x00"),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    Case(
        "redeemables: long cursor", REDEEMABLES, redeemables(starting_after_id="x" * 300), INVALID, "TOO_LONG"
    ),
    Case(
        "redeemables: unknown junction",
        REDEEMABLES,
        redeemables(filters=cs.CustomerRedeemablesFilters(junction="xor")),
        INVALID,
        "INVALID_JUNCTION",
    ),
    Case(
        "redeemables: 2,000 filter values",
        REDEEMABLES,
        redeemables(filters=holder_roles(["OWNER"] * 2000)),
        INVALID,
        "TOO_MANY_VALUES",
    ),
    Case(
        "redeemables: date filter in year 10000",
        REDEEMABLES,
        redeemables(filters=date_filter(after=timestamp(YEAR_10000))),
        INVALID,
        "TIMESTAMP_OUT_OF_RANGE",
    ),
    Case(
        "redeemables: date filter before year 1",
        REDEEMABLES,
        redeemables(filters=date_filter(before=timestamp(-62135596801))),
        INVALID,
        "TIMESTAMP_OUT_OF_RANGE",
    ),
    Case(
        "redeemables: negative day count",
        REDEEMABLES,
        redeemables(filters=date_filter(more_than=-3)),
        INVALID,
        "NEGATIVE_VALUE",
    ),
    Case(
        "redeemables: 5,000-character filter operand",
        REDEEMABLES,
        redeemables(filters=string_filter(**{"is": "x" * 5000})),
        INVALID,
        "TOO_LONG",
    ),
    Case(
        "redeemables: NUL in a filter value",
        REDEEMABLES,
        redeemables(filters=string_filter(**{"in": ["a\x00"]})),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    Case(
        "redeemables: control character in starts_with",
        REDEEMABLES,
        redeemables(filters=string_filter(starts_with="\x1b[31m")),
        INVALID,
        "CONTROL_CHARACTER",
    ),
    # Each value within its bounds, but the URL they make is not.
    Case(
        "redeemables: 100 filter values of 4,000 characters",
        REDEEMABLES,
        redeemables(filters=string_filter(**{"in": [f"{n:03d}" + "v" * 3997 for n in range(100)]})),
        INVALID,
        "URL_TOO_LONG",
    ),
]

#: Unusual but valid: these must reach the upstream (one request each) and succeed.
VALID: list[Case] = [
    Case(
        "code with spaces",
        LIST,
        rs.ListVoucherRedemptionsRequest(code="Test - FB - Vouchers - 9"),
        grpc.StatusCode.OK,
        "",
    ),
    Case("non-ASCII code", REDEEM, rs.RedeemVoucherRequest(code="ZŁOTY-10-€"), grpc.StatusCode.OK, ""),
    Case(
        "code of 256 characters",
        GET,
        rs.GetRedemptionRequest(redemption_id="r" * 256),
        grpc.StatusCode.OK,
        "",
    ),
    Case("metadata 8 levels deep", REDEEM, redeem(metadata=nested_metadata(8)), grpc.StatusCode.OK, ""),
    Case(
        "rollback with a reason across lines",
        ROLLBACK,
        rs.RollbackRedemptionRequest(redemption_id="r_1", reason="Returned:\n2 items"),
        grpc.StatusCode.OK,
        "",
    ),
    Case("line breaks in a name", REDEEM, redeem(customer__name="Ann\nLee\tJr."), grpc.StatusCode.OK, ""),
    Case("zero amounts", REDEEM, with_items({"quantity": 0, "price": 0}), grpc.StatusCode.OK, ""),
    Case(
        "100 filter values",
        REDEEMABLES,
        redeemables(filters=string_filter(**{"in": ["v"] * 100})),
        grpc.StatusCode.OK,
        "",
    ),
    Case(
        "dates at the ends of RFC 3339",
        REDEEMABLES,
        redeemables(filters=date_filter(after=timestamp(-62135596800), before=timestamp(YEAR_10000 - 1))),
        grpc.StatusCode.OK,
        "",
    ),
]


def serialize(request: Message | bytes) -> bytes:
    return request if isinstance(request, bytes) else request.SerializeToString()


@pytest.fixture(scope="module")
async def gateway_channel() -> AsyncIterator[tuple[grpc.aio.Channel, ScriptedUpstream]]:
    with ScriptedUpstream(answer) as upstream:
        async with running_gateway(upstream.url, Credentials("app", "token")) as channel:
            yield channel, upstream


Call = Callable[[bytes], Any]


def raw_call(channel: grpc.aio.Channel, method: str) -> Any:
    return channel.unary_unary(method, request_serializer=None, response_deserializer=None)


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES + VALID}) == len(CASES) + len(VALID)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_bad_input_is_refused_before_the_upstream(
    gateway_channel: tuple[grpc.aio.Channel, ScriptedUpstream], case: Case
) -> None:
    channel, upstream = gateway_channel
    before = len(upstream.requests)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await raw_call(channel, case.method)(serialize(case.request), timeout=10)
    error = caught.value
    assert error.code() == case.code, error.details()
    details = rich_details(error)
    assert details["ErrorInfo"].reason == case.reason
    assert details["ErrorInfo"].domain == "voucher-gateway"
    assert details["BadRequest"].field_violations, "a refused request names what is wrong"
    assert len(upstream.requests) == before, "nothing reaches the upstream"


@pytest.mark.parametrize("case", VALID, ids=[case.name for case in VALID])
async def test_unusual_but_valid_input_reaches_the_upstream(
    gateway_channel: tuple[grpc.aio.Channel, ScriptedUpstream], case: Case
) -> None:
    channel, upstream = gateway_channel
    before = len(upstream.requests)
    answer_bytes = await raw_call(channel, case.method)(serialize(case.request), timeout=10)
    assert answer_bytes
    assert len(upstream.requests) == before + 1
