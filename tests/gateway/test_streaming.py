"""StreamCustomerRedeemables over a real channel: the same items as the pages, read no further ahead
than the caller, capped by max_items, and ended by an upstream failure with its status."""

from __future__ import annotations

import asyncio
from typing import Any

import grpc
import pytest
from google.protobuf import json_format
from voucherify.v1 import customer_service_pb2, customer_service_pb2_grpc

from tests.emulator.support import Seeder, unique
from tests.gateway_harness import rich_details, running_gateway
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials

from .conftest import RunningGateway

COUNT = 250
#: Time given to the gateway to fetch pages it should not, before they are counted.
SETTLE = 0.5


@pytest.fixture(scope="module")
async def holder(seed: Seeder) -> str:
    """A customer holding 250 vouchers."""
    customer = await seed.customer(unique("streamed"))
    for _ in range(COUNT):
        code = unique("STREAM")
        await seed.voucher(code)
        await seed.publish(code, {"id": customer["id"]})
    customer_id: str = customer["id"]
    return customer_id


def _stub(gateway: RunningGateway) -> Any:
    return customer_service_pb2_grpc.CustomerServiceStub(gateway.channel)


def _fetches(gateway: RunningGateway, customer_id: str) -> int:
    path = f"/v1/customers/{customer_id}/redeemables"
    return sum(1 for exchange in gateway.transport.exchanges if exchange.raw_path.split("?")[0] == path)


def _dicts(messages: Any) -> list[dict[str, Any]]:
    return [json_format.MessageToDict(m, preserving_proto_field_name=True) for m in messages]


async def _pages_one_by_one(gateway: RunningGateway, customer_id: str, **fields: Any) -> list[Any]:
    items: list[Any] = []
    cursor = ""
    for _ in range(COUNT + 1):
        page = await _stub(gateway).ListCustomerRedeemables(
            customer_service_pb2.ListCustomerRedeemablesRequest(
                customer_id=customer_id, starting_after_id=cursor, **fields
            ),
            timeout=10,
        )
        items += page.data
        if not page.has_more:
            return items
        cursor = page.more_starting_after
    raise AssertionError("the pages never ended")


async def test_the_stream_equals_the_pages_read_one_by_one(gateway: RunningGateway, holder: str) -> None:
    by_pages = await _pages_one_by_one(gateway, holder, limit=100)
    assert len(by_pages) == COUNT and len({item.id for item in by_pages}) == COUNT
    before = _fetches(gateway, holder)
    streamed = [
        item
        async for item in _stub(gateway).StreamCustomerRedeemables(
            customer_service_pb2.StreamCustomerRedeemablesRequest(customer_id=holder), timeout=10
        )
    ]
    assert _dicts(streamed) == _dicts(by_pages)
    assert _fetches(gateway, holder) - before == 3  # pages of 100 by default


async def test_small_pages_descending_with_filters_equal_the_pages(
    gateway: RunningGateway, holder: str
) -> None:
    owned = customer_service_pb2.CustomerRedeemablesFilters()
    getattr(owned.holder_role, "in").append("OWNER")
    by_pages = await _pages_one_by_one(gateway, holder, limit=30, order="-id", filters=owned)
    streamed = [
        item
        async for item in _stub(gateway).StreamCustomerRedeemables(
            customer_service_pb2.StreamCustomerRedeemablesRequest(
                customer_id=holder, page_size=30, order="-id", filters=owned
            ),
            timeout=10,
        )
    ]
    assert len(streamed) == COUNT and _dicts(streamed) == _dicts(by_pages)
    after_first = [
        item.id
        async for item in _stub(gateway).StreamCustomerRedeemables(
            customer_service_pb2.StreamCustomerRedeemablesRequest(
                customer_id=holder, page_size=30, order="-id", starting_after_id=by_pages[99].id
            ),
            timeout=10,
        )
    ]
    assert after_first == [item.id for item in by_pages[100:]]


