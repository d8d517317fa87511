"""RollbackRedemption through the generated client: what a rollback gives back, and what it refuses."""

from __future__ import annotations

from typing import Any

import httpx
from voucherify_client import Client
from voucherify_client.api.redemptions import get_redemption, rollback_redemption
from voucherify_client.models import Error, RedemptionRollback, RollbackRedemptionRequest

from tests.emulator.support import Seeder, unique
from tests.emulator.test_emulator_rules import entries, redeem


def _json(response: Any) -> dict[str, Any]:
    body: dict[str, Any] = httpx.Response(200, content=response.content).json()
    return body


async def roll_back(
    client: Client, redemption_id: str, body: dict[str, Any] | None = None, **query: str
) -> tuple[int, dict[str, Any]]:
    response = await rollback_redemption.asyncio_detailed(
        redemption_id, client=client, body=RollbackRedemptionRequest.from_dict(body or {}), **query
    )
    expected = RedemptionRollback if response.status_code == 200 else Error
    assert isinstance(response.parsed, expected), response.content
    return int(response.status_code), _json(response)


async def test_a_rolled_back_unit_can_be_redeemed_again(client: Client, seed: Seeder) -> None:
    code = unique("RBQ")
    await seed.voucher(code, redemption={"quantity": 1})
    status, first = await redeem(client, code)
    assert status == 200
    status, refused = await redeem(client, code)
    assert (status, refused["key"]) == (400, "quantity_exceeded")
    status, rollback = await roll_back(client, first["id"], reason="Order canceled")
    assert status == 200 and rollback["voucher"]["redemption"]["redeemed_quantity"] == 0
    status, again = await redeem(client, code)
    assert status == 200 and again["voucher"]["redemption"]["redeemed_quantity"] == 1


async def test_the_rolled_back_redemption_says_so(client: Client, seed: Seeder) -> None:
    code = unique("RBS")
    await seed.voucher(code, gift={"amount": 5000})
    _, redeemed = await redeem(
        client, code, {"order": {"amount": 1200}, "customer": {"source_id": unique("s")}}
    )
    status, rollback = await roll_back(client, redeemed["id"], {"reason": "Returned"})
    assert status == 200 and rollback["reason"] == "Returned"
    entry = rollback["order"]["redemptions"][redeemed["id"]]
    assert (entry["rollback_id"], entry["rollback_date"]) == (rollback["id"], rollback["date"])
    fetched = await get_redemption.asyncio_detailed(redeemed["id"], client=client)
    parent = _json(fetched)
    assert parent["status"] == "ROLLED_BACK"
    assert parent["related_redemptions"]["rollbacks"] == [{"id": rollback["id"], "date": rollback["date"]}]
    assert parent["voucher"]["gift"]["balance"] == 5000
    listing = await entries(client, code)
    assert [e["object"] for e in listing["redemption_entries"]] == ["redemption_rollback", "redemption"]


async def test_the_query_reason_wins_over_the_body(client: Client, seed: Seeder) -> None:
    code = unique("RBR")
    await seed.voucher(code)
    _, redeemed = await redeem(client, code)
    status, rollback = await roll_back(client, redeemed["id"], {"reason": "body"}, reason="query")
    assert (status, rollback["reason"]) == (200, "query")


async def test_the_customer_must_be_the_redemptions(client: Client, seed: Seeder) -> None:
    code = unique("RBC")
    await seed.voucher(code, gift={"amount": 1000})
    owner, stranger = unique("owner"), unique("stranger")
    await seed.customer(stranger)
    _, redeemed = await redeem(client, code, {"order": {"amount": 400}, "customer": {"source_id": owner}})

    status, error = await roll_back(client, redeemed["id"], {"customer": {"source_id": stranger}})
    assert (status, error["key"]) == (400, "invalid_customer")
    status, error = await roll_back(client, redeemed["id"], {"customer": {"id": "cust_nobody"}})
    assert (status, error["key"], error["resource_type"]) == (404, "not_found", "customer")
    # Neither refusal gave anything back.
    assert (await entries(client, code))["redeemed_quantity"] == 1

    status, rollback = await roll_back(
        client, redeemed["id"], {"customer": {"source_id": owner, "name": "Owner Renamed"}}
    )
    assert status == 200 and rollback["customer"]["name"] == "Owner Renamed"
    assert rollback["voucher"]["gift"]["balance"] == 1000


async def test_a_second_rollback_is_refused(client: Client, seed: Seeder) -> None:
    code = unique("RB2")
    await seed.voucher(code, loyalty_card={"points": 500})
    _, redeemed = await redeem(client, code, {"reward": {"points": 200}})
    status, rollback = await roll_back(client, redeemed["id"])
    assert status == 200 and rollback["loyalty_card"] == {"points": -200}
    assert rollback["voucher"]["loyalty_card"]["balance"] == 500
    status, error = await roll_back(client, redeemed["id"])
    assert (status, error["key"], error["resource_id"]) == (400, "already_rolled_back", redeemed["id"])
    assert rollback["voucher"]["redemption"]["redeemed_points"] == 0
    status, error = await roll_back(client, rollback["id"])
    assert (status, error["key"]) == (400, "invalid_rollback_params")
