"""The error mapping table: each upstream status and body gives the documented gRPC code and details."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway_harness import rich_details, running_gateway
from tests.loopback import free_port
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucher_gateway.credentials import Credentials

GATEWAY_CREDENTIALS = Credentials("gateway-app", "gateway-secret-token")
CALLER_METADATA = (("x-app-id", "caller-app"), ("x-app-token", "caller-secret-token"))


@dataclass
class Case:
    http_status: int
    body: object
    code: grpc.StatusCode
    reason: str
    headers: dict[str, str] = field(default_factory=dict)
    redeem: bool = False
    caller_credentials: bool = True
    detail_types: frozenset[str] = frozenset({"ErrorInfo"})


def _error(code: int, key: str, **extra: str) -> dict[str, object]:
    return {"code": code, "key": key, "message": key.replace("_", " ").capitalize(), **extra}


CASES = {
    "400 invalid payload": Case(
        400,
        _error(400, "invalid_payload", details="order.amount must be an integer"),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAYLOAD",
        detail_types=frozenset({"ErrorInfo", "BadRequest"}),
    ),
    "400 voucher expired": Case(
        400,
        _error(400, "voucher_expired", resource_id="CODE", resource_type="voucher"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "VOUCHER_EXPIRED",
        redeem=True,
    ),
    "400 voucher disabled": Case(
        400,
        _error(400, "voucher_disabled"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "VOUCHER_DISABLED",
        redeem=True,
    ),
    "400 quantity exceeded": Case(
        400,
        _error(400, "quantity_exceeded"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "QUANTITY_EXCEEDED",
        redeem=True,
    ),
    "400 gift balance": Case(
        400,
        _error(400, "gift_amount_exceeded"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "GIFT_AMOUNT_EXCEEDED",
        redeem=True,
    ),
    "400 session lock held": Case(
        400, _error(400, "multiple_requests"), grpc.StatusCode.ABORTED, "MULTIPLE_REQUESTS", redeem=True
    ),
    "400 not active now": Case(
        400,
        _error(400, "voucher_not_active_now"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "VOUCHER_NOT_ACTIVE_NOW",
        redeem=True,
    ),
    "402 plan exceeded": Case(
        402, _error(402, "payment_required"), grpc.StatusCode.RESOURCE_EXHAUSTED, "PAYMENT_REQUIRED"
    ),
    "401 caller's credentials": Case(
        401,
        _error(401, "unauthorized"),
        grpc.StatusCode.UNAUTHENTICATED,
        "UNAUTHORIZED",
    ),
    "401 gateway's credentials": Case(
        401,
        _error(401, "unauthorized"),
        grpc.StatusCode.INTERNAL,
        "UPSTREAM_CREDENTIALS_REJECTED",
        caller_credentials=False,
    ),
    "403 caller's credentials": Case(
        403,
        _error(403, "forbidden"),
        grpc.StatusCode.PERMISSION_DENIED,
        "FORBIDDEN",
    ),
    "403 gateway's credentials": Case(
        403,
        _error(403, "forbidden"),
        grpc.StatusCode.INTERNAL,
        "UPSTREAM_CREDENTIALS_REJECTED",
        caller_credentials=False,
    ),
    "404 not found": Case(
        404,
        _error(404, "not_found", resource_id="CODE", resource_type="voucher"),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
        detail_types=frozenset({"ErrorInfo", "ResourceInfo"}),
    ),
    "409 conflict": Case(409, _error(409, "conflict"), grpc.StatusCode.ABORTED, "CONFLICT"),
    "409 duplicate": Case(
        409,
        _error(409, "duplicate_found"),
        grpc.StatusCode.ALREADY_EXISTS,
        "DUPLICATE_FOUND",
    ),
    "429 with Retry-After": Case(
        429,
        _error(429, "too_many_requests"),
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "TOO_MANY_REQUESTS",
        headers={"Retry-After": "3"},
        detail_types=frozenset({"ErrorInfo", "RetryInfo"}),
    ),
    "429 on a redemption": Case(
        429,
        _error(429, "too_many_requests"),
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        "TOO_MANY_REQUESTS",
        headers={"Retry-After": "3"},
        redeem=True,
        detail_types=frozenset({"ErrorInfo", "RetryInfo"}),
    ),
    "500 on a read": Case(500, _error(500, "internal_error"), grpc.StatusCode.INTERNAL, "INTERNAL_ERROR"),
    "503 on a read": Case(
        503,
        _error(503, "service_unavailable"),
        grpc.StatusCode.UNAVAILABLE,
        "SERVICE_UNAVAILABLE",
        headers={"Retry-After": "1.5"},
        detail_types=frozenset({"ErrorInfo", "RetryInfo"}),
    ),
    "502 without a JSON body": Case(502, None, grpc.StatusCode.UNAVAILABLE, "HTTP_502"),
    "503 with a proxy's HTML page": Case(503, "<html>busy</html>", grpc.StatusCode.UNAVAILABLE, "HTTP_503"),
    "429 with a proxy's HTML page": Case(
        429, "<html>slow down</html>", grpc.StatusCode.RESOURCE_EXHAUSTED, "HTTP_429"
    ),
    "500 with an empty body": Case(500, None, grpc.StatusCode.INTERNAL, "HTTP_500"),
    "500 on a redemption": Case(
        500,
        _error(500, "internal_error"),
        grpc.StatusCode.UNKNOWN,
        "REDEMPTION_OUTCOME_UNKNOWN",
        redeem=True,
    ),
    "503 on a redemption": Case(
        503,
        _error(503, "service_unavailable"),
        grpc.StatusCode.UNKNOWN,
        "REDEMPTION_OUTCOME_UNKNOWN",
        redeem=True,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
async def test_upstream_error_becomes_grpc_status(case: Case, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    if isinstance(case.body, str):
        answer = Answer(case.http_status, headers=case.headers, raw=case.body.encode())
    else:
        answer = Answer(case.http_status, case.body, case.headers)
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with running_gateway(upstream.url, GATEWAY_CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            metadata = CALLER_METADATA if case.caller_credentials else ()
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                if case.redeem:
                    await stub.RedeemVoucher(
                        redemption_service_pb2.RedeemVoucherRequest(code="CODE"), metadata=metadata
                    )
                else:
                    await stub.ListVoucherRedemptions(
                        redemption_service_pb2.ListVoucherRedemptionsRequest(code="CODE"), metadata=metadata
                    )
        sent = upstream.requests
    error = caught.value
    assert error.code() == case.code, error.details()
    details = rich_details(error)
    assert set(details) == case.detail_types
    info = details["ErrorInfo"]
    assert info.reason == case.reason
    assert info.metadata["http_status"] == str(case.http_status)
    if isinstance(case.body, dict):
        assert info.metadata["key"] == case.body["key"]
        assert info.domain == (
            "voucherify.io" if info.reason == case.body["key"].upper() else "voucher-gateway"
        )
    if "RetryInfo" in details:
        assert details["RetryInfo"].retry_delay.ToTimedelta().total_seconds() == float(
            case.headers["Retry-After"]
        )
    if "ResourceInfo" in details:
        assert details["ResourceInfo"].resource_type == "voucher"
        assert details["ResourceInfo"].resource_name == "CODE"
    # A redemption is never retried blindly, whatever the answer.
    assert len(sent) == 1
    # The caller's own credentials were forwarded; otherwise the gateway's. Secrets never leak.
    expected_app = "caller-app" if case.caller_credentials else "gateway-app"
    assert sent[0].headers["x-app-id"] == expected_app
    assert "secret" not in (error.details() or "")
    assert all("secret" not in str(v) for v in details["ErrorInfo"].metadata.values())
    assert caplog.records and "secret" not in caplog.text


async def test_unreachable_upstream_is_unavailable() -> None:
    async with running_gateway(f"http://127.0.0.1:{free_port()}", GATEWAY_CREDENTIALS) as channel:
        stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await stub.RedeemVoucher(redemption_service_pb2.RedeemVoucherRequest(code="CODE"))
    assert caught.value.code() == grpc.StatusCode.UNAVAILABLE
    assert rich_details(caught.value)["ErrorInfo"].reason == "UPSTREAM_UNREACHABLE"


async def test_deadline_bounds_the_upstream_call_and_the_gateway_stays_healthy() -> None:
    upstream_delay = 5.0
    with ScriptedUpstream(lambda _: Answer(200, {}, delay=upstream_delay)) as upstream:
        async with running_gateway(upstream.url, GATEWAY_CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            started = time.perf_counter()
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.ListVoucherRedemptions(
                    redemption_service_pb2.ListVoucherRedemptionsRequest(code="SLOW"), timeout=0.2
                )
            elapsed = time.perf_counter() - started
            assert caught.value.code() == grpc.StatusCode.DEADLINE_EXCEEDED
            # Semantics, not speed: the call ended without waiting for the upstream's answer.
            assert elapsed < upstream_delay - 1.0, f"took {elapsed:.2f} s"
            health: Any = health_pb2_grpc.HealthStub(channel)
            answer = await health.Check(health_pb2.HealthCheckRequest(service=""), timeout=1.0)
            assert answer.status == health_pb2.HealthCheckResponse.SERVING
            await asyncio.sleep(0)


@pytest.mark.parametrize(
    ("answer", "redeem", "code", "reason"),
    [
        (
            Answer(200, raw=b"<html>maintenance</html>"),
            True,
            grpc.StatusCode.UNKNOWN,
            "REDEMPTION_OUTCOME_UNKNOWN",
        ),
        (
            Answer(200, {"id": "r_1", "amount": "lots"}),
            True,
            grpc.StatusCode.UNKNOWN,
            "REDEMPTION_OUTCOME_UNKNOWN",
        ),
        (
            Answer(200, raw=b"<html>maintenance</html>"),
            False,
            grpc.StatusCode.INTERNAL,
            "UPSTREAM_ANSWER_UNREADABLE",
        ),
        (Answer(200, {"total": "many"}), False, grpc.StatusCode.INTERNAL, "UPSTREAM_ANSWER_MALFORMED"),
    ],
    ids=["redeem, not JSON", "redeem, wrong types", "read, not JSON", "read, wrong types"],
)
async def test_an_unreadable_success_is_never_a_failure(
    answer: Answer, redeem: bool, code: grpc.StatusCode, reason: str
) -> None:
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with running_gateway(upstream.url, GATEWAY_CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                if redeem:
                    await stub.RedeemVoucher(redemption_service_pb2.RedeemVoucherRequest(code="CODE"))
                else:
                    await stub.ListVoucherRedemptions(
                        redemption_service_pb2.ListVoucherRedemptionsRequest(code="CODE")
                    )
    assert caught.value.code() == code
    assert rich_details(caught.value)["ErrorInfo"].reason == reason
    assert len(upstream.requests) == 1
