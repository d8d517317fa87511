"""The proto contract carries Voucherify's JSON bodies losslessly.

For every RPC, ``MessageToDict(response, preserving_proto_field_name=True)``
must equal the upstream JSON body under the lossless rule (see
``tests/lossless.py``). The fixtures are the spec's examples of each
operation's answer (``tests/operations.json`` names them).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import descriptor_pool, json_format, message, message_factory

from tests.json_equivalence import load_fixture
from tests.lossless import assert_lossless, lossless_differences
from tests.operations import OPERATIONS

REPO = Path(__file__).resolve().parents[2]

# (service, method) -> fixture of that RPC's upstream response body, from the one table of operations.
RPC_FIXTURES = [(op.service, op.method, op.fixture) for op in OPERATIONS]

# A redemption rollback as documented for GET /v1/redemptions/{redemptionId}
# (the seeds carry no example body for it): the rollback-only fields
# `redemption` and `reason`, negative amounts, related redemptions.
ROLLBACK = {
    "id": "rr_0c63c84eb78ee0a6c0",
    "object": "redemption_rollback",
    "date": "2023-01-31T14:18:37.150Z",
    "customer_id": "cust_eWgXlBBiY6THFRJwX45Iakv4",
    "tracking_id": "track_9B0kB92+bJa8a+PegaWREw==",
    "metadata": {},
    "amount": -2000,
    "redemption": "r_0c5e8a38730ccec0d5",
    "reason": "Customer changed mind",
    "result": "SUCCESS",
    "status": "SUCCEEDED",
    "related_redemptions": {
        "redemptions": [{"id": "r_0c5e8a38730ccec0d5", "date": "2023-01-27T12:34:57.100Z"}]
    },
    "channel": {"channel_id": "user_g24UoRO3Caxu7FCT4n5tpYEa3zUG0FrH", "channel_type": "USER"},
    "customer": {"id": "cust_eWgXlBBiY6THFRJwX45Iakv4", "name": "Bob Jones", "object": "customer"},
    "related_object_type": "redemption",
    "related_object_id": "r_0c5e8a38730ccec0d5",
    "voucher": {"id": "v_UFAc7FTVO0HtJV2hWZls4O7eqHMyn62g", "code": "CODE14", "campaign_id": None},
    "gift": {"amount": -2000},
    "failure_code": None,
}


@pytest.fixture(scope="session")
def proto_pool() -> descriptor_pool.DescriptorPool:
    """The voucherify.v1 descriptors of the committed `generated/` modules."""
    from voucherify.v1 import customer_service_pb2, redemption_service_pb2

    assert redemption_service_pb2.DESCRIPTOR.pool is customer_service_pb2.DESCRIPTOR.pool
    return redemption_service_pb2.DESCRIPTOR.pool


def response_class(pool: descriptor_pool.DescriptorPool, service: str, method: str) -> type[message.Message]:
    """The response message class of an RPC, read from the service descriptor."""
    method_desc = pool.FindServiceByName(f"voucherify.v1.{service}").methods_by_name[method]
    return message_factory.GetMessageClass(method_desc.output_type)


def round_trip(cls: type[message.Message], body: Any) -> dict[str, Any]:
    msg = json_format.ParseDict(body, cls())  # strict: an unmapped upstream field fails
    return json_format.MessageToDict(msg, preserving_proto_field_name=True)


@pytest.mark.parametrize(("service", "method", "fixture"), RPC_FIXTURES)
def test_fixture_round_trips_losslessly(
    proto_pool: descriptor_pool.DescriptorPool, service: str, method: str, fixture: str
) -> None:
    body = load_fixture(fixture)
    assert_lossless(round_trip(response_class(proto_pool, service, method), body), body)


def test_redemption_rollback_round_trips_losslessly(proto_pool: descriptor_pool.DescriptorPool) -> None:
    cls = response_class(proto_pool, "RedemptionService", "GetRedemption")
    assert_lossless(round_trip(cls, ROLLBACK), ROLLBACK)


def test_zeros_false_and_empty_strings_survive(proto_pool: descriptor_pool.DescriptorPool) -> None:
    body = copy.deepcopy(load_fixture("redeem_voucher_response_gift_card.json"))
    body["amount"] = 0
    body["tracking_id"] = ""
    body["metadata"] = {}
    body["customer"]["name"] = ""
    body["customer"]["metadata"]["age"] = 0
    body["order"]["discount_amount"] = 0
    body["order"]["items"][0]["quantity"] = 0
    body["order"]["items"][0]["price"] = 0
    body["voucher"]["active"] = False
    body["voucher"]["additional_info"] = ""
    body["voucher"]["redemption"]["quantity"] = 0
    body["voucher"]["validation_rules_assignments"]["total"] = 0
    body["voucher"]["publish"]["count"] = 0
    body["gift"]["amount"] = 0

    out = round_trip(response_class(proto_pool, "RedemptionService", "RedeemVoucher"), body)
    assert_lossless(out, body)
    # Spelled out, so a comparator bug cannot hide a dropped zero.
    assert out["amount"] == "0"
    assert out["tracking_id"] == ""
    assert out["metadata"] == {}
    assert out["customer"]["name"] == ""
    assert out["order"]["discount_amount"] == "0"
    assert out["order"]["items"][0]["quantity"] == "0"
    assert out["voucher"]["active"] is False
    assert out["voucher"]["additional_info"] == ""
    assert out["voucher"]["redemption"]["quantity"] == "0"
    assert out["voucher"]["publish"]["count"] == "0"
    assert out["gift"] == {"amount": "0"}

    listing = copy.deepcopy(load_fixture("customer_redeemables_list.json"))
    listing["total"] = 0
    listing["has_more"] = False
    listing["more_starting_after"] = ""
    listing["data"][0]["redeemable"]["voucher"]["is_referral_code"] = False
    out = round_trip(response_class(proto_pool, "CustomerService", "ListCustomerRedeemables"), listing)
    assert_lossless(out, listing)
    assert (out["total"], out["has_more"], out["more_starting_after"]) == ("0", False, "")


def test_null_quantity_means_unlimited_and_stays_unset(proto_pool: descriptor_pool.DescriptorPool) -> None:
    cls = response_class(proto_pool, "RedemptionService", "ListVoucherRedemptions")
    msg: Any = json_format.ParseDict(load_fixture("voucher_redemptions_list.json"), cls())
    assert not msg.HasField("quantity")
    assert msg.redeemed_quantity == 6


def test_unmapped_upstream_field_fails_strict_parse(proto_pool: descriptor_pool.DescriptorPool) -> None:
    body = copy.deepcopy(load_fixture("redeem_voucher_response_gift_card.json"))
    body["voucher"]["field_voucherify_added_later"] = 1
    cls = response_class(proto_pool, "RedemptionService", "RedeemVoucher")
    with pytest.raises(json_format.ParseError):
        json_format.ParseDict(body, cls())


def _scalar_fields_without_presence(root: Any) -> list[str]:
    seen: set[str] = set()
    missing: list[str] = []
    stack: list[Any] = [root]
    while stack:
        desc = stack.pop()
        if desc.full_name in seen or desc.full_name.startswith("google.protobuf."):
            continue
        seen.add(desc.full_name)
        is_map_entry = desc.GetOptions().map_entry  # map keys have no presence by design
        for field in desc.fields:
            if field.message_type is not None:
                stack.append(field.message_type)
            elif not field.is_repeated and not field.has_presence and not is_map_entry:
                missing.append(field.full_name)
    return missing


@pytest.mark.parametrize(("service", "method"), [(s, m) for s, m, _ in RPC_FIXTURES])
def test_every_response_scalar_has_explicit_presence(
    proto_pool: descriptor_pool.DescriptorPool, service: str, method: str
) -> None:
    cls = response_class(proto_pool, service, method)
    assert _scalar_fields_without_presence(cls.DESCRIPTOR) == []


def test_comparator_equivalences_and_mismatches() -> None:
    upstream: dict[str, Any] = {
        "a": None,
        "b": [],
        "n": 230000,
        "f": 26,
        "t": "2024-03-22T17:48:18.57+00:00",
        "z": 0,
        "s": "",
        "flag": False,
    }
    message_dict = {"n": "230000", "f": 26.0, "t": "2024-03-22T17:48:18.570Z", "z": 0, "s": "", "flag": False}
    assert_lossless(message_dict, upstream)

    dropped = {k: v for k, v in message_dict.items() if k not in ("z", "s", "flag")}
    assert sorted(lossless_differences(dropped, upstream)) == [
        "$.flag: message=<absent> upstream=False",
        "$.s: message=<absent> upstream=''",
        "$.z: message=<absent> upstream=0",
    ]
    assert lossless_differences({"x": {"y": [1, 2]}}, {"x": {"y": [1, 3]}}) == [
        "$.x.y[1]: message=2 upstream=3"
    ]
    assert lossless_differences({"v": 1}, {"v": True}) == ["$.v: message=1 upstream=True"]
    # A null list element is absent, like a null field: only the others are compared.
    assert_lossless({"days": [1, 3]}, {"days": [1, None, 3, None]})
    assert lossless_differences({"days": [1]}, {"days": [None, 3]}) == ["$.days[0]: message=1 upstream=3"]
    # An empty object reads as absent (a protobuf map cannot keep it), but what it holds still counts.
    assert_lossless({}, {"redemptions": {}, "order": {"id": None}})
    assert lossless_differences({}, {"order": {"id": "o_1"}}) == [
        "$.order.id: message=<absent> upstream='o_1'"
    ]
    assert lossless_differences({"t": "2024-03-22T17:48:18.571Z"}, {"t": "2024-03-22T17:48:18.57+00:00"})
    assert lossless_differences({"extra": "x"}, {}) == ["$.extra: message='x' upstream=<absent>"]
    with pytest.raises(AssertionError, match=r"\$\.z: message=<absent> upstream=0"):
        assert_lossless({}, {"z": 0})


NODE_CLIENT = REPO / "tests" / "node" / "client.js"


@pytest.mark.skipif(
    shutil.which("node") is None or not (REPO / "node_modules" / "@grpc" / "proto-loader").is_dir(),
    reason="node or node_modules (npm ci) missing",
)
def test_node_client_receives_upstream_json() -> None:
    """Node callers (proto-loader, keepCase) see the same JSON: tests/node/client.js --selftest
    serves the fixtures from an in-process grpc-js server and prints what its client received."""
    checked = subprocess.run(
        ["node", str(NODE_CLIENT), "--check"], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stderr
    assert "/voucherify.v1.CustomerService/ListCustomerRedeemables" in checked.stdout

    run = subprocess.run(["node", str(NODE_CLIENT), "--selftest"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr + run.stdout
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    fixtures = {f"voucherify.v1.{service}/{method}": fixture for service, method, fixture in RPC_FIXTURES}
    assert sorted(line["rpc"] for line in lines) == sorted(fixtures)
    for line in lines:
        assert line["ok"], line
        assert_lossless(line["response"], load_fixture(fixtures[line["rpc"]]))
