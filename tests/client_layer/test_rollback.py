"""Rollback through both clients: against the stand-in, and sent once when its answer is lost."""

from __future__ import annotations

import pytest
from voucherify_client.models import Redemption, RedemptionRollback, RedemptionStatus

from tests.emulator.support import Seeder, unique
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucherify_rest import AlreadyRolledBack, AsyncVoucherify, NotFound, OutcomeUnknown, Voucherify

from .support import DEV_CREDENTIALS, SyncSeeder


def test_sync_rollback_gives_the_redemption_back_once(client: Voucherify, sync_seed: SyncSeeder) -> None:
    code = unique("RB-SYNC")
    sync_seed.voucher(code, redemption={"quantity": 1})
    redeemed = client.redemptions.redeem(code, customer={"source_id": "rb-sync"}, order={"amount": 900})
    assert isinstance(redeemed.id, str)
    rollback = client.redemptions.rollback(
        redeemed.id,
        reason="Order canceled",
        tracking_id="track-rb-sync",
        customer={"source_id": "rb-sync"},
        metadata={"ticket": 17},
    )
    assert isinstance(rollback, RedemptionRollback)
    assert rollback.reason == "Order canceled"
    assert rollback.metadata and rollback.metadata.to_dict() == {"ticket": 17}
    assert client.vouchers.redemptions(code).redeemed_quantity == 0
    original = client.redemptions.get(redeemed.id)
    assert isinstance(original, Redemption) and original.status == RedemptionStatus.ROLLED_BACK
    with pytest.raises(AlreadyRolledBack) as caught:
        client.redemptions.rollback(redeemed.id)
    assert caught.value.key == "already_rolled_back" and caught.value.status == 400


async def test_async_rollback_then_again_is_already_rolled_back(
    aclient: AsyncVoucherify, seed: Seeder
) -> None:
    code = unique("RB-GIFT")
    await seed.voucher(code, type="GIFT_VOUCHER", gift={"amount": 5000})
    redeemed = await aclient.redemptions.redeem(
        code, customer={"source_id": "rb-async"}, order={"amount": 2000}, gift_credits=2000
    )
    assert isinstance(redeemed.id, str)
    rollback = await aclient.redemptions.rollback(redeemed.id, reason="Returned")
    assert isinstance(rollback, RedemptionRollback) and rollback.reason == "Returned"
    with pytest.raises(AlreadyRolledBack):
        await aclient.redemptions.rollback(redeemed.id)
    with pytest.raises(NotFound):
        await aclient.redemptions.rollback("r_does_not_exist")


def test_sync_rollback_answered_503_has_an_unknown_outcome_and_is_sent_once() -> None:
    with (
        ScriptedUpstream(lambda _: Answer(503, {"code": 503})) as upstream,
        Voucherify(base_url=upstream.url, **DEV_CREDENTIALS) as client,
        pytest.raises(OutcomeUnknown) as caught,
    ):
        client.redemptions.rollback("r_lost", reason="Order canceled")
    assert caught.value.status == 503
    assert len(upstream.requests) == 1
    assert upstream.requests[0].method == "POST"
    assert upstream.requests[0].raw_path == "/v1/redemptions/r_lost/rollback?reason=Order+canceled"


async def test_async_rollback_answered_503_has_an_unknown_outcome_and_is_sent_once() -> None:
    with ScriptedUpstream(lambda _: Answer(503, {"code": 503})) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, **DEV_CREDENTIALS) as client:
            with pytest.raises(OutcomeUnknown) as caught:
                await client.redemptions.rollback("r_lost")
    assert caught.value.status == 503
    assert len(upstream.requests) == 1
