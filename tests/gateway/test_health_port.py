"""The plaintext health listener (`--health-listen`) and `python -m voucher_gateway.probe`, which ask it."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.certificates import CertificateAuthority
from tests.gateway.test_cli import callers_file, gateway_process, sha256, wait_serving
from tests.gateway_process import bare_env
from tests.loopback import free_port
from voucher_gateway.credentials import Credentials
from voucher_gateway.probe import target
from voucher_gateway.server import Gateway, read_callers, server_credentials
from voucher_gateway.settings import Settings
from voucher_gateway.upstream import Upstream
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN
from voucherify_stand_in.server import EmulatorServer


def probe(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voucher_gateway.probe", *args],
        env=bare_env(),
        capture_output=True,
        text=True,
        timeout=30,
    )


async def test_health_port_serves_health_only_in_plaintext_beside_a_tls_listener(
    stand_in: EmulatorServer, tmp_path: Path
) -> None:
    ca = CertificateAuthority()
    cert, key = ca.issue("gateway", dns=("localhost",), ips=("127.0.0.1",)).write(tmp_path, "server")
    callers = callers_file(
        tmp_path,
        [{"name": "app", "token_sha256": sha256("t"), "methods": ["voucherify.v1.RedemptionService/*"]}],
    )
    gateway = Gateway(
        Upstream(stand_in.url, Credentials(DEFAULT_APP_ID, DEFAULT_APP_TOKEN)),
        "127.0.0.1:0",
        credentials=server_credentials(Settings(tls_cert=cert, tls_key=key)),
        callers=read_callers(callers),
        health_listen="127.0.0.1:0",
    )
    await gateway.start()
    assert gateway.health_port is not None and gateway.health_port.port != gateway.port
    try:
        async with grpc.aio.insecure_channel(gateway.health_port.address) as channel:
            health: Any = health_pb2_grpc.HealthStub(channel)
            for service in ("", "voucherify.v1.RedemptionService", "voucherify.v1.CustomerService"):
                answer = await health.Check(health_pb2.HealthCheckRequest(service=service), timeout=10)
                assert answer.status == health_pb2.HealthCheckResponse.SERVING
            # Nothing but health: the gateway's services and reflection are not on this port.
            stub: Any = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            try:
                await stub.GetRedemption(
                    redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1"), timeout=10
                )
                raise AssertionError("the health port served a gateway method")
            except grpc.aio.AioRpcError as exc:
                assert exc.code() == grpc.StatusCode.UNIMPLEMENTED
        # The main listener still demands TLS.
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gateway.port}") as plain:
            try:
                plain_health: Any = health_pb2_grpc.HealthStub(plain)
                await plain_health.Check(health_pb2.HealthCheckRequest(), timeout=3)
                raise AssertionError("the TLS listener answered plaintext")
            except grpc.aio.AioRpcError as exc:
                assert exc.code() == grpc.StatusCode.UNAVAILABLE
    finally:
        await gateway.stop(grace=1.0)
    with socket.socket() as after:
        assert after.connect_ex(("127.0.0.1", gateway.health_port.port)) != 0


def test_probe_targets_loopback_for_a_wildcard_listen_address() -> None:
    assert target("0.0.0.0:8081") == "127.0.0.1:8081"
    assert target("[::]:8081") == "[::1]:8081"
    assert target("10.1.2.3:8081") == "10.1.2.3:8081"


async def test_serve_with_health_listen_answers_the_probe_until_sigterm() -> None:
    address, health_address = f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"
    env = bare_env(GATEWAY_LISTEN=address, GATEWAY_HEALTH_LISTEN=health_address)
    async with gateway_process("--stand-in", "--grace-period", "1", env=env) as process:
        async with grpc.aio.insecure_channel(address) as channel:
            await wait_serving(channel)
        ok = await asyncio.to_thread(probe, health_address)
        assert (ok.returncode, ok.stdout.strip()) == (0, "SERVING"), ok.stderr
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=15)
        output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    assert f"health checks (plaintext, grpc.health.v1 only) on {health_address}" in output
    gone = await asyncio.to_thread(probe, "--timeout", "1", health_address)
    assert gone.returncode == 1
    assert gone.stdout.startswith(("UNAVAILABLE", "DEADLINE_EXCEEDED"))


def test_probe_without_an_address_says_what_to_set() -> None:
    done = probe()
    assert done.returncode == 2
    assert "GATEWAY_HEALTH_LISTEN" in done.stderr


def test_a_taken_health_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "voucher_gateway.cli",
                "serve",
                "--stand-in",
                "--listen",
                f"127.0.0.1:{free_port()}",
            ],
            env=bare_env(GATEWAY_HEALTH_LISTEN=f"127.0.0.1:{port}"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == (
        f"voucher-gateway serve: error: cannot listen on 127.0.0.1:{port}: "
        "address already in use or not available"
    )
