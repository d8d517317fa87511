"""Callers over real channels: tokens, method lists, TLS and mutual TLS, and nothing sent upstream when refused."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from voucherify.v1 import (
    customer_service_pb2,
    customer_service_pb2_grpc,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from tests.certificates import CertificateAuthority, Issued
from tests.gateway_harness import rich_details
from tests.json_equivalence import load_fixture
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway.credentials import Credentials
from voucher_gateway.server import Gateway, read_callers, server_credentials
from voucher_gateway.settings import Settings
from voucher_gateway.upstream import Upstream

CHECKOUT_TOKEN = "checkout-7c1e9f0a-token"
SUPPORT_TOKEN = "support-5d2b8e44-token"
CHECKOUT_SPIFFE = "spiffe://payments.example/ns/prod/sa/checkout"
UPSTREAM_SECRET = "upstream-app-token-3f9a"


def sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


CALLERS = {
    "callers": [
        {
            "name": "checkout",
            "token_sha256": sha256(CHECKOUT_TOKEN),
            "methods": ["voucherify.v1.RedemptionService/*"],
        },
        {
            "name": "checkout-mesh",
            "client_san": CHECKOUT_SPIFFE,
            "methods": ["voucherify.v1.RedemptionService/*"],
        },
        {
            "name": "support-ui",
            "token_sha256": sha256(SUPPORT_TOKEN),
            "methods": [
                "voucherify.v1.RedemptionService/GetRedemption",
                "voucherify.v1.RedemptionService/ListVoucherRedemptions",
                "voucherify.v1.CustomerService/*",
            ],
        },
    ]
}


def answer(recorded: Recorded) -> Answer:
    if recorded.raw_path.startswith("/v1/customers/"):
        return Answer(200, load_fixture("customer_redeemables_list.json"))
    return Answer(200, load_fixture("redeem_voucher_response_gift_card.json"))


@pytest.fixture
def upstream() -> Iterator[ScriptedUpstream]:
    with ScriptedUpstream(answer) as server:
        yield server


@dataclass
class Tls:
    ca: CertificateAuthority
    cert: Path
    key: Path
    client_ca: Path | None


def tls_files(tmp_path: Path, *, mutual: bool) -> Tls:
    ca = CertificateAuthority()
    cert, key = ca.issue("gateway", dns=("localhost",), ips=("127.0.0.1",)).write(tmp_path, "server")
    client_ca = None
    if mutual:
        client_ca = tmp_path / "clients-ca.pem"
        client_ca.write_bytes(ca.cert_pem)
    return Tls(ca, cert, key, client_ca)


@asynccontextmanager
async def gateway(
    upstream: ScriptedUpstream, tmp_path: Path, tls: Tls | None = None
) -> AsyncIterator[Gateway]:
    callers_path = tmp_path / "callers.json"
    callers_path.write_text(json.dumps(CALLERS))
    settings = Settings(
        tls_cert=tls.cert if tls else None,
        tls_key=tls.key if tls else None,
        tls_client_ca=tls.client_ca if tls else None,
    )
    server = Gateway(
        Upstream(upstream.url, Credentials("app", UPSTREAM_SECRET)),
        "127.0.0.1:0",
        credentials=server_credentials(settings),
        callers=read_callers(callers_path),
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop(grace=1.0)


def bearer(token: str) -> list[tuple[str, str]]:
    return [("authorization", f"Bearer {token}")]


REDEEM = redemption_service_pb2.RedeemVoucherRequest(code="CODE14")
GET = redemption_service_pb2.GetRedemptionRequest(redemption_id="r_1")


async def refused(call: Any) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


async def test_tokens_and_method_lists(
    upstream: ScriptedUpstream, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with gateway(upstream, tmp_path) as server, grpc.aio.insecure_channel(server.address) as channel:
        redemptions = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
        customers = customer_service_pb2_grpc.CustomerServiceStub(channel)

        no_token = await refused(redemptions.RedeemVoucher(REDEEM, timeout=5))
        assert no_token.code() == grpc.StatusCode.UNAUTHENTICATED
        info = rich_details(no_token)["ErrorInfo"]
        assert (info.reason, info.domain) == ("CALLER_UNAUTHENTICATED", "voucher-gateway")

        wrong = await refused(redemptions.RedeemVoucher(REDEEM, metadata=bearer("guess"), timeout=5))
        assert wrong.code() == grpc.StatusCode.UNAUTHENTICATED
        basic = await refused(
            redemptions.GetRedemption(GET, metadata=[("authorization", "Basic eDp5")], timeout=5)
        )
        assert basic.code() == grpc.StatusCode.UNAUTHENTICATED

        read_only = await refused(
            redemptions.RedeemVoucher(REDEEM, metadata=bearer(SUPPORT_TOKEN), timeout=5)
        )
        assert read_only.code() == grpc.StatusCode.PERMISSION_DENIED
        info = rich_details(read_only)["ErrorInfo"]
        assert (info.reason, info.domain) == ("METHOD_NOT_ALLOWED", "voucher-gateway")
        assert info.metadata["method"] == "voucherify.v1.RedemptionService/RedeemVoucher"
        assert upstream.requests == [], "a refused call must not reach Voucherify"

        redeemed = await redemptions.RedeemVoucher(REDEEM, metadata=bearer(CHECKOUT_TOKEN), timeout=5)
        assert redeemed.result == "SUCCESS"
        assert len(upstream.requests) == 1
        assert upstream.requests[0].headers["x-app-token"] == UPSTREAM_SECRET
        assert "authorization" not in upstream.requests[0].headers, "the caller's gateway token stays here"

        read = await redemptions.GetRedemption(GET, metadata=bearer(SUPPORT_TOKEN), timeout=5)
        assert read.id
        page = await customers.ListCustomerRedeemables(
            customer_service_pb2.ListCustomerRedeemablesRequest(customer_id="cust_1"),
            metadata=bearer(SUPPORT_TOKEN),
            timeout=5,
        )
        assert page.data
        assert len(upstream.requests) == 3

        health: Any = health_pb2_grpc.HealthStub(channel)
        assert (await health.Check(health_pb2.HealthCheckRequest(), timeout=5)).status == (
            health_pb2.HealthCheckResponse.SERVING
        )

    logged = caplog.text
    assert "support-ui" in logged and "RedeemVoucher" in logged
    for secret in (CHECKOUT_TOKEN, SUPPORT_TOKEN, UPSTREAM_SECRET, "guess"):
        assert secret not in logged


async def test_the_callers_own_voucherify_bearer_travels_apart(
    upstream: ScriptedUpstream, tmp_path: Path
) -> None:
    async with gateway(upstream, tmp_path) as server, grpc.aio.insecure_channel(server.address) as channel:
        stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
        metadata = [*bearer(SUPPORT_TOKEN), ("x-voucherify-authorization", "Bearer callers-own-voucherify")]
        await stub.GetRedemption(GET, metadata=metadata, timeout=5)
    headers = upstream.requests[-1].headers
    assert headers["authorization"] == "Bearer callers-own-voucherify"
    assert SUPPORT_TOKEN not in json.dumps(headers)


async def test_tls_with_a_token(upstream: ScriptedUpstream, tmp_path: Path) -> None:
    tls = tls_files(tmp_path, mutual=False)
    async with gateway(upstream, tmp_path, tls) as server:
        credentials = grpc.ssl_channel_credentials(tls.ca.cert_pem)
        async with grpc.aio.secure_channel(f"localhost:{server.port}", credentials) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            assert (await stub.GetRedemption(GET, metadata=bearer(SUPPORT_TOKEN), timeout=5)).id
        async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as plaintext:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(plaintext)
            error = await refused(stub.GetRedemption(GET, metadata=bearer(SUPPORT_TOKEN), timeout=2))
            assert error.code() == grpc.StatusCode.UNAVAILABLE
    assert len(upstream.requests) == 1


def client_credentials(ca: CertificateAuthority, client: Issued | None) -> grpc.ChannelCredentials:
    if client is None:
        return grpc.ssl_channel_credentials(ca.cert_pem)
    return grpc.ssl_channel_credentials(ca.cert_pem, client.key_pem, client.cert_pem)


async def test_mutual_tls_identifies_callers_by_certificate(
    upstream: ScriptedUpstream, tmp_path: Path
) -> None:
    tls = tls_files(tmp_path, mutual=True)
    checkout = tls.ca.issue("checkout", uris=(CHECKOUT_SPIFFE,))
    stranger = tls.ca.issue("stranger", uris=("spiffe://payments.example/ns/prod/sa/stranger",))
    other_ca_client = CertificateAuthority("another CA").issue("checkout", uris=(CHECKOUT_SPIFFE,))

    async def call(client: Issued | None, metadata: list[tuple[str, str]] | None = None) -> grpc.StatusCode:
        async with grpc.aio.secure_channel(
            f"localhost:{server.port}", client_credentials(tls.ca, client)
        ) as channel:
            stub = redemption_service_pb2_grpc.RedemptionServiceStub(channel)
            try:
                await stub.RedeemVoucher(REDEEM, metadata=metadata, timeout=3)
            except grpc.aio.AioRpcError as error:
                return error.code()
            return grpc.StatusCode.OK

    async with gateway(upstream, tmp_path, tls) as server:
        assert await call(None) == grpc.StatusCode.UNAVAILABLE, "no client certificate: no handshake"
        assert await call(other_ca_client) == grpc.StatusCode.UNAVAILABLE, "another CA: no handshake"
        assert upstream.requests == []
        assert await call(stranger) == grpc.StatusCode.UNAUTHENTICATED
        assert await call(stranger, bearer(SUPPORT_TOKEN)) == grpc.StatusCode.PERMISSION_DENIED
        assert upstream.requests == []
        assert await call(checkout) == grpc.StatusCode.OK
        assert await call(stranger, bearer(CHECKOUT_TOKEN)) == grpc.StatusCode.OK
    assert len(upstream.requests) == 2
