"""What the gateway takes from its host: the event loop it runs on, and the proxy the environment names."""

from __future__ import annotations

import asyncio
import sys

import pytest
import uvloop
from voucherify.v1 import redemption_service_pb2, redemption_service_pb2_grpc

from tests.gateway_harness import running_gateway
from tests.scripted_upstream import ScriptedUpstream
from voucher_gateway import eventloop
from voucher_gateway.credentials import Credentials
from voucher_gateway.upstream.pool import env_proxy


async def _loop_type() -> type[asyncio.AbstractEventLoop]:
    return type(asyncio.get_running_loop())


def test_the_gateway_runs_on_uvloop_when_it_is_installed() -> None:
    assert eventloop.run(_loop_type()) is uvloop.Loop


def test_without_uvloop_the_gateway_runs_on_asyncios_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # makes `import uvloop` fail
    assert not issubclass(eventloop.run(_loop_type()), uvloop.Loop)


async def test_the_proxy_named_by_the_environment_carries_the_upstream_requests(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    with ScriptedUpstream() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with running_gateway("http://voucherify.invalid", Credentials("app", "token")) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            await stub.GetRedemption(
                redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1"), timeout=10
            )
    assert [r.request_line for r in proxy.requests] == [
        "GET http://voucherify.invalid/v1/redemptions/r_1 HTTP/1.1"
    ]


def test_no_proxy_exempts_the_upstream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.setenv("NO_PROXY", "api.voucherify.io")
    monkeypatch.delenv("no_proxy", raising=False)
    assert env_proxy("https://api.voucherify.io") is None
    assert env_proxy("https://voucherify.example") == "http://proxy.invalid:3128"
