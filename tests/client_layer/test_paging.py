"""Page iteration over 250 redeemables equals the pages read one by one, sync and async."""

from __future__ import annotations

import pytest
from voucherify_client.models import CustomerRedeemable

from tests.emulator.support import Seeder, unique
from voucherify_rest import AsyncVoucherify, Voucherify

COUNT = 250


@pytest.fixture(scope="module")
async def holder(seed: Seeder) -> str:
    """A customer holding 250 vouchers."""
    customer = await seed.customer(unique("collector"))
    for _ in range(COUNT):
        code = unique("PAGE")
        await seed.voucher(code)
        await seed.publish(code, {"id": customer["id"]})
    customer_id: str = customer["id"]
    return customer_id


def _ids(entries: list[CustomerRedeemable]) -> list[str]:
    return [entry.id for entry in entries if isinstance(entry.id, str)]


def _pages_one_by_one(client: Voucherify, customer_id: str, limit: int) -> tuple[list[str], int]:
    ids: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        page = client.customers.redeemables(customer_id, limit=limit, starting_after_id=cursor)
        pages += 1
        assert isinstance(page.data, list)
        ids += _ids(page.data)
        if not page.has_more:
            return ids, pages
        assert isinstance(page.more_starting_after, str)
        cursor = page.more_starting_after


def test_iteration_equals_the_pages_read_one_by_one(client: Voucherify, holder: str) -> None:
    by_hand, pages = _pages_one_by_one(client, holder, limit=100)
    assert pages == 3 and len(by_hand) == COUNT and len(set(by_hand)) == COUNT
    assert _ids(list(client.customers.iter_redeemables(holder, page_size=100))) == by_hand
    assert _ids(list(client.customers.iter_redeemables(holder, page_size=7))) == by_hand


def test_iteration_keeps_the_order_and_can_start_after_a_cursor(client: Voucherify, holder: str) -> None:
    descending = _ids(list(client.customers.iter_redeemables(holder, order="-id", page_size=100)))
    ascending = _ids(list(client.customers.iter_redeemables(holder, order="id", page_size=100)))
    assert descending == ascending[::-1]
    rest = _ids(list(client.customers.iter_redeemables(holder, order="id", starting_after_id=ascending[99])))
    assert rest == ascending[100:]


async def test_async_iteration_equals_the_pages_read_one_by_one(
    client: Voucherify, aclient: AsyncVoucherify, holder: str
) -> None:
    by_hand, _ = _pages_one_by_one(client, holder, limit=100)
    iterated = [entry async for entry in aclient.customers.iter_redeemables(holder, page_size=100)]
    assert _ids(iterated) == by_hand
