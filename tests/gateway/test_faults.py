"""The gateway, as a real process, in front of a misbehaving upstream: each fault's status for a read and
for a redemption, the process's peak memory, and health answering SERVING throughout.

One gateway process serves every fault (its peak RSS, VmHWM, only grows, so the bound holds for all of
them together); the upstream (`tests.hostile_upstream`) changes its behaviour from fault to fault, and a
good call after each fault shows the gateway is still well. Shutdown and SIGHUP get processes of their own.
"""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import any_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from voucherify.v1 import customer_pb2, order_pb2, redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway_process import GatewayProcess, HealthWatch
from tests.hostile_upstream import (
    Behaviour,
    HostileUpstream,
    close_before_answering,
    drip,
    endless_chunks,
    gzip_bomb,
    head,
    huge,
    json_answer,
    reset_mid_body,
)

#: The bound on the gateway's peak RSS (VmHWM) across every fault below; it idles near 60 MiB.
PEAK_RSS_MIB = 200
UPSTREAM_TIMEOUT = 1.5
#: Room for the 50,000-entry page (11 MB); every body fault below goes far past it.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
GOOD = {"object": "redemption", "id": "r_1"}

READ = redemption_service_pb2.ListVoucherRedemptionsRequest(code="FAULTY")
REDEEM = redemption_service_pb2.RedeemVoucherRequest(
    code="FAULTY",
    tracking_id="track-7",
    customer=customer_pb2.Customer(source_id="alice"),
    order=order_pb2.Order(source_id="order-42", amount=1500),
)
UNKNOWN = ("UNKNOWN", "REDEMPTION_OUTCOME_UNKNOWN")


@dataclass
class Outcome:
    code: str
    reason: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    retry_seconds: float | None = None
    message: str = ""
    details: set[str] = field(default_factory=set)


def outcome_of(call: Callable[[], Any]) -> Outcome:
    """The code, ErrorInfo and RetryInfo of a call; a status without rich details fails the test."""
    try:
        call()
    except grpc.RpcError as error:
        status = rpc_status.from_call(error)  # type: ignore[arg-type]
        assert status is not None, f"a bare {error.code()}: {error.details()}"
        found = Outcome(error.code().name, message=status.message)
        for box in status.details:
            found.details.add(box.type_url.rsplit(".", 1)[-1])
            if box.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = unpack(box, error_details_pb2.ErrorInfo())
                found.reason, found.metadata = info.reason, dict(info.metadata)
            if box.Is(error_details_pb2.RetryInfo.DESCRIPTOR):
                retry = unpack(box, error_details_pb2.RetryInfo())
                found.retry_seconds = retry.retry_delay.ToTimedelta().total_seconds()
        assert found.reason, f"{found.code} without ErrorInfo"
        return found
    return Outcome("OK")


def unpack(box: any_pb2.Any, into: Any) -> Any:
    box.Unpack(into)
    return into


def error_body(status: int, key: str, message: str) -> dict[str, Any]:
    return {"code": status, "key": key, "message": message, "details": "", "request_id": "v-0c1"}


def raw_answer(payload: bytes, status: int = 200, **headers: str) -> Behaviour:
    async def answer(writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, "Status", Content_Length=str(len(payload)), **headers) + payload)
        await writer.drain()

    return answer


