"""Every operation of both clients against the stand-in over real HTTP, returning the generated models."""

from __future__ import annotations

from voucherify_client.models import (
    CustomerRedeemablesList,
    RedeemVoucherRequest,
    RedeemVoucherResponse,
    Redemption,
    RedemptionResult,
    VoucherRedemptionsList,
)

from tests.emulator.support import Seeder, unique
from voucherify_rest import AsyncVoucherify, Filters, Voucherify, Where

from .support import SyncSeeder

SEEDED_VOUCHER = "Test - FB - Vouchers - 9"
SEEDED_CUSTOMER = "cust_p1ufreYbVbwZ1x70nFkH9rF9"


def test_sync_reads_of_the_seeded_examples(client: Voucherify) -> None:
    listing = client.vouchers.redemptions(SEEDED_VOUCHER)
    assert isinstance(listing, VoucherRedemptionsList)
    assert listing.redeemed_quantity == 6 and isinstance(listing.redemption_entries, list)
    first = listing.redemption_entries[0]
    assert isinstance(first.id, str)
    fetched = client.redemptions.get(first.id)
    assert isinstance(fetched, Redemption) and fetched.id == first.id
    page = client.customers.redeemables(SEEDED_CUSTOMER, limit=1)
    assert isinstance(page, CustomerRedeemablesList)
    assert isinstance(page.data, list) and len(page.data) == 1 and page.has_more is True


async def test_async_reads_of_the_seeded_examples(aclient: AsyncVoucherify) -> None:
    listing = await aclient.vouchers.redemptions(SEEDED_VOUCHER)
    assert listing.redeemed_quantity == 6 and isinstance(listing.redemption_entries, list)
    first = listing.redemption_entries[0]
    assert isinstance(first.id, str)
    fetched = await aclient.redemptions.get(first.id)
    assert isinstance(fetched, Redemption) and fetched.id == first.id
    page = await aclient.customers.redeemables(SEEDED_CUSTOMER, limit=1, order="-id")
    assert isinstance(page.data, list) and len(page.data) == 1 and page.has_more is True


def test_sync_redeem_sends_customer_order_metadata_and_tracking_id(
    client: Voucherify, sync_seed: SyncSeeder
) -> None:
    code = unique("SYNC")
    sync_seed.voucher(code, redemption={"quantity": 2})
    redeemed = client.redemptions.redeem(
        code,
        customer={"source_id": "sync-buyer", "name": "Sync Buyer"},
        order={"amount": 2500, "items": [{"product_id": "prod_1", "quantity": 1, "amount": 2500}]},
        metadata={"channel": "checkout", "attempt": 1},
        tracking_id="track-sync",
    )
    assert isinstance(redeemed, RedeemVoucherResponse)
    assert redeemed.result == RedemptionResult.SUCCESS
    assert redeemed.customer and redeemed.customer.source_id == "sync-buyer"
    assert redeemed.metadata and redeemed.metadata.to_dict() == {"channel": "checkout", "attempt": 1}
    assert redeemed.order and redeemed.order.amount == 2500
    assert isinstance(redeemed.id, str)
    again = client.redemptions.get(redeemed.id)
    assert isinstance(again, Redemption) and again.voucher and again.voucher.code == code
    listing = client.vouchers.redemptions(code)
    assert listing.redeemed_quantity == 1 and listing.quantity == 2


async def test_async_redeem_a_gift_card_from_a_generated_request(
    aclient: AsyncVoucherify, seed: Seeder
) -> None:
    code = unique("GIFT")
    await seed.voucher(code, type="GIFT_VOUCHER", gift={"amount": 5000})
    base = RedeemVoucherRequest.from_dict({"metadata": {"from": "request"}})
    redeemed = await aclient.redemptions.redeem(
        code, request=base, customer={"source_id": "async-buyer"}, order={"amount": 3000}, gift_credits=1200
    )
    assert redeemed.result == RedemptionResult.SUCCESS
    assert redeemed.gift and redeemed.gift.amount == 1200
    assert redeemed.metadata and redeemed.metadata.to_dict() == {"from": "request"}
    listing = await aclient.vouchers.redemptions(code)
    assert listing.redeemed_quantity == 1


def test_filters_reach_the_stand_in(client: Voucherify, sync_seed: SyncSeeder) -> None:
    source_id = unique("holder")
    customer = sync_seed.customer(source_id)
    owned, referred = unique("OWN"), unique("REF")
    owned_id = sync_seed.voucher(owned)["id"]
    sync_seed.voucher(referred)
    sync_seed.publish(owned, {"id": customer["id"]})
    sync_seed.publish(referred, {"id": customer["id"]}, holder_role="REFERRER")
    page = client.customers.redeemables(customer["id"], filters=Filters(holder_role=Where.in_("OWNER")))
    assert isinstance(page.data, list)
    assert [entry.redeemable_id for entry in page.data] == [owned_id]
    both = client.customers.redeemables(customer["id"], filters={"holder_role": {"not_in": "NONE"}})
    assert isinstance(both.data, list) and len(both.data) == 2
