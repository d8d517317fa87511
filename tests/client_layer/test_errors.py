"""Every exception family, from real answers: the stand-in's (404, 400 refusals, 401) and scripted ones."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from voucherify_client.models import Error

from tests.emulator.support import Seeder, unique
from tests.loopback import free_port
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucherify_rest import (
    AsyncVoucherify,
    AuthenticationFailed,
    BusinessRuleRefused,
    Conflict,
    GiftAmountExceeded,
    InvalidRequest,
    NotFound,
    OutcomeUnknown,
    QuantityExceeded,
    RateLimited,
    RetryPolicy,
    UnexpectedResponse,
    UpstreamUnavailable,
    VoucherDisabled,
    VoucherExpired,
    Voucherify,
    VoucherifyError,
    VoucherNotActive,
)
from voucherify_stand_in.server import EmulatorServer

from .support import DEV_CREDENTIALS, DroppingServer, SyncSeeder

NO_RETRY = RetryPolicy(max_retries=0)


def test_not_found_carries_voucherifys_error(client: Voucherify) -> None:
    with pytest.raises(NotFound) as caught:
        client.redemptions.get("r_does_not_exist")
    error = caught.value
    assert (error.status, error.code, error.key) == (404, 404, "not_found")
    assert error.message == "Resource not found"
    assert error.details == "Cannot find redemption with id r_does_not_exist"
    assert (error.resource_type, error.resource_id) == ("redemption", "r_does_not_exist")
    assert error.request_id and error.request_id in str(error)
    assert isinstance(error.error, Error) and error.error.key == "not_found"


async def test_async_not_found(aclient: AsyncVoucherify) -> None:
    with pytest.raises(NotFound) as caught:
        await aclient.vouchers.redemptions(unique("MISSING"))
    assert caught.value.resource_type == "voucher"


@pytest.mark.parametrize(
    ("fields", "refusal", "key"),
    [
        ({"expiration_date": "2020-01-01T00:00:00Z"}, VoucherExpired, "voucher_expired"),
        ({"active": False}, VoucherDisabled, "voucher_disabled"),
        ({"start_date": "2999-01-01T00:00:00Z"}, VoucherNotActive, "voucher_not_active"),
        ({"type": "GIFT_VOUCHER", "gift": {"amount": 100}}, GiftAmountExceeded, "gift_amount_exceeded"),
    ],
)
def test_business_refusals_have_a_class_per_kind(
    client: Voucherify,
    sync_seed: SyncSeeder,
    fields: dict[str, Any],
    refusal: type[BusinessRuleRefused],
    key: str,
) -> None:
    code = unique("RULE")
    sync_seed.voucher(code, **fields)
    credits = 1000 if fields.get("type") == "GIFT_VOUCHER" else None
    with pytest.raises(refusal) as caught:
        client.redemptions.redeem(
            code, customer={"source_id": "rules"}, order={"amount": 1000}, gift_credits=credits
        )
    assert isinstance(caught.value, BusinessRuleRefused)
    assert (caught.value.status, caught.value.key, caught.value.resource_id) == (400, key, code)
    listing = client.vouchers.redemptions(code)
    assert listing.redeemed_quantity == 0


async def test_async_quantity_exceeded(aclient: AsyncVoucherify, seed: Seeder) -> None:
    code = unique("ONCE")
    await seed.voucher(code, redemption={"quantity": 1})
    await aclient.redemptions.redeem(code, customer={"source_id": "first"})
    with pytest.raises(QuantityExceeded) as caught:
        await aclient.redemptions.redeem(code, customer={"source_id": "second"})
    assert caught.value.key == "quantity_exceeded"


def test_invalid_request(client: Voucherify) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.customers.redeemables("cust_p1ufreYbVbwZ1x70nFkH9rF9", limit=500)
    assert (caught.value.status, caught.value.key) == (400, "invalid_query_params")
    assert not isinstance(caught.value, BusinessRuleRefused)


def test_wrong_credentials(stand_in: EmulatorServer) -> None:
    with (
        Voucherify(base_url=stand_in.url, app_id="someone", app_token="wrong") as client,
        pytest.raises(AuthenticationFailed) as caught,
    ):
        client.vouchers.redemptions("Test - FB - Vouchers - 9")
    assert (caught.value.status, caught.value.key) == (401, "unauthorized")


async def test_async_wrong_bearer_token(stand_in: EmulatorServer) -> None:
    async with AsyncVoucherify(base_url=stand_in.url, bearer_token="wrong") as client:
        with pytest.raises(AuthenticationFailed):
            await client.redemptions.get("r_x")


async def test_a_bearer_token_is_accepted(stand_in: EmulatorServer) -> None:
    async with AsyncVoucherify(base_url=stand_in.url, bearer_token="voucherify-dev-bearer-token") as client:
        listing = await client.vouchers.redemptions("Test - FB - Vouchers - 9")
    assert listing.redeemed_quantity == 6


def test_rate_limited_keeps_retry_after() -> None:
    body = {"code": 429, "key": "too_many_requests", "message": "Too many requests"}
    with (
        ScriptedUpstream(lambda _: Answer(429, body, headers={"Retry-After": "7"})) as upstream,
        Voucherify(base_url=upstream.url, retry=NO_RETRY, **DEV_CREDENTIALS) as client,
        pytest.raises(RateLimited) as caught,
    ):
        client.vouchers.redemptions("X")
    assert (caught.value.retry_after, caught.value.key, caught.value.status) == (
        7.0,
        "too_many_requests",
        429,
    )


@pytest.mark.parametrize(
    ("answer", "family"),
    [
        (Answer(409, {"code": 409, "key": "duplicate_found"}), Conflict),
        (Answer(400, {"code": 400, "key": "multiple_requests"}), Conflict),
        (Answer(403, {"code": 403, "key": "forbidden"}), AuthenticationFailed),
        (Answer(402, {"code": 402, "key": "payment_required"}), RateLimited),
        (Answer(422, None, raw=b"<html>nope</html>"), InvalidRequest),
        (Answer(500, {"code": 500, "key": "internal"}), UpstreamUnavailable),
        (Answer(503, None, raw=b"Service Unavailable"), UpstreamUnavailable),
        (Answer(200, None, raw=b"not json"), UnexpectedResponse),
        (Answer(204), UnexpectedResponse),
        (Answer(302, None, headers={"Location": "/elsewhere"}), UnexpectedResponse),
    ],
)
async def test_scripted_answers_to_a_read(answer: Answer, family: type[VoucherifyError]) -> None:
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, retry=NO_RETRY, **DEV_CREDENTIALS) as client:
            with pytest.raises(family) as caught:
                await client.vouchers.redemptions("X")
    assert type(caught.value) is family
    assert caught.value.status == answer.status


@pytest.mark.parametrize(
    "answer",
    [
        Answer(500, {"code": 500, "key": "internal", "request_id": "v-500"}),
        Answer(502, None, raw=b"Bad Gateway"),
        Answer(503, {"code": 503}),
        Answer(504, None),
        Answer(200, None, raw=b"{truncated"),
    ],
)
def test_a_redeem_whose_answer_is_a_server_failure_has_an_unknown_outcome(answer: Answer) -> None:
    with (
        ScriptedUpstream(lambda _: answer) as upstream,
        Voucherify(base_url=upstream.url, **DEV_CREDENTIALS) as client,
        pytest.raises(OutcomeUnknown) as caught,
    ):
        client.redemptions.redeem("CODE14", customer={"source_id": "alice"})
    assert caught.value.status == answer.status
    assert len(upstream.requests) == 1


def test_a_redeem_whose_connection_drops_after_sending_has_an_unknown_outcome() -> None:
    with (
        DroppingServer() as server,
        Voucherify(base_url=server.url, **DEV_CREDENTIALS) as client,
        pytest.raises(OutcomeUnknown) as caught,
    ):
        client.redemptions.redeem("CODE14", order={"amount": 100})
    assert server.requests == 1
    assert caught.value.status is None
    assert isinstance(caught.value.__cause__, httpx.TransportError)


async def test_a_redeem_that_times_out_has_an_unknown_outcome() -> None:
    with ScriptedUpstream(lambda _: Answer(200, {}, delay=1.0)) as upstream:
        async with AsyncVoucherify(base_url=upstream.url, timeout=0.2, **DEV_CREDENTIALS) as client:
            with pytest.raises(OutcomeUnknown) as caught:
                await client.redemptions.redeem("CODE14")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(upstream.requests) == 1


@pytest.mark.parametrize("operation", ["read", "redeem"])
def test_nothing_listening_is_unavailable_never_unknown(operation: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    quick = RetryPolicy(max_retries=2, budget=2.0, backoff=0.01)
    with (
        Voucherify(base_url=url, retry=quick, **DEV_CREDENTIALS) as client,
        pytest.raises(UpstreamUnavailable) as caught,
    ):
        if operation == "read":
            client.vouchers.redemptions("X")
        else:
            client.redemptions.redeem("X")
    assert not isinstance(caught.value, OutcomeUnknown)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.status is None


def test_a_bad_argument_fails_before_anything_is_sent() -> None:
    with (
        ScriptedUpstream() as upstream,
        Voucherify(base_url=upstream.url, **DEV_CREDENTIALS) as client,
        pytest.raises(TypeError),
    ):
        client.redemptions.redeem("X", customer=42)  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            client.redemptions.redeem("X", customer={"birthday": "not a date"})
        with pytest.raises(TypeError):
            client.customers.redeemables("c", filters={"holder_role": "OWNER"})
    assert upstream.requests == []
