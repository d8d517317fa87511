"""Redemption rules over real HTTP through the generated client (clock injected into the server)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from voucherify_client import Client
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher
from voucherify_client.models import Error, RedeemVoucherRequest, RedeemVoucherResponse

from tests.emulator.support import BASE_NOW, Seeder, SettableClock, unique
from voucherify_stand_in.ids import tracking_id


def _json(response: Any) -> dict[str, Any]:
    data: dict[str, Any] = httpx.Response(200, content=response.content).json()
    return data


async def redeem(client: Client, code: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    request = RedeemVoucherRequest.from_dict(body or {})
    response = await redeem_voucher.asyncio_detailed(code, client=client, body=request)
    if response.status_code == 200:
        assert isinstance(response.parsed, RedeemVoucherResponse)
    else:
        assert isinstance(response.parsed, Error)
    return int(response.status_code), _json(response)


async def entries(client: Client, code: str) -> dict[str, Any]:
    response = await list_voucher_redemptions.asyncio_detailed(code, client=client)
    assert response.status_code == 200
    return _json(response)


async def test_quantity_limit_and_failure_entries(client: Client, seed: Seeder) -> None:
    code = unique("QTY")
    await seed.voucher(code, redemption={"quantity": 2})
    assert (await redeem(client, code))[0] == 200
    assert (await redeem(client, code))[0] == 200
    status, error = await redeem(client, code)
    assert status == 400
    assert error["key"] == "quantity_exceeded" and error["code"] == 400
    assert error["resource_type"] == "voucher" and error["resource_id"] == code
    assert error["request_id"].startswith("v-")
    listing = await entries(client, code)
    assert listing["quantity"] == 2 and listing["redeemed_quantity"] == 2 and listing["total"] == 3
    failed = listing["redemption_entries"][0]
    assert failed["result"] == "FAILURE" and failed["failure_code"] == "quantity_exceeded"
    assert failed["failure_message"] == error["message"]
    assert [e["result"] for e in listing["redemption_entries"][1:]] == ["SUCCESS", "SUCCESS"]
    assert listing["url"] == f"/v1/vouchers/{code}/redemptions?page=1&limit=10"
    assert listing["data_ref"] == "redemption_entries"
    assert set(failed["voucher"]) == {"id", "code", "campaign_id"}


async def test_disabled_voucher(client: Client, seed: Seeder) -> None:
    code = unique("OFF")
    await seed.voucher(code, active=False)
    status, error = await redeem(client, code)
    assert (status, error["key"]) == (400, "voucher_disabled")
    assert (await entries(client, code))["redemption_entries"][0]["failure_code"] == "voucher_disabled"


async def test_start_and_expiration_dates(client: Client, seed: Seeder, clock: SettableClock) -> None:
    code = unique("DATES")
    await seed.voucher(code, start_date="2024-06-01T00:00:00Z", expiration_date="2024-06-30T23:59:59.000Z")
    status, error = await redeem(client, code)
    assert (status, error["key"]) == (400, "voucher_not_active")
    clock.set(BASE_NOW.replace(month=6, day=10))
    assert (await redeem(client, code))[0] == 200
    clock.set(BASE_NOW.replace(month=7, day=1))
    status, error = await redeem(client, code)
    assert (status, error["key"], error["message"]) == (400, "voucher_expired", "Voucher expired")


async def test_validity_day_of_week(client: Client, seed: Seeder, clock: SettableClock) -> None:
    code = unique("DOW")
    await seed.voucher(code, validity_day_of_week=[1, 5])  # Monday and Friday
    status, error = await redeem(client, code)  # BASE_NOW is a Wednesday
    assert (status, error["key"]) == (400, "voucher_not_active_now")
    clock.set(BASE_NOW + timedelta(days=2))  # Friday
    assert (await redeem(client, code))[0] == 200
    clock.set(BASE_NOW + timedelta(days=4))  # Sunday
    assert (await redeem(client, code))[0] == 400


async def test_validity_timeframe(client: Client, seed: Seeder, clock: SettableClock) -> None:
    code = unique("FRAME")
    await seed.voucher(
        code, start_date="2024-05-15T10:00:00Z", validity_timeframe={"interval": "P1D", "duration": "PT3H"}
    )
    assert (await redeem(client, code))[0] == 200  # 12:00, inside 10:00-13:00
    clock.set(BASE_NOW + timedelta(hours=2))  # 14:00
    status, error = await redeem(client, code)
    assert (status, error["key"]) == (400, "voucher_not_active_now")
    clock.set(BASE_NOW + timedelta(days=1, minutes=-90))  # next day 10:30
    assert (await redeem(client, code))[0] == 200


async def test_validity_hours(client: Client, seed: Seeder, clock: SettableClock) -> None:
    code = unique("HOURS")
    await seed.voucher(
        code,
        validity_hours={"daily": [{"start_time": "11:00", "expiration_time": "13:00", "days_of_week": [3]}]},
    )
    assert (await redeem(client, code))[0] == 200
    clock.set(BASE_NOW + timedelta(hours=1, minutes=30))
    assert (await redeem(client, code))[1]["key"] == "voucher_not_active_now"


ORDER = {
    "amount": 10000,
    "items": [
        {"product_id": "prod_a", "quantity": 1, "price": 6000},
        {"product_id": "prod_b", "quantity": 2, "price": 2000},
    ],
}


async def test_amount_discount_on_order(client: Client, seed: Seeder) -> None:
    code = unique("AMT")
    await seed.voucher(code, discount={"type": "AMOUNT", "amount_off": 1500, "effect": "APPLY_TO_ORDER"})
    status, body = await redeem(client, code, {"order": ORDER})
    assert status == 200
    order = body["order"]
    assert order["amount"] == 10000
    assert order["discount_amount"] == order["applied_discount_amount"] == 1500
    assert order["total_discount_amount"] == order["total_applied_discount_amount"] == 1500
    assert order["total_amount"] == 8500
    assert [i["amount"] for i in order["items"]] == [6000, 4000]
    assert [i["subtotal_amount"] for i in order["items"]] == [6000, 4000]
    assert order["redemptions"][body["id"]]["related_object_id"] == body["voucher"]["id"]
    assert "amount" not in body


async def test_amount_discount_never_exceeds_the_order(client: Client, seed: Seeder) -> None:
    code = unique("BIG")
    await seed.voucher(code, discount={"type": "AMOUNT", "amount_off": 50000})
    status, body = await redeem(client, code, {"order": {"amount": 3000}})
    assert status == 200
    assert body["order"]["discount_amount"] == 3000 and body["order"]["total_amount"] == 0


async def test_percent_discount_with_amount_limit(client: Client, seed: Seeder) -> None:
    code = unique("PCT")
    await seed.voucher(code, discount={"type": "PERCENT", "percent_off": 25, "amount_limit": 2000})
    _, body = await redeem(client, code, {"order": ORDER})
    assert body["order"]["discount_amount"] == 2000 and body["order"]["total_amount"] == 8000
    code2 = unique("PCT")
    await seed.voucher(code2, discount={"type": "PERCENT", "percent_off": 12.5})
    _, body = await redeem(client, code2, {"order": ORDER})
    assert body["order"]["discount_amount"] == 1250


async def test_percent_discount_on_items(client: Client, seed: Seeder) -> None:
    code = unique("ITEMS")
    await seed.voucher(code, discount={"type": "PERCENT", "percent_off": 10, "effect": "APPLY_TO_ITEMS"})
    _, body = await redeem(client, code, {"order": ORDER})
    order = body["order"]
    assert order["items_discount_amount"] == order["items_applied_discount_amount"] == 1000
    assert order["discount_amount"] == 0 and order["applied_discount_amount"] == 0
    assert order["total_discount_amount"] == order["total_applied_discount_amount"] == 1000
    assert order["total_amount"] == 9000
    assert [i["discount_amount"] for i in order["items"]] == [600, 400]
    assert [i["subtotal_amount"] for i in order["items"]] == [5400, 3600]


async def test_amount_discount_proportionally_on_items(client: Client, seed: Seeder) -> None:
    code = unique("PROP")
    await seed.voucher(
        code, discount={"type": "AMOUNT", "amount_off": 1000, "effect": "APPLY_TO_ITEMS_PROPORTIONALLY"}
    )
    _, body = await redeem(client, code, {"order": ORDER})
    assert [i["discount_amount"] for i in body["order"]["items"]] == [600, 400]
    assert body["order"]["total_amount"] == 9000


async def test_fixed_discount(client: Client, seed: Seeder) -> None:
    code = unique("FIX")
    await seed.voucher(code, discount={"type": "FIXED", "fixed_amount": 7000})
    _, body = await redeem(client, code, {"order": ORDER})
    assert body["order"]["discount_amount"] == 3000 and body["order"]["total_amount"] == 7000


async def test_gift_card_credits_never_below_zero(client: Client, seed: Seeder) -> None:
    code = unique("GIFT")
    await seed.voucher(code, type="GIFT_VOUCHER", gift={"amount": 5000})
    status, body = await redeem(client, code, {"order": {"amount": 3000}})
    assert status == 200
    assert body["amount"] == 3000 and body["gift"] == {"amount": 3000}
    assert body["order"]["discount_amount"] == 3000 and body["order"]["total_amount"] == 0
    assert body["voucher"]["gift"]["balance"] == 2000
    status, body = await redeem(client, code, {"order": {"amount": 3000}})
    assert status == 200 and body["amount"] == 2000 and body["order"]["total_amount"] == 1000
    assert body["voucher"]["gift"]["balance"] == 0
    assert body["voucher"]["redemption"]["redeemed_amount"] == 5000
    status, error = await redeem(client, code, {"order": {"amount": 3000}})
    assert (status, error["key"]) == (400, "gift_amount_exceeded")


async def test_gift_card_requested_credits(client: Client, seed: Seeder) -> None:
    code = unique("CREDITS")
    await seed.voucher(code, gift={"amount": 1000})
    status, error = await redeem(client, code, {"gift": {"credits": 1500}, "order": {"amount": 5000}})
    assert (status, error["key"]) == (400, "gift_amount_exceeded")
    status, body = await redeem(client, code, {"gift": {"credits": 400}, "order": {"amount": 5000}})
    assert status == 200 and body["gift"] == {"amount": 400} and body["order"]["total_amount"] == 4600
    status, error = await redeem(client, code)
    assert (status, error["key"]) == (400, "missing_order")
    status, error = await redeem(client, code, {"order": {"items": [{"product_id": "p", "quantity": 1}]}})
    assert (status, error["key"]) == (400, "missing_amount")


async def test_loyalty_card_points(client: Client, seed: Seeder) -> None:
    code = unique("LOYAL")
    await seed.voucher(code, type="LOYALTY_CARD", loyalty_card={"points": 500})
    status, body = await redeem(client, code, {"reward": {"points": 300}})
    assert status == 200 and body["loyalty_card"] == {"points": 300} and body["amount"] == 300
    assert body["voucher"]["loyalty_card"]["balance"] == 200
    assert body["voucher"]["redemption"]["redeemed_points"] == 300
    status, error = await redeem(client, code, {"reward": {"points": 300}})
    assert (status, error["key"]) == (400, "loyalty_card_points_exceeded")
    status, error = await redeem(client, code, {})
    assert (status, error["key"]) == (400, "missing_reward")
    listing = await entries(client, code)
    assert listing["redeemed_quantity"] == 1
    assert [e["result"] for e in listing["redemption_entries"]] == ["FAILURE", "FAILURE", "SUCCESS"]


async def test_customer_upserted_by_source_id_and_tracking_id(client: Client, seed: Seeder) -> None:
    code = unique("CUST")
    source = unique("alice") + "@example.com"
    await seed.voucher(code)
    _, first = await redeem(client, code, {"customer": {"source_id": source, "name": "Alice"}})
    assert first["customer"]["source_id"] == source and first["customer"]["name"] == "Alice"
    assert first["customer_id"].startswith("cust_")
    assert first["tracking_id"] == tracking_id(source)
    _, second = await redeem(client, code, {"customer": {"source_id": source, "email": "a@example.com"}})
    assert second["customer_id"] == first["customer_id"]
    assert second["customer"]["name"] == "Alice" and second["customer"]["email"] == "a@example.com"
    _, third = await redeem(client, code, {"customer": {"id": first["customer_id"]}})
    assert third["customer"]["source_id"] == source and third["tracking_id"] == first["tracking_id"]
    assert "order" not in third  # no order was sent, none is recorded
    assert third["channel"] == {"channel_id": "voucherify-dev-app-id", "channel_type": "API"}


async def test_unknown_customer_id_is_404(client: Client, seed: Seeder) -> None:
    code = unique("NOCUST")
    await seed.voucher(code)
    status, error = await redeem(client, code, {"customer": {"id": "cust_missing"}})
    assert status == 404
    assert error["key"] == "not_found" and error["resource_type"] == "customer"
    assert error["resource_id"] == "cust_missing"


async def test_unknown_voucher_and_redemption_are_404(client: Client) -> None:
    status, error = await redeem(client, "NO-SUCH-CODE")
    assert (status, error["key"], error["resource_type"]) == (404, "not_found", "voucher")
    assert error["details"] == "Cannot find voucher with id NO-SUCH-CODE"
    response = await get_redemption.asyncio_detailed("r_missing", client=client)
    assert response.status_code == 404 and isinstance(response.parsed, Error)
    assert response.parsed.resource_type == "redemption"
    listing = await list_voucher_redemptions.asyncio_detailed("NO-SUCH-CODE", client=client)
    assert listing.status_code == 404


@pytest.mark.parametrize(
    "code", ["a/b", "..", ".", "50%", "what?#frag", "zażółć gęślą", "x%2Fy", "a b+c", "é/../é"]
)
async def test_codes_with_reserved_characters(client: Client, seed: Seeder, code: str) -> None:
    created = await seed.voucher(code + unique(""))
    full = created["code"]
    status, body = await redeem(client, full)
    assert status == 200 and body["voucher"]["code"] == full
    listing = await entries(client, full)
    assert listing["total"] == 1 and listing["redemption_entries"][0]["voucher"]["code"] == full
    fetched = await get_redemption.asyncio_detailed(body["id"], client=client)
    assert _json(fetched)["voucher"]["code"] == full


async def test_raw_path_segments_are_percent_decoded(api: httpx.AsyncClient, seed: Seeder) -> None:
    code = "raw/" + unique("..")
    await seed.voucher(code)
    encoded = code.replace("/", "%2F").replace(".", "%2E")
    response = await api.post(f"/v1/vouchers/{encoded}/redemption", json={})
    assert response.status_code == 200 and response.json()["voucher"]["code"] == code
    assert (await api.get("/v1/vouchers/%2E%2E/redemption")).json()["resource_id"] == ".."


async def test_get_redemption_returns_full_voucher(client: Client, seed: Seeder) -> None:
    code = unique("GET")
    await seed.voucher(code, metadata={"k": "v"})
    _, body = await redeem(client, code, {"metadata": {"pos": 7}})
    response = await get_redemption.asyncio_detailed(body["id"], client=client)
    got = _json(response)
    assert got["id"] == body["id"] and got["metadata"] == {"pos": 7}
    assert got["voucher"]["metadata"] == {"k": "v"} and got["voucher"]["object"] == "voucher"
