"""The filter builder and the mapping form put the generated client's deepObject query on the wire."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote

import pytest
from voucherify_client import Client
from voucherify_client.api.customers import list_customer_redeemables
from voucherify_client.models import (
    CustomerRedeemablesFilters,
    FilterConditionsDate,
    FilterConditionsHolderRole,
    FilterConditionsString,
    FilterDate,
    FilterHolderRole,
    FilterJunction,
    FilterString,
    HolderRole,
)

from tests.scripted_upstream import Answer, ScriptedUpstream
from voucherify_rest import Filters, Voucherify, Where

from .support import DEV_CREDENTIALS

SINCE = datetime(2024, 1, 1, tzinfo=UTC)
UNTIL = datetime(2024, 6, 30, 12, 30, tzinfo=UTC)
EMPTY_PAGE = {"object": "list", "data_ref": "data", "data": [], "total": 0, "has_more": False}

GENERATED = CustomerRedeemablesFilters(
    junction=FilterJunction.AND,
    holder_role=FilterHolderRole(
        conditions=FilterConditionsHolderRole(in_=[HolderRole.OWNER, HolderRole.REFERRER])
    ),
    created_at=FilterDate(conditions=FilterConditionsDate(after=SINCE, before=UNTIL)),
    campaign_id=FilterString(conditions=FilterConditionsString(is_not="camp_1", starts_with="camp")),
)


def _generated_query() -> str:
    with (
        ScriptedUpstream(lambda _: Answer(200, EMPTY_PAGE)) as upstream,
        Client(base_url=upstream.url) as client,
    ):
        list_customer_redeemables.sync_detailed("cust_1", client=client, filters=GENERATED, limit=10)
    return upstream.requests[0].raw_path


def _layer_query(filters: object) -> str:
    with (
        ScriptedUpstream(lambda _: Answer(200, EMPTY_PAGE)) as upstream,
        Voucherify(base_url=upstream.url, **DEV_CREDENTIALS) as client,
    ):
        client.customers.redeemables("cust_1", filters=filters, limit=10)  # type: ignore[arg-type]
    return upstream.requests[0].raw_path


@pytest.mark.parametrize(
    "filters",
    [
        Filters(
            junction="and",
            holder_role=Where.in_("OWNER", "REFERRER"),
            created_at=Where.after(SINCE) & Where.before(UNTIL),
            campaign_id=Where.is_not("camp_1") & Where.starts_with("camp"),
        ),
        {
            "junction": "and",
            "holder_role": {"in": ["OWNER", "REFERRER"]},
            "created_at": {"after": SINCE, "before": UNTIL.isoformat()},
            "campaign_id": {"conditions": {"$is_not": "camp_1", "starts_with": "camp"}},
        },
        GENERATED,
    ],
    ids=["builder", "mapping", "generated"],
)
def test_every_form_sends_the_generated_query(filters: object) -> None:
    expected = _generated_query()
    assert "filters%5Bholder_role%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=OWNER" in expected
    assert _layer_query(filters) == expected


def test_a_single_value_for_in_is_a_list_of_one() -> None:
    query = unquote(_layer_query({"holder_role": {"in": "OWNER"}}))
    assert "filters[holder_role][conditions][$in][0]=OWNER" in query
    assert "[$in][1]" not in query


def test_an_unknown_field_still_reaches_the_wire() -> None:
    query = unquote(_layer_query({"metadata.tier": {"is": "gold"}}))
    assert "filters[metadata.tier][conditions][$is]=gold" in query


def test_value_less_operators_are_sent_empty() -> None:
    query = unquote(_layer_query(Filters(campaign_id=Where.has_value(), id=Where.is_unknown())))
    assert "filters[campaign_id][conditions][$has_value]=&" in query + "&"
    assert "filters[id][conditions][$is_unknown]=" in query
