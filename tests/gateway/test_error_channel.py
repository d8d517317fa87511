"""The error channel itself: statuses cut to fit gRPC's trailers (the cut marked), Retry-After read
defensively, and every unforeseen failure explained at the RPC boundary, never a bare status."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2, status_pb2
from voucherify.v1 import customer_pb2, order_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway_harness import rich_details, running_gateway
from tests.scripted_upstream import Answer, ScriptedUpstream
from voucher_gateway import calls, errors, interceptors, status_size
from voucher_gateway.credentials import Credentials

CREDENTIALS = Credentials("app", "token")
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
READ = redemption_service_pb2.ListVoucherRedemptionsRequest(code="CODE")
REDEEM = redemption_service_pb2.RedeemVoucherRequest(
    code="CODE",
    tracking_id="track-1",
    customer=customer_pb2.Customer(source_id="alice"),
    order=order_pb2.Order(id="ord_1", source_id="order-1"),
)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        ("1.5", 1.5),
        (" 120 ", 120.0),
        ("0", 0.0),
        ("86400", 3600.0),
        ("99999999999999999999", 3600.0),
        ("1e20", None),
        ("-5", None),
        ("NaN", None),
        ("nan", None),
        ("inf", None),
        ("-inf", None),
        ("", None),
        ("soon", None),
        ("3 seconds", None),
        ("0x10", None),
        ("1_000", None),
        ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),
        ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),
        ("Wed, 01 Mar 2027 12:00:00 GMT", 3600.0),
        ("Sun, 01 Mar 2026 12:00:30", 30.0),
        ("Sun, 99 Foo 2026 12:00:30 GMT", None),
        ("Sun, 01 Mar 99999999 12:00:30 GMT", None),
    ],
)
def test_retry_after_is_read_defensively(header: str, seconds: float | None) -> None:
    assert errors.retry_after({"retry-after": header}, now=NOW) == seconds


def test_a_cut_is_marked_with_how_much_was_cut() -> None:
    assert status_size.cut("short", 100) == "short"
    text = "x" * 6000
    cut = status_size.cut(text, 512)
    assert len(cut.encode()) <= 512
    assert cut.endswith(f"… [cut {6000 - cut.index('…'):,} characters]")
    wide = "ü€😀" * 2000
    assert len(status_size.cut(wide, 512).encode()) <= 512


def test_a_status_with_many_long_details_is_cut_until_it_fits() -> None:
    metadata = {f"key_{n}": "v" * 5000 for n in range(20)}
    info = error_details_pb2.ErrorInfo(reason="R", domain="voucher-gateway", metadata=metadata)
    bad = error_details_pb2.BadRequest(
        field_violations=[
            error_details_pb2.BadRequest.FieldViolation(field="f" * 3000, description="d" * 9000)
        ]
    )
    status = status_size.fit(3, "m" * 10_000, [info, bad])
    assert status.ByteSize() <= status_size.STATUS_BYTES
    kept = error_details_pb2.ErrorInfo()
    status.details[0].Unpack(kept)
    assert (kept.reason, kept.domain) == ("R", "voucher-gateway")


async def test_a_6kb_upstream_message_keeps_its_status_cut_and_marked() -> None:
    message = "Der Gutschein ist abgelaufen — ü€ " * 180  # about 6 KB of UTF-8, much of it not ASCII
    body = {
        "code": 400,
        "key": "voucher_expired",
        "message": message,
        "details": message,
        "request_id": "v-1",
    }
    with ScriptedUpstream(lambda _: Answer(400, body)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.RedeemVoucher(REDEEM, timeout=10)
    error = caught.value
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    details = rich_details(error)
    assert details["ErrorInfo"].reason == "VOUCHER_EXPIRED"
    assert details["ErrorInfo"].metadata["request_id"] == "v-1"
    assert "[cut " in details["ErrorInfo"].metadata["message"]
    shown = error.details() or ""
    assert shown.startswith("Der Gutschein ist abgelaufen") and "[cut " in shown
    (status_bytes,) = [v for k, v in error.trailing_metadata() or () if k == "grpc-status-details-bin"]
    assert isinstance(status_bytes, bytes)
    assert len(status_bytes) <= status_size.STATUS_BYTES
    assert status_pb2.Status.FromString(status_bytes).message == shown


async def test_a_huge_error_key_gives_a_short_reason() -> None:
    body = {"code": 400, "key": "k" * 10_000, "message": "no"}
    with ScriptedUpstream(lambda _: Answer(400, body)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await stub.ListVoucherRedemptions(READ, timeout=10)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert rich_details(caught.value)["ErrorInfo"].reason == "K" * 63


# The RPC boundary: failures nobody foresaw.


async def failure(call: Any) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


async def test_an_unforeseen_failure_after_sending_is_the_unknown_outcome_or_internal(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken_read(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug after the answer came")

    monkeypatch.setattr(calls, "read", broken_read)
    caplog.set_level(logging.INFO)
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            redeemed = await failure(stub.RedeemVoucher(REDEEM, timeout=10))
            read = await failure(stub.ListVoucherRedemptions(READ, timeout=10))
    assert redeemed.code() == grpc.StatusCode.UNKNOWN
    info = rich_details(redeemed)["ErrorInfo"]
    assert (info.reason, info.domain) == ("REDEMPTION_OUTCOME_UNKNOWN", "voucher-gateway")
    assert {k: v for k, v in info.metadata.items() if k != "sent_at"} == {
        "operation": "RedeemVoucher",
        "code": "CODE",
        "tracking_id": "track-1",
        "order_id": "ord_1",
        "order_source_id": "order-1",
        "customer_source_id": "alice",
    }
    assert datetime.fromisoformat(info.metadata["sent_at"]).tzinfo is not None
    assert read.code() == grpc.StatusCode.INTERNAL
    assert rich_details(read)["ErrorInfo"].reason == "INTERNAL_ERROR"
    assert len(upstream.requests) == 2
    assert caplog.text.count("RuntimeError: a bug after the answer came") == 2
    assert "Traceback" in caplog.text


async def test_an_unforeseen_failure_before_sending_is_internal_even_for_a_redemption(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(metadata: Any) -> Any:
        raise KeyError("a bug before sending")

    monkeypatch.setattr(Credentials, "from_metadata", staticmethod(broken))
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            error = await failure(stub.RedeemVoucher(REDEEM, timeout=10))
    assert error.code() == grpc.StatusCode.INTERNAL
    assert rich_details(error)["ErrorInfo"].reason == "INTERNAL_ERROR"
    assert upstream.requests == []


async def test_a_failing_request_check_is_internal_not_a_bare_status(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(message: Any) -> None:
        raise RecursionError("a bug in a check")

    monkeypatch.setattr(interceptors, "check_request", broken)
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            error = await failure(stub.RedeemVoucher(REDEEM, timeout=10))
    assert error.code() == grpc.StatusCode.INTERNAL
    assert rich_details(error)["ErrorInfo"].reason == "INTERNAL_ERROR"
    assert upstream.requests == []
