"""A field Voucherify sends that the contract lacks: told once and counted in production, fatal in tests."""

from __future__ import annotations

import logging
from typing import Any

import grpc
import pytest
from voucherify.v1 import redemption_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway_harness import rich_details, running_gateway
from tests.json_equivalence import load_fixture
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucher_gateway import unknown_fields
from voucher_gateway.credentials import Credentials

CREDENTIALS = Credentials("app", "token")


def _listing_with_new_fields() -> dict[str, Any]:
    body: dict[str, Any] = load_fixture("voucher_redemptions_list.json")
    for index, entry in enumerate(body["redemption_entries"]):
        entry["loyalty_tier"] = {"id": f"lt_{index}"}
        if entry.get("order"):
            for redemption in (entry["order"].get("redemptions") or {}).values():
                redemption["stacking_group"] = "A"
    return body


async def _list(body: dict[str, Any]) -> redemption_service_pb2.ListVoucherRedemptionsResponse:
    with ScriptedUpstream(lambda _: Answer(200, body)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub: Any = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            first = await stub.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code="C")
            )
            await stub.ListVoucherRedemptions(redemption_service_pb2.ListVoucherRedemptionsRequest(code="C"))
    result: redemption_service_pb2.ListVoucherRedemptionsResponse = first
    return result


@pytest.mark.usefixtures("lenient_fields")
async def test_in_production_the_call_succeeds_and_each_field_is_told_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="voucher_gateway.unknown_fields")
    body = _listing_with_new_fields()
    response = await _list(body)
    assert [e.id for e in response.redemption_entries] == [e["id"] for e in body["redemption_entries"]]

    entries = len(body["redemption_entries"])
    with_orders = sum(
        len((e.get("order") or {}).get("redemptions") or {}) for e in body["redemption_entries"]
    )
    assert with_orders > 0
    # Two calls: every occurrence counted, under one path per field.
    assert unknown_fields.counts() == {
        "$.redemption_entries[].loyalty_tier": 2 * entries,
        "$.redemption_entries[].order.redemptions.*.stacking_group": 2 * with_orders,
    }
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert any("$.redemption_entries[].loyalty_tier" in w for w in warnings)
    assert any("$.redemption_entries[].order.redemptions.*.stacking_group" in w for w in warnings)


async def test_in_the_test_suite_an_unknown_field_fails_the_call() -> None:
    """The suite runs strict (tests/conftest.py): this is what any other test would meet."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await _list(_listing_with_new_fields())
    assert caught.value.code() == grpc.StatusCode.INTERNAL
    assert rich_details(caught.value)["ErrorInfo"].reason == "UPSTREAM_ANSWER_MALFORMED"
    assert "UnknownField" in (caught.value.details() or "")


def test_paths_are_normalised_along_the_messages() -> None:
    root = redemption_pb2.Redemption.DESCRIPTOR
    assert unknown_fields.normalise(root, "$.order.items[12].sku.colour") == "$.order.items[].sku.colour"
    assert unknown_fields.normalise(root, '$.order.redemptions["r 1"].x') == "$.order.redemptions.*.x"
    assert unknown_fields.normalise(root, "$.order.redemptions.r_1.x") == "$.order.redemptions.*.x"
    assert unknown_fields.normalise(root, '$["new field"]') == '$["new field"]'
    listing = redemption_service_pb2.ListVoucherRedemptionsResponse.DESCRIPTOR
    assert (
        unknown_fields.normalise(listing, "$.redemption_entries[0].voucher.categories[3].colour")
        == "$.redemption_entries[].voucher.categories[].colour"
    )