def slow(seconds: float, then: Behaviour) -> Behaviour:
    async def answer(writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(seconds)
        await then(writer)

    return answer


@dataclass(frozen=True)
class Fault:
    name: str
    behaviour: Callable[[], Behaviour]
    read: tuple[str, str]
    redeem: tuple[str, str] = UNKNOWN
    #: The RetryInfo both answers must carry: None for none, else (at least, at most) seconds.
    retry: tuple[float, float] | None = None


def in_seconds(seconds: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


TOO_LARGE = ("INTERNAL", "UPSTREAM_ANSWER_TOO_LARGE")
MALFORMED = ("INTERNAL", "UPSTREAM_ANSWER_MALFORMED")
CONNECTION_FAILED = ("UNAVAILABLE", "UPSTREAM_CONNECTION_FAILED")
THROTTLED = ("RESOURCE_EXHAUSTED", "TOO_MANY_REQUESTS")


def throttled(retry_after: str) -> Behaviour:
    return json_answer(error_body(429, "too_many_requests", "slow down"), 429, Retry_After=retry_after)


FAULTS = [
    Fault("endless chunked body", endless_chunks, TOO_LARGE),
    Fault("slow drip, 1 byte per 0.3 s", drip, ("DEADLINE_EXCEEDED", "UPSTREAM_TIMEOUT")),
    Fault("huge 50 MB body", lambda: huge(50 * 1024 * 1024), TOO_LARGE),
    Fault("gzip bomb, 100 MB unpacked", gzip_bomb, TOO_LARGE),
    Fault("reset mid-body", lambda: reset_mid_body({"object": "list", "total": 3}), CONNECTION_FAILED),
    Fault("closed before answering", close_before_answering, CONNECTION_FAILED),
    Fault("error object at 200", lambda: json_answer(error_body(500, "error", "Oops")), MALFORMED),
    Fault("a list at 200", lambda: json_answer([GOOD]), MALFORMED),
    Fault("a string at 200", lambda: json_answer("redeemed"), MALFORMED),
    Fault("wrong types at 200", lambda: json_answer({"total": "many", "amount": {}}), MALFORMED),
    Fault(
        "not JSON at 200",
        lambda: raw_answer(b"<html>maintenance</html>"),
        ("INTERNAL", "UPSTREAM_ANSWER_UNREADABLE"),
    ),
    Fault(
        "redirect",
        lambda: raw_answer(b"", 302, Location="http://elsewhere.invalid/"),
        ("INTERNAL", "UPSTREAM_ANSWER_UNEXPECTED"),
    ),
    Fault(
        "503",
        lambda: json_answer(error_body(503, "service_unavailable", "down"), 503),
        ("UNAVAILABLE", "SERVICE_UNAVAILABLE"),
    ),
    Fault(
        "500 error object", lambda: json_answer(error_body(500, "error", "Oops"), 500), ("INTERNAL", "ERROR")
    ),
    Fault(
        "400 voucher_expired with a 6 KB message",
        lambda: json_answer(error_body(400, "voucher_expired", "Voucher expired. " * 360), 400),
        ("FAILED_PRECONDITION", "VOUCHER_EXPIRED"),
        ("FAILED_PRECONDITION", "VOUCHER_EXPIRED"),
    ),
    Fault("429, Retry-After: 3", lambda: throttled("3"), THROTTLED, THROTTLED, (3, 3)),
    Fault("429, Retry-After: 1e20", lambda: throttled("1e20"), THROTTLED, THROTTLED),
    Fault("429, Retry-After: -5", lambda: throttled("-5"), THROTTLED, THROTTLED),
    Fault("429, Retry-After: NaN", lambda: throttled("NaN"), THROTTLED, THROTTLED),
    Fault("429, Retry-After: inf", lambda: throttled("inf"), THROTTLED, THROTTLED),
    Fault("429, Retry-After: garbage", lambda: throttled("soon-ish"), THROTTLED, THROTTLED),
    Fault("429, Retry-After: 100 days", lambda: throttled("8640000"), THROTTLED, THROTTLED, (3600, 3600)),
    Fault(
        "429, Retry-After: a date in 30 s", lambda: throttled(in_seconds(30)), THROTTLED, THROTTLED, (25, 30)
    ),
    Fault("429, Retry-After: a date past", lambda: throttled(in_seconds(-60)), THROTTLED, THROTTLED, (0, 0)),
]

#: What each fault did, printed at the end of the module (pytest -s shows it).
FIGURES: list[str] = []


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileUpstream]:
    with HostileUpstream(json_answer(GOOD)) as upstream:
        yield upstream


@pytest.fixture(scope="module")
def gateway(hostile: HostileUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    log_path = tmp_path_factory.mktemp("faults") / "voucher_gateway.log"
    args = ("--upstream-timeout", str(UPSTREAM_TIMEOUT), "--max-response-bytes", str(MAX_RESPONSE_BYTES))
    with GatewayProcess(hostile.url, *args, log_path=log_path) as process:
        yield process
    print("\n" + "\n".join(FIGURES))


@pytest.fixture(scope="module")
def stub(gateway: GatewayProcess) -> Iterator[Any]:
    with grpc.insecure_channel(gateway.address) as channel:
        yield redemption_service_pb2_grpc.RedemptionServiceStub(channel)


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_a_fault_gets_its_status_memory_stays_bounded_and_health_serving(
    fault: Fault, hostile: HostileUpstream, gateway: GatewayProcess, stub: Any
) -> None:
    hostile.behaviour = fault.behaviour()
    before = hostile.requests
    started = time.monotonic()
    with HealthWatch(gateway.address) as watch:
        read = outcome_of(lambda: stub.ListVoucherRedemptions(READ, timeout=30))
        redeem = outcome_of(lambda: stub.RedeemVoucher(REDEEM, timeout=30))
    took = time.monotonic() - started
    hostile.behaviour = json_answer(GOOD)
    assert outcome_of(lambda: stub.ListVoucherRedemptions(READ, timeout=10)).code == "OK"
    peak = gateway.peak_rss_mib()
    FIGURES.append(
        f"{fault.name:42} read {read.code}/{read.reason:28} redeem {redeem.code}/{redeem.reason:28} "
        f"{took:5.2f} s  peak RSS {peak:5.1f} MiB  health {len(watch.answers)} x "
        f"{'/'.join(sorted(watch.outcomes()))}, slowest {watch.slowest() * 1e3:.0f} ms"
    )

    assert (read.code, read.reason) == fault.read
    assert (redeem.code, redeem.reason) == fault.redeem
    assert hostile.requests == before + 3, "each call is sent exactly once"
    assert peak < PEAK_RSS_MIB
    assert watch.answers and watch.outcomes() == {"SERVING"}
    for got in (read, redeem):
        assert len(got.message.encode()) <= 1024
        if fault.retry is None:
            assert got.retry_seconds is None
        else:
            assert got.retry_seconds is not None
            assert fault.retry[0] <= got.retry_seconds <= fault.retry[1]
    if (redeem.code, redeem.reason) == UNKNOWN:
        assert redeem.metadata["code"] == "FAULTY"
        assert redeem.metadata["tracking_id"] == "track-7"
        assert redeem.metadata["order_source_id"] == "order-42"
        assert redeem.metadata["customer_source_id"] == "alice"
        sent_at = datetime.fromisoformat(redeem.metadata["sent_at"])
        assert abs((datetime.now(UTC) - sent_at).total_seconds()) < 60
    if "6 KB" in fault.name:
        assert "[cut " in read.message and read.message.startswith("Voucher expired.")
        assert "[cut " in read.metadata["message"]


def test_the_slow_drip_is_bounded_by_the_upstream_timeout(
    hostile: HostileUpstream, gateway: GatewayProcess, stub: Any
) -> None:
    """No caller deadline at all: --upstream-timeout alone ends the call."""
    hostile.behaviour = drip(interval=0.3)
    read = outcome_of(lambda: stub.ListVoucherRedemptions(READ))
    hostile.behaviour = json_answer(GOOD)
    assert (read.code, read.reason) == ("DEADLINE_EXCEEDED", "UPSTREAM_TIMEOUT")
    assert f"({UPSTREAM_TIMEOUT:g} s)" in read.message


def test_a_50000_entry_page_is_mapped_while_health_keeps_answering(
    hostile: HostileUpstream, gateway: GatewayProcess
) -> None:
    entries = [
        {
            "id": f"r_{n:08d}",
            "object": "redemption",
            "date": "2026-01-01T10:00:00.000Z",
            "result": "SUCCESS",
            "tracking_id": f"track_{n}",
            "customer_id": f"cust_{n}",
            "amount": 1000 + n,
            "voucher": {"code": f"CODE{n}", "id": f"v_{n}"},
        }
        for n in range(50_000)
    ]
    payload = json.dumps({"object": "list", "total": 50_000, "redemption_entries": entries}).encode()
    body_sent = threading.Event()
    sent_at: list[float] = []

    async def page(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Content_Length=str(len(payload))) + payload)
        await writer.drain()
        sent_at.append(time.monotonic())
        body_sent.set()

    hostile.behaviour = page
    with HealthWatch(gateway.address) as watch:
        time.sleep(0.2)
        options = [("grpc.max_receive_message_length", 16 * 1024 * 1024)]
        with grpc.insecure_channel(gateway.address, options=options) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            answer = stub.ListVoucherRedemptions(READ, timeout=30)
        answered_at = time.monotonic()
        time.sleep(0.2)
    hostile.behaviour = json_answer(GOOD)
    assert len(answer.redemption_entries) == 50_000
    assert body_sent.is_set()
    during = watch.between(sent_at[0], answered_at)
    FIGURES.append(
        f"50,000-entry page ({len(payload) / 1e6:.1f} MB): answered {answered_at - sent_at[0]:.2f} s after "
        f"the body was sent; {len(during)} health answers meanwhile, slowest {watch.slowest() * 1e3:.0f} ms; "
        f"peak RSS {gateway.peak_rss_mib():.1f} MiB"
    )
    assert watch.outcomes() == {"SERVING"}
    assert len(during) >= 3, "health checks were answered while the page was being mapped"
    assert gateway.peak_rss_mib() < PEAK_RSS_MIB


def test_sigterm_ends_waiting_calls_with_their_true_status(tmp_path: Path) -> None:
    """30 calls sent upstream (25 redemptions, 5 reads) and 5 redemptions queued, then SIGTERM with a
    0.5 s grace period: sent redemptions are unknown outcomes, everything else is safe to retry."""
    with HostileUpstream(slow(60, json_answer(GOOD))) as upstream:
        args = ("--grace-period", "0.5", "--upstream-timeout", "60", "--max-connections", "30")
        with GatewayProcess(upstream.url, *args, log_path=tmp_path / "voucher_gateway.log") as gateway:
            channel = grpc.insecure_channel(gateway.address)
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            sent_redemptions = [stub.RedeemVoucher.future(REDEEM, timeout=30) for _ in range(25)]
            reads = [stub.ListVoucherRedemptions.future(READ, timeout=30) for _ in range(5)]
            for _ in range(200):
                if upstream.requests == 30:
                    break
                time.sleep(0.05)
            assert upstream.requests == 30
            queued = [stub.RedeemVoucher.future(REDEEM, timeout=30) for _ in range(5)]
            time.sleep(0.1)
            gateway.signal(signal.SIGTERM)
            assert gateway.wait(timeout=10) == 0
            outcomes = [outcome_of(future.result) for future in sent_redemptions + reads + queued]
            channel.close()
        log = gateway.log()
    sent_codes = {(o.code, o.reason) for o in outcomes[:25]}
    read_codes = {(o.code, o.reason) for o in outcomes[25:30]}
    queued_codes = {(o.code, o.reason) for o in outcomes[30:]}
    assert sent_codes == {UNKNOWN}
    assert all(
        {"code", "tracking_id", "order_source_id", "sent_at"} <= o.metadata.keys() for o in outcomes[:25]
    )
    assert read_codes == {("UNAVAILABLE", "GATEWAY_SHUTTING_DOWN")}
    assert queued_codes == {("UNAVAILABLE", "GATEWAY_SHUTTING_DOWN")}
    assert all("nothing was sent" in o.message for o in outcomes[30:])
    assert upstream.requests == 30
    assert "ended 35 calls still waiting on the upstream" in log


def test_sighup_never_interrupts_a_call(tmp_path: Path) -> None:
    with HostileUpstream(slow(1.0, json_answer(GOOD))) as upstream:
        with GatewayProcess(upstream.url, log_path=tmp_path / "voucher_gateway.log") as gateway:
            with grpc.insecure_channel(gateway.address) as channel:
                stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
                calls = [stub.RedeemVoucher.future(REDEEM, timeout=30) for _ in range(5)]
                for _ in range(100):
                    if upstream.requests == 5:
                        break
                    time.sleep(0.05)
                gateway.signal(signal.SIGHUP)
                assert [outcome_of(call.result).code for call in calls] == ["OK"] * 5
            assert gateway.alive
        assert "SIGHUP" in gateway.log()
