"""`voucher-gateway serve` as an operator runs it: a real process, the embedded stand-in, SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.loopback import free_port


async def test_serve_runs_on_the_embedded_stand_in_and_stops_on_sigterm() -> None:
    address = f"127.0.0.1:{free_port()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOUCHERIFY_")}
    env["GATEWAY_LISTEN"] = address
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "gateway.cli",
        "serve",
        "--grace-period",
        "2",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        async with grpc.aio.insecure_channel(address) as channel:
            health: Any = health_pb2_grpc.HealthStub(channel)
            answer = await health.Check(
                health_pb2.HealthCheckRequest(service="voucherify.v1.RedemptionService"),
                wait_for_ready=True,
                timeout=30,
            )
            assert answer.status == health_pb2.HealthCheckResponse.SERVING
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            listing = await stub.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code="Test - FB - Vouchers - 9"),
                timeout=10,
            )
            assert listing.total == 6 and len(listing.redemption_entries) == 6
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=15)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    assert "embedded stand-in" in output
    assert "voucherify-dev-app-token" not in output
