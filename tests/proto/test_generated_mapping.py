"""The generated JSON mapping (`voucherify_json.v1`) against json_format, its oracle.

`decode` must give what `ParseDict(..., ignore_unknown_fields=True)` gives on every valid body (the
fixtures, the stand-in's answers over HTTP, bodies generated from the descriptors), read null and
[] as absent, hand every unknown key to `on_unknown` with its path, and refuse a value of the wrong
type with a MappingError that names its path. `encode` must equal the descriptor walk the gateway
has used for request bodies. A proto of every supported field shape (tests/proto/probe) is
generated here too, and protos with constructs the mapping does not handle must stop the generator.
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any, cast
from urllib.parse import quote

import httpx
import pytest
from google.protobuf import descriptor_pool, json_format, message_factory, text_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify.v1 import customer_service_pb2 as cs
from voucherify.v1 import redemption_pb2
from voucherify.v1 import redemption_service_pb2 as rs
from voucherify_json import v1
from voucherify_json.v1 import MappingError

from tests.emulator.support import AUTH
from tests.json_equivalence import load_fixture
from tests.json_oracle import parse_dict, to_json, unknown_paths
from tests.proto.test_proto_lossless import ROLLBACK
from voucherify_stand_in.server import EmulatorServer

REPO = Path(__file__).resolve().parents[2]
GENERATOR = REPO / "tools" / "gen_json_mapping.py"
PROBE_ROOT = REPO / "tests" / "proto" / "probe"
PROBE_PROTO = PROBE_ROOT / "mapping_probe" / "v1" / "probe.proto"

Pair = tuple[Any, Any]  # (a valid body, the same body with nulls and unknown keys added)


def messages_of(pool: descriptor_pool.DescriptorPool, package: str, files: list[str]) -> list[Descriptor]:
    """Every message of the files, nested ones included, map entries left out."""
    found: list[Descriptor] = []
    pending = [d for name in files for d in pool.FindFileByName(name).message_types_by_name.values()]
    while pending:
        descriptor = pending.pop()
        if not descriptor.GetOptions().map_entry:
            found.append(descriptor)
        pending.extend(descriptor.nested_types)
    assert found and all(d.full_name.startswith(package + ".") for d in found)
    return sorted(found, key=lambda d: d.full_name)


VOUCHERIFY_MESSAGES = messages_of(
    rs.DESCRIPTOR.pool,
    "voucherify.v1",
    [
        p.relative_to(REPO / "proto").as_posix()
        for p in sorted((REPO / "proto" / "voucherify" / "v1").glob("*.proto"))
    ],
)


def message_class(descriptor: Descriptor) -> type[Message]:
    return message_factory.GetMessageClass(descriptor)


def assert_same(actual: Message, expected: Message) -> None:
    """Equal messages, compared as deterministic bytes so that NaN equals NaN."""
    if actual.SerializeToString(deterministic=True) != expected.SerializeToString(deterministic=True):
        raise AssertionError(
            f"decoded:\n{text_format.MessageToString(actual)}\njson_format:\n{text_format.MessageToString(expected)}"
        )


def same_json(actual: Any, expected: Any) -> bool:
    """Equal JSON, types included (1 is not 1.0, True is not 1), NaN equal to NaN."""
    return json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


def check_decode(cls: type[Message], body: Any) -> Message:
    """decode equals ParseDict, and on_unknown hears exactly the keys no field is named after."""
    unknown: list[str] = []
    decoded = v1.decode(body, cls(), on_unknown=unknown.append)
    assert_same(decoded, parse_dict(body, cls()))
    assert sorted(unknown) == sorted(unknown_paths(cast(Descriptor, cls.DESCRIPTOR), body))
    return decoded


# -- (a) the fixtures and the stand-in's answers -----------------------------------------------

FIXTURES = [
    ("voucher_redemptions_list.json", rs.ListVoucherRedemptionsResponse),
    ("customer_redeemables_list.json", cs.ListCustomerRedeemablesResponse),
    ("redeem_voucher_response_gift_card.json", redemption_pb2.Redemption),
    ("redeem_voucher_request.json", rs.RedeemVoucherRequest),
]


@pytest.mark.parametrize(("fixture", "cls"), FIXTURES)
def test_fixture_decodes_as_json_format_does(fixture: str, cls: type[Message]) -> None:
    body = load_fixture(fixture)
    unknown: list[str] = []
    decoded = v1.decode(body, cls(), on_unknown=unknown.append)
    assert_same(decoded, parse_dict(body, cls()))
    assert unknown == []  # the fixtures parse strictly (test_proto_lossless)
    assert decoded.ListFields()


def test_rollback_decodes_as_json_format_does() -> None:
    decoded: Any = check_decode(redemption_pb2.Redemption, ROLLBACK)
    assert decoded.amount == -2000
    assert not decoded.voucher.HasField("campaign_id")


def test_request_fixture_encodes_as_the_gateway_does() -> None:
    request = parse_dict(load_fixture("redeem_voucher_request.json"), rs.RedeemVoucherRequest())
    body = v1.encode(request)
    assert same_json(body, to_json(request))
    assert body["session"]["ttl"] == 123
    assert body["metadata"] == {}
    assert body["options"] == {"expand": ["category"]}


def test_hand_built_requests_encode_as_the_gateway_does() -> None:
    filters = cs.CustomerRedeemablesFilters(junction="and")
    getattr(filters.holder_role, "in").extend(["OWNER", "REFEREE"])
    setattr(filters.id, "is", "rh_1")
    filters.created_at.after.FromJsonString("2024-03-22T17:48:18.570Z")
    filters.created_at.has_value = True
    filters.created_at.more_than = 0
    listing = cs.ListCustomerRedeemablesRequest(customer_id="cust_1", limit=0, filters=filters)
    assert same_json(v1.encode(listing), to_json(listing))
    assert v1.encode(listing) == {
        "customer_id": "cust_1",
        "limit": 0,
        "filters": {
            "id": {"is": "rh_1"},
            "created_at": {"after": "2024-03-22T17:48:18.570Z", "has_value": True, "more_than": 0},
            "holder_role": {"in": ["OWNER", "REFEREE"]},
            "junction": "and",
        },
    }

    redeem = v1.decode(
        {
            "code": "CODE14",
            "customer": {
                "source_id": "alice",
                "metadata": {"tier": "gold", "visits": 3, "tags": ["a", None]},
            },
            "order": {
                "amount": 2**60,
                "items": [
                    {"source_id": "sku-1", "quantity": 2, "price": 1500},
                    {"source_id": "sku-2", "quantity": 0},
                ],
                "metadata": {"nested": {"deep": [1.5, True, None, {}]}},
            },
            "gift": {"credits": 0},
            "reward": {"points": "9007199254740993"},
        },
        rs.RedeemVoucherRequest(),
    )
    body = v1.encode(redeem)
    assert same_json(body, to_json(redeem))
    assert body["order"]["amount"] == 2**60
    assert body["reward"]["points"] == 2**53 + 1
    assert body["gift"] == {"credits": 0}
    assert body["customer"]["metadata"] == {"tier": "gold", "visits": 3.0, "tags": ["a", None]}
    assert v1.encode(rs.GetRedemptionRequest()) == {}


@dataclass
class Answer:
    what: str
    cls: type[Message]
    body: Any


@pytest.fixture(scope="module")
def stand_in_answers() -> Iterator[list[Answer]]:
    """The stand-in's answers to every documented read of its seed data, and to redemptions with
    orders of several items and a rollback, as the REST API returns them."""
    seed = json.loads(
        (REPO / "emulator" / "voucherify_stand_in" / "seed_data.json").read_text(encoding="utf-8")
    )
    answers: list[Answer] = []
    with EmulatorServer() as server, httpx.Client(base_url=server.url, headers=AUTH, timeout=10) as api:

        def call(method: str, path: str, cls: type[Message], body: Any = None) -> Any:
            response = api.request(method, path, json=body)
            assert response.status_code == 200, response.text
            answers.append(Answer(f"{method} {path}", cls, response.json()))
            return response.json()

        for voucher in seed["vouchers"]:
            code = quote(voucher["code"], safe="")
            call("GET", f"/v1/vouchers/{code}/redemptions", rs.ListVoucherRedemptionsResponse)
        for redemption in seed["redemptions"]:
            call("GET", f"/v1/redemptions/{redemption['id']}", redemption_pb2.Redemption)
        for customer in seed["customers"]:
            call("GET", f"/v1/customers/{customer['id']}/redeemables", cs.ListCustomerRedeemablesResponse)

        for voucher in (
            {
                "code": "MAP-GIFT",
                "type": "GIFT_VOUCHER",
                "gift": {"amount": 100_000},
                "metadata": {"batch": 7},
            },
            {
                "code": "MAP-PCT",
                "type": "DISCOUNT_VOUCHER",
                "discount": {"type": "PERCENT", "percent_off": 12.5, "amount_limit": 3000},
            },
        ):
            assert api.post("/v1/vouchers", json=voucher).status_code == 200
        order = {
            "source_id": "map-order",
            "items": [
                {"source_id": "sku-1", "quantity": 2, "price": 1500},
                {"source_id": "sku-2", "quantity": 1, "price": 12_000, "metadata": {"size": "L"}},
                {"source_id": "sku-3", "quantity": 3, "price": 0},
            ],
            "metadata": {"channel": "web", "tags": ["a", None]},
        }
        customer = {"source_id": "map-alice", "name": "Alice", "metadata": {"tier": "gold"}}
        for code, extra in (("MAP-GIFT", {"gift": {"credits": 5000}}), ("MAP-PCT", {})):
            request = v1.decode({"customer": customer, "order": order, **extra}, rs.RedeemVoucherRequest())
            body = v1.encode(request)
            assert same_json(body, to_json(request))
            redeemed = call("POST", f"/v1/vouchers/{code}/redemption", redemption_pb2.Redemption, body)
            call("GET", f"/v1/redemptions/{redeemed['id']}", redemption_pb2.Redemption)
            call("GET", f"/v1/vouchers/{code}/redemptions", rs.ListVoucherRedemptionsResponse)
        rollback = call(
            "POST",
            f"/v1/redemptions/{redeemed['id']}/rollback",
            redemption_pb2.Redemption,
            {"reason": "mapping"},
        )
        call("GET", f"/v1/redemptions/{rollback['id']}", redemption_pb2.Redemption)
        call(
            "GET", f"/v1/customers/{redeemed['customer_id']}/redeemables", cs.ListCustomerRedeemablesResponse
        )
    yield answers


def test_stand_in_answers_decode_as_json_format_does(stand_in_answers: list[Answer]) -> None:
    assert len(stand_in_answers) >= 25
    for answer in stand_in_answers:
        try:
            decoded = check_decode(answer.cls, answer.body)
        except AssertionError as e:
            raise AssertionError(f"{answer.what}: {e}") from e
        assert decoded.ListFields(), answer.what


def test_seed_documents_decode_as_json_format_does() -> None:
    seed = json.loads(
        (REPO / "emulator" / "voucherify_stand_in" / "seed_data.json").read_text(encoding="utf-8")
    )
    for redemption in seed["redemptions"]:
        check_decode(redemption_pb2.Redemption, redemption)


def test_zero_false_and_empty_string_are_kept_and_null_is_absent() -> None:
    body = {
        "amount": 0,
        "tracking_id": "",
        "customer": None,
        "metadata": {"a": None, "b": []},
        "voucher": {"active": False, "redemption": {"quantity": None}, "categories": [None]},
        "related_redemptions": {"rollbacks": [], "redemptions": [None, {"id": "r_1"}, None]},
        "order": {"redemptions": {"r_1": None, "r_2": {}}, "items": []},
    }
    decoded: Any = v1.decode(body, redemption_pb2.Redemption())
    assert decoded.HasField("amount") and decoded.amount == 0
    assert decoded.HasField("tracking_id") and decoded.tracking_id == ""
    assert not decoded.HasField("customer")
    assert decoded.metadata.fields["a"].WhichOneof("kind") == "null_value"
    assert decoded.metadata.fields["b"].WhichOneof("kind") == "list_value"
    assert decoded.voucher.HasField("active") and decoded.voucher.active is False
    assert decoded.voucher.HasField("redemption") and not decoded.voucher.redemption.HasField("quantity")
    assert len(decoded.voucher.categories) == 0
    assert [r.id for r in decoded.related_redemptions.redemptions] == ["r_1"]
    assert list(decoded.order.redemptions) == ["r_2"]
    assert len(decoded.order.items) == 0


# A sub-message is present once its key holds an object, whatever that object sets: nothing but
# nulls, empty or all-null lists and maps, unknown keys, or only defaults ("" and false). Each body
# comes with the same body without null items, which json_format refuses.
PRESENT_SUB_MESSAGES: list[tuple[type[Message], Any, Any, str]] = [
    (cs.ListCustomerRedeemablesRequest, {"filters": {"junction": ""}}, None, "filters"),
    (cs.ListCustomerRedeemablesRequest, {"filters": {"id": {"has_value": False}}}, None, "filters"),
    (
        cs.ListCustomerRedeemablesRequest,
        {"filters": {"id": {"in": [None]}, "junction": None}},
        {"filters": {"id": {"in": []}, "junction": None}},
        "filters",
    ),
    (cs.ListCustomerRedeemablesRequest, {"filters": {"created_at": {}}}, None, "filters"),
    (
        redemption_pb2.Redemption,
        {"related_redemptions": {"rollbacks": [None], "redemptions": []}},
        {"related_redemptions": {"rollbacks": [], "redemptions": []}},
        "related_redemptions",
    ),
    (
        redemption_pb2.Redemption,
        {"order": {"redemptions": {"r_1": None}, "items": [None]}},
        {"order": {"redemptions": {}, "items": []}},
        "order",
    ),
    (redemption_pb2.Redemption, {"order": {"items": [{}], "metadata": None}}, None, "order"),
    (redemption_pb2.Redemption, {"order": {"added_later": 1}}, None, "order"),
    (
        redemption_pb2.Redemption,
        {"voucher": {"redemption": {"quantity": None}, "categories": []}},
        None,
        "voucher",
    ),
    (redemption_pb2.Redemption, {"customer": {"metadata": {}}}, None, "customer"),
]


@pytest.mark.parametrize(("cls", "body", "clean", "field"), PRESENT_SUB_MESSAGES)
def test_a_sub_message_is_present_whatever_its_object_sets(
    cls: type[Message], body: Any, clean: Any, field: str
) -> None:
    clean = body if clean is None else clean
    unknown: list[str] = []
    decoded = v1.decode(body, cls(), on_unknown=unknown.append)
    assert_same(decoded, parse_dict(clean, cls()))
    assert sorted(unknown) == sorted(unknown_paths(cast(Descriptor, cls.DESCRIPTOR), clean))
    assert decoded.HasField(field)


# Timestamps: the usual UTC forms take a fast path, every other string FromJsonString's; strings of
# the fast path's lengths that it must leave to FromJsonString (other separators, week dates, the
# basic form, a comma, non-ASCII digits, values out of range) included.
INSTANTS = [
    "2023-01-27T12:34:57.100Z",
    "2023-01-27T12:34:57Z",
    "2023-01-27T12:34:57.1Z",
    "2023-01-27T12:34:57.123456Z",
    "2023-01-27T12:34:57.1234567Z",
    "2023-01-27T12:34:57.123456789Z",
    "2023-01-27T12:34:57.Z",
    "1969-12-31T23:59:59.999Z",
    "0001-01-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999999Z",
    "2024-02-29T00:00:00.000Z",
    "2023-02-29T00:00:00.000Z",
    "2023-01-27T24:00:00.000Z",
    "2023-01-27T23:59:60.000Z",
    "0000-01-01T00:00:00.000Z",
    "2023-01-27t12:34:57.100Z",
    "2023-01-27 12:34:57.100Z",
    "2023-01-27T12:34:57,100Z",
    "2023-W04-5T12:34:57.100Z",
    "20230127T12:34:57.10000Z",
    "2023-01-27T123457.10000Z",
    "\u0662\u0660\u0662\u0663-01-27T12:34:57.100Z",
    "2023-01-27T12:34:57.1\u0660\u0660Z",
    "2023-01-27\u00e912:34:57.100Z",
    "2023-01-27T12:34:57.100z",
    "2023-01-27T12:34:57.100+01:00",
    "2023-01-27T12:34:57.100-00:00",
    "0001-01-01T00:00:00.000+01:00",
    "0001-01-01T00:30:00+00:30",
    "9999-12-31T23:59:59.000-00:01",
    "2024-03-22T17:48:18.57+00:00",
    "2024-03-22T17:48:25.910974+00:00",
    "2023-01-27T12:34:57.123456789-08:00",
    "2023-01-27T12:34:57+24:00",
    "2023-01-27T12:34:57+05:60",
    "2023-01-27T12:34:57.100Z ",
]


@pytest.mark.parametrize("instant", INSTANTS)
def test_instants_read_as_json_format_reads_them(instant: str) -> None:
    body = {"date": instant}
    try:
        expected = parse_dict(body, redemption_pb2.Redemption())
    except json_format.ParseError:
        with pytest.raises(MappingError) as caught:
            v1.decode(body, redemption_pb2.Redemption())
        assert caught.value.path == "$.date"
    else:
        assert_same(v1.decode(body, redemption_pb2.Redemption()), expected)


def test_structs_and_lists_are_replaced_in_a_message_merged_into() -> None:
    held = {
        "metadata": {"kept": 1, "list": [1, 2]},
        "order": {"items": [{"product_id": "p_1"}], "metadata": {"a": {"b": [True]}}},
        "date": "2023-01-27T12:34:57.123Z",
    }
    for body in (
        {"metadata": {"list": ["x"]}, "order": {"items": [{"quantity": 2}], "metadata": {"a": {}}}},
        {"metadata": {}, "order": {"metadata": {"a": []}}, "date": "2023-01-27T12:34:57Z"},
    ):
        decoded = v1.decode(body, parse_dict(held, redemption_pb2.Redemption()))
        assert_same(decoded, parse_dict(body, parse_dict(held, redemption_pb2.Redemption())))
    # [] is absent, as null is: the held items stay (json_format would clear them).
    decoded = v1.decode({"order": {"items": []}}, parse_dict(held, redemption_pb2.Redemption()))
    assert_same(decoded, parse_dict(held, redemption_pb2.Redemption()))


# -- (b) bodies generated from the descriptors -----------------------------------------------------

TEXT = st.text(st.characters(codec="utf-8"), max_size=10)
KEYS = st.text(st.characters(codec="utf-8"), max_size=5)
# Keys no field is named after, neither by its proto name nor by its JSON name.
UNKNOWN_KEYS = st.one_of(TEXT.map(lambda key: "~" + key), st.sampled_from(["x_added_later", "a.b", "[0]"]))
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=8,
)
STRUCTS = st.dictionaries(KEYS, JSON_VALUES, max_size=4)
DOUBLES = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-(2**53), 2**53),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "2.5", "-0", "1e300"]),
)
INT_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}
MAX_DEPTH = 3
# How often a field is left out, given a value, or given as null (in the noisy body only).
CHOICES = ("absent", "absent", "value", "value", "value", "null")


def integers(field_type: int) -> st.SearchStrategy[Any]:
    """Integers as json_format reads them: numbers, decimal strings, integral floats and exponents."""
    low, high = INT_RANGES[field_type]
    return st.one_of(
        st.integers(low, high),
        st.sampled_from([low, high, 0, 2**53 + 1]).filter(lambda n: low <= n <= high),
        st.integers(low, high).map(str),
        st.integers(max(low, -(2**53)), min(high, 2**53)).map(float),
        st.integers(0, 999).map(lambda n: f"{n}e0"),
    )


@st.composite
def instants(draw: st.DrawFn) -> str:
    """RFC 3339 date-times with 0 to 9 fraction digits and any offset, now and then unpadded."""
    moment = draw(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)))
    digits = draw(st.integers(0, 9))
    fraction = f".{draw(st.integers(0, 10**digits - 1)):0{digits}d}" if digits else ""
    zone = draw(st.sampled_from(["Z", "+00:00", "-00:00", "+05:30", "-08:00", "+14:00"]))
    m = moment
    if draw(st.integers(0, 9)) == 0:  # a form Timestamp.FromJsonString also reads
        return f"{m.year:04d}-{m.month}-{m.day}T{m.hour}:{m.minute}:{m.second}{fraction}{zone}"
    return (
        f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}{fraction}{zone}"
    )


def _twice(value: Any) -> Pair:
    return value, copy.deepcopy(value)


def one_value(field: FieldDescriptor, depth: int) -> st.SearchStrategy[Pair]:
    """A value (never null) of a singular field, or of one item of a repeated or map field."""
    message_type = field.message_type
    if message_type is None:
        if field.type == FieldDescriptor.TYPE_STRING:
            return TEXT.map(_twice)
        if field.type == FieldDescriptor.TYPE_BOOL:
            return st.booleans().map(_twice)
        if field.type == FieldDescriptor.TYPE_DOUBLE:
            return DOUBLES.map(_twice)
        return integers(field.type).map(_twice)
    well_known: dict[str, st.SearchStrategy[Any]] = {
        "google.protobuf.Timestamp": instants(),
        "google.protobuf.Struct": STRUCTS,
        "google.protobuf.ListValue": st.lists(JSON_VALUES, max_size=3),
        "google.protobuf.Value": JSON_VALUES.filter(lambda value: value is not None),
    }
    if message_type.full_name in well_known:
        return well_known[message_type.full_name].map(_twice)
    return bodies(message_type, depth + 1)


@st.composite
def repeated_values(draw: st.DrawFn, field: FieldDescriptor, depth: int) -> Pair:
    items = draw(st.lists(one_value(field, depth), max_size=3))
    clean = [c for c, _ in items]
    noisy = [n for _, n in items]
    for _ in range(draw(st.integers(0, 2))):
        noisy.insert(draw(st.integers(0, len(noisy))), None)
    return clean, noisy


@st.composite
def map_values(draw: st.DrawFn, value_field: FieldDescriptor, depth: int) -> Pair:
    entries = draw(st.dictionaries(KEYS, one_value(value_field, depth), max_size=2))
    clean = {key: c for key, (c, _) in entries.items()}
    noisy = {key: n for key, (_, n) in entries.items()}
    for key in draw(st.lists(KEYS, max_size=1)):
        noisy.setdefault(key, None)
    return clean, noisy


@st.composite
def bodies(draw: st.DrawFn, descriptor: Descriptor, depth: int = 0) -> Pair:
    """A valid JSON body of the message, and the same body with nulls and unknown keys added."""
    clean: dict[str, Any] = {}
    noisy: dict[str, Any] = {}
    for field in descriptor.fields:
        message_type = field.message_type
        nested = message_type is not None and not message_type.full_name.startswith("google.protobuf.")
        choice = draw(st.sampled_from(CHOICES))
        if choice == "absent" or (nested and depth >= MAX_DEPTH):
            continue
        if choice == "null":
            noisy[field.name] = None
            continue
        if message_type is not None and message_type.GetOptions().map_entry:
            pair = draw(map_values(message_type.fields_by_name["value"], depth))
        elif field.is_repeated:
            pair = draw(repeated_values(field, depth))
        else:
            pair = draw(one_value(field, depth))
        clean[field.name], noisy[field.name] = pair
    for key, value in draw(st.lists(st.tuples(UNKNOWN_KEYS, JSON_VALUES), max_size=1)):
        noisy[key] = value
    return clean, noisy


def check_generated_body(module: ModuleType, descriptor: Descriptor, clean: Any, noisy: Any) -> None:
    cls = message_class(descriptor)
    expected = parse_dict(clean, cls())
    assert_same(module.decode(clean, cls()), expected)
    unknown: list[str] = []
    assert_same(module.decode(noisy, cls(), on_unknown=unknown.append), expected)
    assert sorted(unknown) == sorted(unknown_paths(descriptor, noisy))
    # Into a message that already holds the body: replaced and merged as json_format does.
    assert_same(module.decode(clean, parse_dict(clean, cls())), parse_dict(clean, parse_dict(clean, cls())))
    assert same_json(module.encode(expected), to_json(expected))


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_generated_bodies_decode_as_json_format_does(data: st.DataObject) -> None:
    descriptor = data.draw(st.sampled_from(VOUCHERIFY_MESSAGES), label="message")
    clean, noisy = data.draw(bodies(descriptor), label="body")
    check_generated_body(v1, descriptor, clean, noisy)


# -- (c) unknown keys ----------------------------------------------------------------------------


def test_unknown_keys_reach_on_unknown_with_their_path() -> None:
    body = copy.deepcopy(load_fixture("voucher_redemptions_list.json"))
    entries = body["redemption_entries"]
    body["added_later"] = {"x": 1}
    entries[0]["voucher"]["a key"] = 1
    entries[1]["order"]["redemptions"] = {"r 1": {"date": "2024-03-22T17:48:18.570Z", "new.thing": True}}
    entries[2]["order"]["items"][0]["colour"] = None
    entries[3]["metadata"]["anything"] = 1  # a Struct takes any key
    del entries[4]["customer"]["source_id"]
    entries[4]["customer"]["sourceId"] = "by its JSON name"  # json_format reads a field's JSON name too
    expected = [
        "$.added_later",
        '$.redemption_entries[0].voucher["a key"]',
        '$.redemption_entries[1].order.redemptions["r 1"]["new.thing"]',
        "$.redemption_entries[2].order.items[0].colour",
    ]
    assert sorted(unknown_paths(rs.ListVoucherRedemptionsResponse.DESCRIPTOR, body)) == expected

    unknown: list[str] = []
    decoded: Any = v1.decode(body, rs.ListVoucherRedemptionsResponse(), on_unknown=unknown.append)
    assert sorted(unknown) == expected
    assert_same(decoded, parse_dict(body, rs.ListVoucherRedemptionsResponse()))
    assert decoded.redemption_entries[4].customer.source_id == "by its JSON name"
    assert decoded.redemption_entries[3].metadata["anything"] == 1
    assert_same(v1.decode(body, rs.ListVoucherRedemptionsResponse()), decoded)


# -- (d) wrong types -------------------------------------------------------------------------------

Redemption = redemption_pb2.Redemption
WRONG = [
    (Redemption, [], "$", "expected an object, got a list"),
    (Redemption, {"amount": "12abc"}, "$.amount", 'expected an integer, got the string "12abc"'),
    (Redemption, {"amount": "1.5"}, "$.amount", 'expected an integer, got the string "1.5"'),
    (Redemption, {"amount": True}, "$.amount", "expected an integer, got true"),
    (Redemption, {"amount": 1.5}, "$.amount", "expected an integer, got the number 1.5"),
    (Redemption, {"amount": 2**63}, "$.amount", "9223372036854775808 is out of range for int64"),
    (Redemption, {"amount": {}}, "$.amount", "expected an integer, got an object"),
    (Redemption, {"id": 5}, "$.id", "expected a string, got the number 5"),
    (Redemption, {"id": "a\ud800"}, "$.id", "a string with an unpaired surrogate"),
    (Redemption, {"order": []}, "$.order", "expected an object, got a list"),
    (Redemption, {"order": "ord_1"}, "$.order", 'expected an object, got the string "ord_1"'),
    (Redemption, {"order": {"items": {"quantity": 1}}}, "$.order.items", "expected a list, got an object"),
    (
        Redemption,
        {"voucher": {"validity_day_of_week": [1, None, 2**31]}},
        "$.voucher.validity_day_of_week[2]",
        "2147483648 is out of range for int32",
    ),
    (Redemption, {"date": "yesterday"}, "$.date", "timezone"),
    (Redemption, {"date": "2024-02-30T00:00:00Z"}, "$.date", "day is out of range"),
    (Redemption, {"date": "2024-02-03t00:00:00Z"}, "$.date", "lowercase"),
    (Redemption, {"date": 1700000000}, "$.date", "expected an RFC 3339 date-time string, got the number"),
    (Redemption, {"date": "0001-01-01T00:00:00+01:00"}, "$.date", "Timestamp is not valid"),
    (Redemption, {"metadata": ["a"]}, "$.metadata", "expected an object, got a list"),
    (
        Redemption,
        {"metadata": {"a": {"b": [1, 10**400]}}},
        "$.metadata.a.b[1]",
        "out of range for a JSON number",
    ),
    (Redemption, {"voucher": {"active": 1}}, "$.voucher.active", "expected true or false, got the number 1"),
    (
        Redemption,
        {"voucher": {"discount": {"percent_off": True}}},
        "$.voucher.discount.percent_off",
        "got true",
    ),
    (
        Redemption,
        {"voucher": {"discount": {"percent_off": float("inf")}}},
        "$.voucher.discount.percent_off",
        "Infinity",
    ),
    (
        Redemption,
        {"voucher": {"discount": {"percent_off": "12%"}}},
        "$.voucher.discount.percent_off",
        "number",
    ),
    (
        Redemption,
        {"voucher": {"discount": {"percent_off": "nan"}}},
        "$.voucher.discount.percent_off",
        "number",
    ),
    (
        Redemption,
        {"voucher": {"validity_day_of_week": [1, None, "x"]}},
        "$.voucher.validity_day_of_week[2]",
        'expected an integer, got the string "x"',
    ),
    (
        Redemption,
        {"order": {"redemptions": {"r 1": "x"}}},
        '$.order.redemptions["r 1"]',
        "expected an object",
    ),
    (Redemption, {"order": {"redemptions": []}}, "$.order.redemptions", "expected an object, got a list"),
    (Redemption, {"customer": {"source_id": "a", "sourceId": "b"}}, "$.customer.sourceId", "given twice"),
    (
        Redemption,
        {"order": {"redemptions": {".x": {"date": "yesterday"}}}},
        '$.order.redemptions[".x"].date',
        "timezone",
    ),
    (
        Redemption,
        {"order": {"redemptions": {"0": {"date": None, "related_object_id": 1}}}},
        '$.order.redemptions["0"].related_object_id',
        "expected a string",
    ),
    (
        rs.ListVoucherRedemptionsResponse,
        {"redemption_entries": [{}, {"order": {"items": [None, {"quantity": "x"}]}}]},
        "$.redemption_entries[1].order.items[1].quantity",
        "expected an integer",
    ),
    (
        rs.ListVoucherRedemptionsResponse,
        {"redemption_entries": [None, {"metadata": {"a": [1, 10**400]}}]},
        "$.redemption_entries[1].metadata.a[1]",
        "out of range for a JSON number",
    ),
    (
        rs.ListVoucherRedemptionsResponse,
        {"redemption_entries": [{"voucher": {"validity_day_of_week": [None, "x"]}}]},
        "$.redemption_entries[0].voucher.validity_day_of_week[1]",
        "expected an integer",
    ),
    (
        rs.ListVoucherRedemptionsResponse,
        {"redemption_entries": [None, {"gift": {"amount": "1e400"}}]},
        "$.redemption_entries[1].gift.amount",
        "expected an integer",
    ),
]


@pytest.mark.parametrize(("cls", "body", "path", "problem"), WRONG)
def test_wrong_types_raise_mapping_error_with_the_path(
    cls: type[Message], body: Any, path: str, problem: str
) -> None:
    with pytest.raises(MappingError) as caught:
        v1.decode(body, cls())
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(caught.value) == f"{path}: {caught.value.problem}"
    assert isinstance(caught.value, ValueError)


def nested(levels: int) -> dict[str, Any]:
    """{"a": {"a": ... {}}}: `levels` objects, one in the other."""
    outer: dict[str, Any] = {}
    inner = outer
    for _ in range(levels - 1):
        inner["a"] = {}
        inner = inner["a"]
    return outer


def test_json_nested_more_than_100_levels_raises_mapping_error() -> None:
    assert v1.decode({"metadata": nested(100)}, Redemption()).HasField("metadata")
    for levels in (101, 5000):
        with pytest.raises(MappingError) as caught:
            v1.decode({"metadata": nested(levels)}, Redemption())
        assert caught.value.path == "$.metadata" + ".a" * 100
        assert caught.value.problem == "JSON nested more than 100 levels deep"


def test_only_generated_messages_are_accepted() -> None:
    from google.protobuf import struct_pb2

    with pytest.raises(TypeError, match=r"google\.protobuf\.Struct"):
        v1.decode({}, struct_pb2.Struct())
    with pytest.raises(TypeError, match=r"google\.protobuf\.Struct"):
        v1.encode(struct_pb2.Struct())


# -- the probe: every supported field shape --------------------------------------------------------


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ModuleType]]:
    """The probe proto compiled and mapped into a scratch directory: (probe_pb2, its mapping)."""
    out = tmp_path_factory.mktemp("probe")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"-I{PROBE_ROOT}",
            f"--python_out={out}",
            str(PROBE_PROTO),
        ],
        check=True,
        timeout=60,
    )
    subprocess.run(
        [sys.executable, str(GENERATOR), str(out), "--proto-path", str(PROBE_ROOT), str(PROBE_PROTO)],
        check=True,
        timeout=60,
    )
    sys.path.insert(0, str(out))
    try:
        yield (
            importlib.import_module("mapping_probe.v1.probe_pb2"),
            importlib.import_module("mapping_probe_json.v1"),
        )
    finally:
        sys.path.remove(str(out))


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_probe_bodies_decode_as_json_format_does(
    probe: tuple[ModuleType, ModuleType], data: st.DataObject
) -> None:
    probe_pb2, mapping = probe
    descriptors = [probe_pb2.Probe.DESCRIPTOR, probe_pb2.Probe.Inner.DESCRIPTOR, probe_pb2.Leaf.DESCRIPTOR]
    descriptor = data.draw(st.sampled_from(descriptors), label="message")
    clean, noisy = data.draw(bodies(descriptor), label="body")
    check_generated_body(mapping, descriptor, clean, noisy)


def test_probe_null_value_field_is_absent_and_keywords_map(probe: tuple[ModuleType, ModuleType]) -> None:
    probe_pb2, mapping = probe
    body = {
        "any": None,
        "anys": [None, 1, None, {"a": None}],
        "list": [None, [None]],
        "values": {"gone": None, "kept": "x"},
        "is": "",
        "in": ["a", None, "b"],
        "real": -0.0,
        "maybe_real": 0,
        "u64": str(2**64 - 1),
        "weights": {"w": "NaN"},
        "at": "1970-01-01T00:00:00Z",
    }
    decoded = mapping.decode(body, probe_pb2.Probe())
    assert not decoded.HasField("any")
    assert [item.WhichOneof("kind") for item in decoded.anys] == ["number_value", "struct_value"]
    assert [item.WhichOneof("kind") for item in decoded.list.values] == ["null_value", "list_value"]
    assert list(decoded.values) == ["kept"]
    assert decoded.HasField("is") and list(getattr(decoded, "in")) == ["a", "b"]
    assert decoded.HasField("at") and decoded.at.seconds == 0
    encoded = mapping.encode(decoded)
    assert same_json(encoded, to_json(decoded))
    assert encoded["is"] == "" and encoded["in"] == ["a", "b"]
    assert encoded["real"] == 0.0 and str(encoded["real"]) == "-0.0"
    assert encoded["maybe_real"] == 0.0 and encoded["u64"] == 2**64 - 1
    assert encoded["at"] == "1970-01-01T00:00:00Z"
    assert encoded["list"] == [None, [None]]


UNSUPPORTED = [
    (
        "",
        "enum Colour { COLOUR_UNSPECIFIED = 0; }\nmessage M { Colour colour = 1; }",
        "refused.v1.M.colour: enum",
    ),
    ("", "message M { bytes data = 1; }", "refused.v1.M.data: bytes"),
    ("", "message M { float ratio = 1; }", "refused.v1.M.ratio: float"),
    ("", "message M { oneof choice { string a = 1; int32 b = 2; } }", "refused.v1.M.a: oneof"),
    ("", "message M { map<int32, string> names = 1; }", "refused.v1.M.names: map keys other than string"),
    (
        'import "google/protobuf/duration.proto";',
        "message M { google.protobuf.Duration ttl = 1; }",
        "google.protobuf.Duration",
    ),
]


@pytest.mark.parametrize(("imports", "source", "problem"), UNSUPPORTED)
def test_generator_refuses_what_it_cannot_map(
    tmp_path: Path, imports: str, source: str, problem: str
) -> None:
    proto = tmp_path / "refused" / "v1" / "refused.proto"
    proto.parent.mkdir(parents=True)
    proto.write_text(f'syntax = "proto3";\npackage refused.v1;\n{imports}\n{source}\n', encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(GENERATOR), str(tmp_path / "out"), "--proto-path", str(tmp_path), str(proto)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert problem in run.stderr
    assert not (tmp_path / "out").exists()
