"""Properties over a real channel to a gateway process: whatever a caller sends and whatever JSON the
upstream answers with, every status is explained (an ErrorInfo, never a bare code), a refused request
names its field (BadRequest) and sends nothing, and an answer that cannot be mapped is INTERNAL for a
read and the unknown outcome for a redemption, never a crash."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from voucherify.v1 import customer_service_pb2, redemption_service_pb2

from tests.gateway_process import GatewayProcess
from tests.json_equivalence import load_fixture
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream

BOUNDED = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

METHODS: dict[str, type[Message]] = {
    "/voucherify.v1.RedemptionService/RedeemVoucher": redemption_service_pb2.RedeemVoucherRequest,
    "/voucherify.v1.RedemptionService/GetRedemption": redemption_service_pb2.GetRedemptionRequest,
    "/voucherify.v1.RedemptionService/ListVoucherRedemptions": redemption_service_pb2.ListVoucherRedemptionsRequest,
    "/voucherify.v1.CustomerService/ListCustomerRedeemables": customer_service_pb2.ListCustomerRedeemablesRequest,
}
GET = "/voucherify.v1.RedemptionService/GetRedemption"
REDEEM = "/voucherify.v1.RedemptionService/RedeemVoucher"


class Upstream:
    """Answers each operation with its fixture, unless a test sets `body` (and `status`) for all."""

    def __init__(self) -> None:
        self.body: bytes | None = None
        self.status = 200
        self.server = ScriptedUpstream(self.answer)

    def answer(self, recorded: Recorded) -> Answer:
        if self.body is not None:
            return Answer(self.status, raw=self.body)
        if recorded.raw_path.startswith("/v1/customers/"):
            return Answer(200, load_fixture("customer_redeemables_list.json"))
        if recorded.raw_path.split("?")[0].endswith("/redemption") and recorded.method == "GET":
            return Answer(200, load_fixture("voucher_redemptions_list.json"))
        return Answer(200, load_fixture("redeem_voucher_response_gift_card.json"))


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    stand = Upstream()
    with stand.server:
        yield stand


@pytest.fixture(scope="module")
def gateway(upstream: Upstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    log_path = tmp_path_factory.mktemp("properties") / "voucher_gateway.log"
    with GatewayProcess(upstream.server.url, log_path=log_path) as process:
        yield process
    assert "Traceback" not in process.log(), "every failure was foreseen"


@pytest.fixture(scope="module")
def channel(gateway: GatewayProcess) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(gateway.address) as opened:
        yield opened


@dataclass
class Result:
    code: grpc.StatusCode
    reason: str = ""
    details: frozenset[str] = frozenset()
    metadata: dict[str, str] | None = None


def call(channel: grpc.Channel, method: str, payload: bytes) -> Result:
    stub: Any = channel.unary_unary(method, request_serializer=None, response_deserializer=None)
    try:
        stub(payload, timeout=30)
    except grpc.RpcError as error:
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
        assert status is not None, f"a bare {error.code()}: {error.details()}"
        names, reason, metadata = set(), "", None
        for box in status.details:
            names.add(box.type_url.rsplit(".", 1)[-1])
            if box.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                box.Unpack(info)
                reason, metadata = info.reason, dict(info.metadata)
        assert reason, "every failure carries an ErrorInfo"
        return Result(error.code(), reason, frozenset(names), metadata)
    return Result(grpc.StatusCode.OK)


# Requests: any value of any field, drawn from the descriptors, so a field added later is covered too.

TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "\t", "CODE14", "a\x00b", "é€😀", "x" * 257, "y" * 5000]),
    st.text(min_size=200, max_size=300),
)
JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(2**60), 2**60),
    TEXT,
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=20,
)
_INTEGER_RANGES = {
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


def scalar(field: FieldDescriptor) -> st.SearchStrategy[Any]:
    if field.type == FieldDescriptor.TYPE_STRING:
        return TEXT
    if field.type == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if field.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return st.floats(allow_nan=True, allow_infinity=True, width=64 if field.type == 1 else 32)
    if field.type == FieldDescriptor.TYPE_ENUM:
        assert field.enum_type is not None
        return st.sampled_from([value.number for value in field.enum_type.values])
    low, high = _INTEGER_RANGES[field.type]
    return st.one_of(st.integers(low, high), st.integers(-3, 3))


def fill(draw: st.DrawFn, message: Message, depth: int) -> None:
    descriptor: Descriptor = message.DESCRIPTOR  # type: ignore[assignment]
    if descriptor.full_name == "google.protobuf.Struct":
        value = draw(st.dictionaries(TEXT, JSON_VALUE, max_size=4))
        message.update(value)  # type: ignore[attr-defined]
        return
    if descriptor.full_name == "google.protobuf.Timestamp":
        message.seconds = draw(st.integers(-(10**12), 10**12))  # type: ignore[attr-defined]
        message.nanos = draw(st.integers(-5, 10**9 + 5))  # type: ignore[attr-defined]
        return
    for field in descriptor.fields:
        if not draw(st.booleans()):
            continue
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            value_field = field.message_type.fields_by_name["value"]
            for key in draw(st.lists(TEXT, max_size=2)):
                target = getattr(message, field.name)
                if value_field.message_type is None:
                    target[key] = draw(scalar(value_field))
                elif depth < 3:
                    fill(draw, target[key], depth + 1)
        elif field.is_repeated:
            count = draw(st.one_of(st.integers(0, 3), st.sampled_from([100, 101])))
            container = getattr(message, field.name)
            for _ in range(count):
                if field.message_type is None:
                    container.append(draw(scalar(field)))
                elif depth < 3:
                    fill(draw, container.add(), depth + 1)
        elif field.message_type is not None:
            if depth < 3:
                fill(draw, getattr(message, field.name), depth + 1)
        else:
            setattr(message, field.name, draw(scalar(field)))


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, bytes]:
    method = draw(st.sampled_from(sorted(METHODS)))
    if draw(st.integers(0, 9)) == 0:
        return method, draw(st.binary(max_size=64))
    message = METHODS[method]()
    fill(draw, message, 0)
    return method, message.SerializeToString()


@BOUNDED
@given(requests())
def test_any_request_is_answered_or_refused_with_its_field(
    upstream: Upstream, channel: grpc.Channel, request: tuple[str, bytes]
) -> None:
    method, payload = request
    before = len(upstream.server.requests)
    result = call(channel, method, payload)
    assert result.code in (grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT), result
    if result.code == grpc.StatusCode.INVALID_ARGUMENT:
        assert "BadRequest" in result.details
        assert len(upstream.server.requests) == before, "a refused request is never sent"
    else:
        assert len(upstream.server.requests) == before + 1


# Upstream bodies: any JSON at 2xx, whole or put into a real answer at any place.


def replace_somewhere(document: Any, path: list[int], value: Any) -> Any:
    """`document` with the node that `path` (indexes into each level's keys or items) leads to replaced."""
    if not path or not isinstance(document, (dict, list)) or not document:
        return value
    keys = list(document) if isinstance(document, dict) else list(range(len(document)))
    key = keys[path[0] % len(keys)]
    copy: Any = dict(document) if isinstance(document, dict) else list(document)
    copy[key] = replace_somewhere(document[key], path[1:], value)
    return copy


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.binary(max_size=64))
    if kind <= 3:
        document: Any = draw(JSON_VALUE)
    else:
        fixture = draw(
            st.sampled_from(["redeem_voucher_response_gift_card.json", "voucher_redemptions_list.json"])
        )
        path = draw(st.lists(st.integers(0, 50), max_size=6))
        document = replace_somewhere(load_fixture(fixture), path, draw(JSON_VALUE))
    text = json.dumps(document, allow_nan=True)
    return text.encode("utf-8", "surrogatepass")


