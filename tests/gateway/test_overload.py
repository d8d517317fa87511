"""Overload is shed, not queued: past the pool and its short queue a call is refused at once, and a
circuit breaker fails calls fast while the upstream keeps failing. Nothing refused is ever sent."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway.test_observability import scrape
from tests.gateway_harness import rich_details
from tests.gateway_process import GatewayProcess
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials
from voucher_gateway.observability.metrics import Metrics
from voucher_gateway.observability.setup import Observability
from voucher_gateway.server import Gateway
from voucher_gateway.upstream import CircuitBreaker, Upstream

POOL = 20
CALLS = 2000
READ = redemption_service_pb2.ListVoucherRedemptionsRequest(code="BUSY")
REDEEM = redemption_service_pb2.RedeemVoucherRequest(code="BUSY", tracking_id="t-1")
PAGE = {"object": "list", "total": 0}


class HeldUpstream:
    """Holds every request until `release()`: slower than any upstream the gateway should wait for."""

    def __init__(self) -> None:
        self._released = threading.Event()
        self.server = ScriptedUpstream(self._answer)

    def _answer(self, recorded: Recorded) -> Answer:
        self._released.wait(60)
        return Answer(200, PAGE)

    def release(self) -> None:
        self._released.set()

    def __enter__(self) -> HeldUpstream:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        self.server.__exit__(*exc)


@pytest.fixture
def held() -> Iterator[HeldUpstream]:
    with HeldUpstream() as upstream:
        yield upstream


async def test_past_the_pool_and_its_queue_calls_are_refused_at_once(
    held: HeldUpstream, tmp_path: Path
) -> None:
    args = ("--max-connections", str(POOL), "--max-queued", str(POOL))
    with GatewayProcess(held.server.url, *args, log_path=tmp_path / "voucher_gateway.log") as gateway:
        async with grpc.aio.insecure_channel(gateway.address) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            outcomes: list[tuple[str, str, bool, str]] = []

            async def call(n: int) -> None:
                try:
                    if n % 2:
                        await stub.RedeemVoucher(REDEEM, timeout=60)
                    else:
                        await stub.ListVoucherRedemptions(READ, timeout=60)
                except grpc.aio.AioRpcError as error:
                    details = rich_details(error)
                    outcomes.append(
                        (
                            error.code().name,
                            details["ErrorInfo"].reason,
                            "RetryInfo" in details,
                            error.details() or "",
                        )
                    )
                else:
                    outcomes.append(("OK", "", False, ""))

            started = time.monotonic()
            tasks = [asyncio.ensure_future(call(n)) for n in range(CALLS)]
            for _ in range(600):
                if len(outcomes) >= CALLS - POOL:
                    break
                await asyncio.sleep(0.05)
            took = time.monotonic() - started
            # Every refusal came while the upstream still held the first POOL requests, unanswered.
            refused = list(outcomes)
            for _ in range(200):  # the last of them may still be connecting (a small listen backlog)
                if len(held.server.requests) >= POOL:
                    break
                await asyncio.sleep(0.05)
            sent_while_held = len(held.server.requests)
            held.release()
            await asyncio.gather(*tasks)
    at_once = [o for o in refused if "at its limit" in o[3]]
    waited = [o for o in refused if "within 1 s" in o[3]]
    print(
        f"\n{CALLS} calls, pool {POOL}, queue {POOL}: {len(at_once)} refused at once and {len(waited)} after "
        f"waiting in the queue, in {took:.2f} s, while the upstream held {sent_while_held} requests; in the end "
        f"{Counter(o[0] for o in outcomes)}"
    )
    assert len(refused) == CALLS - POOL
    assert {(code, reason, retry) for code, reason, retry, _ in refused} == {
        ("RESOURCE_EXHAUSTED", "GATEWAY_OVERLOADED", True)
    }
    # The queue refills as its waiters give up, so a few more than POOL may wait; most never do.
    assert len(at_once) + len(waited) == CALLS - POOL
    assert len(waited) >= POOL and len(at_once) >= 0.9 * CALLS
    assert all("nothing was sent" in message for *_, message in refused)
    assert sent_while_held == POOL
    assert Counter(o[0] for o in outcomes) == {"OK": POOL, "RESOURCE_EXHAUSTED": CALLS - POOL}
    assert len(held.server.requests) == POOL, "nothing refused was sent"


def failure_reason(error: grpc.aio.AioRpcError) -> tuple[grpc.StatusCode, str]:
    return error.code(), rich_details(error)["ErrorInfo"].reason


async def test_the_breaker_opens_fails_fast_probes_and_closes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="voucher_gateway.upstream")
    status = {"now": 503}

    def answer(recorded: Recorded) -> Answer:
        if status["now"] == 200:
            return Answer(200, PAGE)
        return Answer(status["now"], {"code": 503, "key": "service_unavailable", "message": "down"})

    with ScriptedUpstream(answer) as server:
        upstream = Upstream(
            server.url, Credentials("app", "token"), breaker=CircuitBreaker(failures=3, open_seconds=0.5)
        )
        observability = Observability(metrics=Metrics())
        assert observability.metrics is not None
        observability.metrics.watch_upstream(upstream.snapshot)
        observability.start("127.0.0.1", 0)
        gateway = Gateway(upstream, "127.0.0.1:0", observability=observability)
        await gateway.start()

        async def circuit() -> dict[str, float]:
            samples = await asyncio.to_thread(scrape, observability.metrics_port)
            return {
                dict(labels)["state"]: value
                for (name, labels), value in samples.items()
                if name == "voucher_gateway_upstream_circuit_state"
            }

        try:
            async with grpc.aio.insecure_channel(gateway.address) as channel:
                stub: Any = redemption_service_pb2_grpc.RedemptionServiceStub(channel)

                async def read() -> tuple[grpc.StatusCode, str]:
                    try:
                        await stub.ListVoucherRedemptions(READ, timeout=10)
                    except grpc.aio.AioRpcError as error:
                        return failure_reason(error)
                    return grpc.StatusCode.OK, ""

                async def redeem() -> grpc.aio.AioRpcError:
                    with pytest.raises(grpc.aio.AioRpcError) as caught:
                        await stub.RedeemVoucher(REDEEM, timeout=10)
                    return caught.value

                failing = (grpc.StatusCode.UNAVAILABLE, "SERVICE_UNAVAILABLE")
                circuit_open = (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_CIRCUIT_OPEN")
                assert await circuit() == {"closed": 1, "open": 0, "half_open": 0}
                assert [await read() for _ in range(3)] == [failing] * 3
                assert upstream.breaker.snapshot()["state"] == "open"
                assert await circuit() == {"closed": 0, "open": 1, "half_open": 0}
                assert await read() == circuit_open
                refused = await redeem()
                assert failure_reason(refused) == circuit_open, "a redemption fails fast too, unsent"
                assert 0 < rich_details(refused)["RetryInfo"].retry_delay.ToTimedelta().total_seconds() <= 0.5
                assert len(server.requests) == 3

                await asyncio.sleep(0.6)  # past open_seconds: one probe goes through, and fails
                assert await read() == failing
                assert await read() == circuit_open
                assert len(server.requests) == 4

                status["now"] = 200
                await asyncio.sleep(0.6)  # the next probe succeeds and closes the breaker
                assert await read() == (grpc.StatusCode.OK, "")
                assert [await read() for _ in range(3)] == [(grpc.StatusCode.OK, "")] * 3
                assert upstream.breaker.snapshot() == {
                    "state": "closed",
                    "consecutive_failures": 0,
                    "opened": 2,
                }
                samples = await asyncio.to_thread(scrape, observability.metrics_port)
                assert samples[("voucher_gateway_upstream_circuit_opened_total", frozenset())] == 2
        finally:
            await gateway.stop(grace=1.0)
            observability.stop()
    changes = [r.getMessage().split(":")[0] for r in caplog.records if r.name == "voucher_gateway.upstream"]
    assert changes == [
        "upstream circuit closed -> open",
        "upstream circuit open -> half_open",
        "upstream circuit half_open -> open",
        "upstream circuit open -> half_open",
        "upstream circuit half_open -> closed",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records if r.name == "voucher_gateway.upstream")
