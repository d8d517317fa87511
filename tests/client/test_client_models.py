"""The generated REST client reads what the service documents, and what it actually sends."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import attrs
import pytest
from voucherify_client.models import (
    CustomerRedeemablesList,
    Metadata,
    OrderRedemptions,
    RedeemVoucherRequest,
    RedeemVoucherResponse,
    Redemption,
    RedemptionResult,
    RedemptionRollback,
    VoucherRedemptionsList,
    VoucherType,
)
from voucherify_client.types import Unset

from tests.json_equivalence import load_fixture, normalized

EXAMPLES: dict[str, Any] = {
    "voucher_redemptions_list.json": VoucherRedemptionsList,
    "customer_redeemables_list.json": CustomerRedeemablesList,
    "redeem_voucher_request.json": RedeemVoucherRequest,
    "redeem_voucher_response_gift_card.json": RedeemVoucherResponse,
}
#: Free-form objects: their keys are data, not fields, so they live in additional_properties.
FREE_FORM = (Metadata, OrderRedemptions)


def undeclared_fields(model: Any, path: str = "$") -> list[str]:
    """Paths of JSON fields that the spec did not declare (kept, but untyped)."""
    found: list[str] = []
    if isinstance(model, list):
        for index, item in enumerate(model):
            found += undeclared_fields(item, f"{path}[{index}]")
    elif attrs.has(type(model)):
        if not isinstance(model, FREE_FORM):
            found += [f"{path}.{key}" for key in model.additional_properties]
        for field in attrs.fields(type(model)):
            found += undeclared_fields(getattr(model, field.name), f"{path}.{field.name}")
        if isinstance(model, OrderRedemptions):
            for key, item in model.additional_properties.items():
                found += undeclared_fields(item, f"{path}.{key}")
    return found


@pytest.mark.parametrize("fixture", EXAMPLES)
def test_every_documented_example_round_trips(fixture: str) -> None:
    raw = load_fixture(fixture)
    model = EXAMPLES[fixture].from_dict(raw)
    assert normalized(model.to_dict()) == normalized(raw)
    assert undeclared_fields(model) == []


def test_values_get_real_types() -> None:
    listing = VoucherRedemptionsList.from_dict(load_fixture("voucher_redemptions_list.json"))
    assert isinstance(listing.redemption_entries, list)
    entry = listing.redemption_entries[0]
    assert isinstance(entry, Redemption)
    assert entry.result is RedemptionResult.SUCCESS
    assert isinstance(entry.date, datetime.datetime)
    assert entry.date == datetime.datetime(2022, 10, 3, 12, 24, 58, 8000, tzinfo=datetime.UTC)
    assert not isinstance(entry.order, Unset) and entry.order is not None
    assert entry.order.amount == 230000
    gift = RedeemVoucherResponse.from_dict(load_fixture("redeem_voucher_response_gift_card.json"))
    assert not isinstance(gift.voucher, Unset) and gift.voucher is not None
    assert gift.voucher.type_ is VoucherType.GIFT_VOUCHER


def test_rollbacks_parse_as_rollbacks() -> None:
    raw = load_fixture("voucher_redemptions_list.json")
    rollback = copy.deepcopy(raw["redemption_entries"][0])
    rollback.update(
        id="rr_1", object="redemption_rollback", redemption="r_0bc92f81a6801f9bca", reason="ordered twice"
    )
    raw["redemption_entries"].append(rollback)
    listing = VoucherRedemptionsList.from_dict(raw)
    assert isinstance(listing.redemption_entries, list)
    parsed = listing.redemption_entries[-1]
    assert isinstance(parsed, RedemptionRollback)
    assert parsed.redemption == "r_0bc92f81a6801f9bca"
    assert normalized(listing.to_dict()) == normalized(raw)


def test_unknown_enum_value_is_kept_as_data() -> None:
    raw = load_fixture("redeem_voucher_response_gift_card.json")
    raw["result"] = "PARTIAL_SUCCESS"
    raw["voucher"]["type"] = "STORE_CREDIT"
    model = RedeemVoucherResponse.from_dict(raw)
    assert isinstance(model.result, RedemptionResult)
    assert model.result.value == "PARTIAL_SUCCESS"
    assert str(model.result) == "PARTIAL_SUCCESS"
    assert model.result != RedemptionResult.SUCCESS
    assert model.to_dict()["result"] == "PARTIAL_SUCCESS"
    assert model.to_dict()["voucher"]["type"] == "STORE_CREDIT"
    # Known values stay the enum's own members.
    assert RedemptionResult("SUCCESS") is RedemptionResult.SUCCESS


def test_extra_fields_are_kept() -> None:
    raw = load_fixture("redeem_voucher_response_gift_card.json")
    raw["brand_new_field"] = {"nested": [1, 2]}
    raw["order"]["another_new_field"] = "x"
    model = RedeemVoucherResponse.from_dict(raw)
    assert model.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert model.to_dict()["brand_new_field"] == {"nested": [1, 2]}
    assert model.to_dict()["order"]["another_new_field"] == "x"


def test_missing_fields_are_not_a_crash() -> None:
    raw = load_fixture("voucher_redemptions_list.json")
    for entry in raw["redemption_entries"]:
        for name in ("id", "date", "order", "customer", "voucher", "result", "channel"):
            entry.pop(name)
    del raw["quantity"], raw["total"]
    listing = VoucherRedemptionsList.from_dict(raw)
    assert isinstance(listing.total, Unset)
    assert isinstance(listing.redemption_entries, list)
    entry = listing.redemption_entries[0]
    assert isinstance(entry, Redemption)
    assert isinstance(entry.id, Unset) and isinstance(entry.order, Unset)
    assert normalized(listing.to_dict()) == normalized(raw)
    for model in (VoucherRedemptionsList, CustomerRedeemablesList, Redemption, RedemptionRollback):
        assert model.from_dict({}).to_dict() == {}


def test_what_the_service_sends_as_null_is_accepted() -> None:
    listing = VoucherRedemptionsList.from_dict(load_fixture("voucher_redemptions_list.json"))
    assert listing.quantity is None
    entry = listing.redemption_entries[0]  # type: ignore[index]
    assert isinstance(entry, Redemption)
    assert not isinstance(entry.customer, Unset) and entry.customer is not None
    assert entry.customer.name is None and entry.customer.email is None
    assert not isinstance(entry.voucher, Unset) and entry.voucher is not None
    assert entry.voucher.campaign_id is None
    assert not isinstance(entry.order, Unset) and entry.order is not None
    assert entry.order.source_id is None and entry.order.updated_at is None

    raw = load_fixture("customer_redeemables_list.json")
    voucher = raw["data"][0]["redeemable"]["voucher"]
    for name in (
        "discount",
        "gift",
        "loyalty_card",
        "campaign",
        "campaign_id",
        "category",
        "metadata",
        "assets",
        "redemption",
        "publish",
        "start_date",
        "expiration_date",
        "active",
        "created_at",
    ):
        voucher[name] = None
    model = CustomerRedeemablesList.from_dict(raw)
    assert normalized(model.to_dict()) == normalized(raw)