@BOUNDED
@given(bodies(), st.sampled_from([200, 201, 202]))
def test_any_json_at_2xx_is_a_message_or_explained(
    upstream: Upstream, channel: grpc.Channel, body: bytes, status: int
) -> None:
    upstream.body, upstream.status = body, status
    try:
        read = call(
            channel, GET, redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1").SerializeToString()
        )
        redeemed = call(
            channel,
            REDEEM,
            redemption_service_pb2.RedeemVoucherRequest(code="C", tracking_id="t").SerializeToString(),
        )
    finally:
        upstream.body, upstream.status = None, 200
    assert (read.code, read.reason) in (
        (grpc.StatusCode.OK, ""),
        (grpc.StatusCode.INTERNAL, "UPSTREAM_ANSWER_MALFORMED"),
        (grpc.StatusCode.INTERNAL, "UPSTREAM_ANSWER_UNREADABLE"),
    ), read
    assert (redeemed.code, redeemed.reason) in (
        (grpc.StatusCode.OK, ""),
        (grpc.StatusCode.UNKNOWN, "REDEMPTION_OUTCOME_UNKNOWN"),
    ), redeemed
    if redeemed.code == grpc.StatusCode.UNKNOWN:
        assert redeemed.metadata is not None
        assert {"code", "tracking_id", "sent_at"} <= redeemed.metadata.keys()
    # Both answers are a Redemption: the same body maps for both or for neither.
    assert (read.code == grpc.StatusCode.OK) == (redeemed.code == grpc.StatusCode.OK)
