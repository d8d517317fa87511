"""`voucher-gateway serve` as an operator runs it: a real process, its settings, signals and the stand-in."""

from __future__ import annotations

import asyncio
import hashlib
import json
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.certificates import CertificateAuthority
from tests.gateway_harness import rich_details
from tests.gateway_process import bare_env
from tests.json_equivalence import load_fixture
from tests.loopback import free_port
from tests.scripted_upstream import Answer, ScriptedUpstream

SEED_VOUCHER = "Test - FB - Vouchers - 9"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voucher_gateway.cli", *args],
        env=env if env is not None else bare_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def callers_file(directory: Path, callers: list[dict[str, Any]]) -> Path:
    path = directory / "callers.json"
    path.write_text(json.dumps({"callers": callers}))
    return path


def sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("voucher-gateway ")


def test_help_does_not_read_a_bad_environment() -> None:
    done = run_cli("serve", "--help", env=bare_env(GATEWAY_UPSTREAM_TIMEOUT="abc", GATEWAY_LISTEN="x"))
    assert done.returncode == 0
    assert "--callers" in done.stdout and "GATEWAY_UPSTREAM_TIMEOUT" in done.stdout


UPSTREAM = ("--upstream", "http://127.0.0.1:9")

BAD_SETTINGS: list[tuple[str, list[str], dict[str, str], str]] = [
    ("no upstream, no --stand-in", [], {}, "VOUCHERIFY_API_URL"),
    ("port above 65535", [*UPSTREAM, "--listen", "127.0.0.1:99999"], {}, "--listen"),
    ("port 0", [*UPSTREAM, "--listen", "127.0.0.1:0"], {}, "--listen"),
    ("listen without a port", [*UPSTREAM, "--listen", "nonsense"], {}, "--listen"),
    (
        "listen on a host that does not resolve",
        [*UPSTREAM, "--listen", "no-such-host.invalid:5000"],
        {},
        "--listen",
    ),
    ("ftp upstream", ["--upstream", "ftp://x"], {}, "--upstream"),
    ("upstream without a host", ["--upstream", "https://"], {}, "--upstream"),
    ("upstream from the environment", [], {"VOUCHERIFY_API_URL": "file:///etc/passwd"}, "VOUCHERIFY_API_URL"),
    ("negative timeout", [*UPSTREAM, "--upstream-timeout", "-1"], {}, "--upstream-timeout"),
    (
        "timeout from the environment",
        [*UPSTREAM],
        {"GATEWAY_UPSTREAM_TIMEOUT": "abc"},
        "GATEWAY_UPSTREAM_TIMEOUT",
    ),
    ("infinite timeout", [*UPSTREAM, "--upstream-timeout", "inf"], {}, "--upstream-timeout"),
    ("zero grace period", [*UPSTREAM, "--grace-period", "0"], {}, "--grace-period"),
    (
        "grace period from the environment",
        [*UPSTREAM],
        {"GATEWAY_GRACE_PERIOD": "-5"},
        "GATEWAY_GRACE_PERIOD",
    ),
    ("empty pool", [*UPSTREAM, "--max-connections", "0"], {}, "--max-connections"),
    ("pool from the environment", [*UPSTREAM], {"GATEWAY_MAX_CONNECTIONS": "1.5"}, "GATEWAY_MAX_CONNECTIONS"),
    ("zero workers", [*UPSTREAM, "--workers", "0"], {}, "--workers"),
    ("unreadable callers file", [*UPSTREAM, "--callers", "/nonexistent/callers.json"], {}, "--callers"),
    (
        "unreadable TLS certificate",
        [*UPSTREAM, "--tls-cert", "/nonexistent.crt", "--tls-key", "/nonexistent.key"],
        {},
        "--tls-cert",
    ),
    ("certificate without key", [*UPSTREAM, "--tls-cert", "/etc/hostname"], {}, "--tls-cert"),
    (
        "client CA without a server certificate",
        [*UPSTREAM, "--tls-client-ca", "/etc/hostname"],
        {},
        "--tls-client-ca",
    ),
    ("app id without token", [*UPSTREAM], {"VOUCHERIFY_APP_ID": "id"}, "VOUCHERIFY_APP_TOKEN"),
    ("open on a network address", [*UPSTREAM, "--listen", "0.0.0.0:50999"], {}, "--listen"),
    ("stand-in and an upstream", [*UPSTREAM, "--stand-in"], {}, "--stand-in"),
    ("several workers on the stand-in", ["--stand-in", "--workers", "2"], {}, "--workers"),
]


@pytest.mark.parametrize(
    ("args", "env", "named"), [case[1:] for case in BAD_SETTINGS], ids=[case[0] for case in BAD_SETTINGS]
)
def test_a_bad_setting_is_one_line_and_exit_2(args: list[str], env: dict[str, str], named: str) -> None:
    done = run_cli("serve", *args, env=bare_env(**env))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"voucher-gateway serve: error: {named}:"), lines[0]
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not valid JSON"),
        (json.dumps({"callers": [{"name": "x", "token_sha256": "abc", "methods": ["*"]}]}), "64 hex digits"),
        (
            json.dumps(
                {"callers": [{"name": "x", "token_sha256": sha256("t"), "methods": ["voucherify.v1.Nope/*"]}]}
            ),
            "not a method this gateway serves",
        ),
        (
            json.dumps({"callers": [{"name": "x", "methods": ["voucherify.v1.CustomerService/*"]}]}),
            "needs token",
        ),
    ],
)
def test_a_bad_callers_file_is_refused_at_start(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "callers.json"
    path.write_text(content)
    done = run_cli("serve", *UPSTREAM, "--callers", str(path))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and problem in done.stderr, done.stderr


def test_a_taken_port_is_a_one_line_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_cli("serve", *UPSTREAM, "--listen", f"127.0.0.1:{port}")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"voucher-gateway serve: error: --listen: cannot listen on 127.0.0.1:{port}: Address already in use"
    ]


