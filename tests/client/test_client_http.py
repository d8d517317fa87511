"""What the generated client puts on the wire, recorded by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import datetime
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.api.redemptions import get_redemption, list_voucher_redemptions, redeem_voucher
from voucherify_client.models import (
    CampaignType,
    CustomerRedeemablesFilters,
    CustomerRedeemablesOrder,
    Error,
    FilterCampaignType,
    FilterConditionsCampaignType,
    FilterConditionsDate,
    FilterConditionsHolderRole,
    FilterConditionsRedeemableObject,
    FilterConditionsString,
    FilterConditionsVoucherType,
    FilterDate,
    FilterHolderRole,
    FilterJunction,
    FilterRedeemableObject,
    FilterString,
    FilterVoucherType,
    HolderRole,
    RedeemableObjectType,
    RedeemVoucherRequest,
    VoucherType,
)

from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream

CODES = [
    "Test - FB - Vouchers - 9",
    "a/b",
    "../../v1/redemptions/r_1",
    "..",
    ".",
    "what?x=1",
    "hash#tag",
    "100%",
    "%2F",
    "Zażółć-gęślą",
    "コード",
    "semi;colon&amp=1+2",
]


def _list_body(_: Recorded) -> Answer:
    return Answer(200, {"object": "list", "data_ref": "redemption_entries", "redemption_entries": []})


@pytest.mark.parametrize("code", CODES)
async def test_a_voucher_code_reaches_its_own_path(code: str) -> None:
    with ScriptedUpstream(_list_body) as upstream:
        async with Client(base_url=upstream.url) as client:
            response = await list_voucher_redemptions.asyncio_detailed(code, client=client)
            await redeem_voucher.asyncio_detailed(code, client=client, body=RedeemVoucherRequest())
    assert response.status_code == 200
    for recorded in upstream.requests:
        path = recorded.raw_path
        assert "?" not in path and "#" not in path
        segments = path.split("/")
        assert segments[:3] == ["", "v1", "vouchers"] and segments[4:] == ["redemption"], path
        assert unquote(segments[3]) == code
        assert "." not in segments[3], "dot segments are encoded so nothing can normalise them away"
    assert [r.method for r in upstream.requests] == ["GET", "POST"]


def test_the_sync_client_encodes_the_same_way() -> None:
    upstream = ScriptedUpstream(lambda _: Answer(404, {"code": 404, "key": "not_found"}))
    with upstream, Client(base_url=upstream.url) as client:
        get_redemption.sync_detailed("../vouchers/x", client=client)
    assert upstream.requests[0].request_line == "GET /v1/redemptions/%2E%2E%2Fvouchers%2Fx HTTP/1.1"


async def test_filters_reach_the_server_as_a_deep_object() -> None:
    filters = CustomerRedeemablesFilters(
        junction=FilterJunction.OR,
        holder_role=FilterHolderRole(
            conditions=FilterConditionsHolderRole(in_=[HolderRole.OWNER, HolderRole.REFEREE])
        ),
        campaign_type=FilterCampaignType(
            conditions=FilterConditionsCampaignType(is_=CampaignType.REFERRAL_PROGRAM)
        ),
    )
    with ScriptedUpstream(lambda _: Answer(200, {"object": "list", "data": []})) as upstream:
        async with Client(base_url=upstream.url) as client:
            await list_customer_redeemables.asyncio_detailed(
                "cust_1", client=client, limit=5, order=CustomerRedeemablesOrder.VALUE_1, filters=filters
            )
    line = upstream.requests[0].request_line
    assert line == (
        "GET /v1/customers/cust_1/redeemables?limit=5&order=-id"
        "&filters%5Bjunction%5D=or"
        "&filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=OWNER"
        "&filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D%5B1%5D=REFEREE"
        "&filters%5Bcampaign_type%5D%5Bconditions%5D%5B%24is%5D=REFERRAL_PROGRAM"
        " HTTP/1.1"
    )
    assert unquote(line).split(" ")[1].split("?")[1].split("&")[2:] == [
        "filters[junction]=or",
        "filters[holder_role][conditions][$in][0]=OWNER",
        "filters[holder_role][conditions][$in][1]=REFEREE",
        "filters[campaign_type][conditions][$is]=REFERRAL_PROGRAM",
    ]


async def test_no_filter_is_dropped() -> None:
    after = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    text = FilterString(
        conditions=FilterConditionsString(
            in_=["a", "b"],
            not_in=["c"],
            is_="d",
            is_not="e",
            has_value="",
            is_unknown="",
            starts_with="f",
            ends_with="g",
            contains="h",
            not_contain="i",
        )
    )
    filters = CustomerRedeemablesFilters(
        junction=FilterJunction.AND,
        id=text,
        redeemable_id=text,
        campaign_id=text,
        created_at=FilterDate(
            conditions=FilterConditionsDate(
                after=after, before=after, has_value="", is_unknown="", more_than=10, less_than=20
            )
        ),
        redeemable_object=FilterRedeemableObject(
            conditions=FilterConditionsRedeemableObject(is_=RedeemableObjectType.VOUCHER)
        ),
        holder_role=FilterHolderRole(conditions=FilterConditionsHolderRole(not_in=[HolderRole.REFERRER])),
        campaign_type=FilterCampaignType(
            conditions=FilterConditionsCampaignType(in_=[CampaignType.GIFT_VOUCHERS])
        ),
        voucher_type=FilterVoucherType(
            conditions=FilterConditionsVoucherType(is_not=VoucherType.LOYALTY_CARD)
        ),
    )
    with ScriptedUpstream(lambda _: Answer(200, {"object": "list", "data": []})) as upstream:
        async with Client(base_url=upstream.url) as client:
            await list_customer_redeemables.asyncio_detailed("c", client=client, filters=filters)
    sent = parse_qsl(urlsplit(upstream.requests[0].raw_path).query, keep_blank_values=True)
    expected = {("limit", "10"), ("filters[junction]", "and")}
    for field in ("id", "redeemable_id", "campaign_id"):
        prefix = f"filters[{field}][conditions]"
        expected |= {
            (f"{prefix}[$in][0]", "a"),
            (f"{prefix}[$in][1]", "b"),
            (f"{prefix}[$not_in][0]", "c"),
            (f"{prefix}[$is]", "d"),
            (f"{prefix}[$is_not]", "e"),
            (f"{prefix}[$has_value]", ""),
            (f"{prefix}[$is_unknown]", ""),
            (f"{prefix}[$starts_with]", "f"),
            (f"{prefix}[$ends_with]", "g"),
            (f"{prefix}[$contains]", "h"),
            (f"{prefix}[$not_contain]", "i"),
        }
    prefix = "filters[created_at][conditions]"
    expected |= {
        (f"{prefix}[$after]", "2024-01-01T00:00:00+00:00"),
        (f"{prefix}[$before]", "2024-01-01T00:00:00+00:00"),
        (f"{prefix}[$has_value]", ""),
        (f"{prefix}[$is_unknown]", ""),
        (f"{prefix}[$more_than]", "10"),
        (f"{prefix}[$less_than]", "20"),
        ("filters[redeemable_object][conditions][$is]", "voucher"),
        ("filters[holder_role][conditions][$not_in][0]", "REFERRER"),
        ("filters[campaign_type][conditions][$in][0]", "GIFT_VOUCHERS"),
        ("filters[voucher_type][conditions][$is_not]", "LOYALTY_CARD"),
    }
    assert set(sent) == expected
    assert len(sent) == len(expected)


async def test_an_error_body_that_is_not_json_still_gives_the_status() -> None:
    with ScriptedUpstream(lambda _: Answer(500, raw=b"<html>oops</html>")) as upstream:
        async with Client(base_url=upstream.url) as client:
            response = await get_redemption.asyncio_detailed("r_1", client=client)
    assert response.status_code == 500
    assert response.parsed is None
    assert response.content == b"<html>oops</html>"


async def test_a_documented_error_body_is_parsed() -> None:
    body = {"code": 404, "key": "not_found", "message": "Resource not found", "resource_id": "r_1"}
    with ScriptedUpstream(lambda _: Answer(404, body)) as upstream:
        async with Client(base_url=upstream.url) as client:
            response = await get_redemption.asyncio_detailed("r_1", client=client)
    assert isinstance(response.parsed, Error)
    assert (response.parsed.key, response.parsed.resource_id) == ("not_found", "r_1")
