"""Atomic redemptions: concurrent redeems of one voucher never overshoot its quantity or balance."""

from __future__ import annotations

import asyncio

import httpx
from voucherify_client import Client
from voucherify_client.api.redemptions import list_voucher_redemptions, redeem_voucher
from voucherify_client.models import RedeemVoucherRequest

from tests.emulator.support import Seeder, unique


async def test_200_concurrent_redeems_of_quantity_50(client: Client, seed: Seeder) -> None:
    code = unique("RUSH")
    await seed.voucher(code, redemption={"quantity": 50})
    body = RedeemVoucherRequest.from_dict({"order": {"amount": 1000}})
    responses = await asyncio.gather(
        *(redeem_voucher.asyncio_detailed(code, client=client, body=body) for _ in range(200))
    )
    statuses = [int(r.status_code) for r in responses]
    assert statuses.count(200) == 50 and statuses.count(400) == 150
    listing = await list_voucher_redemptions.asyncio_detailed(code, client=client)
    data = httpx.Response(200, content=listing.content).json()
    results = [e["result"] for e in data["redemption_entries"]]
    assert results.count("SUCCESS") == 50 and results.count("FAILURE") == 150
    assert data["redeemed_quantity"] == 50 and data["total"] == 200
    assert {e["failure_code"] for e in data["redemption_entries"] if e["result"] == "FAILURE"} == {
        "quantity_exceeded"
    }


async def test_concurrent_gift_redeems_never_overdraw(api: httpx.AsyncClient, seed: Seeder) -> None:
    code = unique("GRUSH")
    await seed.voucher(code, gift={"amount": 1000})
    responses = await asyncio.gather(
        *(api.post(f"/v1/vouchers/{code}/redemption", json={"gift": {"credits": 70}}) for _ in range(60))
    )
    ok = [r.json() for r in responses if r.status_code == 200]
    assert len(ok) == 14  # 14 x 70 = 980; the 15th would need 1050
    assert all(r.json()["key"] == "gift_amount_exceeded" for r in responses if r.status_code != 200)
    balances = sorted(r["voucher"]["gift"]["balance"] for r in ok)
    assert balances[0] == 20 and min(balances) >= 0


async def test_concurrent_loyalty_redeems_never_overdraw(api: httpx.AsyncClient, seed: Seeder) -> None:
    code = unique("LRUSH")
    await seed.voucher(code, loyalty_card={"points": 100})
    responses = await asyncio.gather(
        *(api.post(f"/v1/vouchers/{code}/redemption", json={"reward": {"points": 30}}) for _ in range(20))
    )
    assert [r.status_code for r in responses].count(200) == 3
    voucher = (await api.get(f"/v1/vouchers/{code}")).json()
    assert voucher["loyalty_card"]["balance"] == 10
