"""Customer redeemables: publications, pagination, ordering, filters and bad query values."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.models import (
    CustomerRedeemablesFilters,
    CustomerRedeemablesList,
    CustomerRedeemablesOrder,
    FilterConditionsHolderRole,
    FilterHolderRole,
    FilterJunction,
    HolderRole,
)

from tests.emulator.support import Seeder, SettableClock, unique
from tests.emulator.test_emulator_rules import redeem


async def holder_with_four(seed: Seeder, clock: SettableClock) -> tuple[dict[str, Any], list[str]]:
    """A customer holding four vouchers published a minute apart (OWNER x2, REFERRER, REFEREE)."""
    customer = await seed.customer(unique("holder"), name="Holder")
    codes = []
    roles: list[tuple[str, dict[str, Any]]] = [
        ("OWNER", {}),
        ("REFERRER", {"is_referral_code": True}),
        ("OWNER", {"gift": {"amount": 100}}),
        ("REFEREE", {"is_referral_code": True}),
    ]
    for role, extra in roles:
        code = unique(role)
        await seed.voucher(code, **extra)
        publication = await seed.publish(code, {"id": customer["id"]}, holder_role=role)
        assert publication["object"] == "publication" and publication["customer_id"] == customer["id"]
        codes.append(code)
        clock.advance(minutes=1)
    return customer, codes


async def listing(api: httpx.AsyncClient, customer: str, query: str = "") -> httpx.Response:
    return await api.get(f"/v1/customers/{customer}/redeemables" + (f"?{query}" if query else ""))


def codes_of(body: dict[str, Any]) -> list[str]:
    return [d["redeemable"]["voucher"]["code"] for d in body["data"]]


async def test_publication_creates_holder_with_role(
    api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    customer = await seed.customer(unique("pub"))
    code = unique("REF")
    await seed.voucher(code, is_referral_code=True)
    publication = await seed.publish(code, {"source_id": customer["source_id"]})
    assert publication["voucher"]["holder_id"] == customer["id"]
    assert publication["voucher"]["publish"]["count"] == 1
    body = (await listing(api, customer["id"])).json()
    entry = body["data"][0]
    assert entry["holder_role"] == "REFERRER" and entry["campaign_type"] == "REFERRAL_PROGRAM"
    assert entry["redeemable"]["voucher"]["referrer_id"] == customer["id"]
    assert entry["id"].startswith("rh_") and entry["redeemable"]["status"] == "ACTIVE"
    # A friend redeeming the referral code becomes its REFEREE.
    friend = unique("friend")
    _, redemption = await redeem_via_api(api, code, {"customer": {"source_id": friend}})
    friends = (await listing(api, friend)).json()
    assert friends["data"][0]["holder_role"] == "REFEREE"
    assert redemption["customer"]["source_id"] == friend


async def redeem_via_api(
    api: httpx.AsyncClient, code: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    response = await api.post(f"/v1/vouchers/{code}/redemption", json=body)
    result: dict[str, Any] = response.json()
    result.setdefault("order", None)
    return response.status_code, result


async def test_customer_by_source_id_and_unknown_customer(api: httpx.AsyncClient, seed: Seeder) -> None:
    customer = await seed.customer(unique("src"))
    code = unique("SRC")
    await seed.voucher(code)
    await seed.publish(code, {"id": customer["id"]})
    by_source = await listing(api, customer["source_id"])
    assert by_source.status_code == 200 and codes_of(by_source.json()) == [code]
    missing = await listing(api, "cust_unknown")
    assert missing.status_code == 404 and missing.json()["key"] == "not_found"
    assert missing.json()["resource_type"] == "customer"


async def test_pagination_and_order(
    client: Client, api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    customer, codes = await holder_with_four(seed, clock)
    first = await list_customer_redeemables.asyncio_detailed(
        customer["id"], client=client, limit=3, order=CustomerRedeemablesOrder.ID
    )
    assert isinstance(first.parsed, CustomerRedeemablesList)
    page = httpx.Response(200, content=first.content).json()
    assert codes_of(page) == codes[:3] and page["has_more"] is True and page["total"] == 3
    assert page["more_starting_after"] == page["data"][-1]["id"]
    second = (
        await listing(
            api, customer["id"], f"limit=3&order=id&starting_after_id={page['more_starting_after']}"
        )
    ).json()
    assert codes_of(second) == codes[3:] and second["has_more"] is False
    assert "more_starting_after" not in second
    newest_first = (await listing(api, customer["id"])).json()
    assert codes_of(newest_first) == list(reversed(codes))
    assert newest_first["has_more"] is False and newest_first["total"] == 4
    desc = (await listing(api, customer["id"], "order=-id&limit=2")).json()
    assert codes_of(desc) == [codes[3], codes[2]]


@pytest.mark.parametrize(
    "query",
    [
        "filters[holder_role][conditions][$in]=OWNER&filters[holder_role][conditions][$in]=REFEREE",
        "filters[holder_role][conditions][$in][0]=OWNER&filters[holder_role][conditions][$in][1]=REFEREE",
        "filters[holder_role][conditions][$in][]=OWNER&filters[holder_role][conditions][$in][]=REFEREE",
        "filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D=OWNER&filters[holder_role][conditions][$in]=REFEREE",
    ],
)
async def test_filter_in_forms(
    api: httpx.AsyncClient, seed: Seeder, clock: SettableClock, query: str
) -> None:
    customer, codes = await holder_with_four(seed, clock)
    body = (await listing(api, customer["id"], query + "&order=id")).json()
    assert codes_of(body) == [codes[0], codes[2], codes[3]]


async def test_filter_single_value_and_junctions(
    api: httpx.AsyncClient, seed: Seeder, clock: SettableClock
) -> None:
    customer, codes = await holder_with_four(seed, clock)
    cid = customer["id"]
    single = (await listing(api, cid, "filters[holder_role][conditions][$in]=REFERRER")).json()
    assert codes_of(single) == [codes[1]]
    both = "filters[holder_role][conditions][$in]=OWNER&filters[voucher_type][conditions][$is]=GIFT_VOUCHER"
    assert codes_of((await listing(api, cid, both)).json()) == [codes[2]]
    either = both + "&filters[junction]=or&order=id"
    assert codes_of((await listing(api, cid, either)).json()) == [codes[0], codes[2]]
    not_in = "filters[holder_role][conditions][$not_in]=OWNER&order=id"
    assert codes_of((await listing(api, cid, not_in)).json()) == [codes[1], codes[3]]
    is_not = "filters[campaign_type][conditions][$is_not]=REFERRAL_PROGRAM&order=id"
    assert codes_of((await listing(api, cid, is_not)).json()) == [codes[0], codes[2]]
    starts = "filters[redeemable_id][conditions][$starts_with]=v_&filters[id][conditions][$has_value]="
    assert len((await listing(api, cid, starts)).json()["data"]) == 4


async def test_filter_created_at(api: httpx.AsyncClient, seed: Seeder, clock: SettableClock) -> None:
    start = clock.now
    customer, codes = await holder_with_four(seed, clock)
    after = (start + timedelta(seconds=90)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    body = (
        await listing(api, customer["id"], f"filters[created_at][conditions][$after]={after}&order=id")
    ).json()
    assert codes_of(body) == codes[2:]
    body = (
        await listing(api, customer["id"], f"filters[created_at][conditions][$before]={after}&order=id")
    ).json()
    assert codes_of(body) == codes[:2]
    clock.advance(days=3)
    recent = (await listing(api, customer["id"], "filters[created_at][conditions][$less_than]=2")).json()
    assert recent["data"] == []


async def test_filters_through_the_generated_client(
    client: Client, seed: Seeder, clock: SettableClock
) -> None:
    customer, codes = await holder_with_four(seed, clock)
    filters = CustomerRedeemablesFilters(
        junction=FilterJunction.OR,
        holder_role=FilterHolderRole(
            conditions=FilterConditionsHolderRole(in_=[HolderRole.REFERRER, HolderRole.REFEREE])
        ),
    )
    response = await list_customer_redeemables.asyncio_detailed(
        customer["id"], client=client, filters=filters, order=CustomerRedeemablesOrder.ID
    )
    assert response.status_code == 200
    assert codes_of(httpx.Response(200, content=response.content).json()) == [codes[1], codes[3]]


async def test_redeemable_status(api: httpx.AsyncClient, seed: Seeder, clock: SettableClock) -> None:
    customer = await seed.customer(unique("status"))
    expected = {}
    cases: list[tuple[str, dict[str, Any]]] = [
        ("DISABLED", {"active": False}),
        ("NOT_ACTIVE_YET", {"start_date": "2030-01-01T00:00:00Z"}),
        ("EXPIRED", {"expiration_date": "2020-01-01T00:00:00Z"}),
        ("USED", {"redemption": {"quantity": 0}}),
        ("NO_BALANCE", {"gift": {"amount": 0}}),
        ("ACTIVE", {}),
    ]
    for status, fields in cases:
        code = unique(status)
        await seed.voucher(code, **fields)
        await seed.publish(code, {"id": customer["id"]})
        expected[code] = status
    body = (await listing(api, customer["id"], "limit=100")).json()
    assert {d["redeemable"]["voucher"]["code"]: d["redeemable"]["status"] for d in body["data"]} == expected


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("order=created_at", "order"),
        ("order=-name", "order"),
        ("filters[holder_role][conditions][$like]=OWNER", "$like"),
        ("filters[created_at][conditions][$in]=x", "$in"),
        ("filters[color][conditions][$is]=red", "color"),
        ("filters[junction]=xor", "junction"),
        ("filters[holder_role][conditions][$is]=A&filters[holder_role][conditions][$is]=B", "single value"),
        ("filters[created_at][conditions][$after]=yesterday", "created_at"),
    ],
)
async def test_bad_query_values_are_400(api: httpx.AsyncClient, query: str, fragment: str) -> None:
    response = await listing(api, "cust_p1ufreYbVbwZ1x70nFkH9rF9", query)
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == 400 and body["key"] == "invalid_query_params"
    assert fragment in body["details"]


async def test_limits_at_the_bounds(api: httpx.AsyncClient) -> None:
    for limit in (1, 100):
        response = await listing(api, "cust_p1ufreYbVbwZ1x70nFkH9rF9", f"limit={limit}")
        assert response.status_code == 200 and len(response.json()["data"]) == min(limit, 2)


async def test_redeem_marks_holder_voucher_used(client: Client, api: httpx.AsyncClient, seed: Seeder) -> None:
    customer = await seed.customer(unique("used"))
    code = unique("ONCE")
    await seed.voucher(code, redemption={"quantity": 1})
    await seed.publish(code, {"id": customer["id"]})
    assert (await redeem(client, code, {"customer": {"id": customer["id"]}}))[0] == 200
    entry = (await listing(api, customer["id"])).json()["data"][0]
    assert entry["redeemable"]["status"] == "USED"
    assert entry["redeemable"]["voucher"]["redemption"]["redeemed_quantity"] == 1
