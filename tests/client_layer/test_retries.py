"""Retries counted at a scripted upstream: reads retried within the budget, redemptions sent once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from tests.loopback import free_port
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucherify_rest import (
    AsyncVoucherify,
    OutcomeUnknown,
    RateLimited,
    RetryPolicy,
    UpstreamUnavailable,
    Voucherify,
)

from .support import DEV_CREDENTIALS, DroppingServer

LISTING = {
    "object": "list",
    "data_ref": "redemption_entries",
    "redemption_entries": [],
    "redeemed_quantity": 3,
}
QUICK = RetryPolicy(max_retries=3, budget=5.0, backoff=0.01, max_backoff=0.05)


class answers:
    """Answers in order, the last one for ever after; records when each request arrived."""

    def __init__(self, *script: Answer) -> None:
        self._remaining: Iterator[Answer] = iter(script)
        self._last = script[-1]
        self.arrivals: list[float] = []

    def __call__(self, _: Recorded) -> Answer:
        self.arrivals.append(time.monotonic())
        return next(self._remaining, self._last)


def test_a_read_is_retried_on_502_503_504_then_answers() -> None:
    script = answers(Answer(503), Answer(502, None, raw=b"Bad Gateway"), Answer(504), Answer(200, LISTING))
    with (
        ScriptedUpstream(script) as upstream,
        Voucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client,
    ):
        listing = client.vouchers.redemptions("X")
    assert listing.redeemed_quantity == 3
    assert len(upstream.requests) == 4


async def test_async_read_stops_at_max_retries() -> None:
    with ScriptedUpstream(lambda _: Answer(503, {"code": 503})) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client:
            with pytest.raises(UpstreamUnavailable) as caught:
                await client.customers.redeemables("cust")
    assert caught.value.status == 503
    assert len(upstream.requests) == QUICK.max_retries + 1


def test_a_500_is_not_retried() -> None:
    with (
        ScriptedUpstream(lambda _: Answer(500, {"code": 500})) as upstream,
        Voucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client,
        pytest.raises(UpstreamUnavailable),
    ):
        client.redemptions.get("r_1")
    assert len(upstream.requests) == 1


def test_the_budget_bounds_the_retries() -> None:
    endless = RetryPolicy(max_retries=1000, budget=0.5, backoff=0.05, max_backoff=0.1)
    with (
        ScriptedUpstream(lambda _: Answer(503)) as upstream,
        Voucherify(base_url=upstream.url, retry=endless, **DEV_CREDENTIALS) as client,
        pytest.raises(UpstreamUnavailable),
    ):
        client.vouchers.redemptions("X")
    # Each wait is at least 0.025 s, so no more than 0.5 / 0.025 retries fit in the budget.
    assert 2 <= len(upstream.requests) <= 21


def test_retry_after_in_seconds_is_honoured() -> None:
    script = answers(Answer(429, {"code": 429}, headers={"Retry-After": "1"}), Answer(200, LISTING))
    with (
        ScriptedUpstream(script) as upstream,
        Voucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client,
    ):
        client.vouchers.redemptions("X")
    first, second = script.arrivals
    assert second - first >= 1.0
    assert len(upstream.requests) == 2


async def test_retry_after_as_an_http_date_is_honoured() -> None:
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=1), usegmt=True)
    script = answers(Answer(503, None, headers={"Retry-After": soon}), Answer(200, LISTING))
    with ScriptedUpstream(script) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client:
            listing = await client.vouchers.redemptions("X")
    assert listing.redeemed_quantity == 3
    assert len(upstream.requests) == 2


def test_a_retry_after_beyond_the_budget_is_raised_at_once() -> None:
    with (
        ScriptedUpstream(lambda _: Answer(429, {"code": 429}, headers={"Retry-After": "60"})) as upstream,
        Voucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client,
        pytest.raises(RateLimited) as caught,
    ):
        client.vouchers.redemptions("X")
    assert caught.value.retry_after == 60.0
    assert len(upstream.requests) == 1


def test_a_read_whose_connection_drops_is_retried() -> None:
    with (
        DroppingServer() as server,
        Voucherify(base_url=server.url, retry=QUICK, **DEV_CREDENTIALS) as client,
        pytest.raises(UpstreamUnavailable) as caught,
    ):
        client.redemptions.get("r_1")
    assert server.requests == QUICK.max_retries + 1
    assert isinstance(caught.value.__cause__, httpx.TransportError)


async def test_a_read_that_times_out_is_retried() -> None:
    script = answers(Answer(200, LISTING, delay=1.0), Answer(200, LISTING))
    with ScriptedUpstream(script) as upstream:
        async with AsyncVoucherify(
            base_url=upstream.url, timeout=0.3, retry=QUICK, **DEV_CREDENTIALS
        ) as client:
            listing = await client.vouchers.redemptions("X")
    assert listing.redeemed_quantity == 3
    assert len(upstream.requests) == 2


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_a_redeem_is_sent_exactly_once(status: int) -> None:
    headers = {"Retry-After": "0"} if status == 429 else {}
    with (
        ScriptedUpstream(lambda _: Answer(status, {"code": status}, headers=headers)) as upstream,
        Voucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client,
        pytest.raises(RateLimited if status == 429 else OutcomeUnknown),
    ):
        client.redemptions.redeem("CODE14", customer={"source_id": "alice"}, order={"amount": 1500})
    assert len(upstream.requests) == 1
    assert upstream.requests[0].method == "POST"


async def test_async_redeem_is_sent_exactly_once_on_503() -> None:
    with ScriptedUpstream(lambda _: Answer(503, {"code": 503, "key": "service_unavailable"})) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, retry=QUICK, **DEV_CREDENTIALS) as client:
            with pytest.raises(OutcomeUnknown) as caught:
                await client.redemptions.redeem("CODE14", order={"amount": 1500})
    assert (caught.value.status, caught.value.key) == (503, "service_unavailable")
    assert len(upstream.requests) == 1


def test_a_redeem_that_never_left_is_retried() -> None:
    """Connection refused: nothing was sent, so trying again cannot redeem twice."""

    class Counting(httpx.HTTPTransport):
        attempts = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            Counting.attempts += 1
            return super().handle_request(request)

    url = f"http://127.0.0.1:{free_port()}"
    with (
        Voucherify(base_url=url, retry=QUICK, transport=Counting(), **DEV_CREDENTIALS) as client,
        pytest.raises(UpstreamUnavailable) as caught,
    ):
        client.redemptions.redeem("CODE14")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert Counting.attempts == QUICK.max_retries + 1