@asynccontextmanager
async def gateway_process(*args: str, env: dict[str, str]) -> AsyncIterator[asyncio.subprocess.Process]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "voucher_gateway.cli",
        "serve",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def wait_serving(channel: grpc.aio.Channel) -> None:
    health: Any = health_pb2_grpc.HealthStub(channel)
    answer = await health.Check(
        health_pb2.HealthCheckRequest(service="voucherify.v1.RedemptionService"),
        wait_for_ready=True,
        timeout=30,
    )
    assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_serve_runs_on_the_stand_in_when_asked_and_stops_on_sigterm() -> None:
    address = f"127.0.0.1:{free_port()}"
    async with gateway_process(
        "--stand-in", "--grace-period", "2", env=bare_env(GATEWAY_LISTEN=address)
    ) as process:
        async with grpc.aio.insecure_channel(address) as channel:
            await wait_serving(channel)
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            listing = await stub.ListVoucherRedemptions(
                redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER), timeout=10
            )
            assert listing.total == 6 and len(listing.redemption_entries) == 6
            second = await asyncio.to_thread(run_cli, "serve", "--stand-in", "--listen", address)
            assert second.returncode == 2 and "Address already in use" in second.stderr
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=15)
        output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    assert "embedded local stand-in" in output
    assert "voucherify-dev-app-token" not in output


async def test_callers_file_reloads_on_sighup_without_interrupting(tmp_path: Path) -> None:
    """Tokens, TLS, and SIGHUP together, as an operator rotates a caller's token."""
    ca = CertificateAuthority()
    cert, key = ca.issue("gateway", dns=("localhost",), ips=("127.0.0.1",)).write(tmp_path, "server")
    reads = ["voucherify.v1.RedemptionService/ListVoucherRedemptions"]
    path = callers_file(
        tmp_path, [{"name": "support-ui", "token_sha256": sha256("old-token"), "methods": reads}]
    )
    port = free_port()
    env = bare_env()
    args = (
        "--stand-in",
        "--listen",
        f"127.0.0.1:{port}",
        "--callers",
        str(path),
        "--tls-cert",
        str(cert),
        "--tls-key",
        str(key),
    )
    async with gateway_process(*args, env=env) as process:
        credentials = grpc.ssl_channel_credentials(ca.cert_pem)
        async with grpc.aio.secure_channel(f"localhost:{port}", credentials) as channel:
            await wait_serving(channel)
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            request = redemption_service_pb2.ListVoucherRedemptionsRequest(code=SEED_VOUCHER)

            async def call(token: str) -> grpc.StatusCode:
                try:
                    await stub.ListVoucherRedemptions(
                        request, metadata=[("authorization", f"Bearer {token}")], timeout=10
                    )
                except grpc.aio.AioRpcError as error:
                    assert rich_details(error)["ErrorInfo"].domain == "voucher-gateway"
                    return error.code()
                return grpc.StatusCode.OK

            assert await call("old-token") == grpc.StatusCode.OK
            assert await call("new-token") == grpc.StatusCode.UNAUTHENTICATED
            callers_file(
                tmp_path, [{"name": "support-ui", "token_sha256": sha256("new-token"), "methods": reads}]
            )
            process.send_signal(signal.SIGHUP)
            for _ in range(100):
                if await call("new-token") == grpc.StatusCode.OK:
                    break
                await asyncio.sleep(0.05)
            assert await call("new-token") == grpc.StatusCode.OK
            assert await call("old-token") == grpc.StatusCode.UNAUTHENTICATED
            # A broken file on reload keeps the callers in force.
            path.write_text("{broken")
            process.send_signal(signal.SIGHUP)
            await asyncio.sleep(0.3)
            assert await call("new-token") == grpc.StatusCode.OK
        assert process.returncode is None, "SIGHUP must not stop the gateway"
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=15)
        output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    assert "callers reloaded" in output and "keeping the current callers" in output
    for secret in ("old-token", "new-token", "voucherify-dev-app-token"):
        assert secret not in output


async def test_workers_share_the_port_and_stop_together() -> None:
    with ScriptedUpstream(
        lambda _: Answer(200, load_fixture("redeem_voucher_response_gift_card.json"))
    ) as upstream:
        address = f"127.0.0.1:{free_port()}"
        env = bare_env(VOUCHERIFY_APP_ID="app", VOUCHERIFY_APP_TOKEN="token")
        async with gateway_process(
            "--upstream", upstream.url, "--listen", address, "--workers", "2", env=env
        ) as process:
            for _ in range(6):
                async with grpc.aio.insecure_channel(address) as channel:
                    await wait_serving(channel)
                    stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
                    got = await stub.GetRedemption(
                        redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1"), timeout=10
                    )
                    assert got.id
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), timeout=20)
            output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    listening = {json.loads(line)["pid"] for line in output.splitlines() if "listening on" in line}
    assert len(listening) == 2, output
    assert len(upstream.requests) == 6


async def test_insecure_serves_a_network_address_and_warns_at_start() -> None:
    port = free_port()
    args = ("--stand-in", "--listen", f"0.0.0.0:{port}", "--insecure", "--log-format", "text")
    async with gateway_process(*args, env=bare_env()) as process:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            await wait_serving(channel)
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), timeout=15)
        output = (await process.stdout.read()).decode() if process.stdout else ""
    assert process.returncode == 0, output
    warnings = [line for line in output.splitlines() if "WARNING" in line and "--insecure" in line]
    assert len(warnings) == 1, output
