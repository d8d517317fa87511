"""Session locks (validate with LOCK, ttl/ttl_unit) and redemption rollbacks, over real HTTP."""

from __future__ import annotations

from typing import Any

import httpx
from voucherify_client import Client
from voucherify_client.api.redemptions import get_redemption

from tests.emulator.support import Seeder, SettableClock, unique
from tests.emulator.test_emulator_rules import entries, redeem


async def lock(api: httpx.AsyncClient, code: str, session: dict[str, Any], **body: Any) -> dict[str, Any]:
    response = await api.post(f"/v1/vouchers/{code}/validate", json={"session": session, **body})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_locked_voucher_is_held_for_its_session(
    client: Client, api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    code = unique("LOCK")
    await seed.voucher(code, redemption={"quantity": 1})
    validation = await lock(api, code, {"type": "LOCK", "key": "ssn_A", "ttl": 2, "ttl_unit": "HOURS"})
    assert validation["valid"] is True
    assert validation["session"] == {"key": "ssn_A", "type": "LOCK", "ttl": 2, "ttl_unit": "HOURS"}
    # Another caller cannot take the held unit...
    status, error = await redeem(client, code)
    assert (status, error["key"]) == (400, "quantity_exceeded")
    assert "session" in error["details"]
    other = await api.post(
        f"/v1/vouchers/{code}/validate", json={"session": {"type": "LOCK", "key": "ssn_B"}}
    )
    assert other.json()["valid"] is False and other.json()["error"]["key"] == "quantity_exceeded"
    # ...the session's owner can, and that releases the session.
    status, body = await redeem(client, code, {"session": {"type": "LOCK", "key": "ssn_A"}})
    assert status == 200
    assert body["session"] == {"key": "ssn_A", "type": "LOCK", "ttl": 7, "ttl_unit": "DAYS"}
    listing = await entries(client, code)
    assert listing["redeemed_quantity"] == 1 and [e["result"] for e in listing["redemption_entries"]] == [
        "SUCCESS",
        "FAILURE",
    ]


async def test_lock_expires_after_its_ttl(
    client: Client, api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    code = unique("TTL")
    await seed.voucher(code, redemption={"quantity": 1})
    await lock(api, code, {"type": "LOCK", "key": "ssn_T", "ttl": 30, "ttl_unit": "MINUTES"})
    clock.advance(minutes=29)
    assert (await redeem(client, code))[0] == 400
    clock.advance(minutes=2)
    assert (await redeem(client, code))[0] == 200


async def test_default_lock_is_seven_days_and_can_be_released(
    client: Client, api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    code = unique("REL")
    await seed.voucher(code, redemption={"quantity": 1})
    validation = await lock(api, code, {"type": "LOCK"})
    key = validation["session"]["key"]
    assert key.startswith("ssn_") and validation["session"]["ttl_unit"] == "DAYS"
    clock.advance(days=6)
    assert (await redeem(client, code))[0] == 400
    released = await api.delete(f"/v1/vouchers/{code}/sessions/{key}")
    assert released.status_code == 204
    assert (await redeem(client, code))[0] == 200


async def test_gift_credits_locked_by_a_session(client: Client, api: httpx.AsyncClient, seed: Seeder) -> None:
    code = unique("GLOCK")
    await seed.voucher(code, gift={"amount": 1000})
    await lock(api, code, {"type": "LOCK", "key": "ssn_G"}, gift={"credits": 800})
    status, error = await redeem(client, code, {"gift": {"credits": 300}})
    assert (status, error["key"]) == (400, "gift_amount_exceeded")
    assert (await redeem(client, code, {"gift": {"credits": 200}}))[0] == 200
    status, body = await redeem(
        client, code, {"gift": {"credits": 800}, "session": {"type": "LOCK", "key": "ssn_G"}}
    )
    assert status == 200 and body["voucher"]["gift"]["balance"] == 0


async def test_rollback_restores_gift_balance(client: Client, api: httpx.AsyncClient, seed: Seeder) -> None:
    code = unique("RB")
    await seed.voucher(code, gift={"amount": 3000}, redemption={"quantity": 5})
    _, redeemed = await redeem(
        client, code, {"order": {"amount": 2000}, "customer": {"source_id": unique("rb")}}
    )
    response = await api.post(f"/v1/redemptions/{redeemed['id']}/rollback?reason=Order%20canceled", json={})
    assert response.status_code == 200
    rollback = response.json()
    assert rollback["object"] == "redemption_rollback" and rollback["id"].startswith("rr_")
    assert rollback["redemption"] == redeemed["id"] and rollback["reason"] == "Order canceled"
    assert rollback["result"] == "SUCCESS" and rollback["status"] == "SUCCEEDED"
    assert rollback["amount"] == -2000 and rollback["gift"] == {"amount": -2000}
    assert rollback["customer_id"] == redeemed["customer_id"]
    assert rollback["voucher"]["gift"]["balance"] == 3000
    fetched = await get_redemption.asyncio_detailed(rollback["id"], client=client)
    assert fetched.status_code == 200
    got = httpx.Response(200, content=fetched.content).json()
    assert got["object"] == "redemption_rollback" and got["redemption"] == redeemed["id"]
    listing = await entries(client, code)
    assert listing["redeemed_quantity"] == 0 and listing["total"] == 2
    assert listing["redemption_entries"][0]["object"] == "redemption_rollback"
    again = await api.post(f"/v1/redemptions/{redeemed['id']}/rollback", json={"reason": "twice"})
    assert again.status_code == 400 and again.json()["key"] == "already_rolled_back"


async def test_rollback_of_loyalty_and_of_failures(
    client: Client, api: httpx.AsyncClient, seed: Seeder
) -> None:
    code = unique("RBL")
    await seed.voucher(code, loyalty_card={"points": 100})
    _, ok = await redeem(client, code, {"reward": {"points": 60}})
    _, failed = await redeem(client, code, {"reward": {"points": 60}})
    response = await api.post(f"/v1/redemptions/{ok['id']}/rollback", json={"reason": "refund"})
    assert response.json()["loyalty_card"] == {"points": -60}
    assert response.json()["voucher"]["loyalty_card"]["balance"] == 100
    listing = await entries(client, code)
    failure_id = next(e["id"] for e in listing["redemption_entries"] if e.get("result") == "FAILURE")
    refused = await api.post(f"/v1/redemptions/{failure_id}/rollback", json={})
    assert refused.status_code == 400 and refused.json()["key"] == "invalid_rollback_params"
    missing = await api.post("/v1/redemptions/r_nope/rollback", json={})
    assert missing.status_code == 404 and missing.json()["resource_type"] == "redemption"
    assert failed["key"] == "loyalty_card_points_exceeded"