async def test_a_caller_that_stops_after_15_items_costs_at_most_one_page_more(
    gateway: RunningGateway, holder: str
) -> None:
    before = _fetches(gateway, holder)
    call = _stub(gateway).StreamCustomerRedeemables(
        customer_service_pb2.StreamCustomerRedeemablesRequest(customer_id=holder, page_size=10), timeout=10
    )
    read = [await call.read() for _ in range(15)]
    assert len({item.id for item in read}) == 15
    call.cancel()
    await asyncio.sleep(SETTLE)
    # Two pages hold the 15 items read; the third may have been fetched ahead, no more.
    assert 2 <= _fetches(gateway, holder) - before <= 3


async def test_max_items_caps_the_stream_and_the_pages_read(gateway: RunningGateway, holder: str) -> None:
    by_pages = await _pages_one_by_one(gateway, holder, limit=100)
    before = _fetches(gateway, holder)
    streamed = [
        item
        async for item in _stub(gateway).StreamCustomerRedeemables(
            customer_service_pb2.StreamCustomerRedeemablesRequest(
                customer_id=holder, page_size=10, max_items=25
            ),
            timeout=10,
        )
    ]
    assert _dicts(streamed) == _dicts(by_pages[:25])
    assert _fetches(gateway, holder) - before == 3


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [({"page_size": 0}, "page_size"), ({"page_size": 101}, "page_size"), ({"max_items": -1}, "max_items")],
)
async def test_bad_page_size_or_cap_is_refused_before_any_fetch(
    gateway: RunningGateway, holder: str, request_fields: dict[str, Any], field: str
) -> None:
    before = _fetches(gateway, holder)
    call = _stub(gateway).StreamCustomerRedeemables(
        customer_service_pb2.StreamCustomerRedeemablesRequest(customer_id=holder, **request_fields),
        timeout=10,
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call.read()
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert rich_details(caught.value)["BadRequest"].field_violations[0].field == field
    assert _fetches(gateway, holder) == before


def _entry(number: int) -> dict[str, Any]:
    return {"id": f"rh_{number:04d}", "customer_id": "cust_1"}


def _paged_then_failing(recorded: Recorded) -> Answer:
    """Page one (two items, more to come), then a rate-limit answer to the page after it."""
    if "starting_after_id" not in recorded.raw_path:
        page = {"object": "list", "data_ref": "data", "data": [_entry(1), _entry(2)], "total": 4}
        return Answer(body={**page, "has_more": True, "more_starting_after": "rh_0002"})
    error = {"code": 429, "key": "too_many_requests", "message": "Too many requests", "request_id": "v-429"}
    return Answer(429, error, headers={"Retry-After": "3"})


async def test_an_upstream_failure_mid_stream_ends_it_with_its_status() -> None:
    with ScriptedUpstream(_paged_then_failing) as upstream:
        async with running_gateway(upstream.url, Credentials("gateway-app", "gateway-token")) as channel:
            stub: Any = customer_service_pb2_grpc.CustomerServiceStub(channel)
            call = stub.StreamCustomerRedeemables(
                customer_service_pb2.StreamCustomerRedeemablesRequest(customer_id="cust_1", page_size=2),
                timeout=10,
            )
            received = [await call.read(), await call.read()]
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await call.read()
    assert [item.id for item in received] == ["rh_0001", "rh_0002"]
    assert caught.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
    details = rich_details(caught.value)
    assert details["ErrorInfo"].reason == "TOO_MANY_REQUESTS"
    assert details["ErrorInfo"].domain == "voucherify.io"
    assert details["ErrorInfo"].metadata["request_id"] == "v-429"
    assert details["RetryInfo"].retry_delay.seconds == 3
    assert [r.raw_path for r in upstream.requests] == [
        "/v1/customers/cust_1/redeemables?limit=2",
        "/v1/customers/cust_1/redeemables?limit=2&starting_after_id=rh_0002",
    ]
