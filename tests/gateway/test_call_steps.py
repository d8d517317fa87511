"""Build, send, read: each step fails in its own way, and only a request that may have been sent can
leave a redemption's outcome unknown. Real gRPC channels, real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gzip
import json
import socket
import ssl
import zlib
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import struct_pb2
from voucherify.v1 import (
    customer_pb2,
    order_pb2,
    redemption_service_pb2,
    redemption_service_pb2_grpc,
)

from tests.certificates import CertificateAuthority
from tests.gateway_harness import rich_details, running_gateway
from tests.hostile_upstream import HostileUpstream, head
from tests.scripted_upstream import Answer, Recorded, ScriptedUpstream
from voucher_gateway import calls, errors
from voucher_gateway.codecs import list_voucher_redemptions, redeem_voucher
from voucher_gateway.credentials import Credentials
from voucher_gateway.upstream import Deadline, Upstream

CREDENTIALS = Credentials("gateway-app", "gateway-secret-token")
REDEEM = redemption_service_pb2.RedeemVoucherRequest(code="CODE")
LIST = redemption_service_pb2.ListVoucherRedemptionsRequest(code="CODE")
EMPTY_PAGE = {"object": "list", "redemption_entries": []}


def redemptions(channel: grpc.aio.Channel) -> Any:
    return redemption_service_pb2_grpc.RedemptionServiceStub(channel)


async def failure(call: Any) -> tuple[grpc.StatusCode, str, str]:
    """The code, ErrorInfo reason and message of a call that must fail."""
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code(), rich_details(caught.value)["ErrorInfo"].reason, caught.value.details() or ""


# Build: nothing has left the gateway.


async def test_a_request_json_cannot_carry_is_invalid_and_nothing_is_sent() -> None:
    metadata = struct_pb2.Struct()
    metadata.update({"ratio": float("nan")})
    request = redemption_service_pb2.RedeemVoucherRequest(code="CODE", metadata=metadata)
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            code, _, _ = await failure(redemptions(channel).RedeemVoucher(request))
    assert code == grpc.StatusCode.INVALID_ARGUMENT
    assert upstream.requests == []


async def test_a_request_the_gateway_fails_to_build_is_internal_not_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(request: Any) -> Any:
        raise TypeError("a bug while building")

    monkeypatch.setattr(redeem_voucher, "CODEC", dataclasses.replace(redeem_voucher.CODEC, encode=broken))
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            code, reason, message = await failure(redemptions(channel).RedeemVoucher(REDEEM))
    assert (code, reason) == (grpc.StatusCode.INTERNAL, "REQUEST_NOT_BUILT")
    assert "nothing was sent" in message
    assert upstream.requests == []


async def test_caller_credentials_http_cannot_carry_are_refused_before_sending() -> None:
    metadata = (("x-app-id", "caller-app"), ("x-app-token", "caller-secret-token "))
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            with pytest.raises(grpc.aio.AioRpcError) as caught:
                await redemptions(channel).RedeemVoucher(REDEEM, metadata=metadata)
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    details = rich_details(caught.value)
    assert details["ErrorInfo"].reason == "MALFORMED_CREDENTIALS"
    assert details["BadRequest"].field_violations[0].field == "x-app-token"
    assert "secret" not in (caught.value.details() or "") + str(details)
    assert upstream.requests == []


async def test_malformed_configured_credentials_are_the_operators_to_fix() -> None:
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, Credentials("gateway-app", "token\n")) as channel:
            code, reason, _ = await failure(redemptions(channel).RedeemVoucher(REDEEM))
    assert (code, reason) == (grpc.StatusCode.INTERNAL, "GATEWAY_CREDENTIALS_MALFORMED")
    assert upstream.requests == []


# Send: whether the request may have left decides.


async def test_a_refused_connection_leaves_a_redemption_safe_to_retry() -> None:
    with ScriptedUpstream() as upstream:
        pass  # Closed: its port now refuses connections.
    async with running_gateway(upstream.url, CREDENTIALS) as channel:
        code, reason, message = await failure(redemptions(channel).RedeemVoucher(REDEEM, timeout=10))
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNREACHABLE")
    assert "nothing was sent" in message
    assert upstream.requests == []


async def test_an_upstream_url_that_is_not_http_sends_nothing() -> None:
    async with running_gateway("ftp://127.0.0.1:21", CREDENTIALS) as channel:
        code, reason, _ = await failure(redemptions(channel).RedeemVoucher(REDEEM, timeout=10))
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNREACHABLE")


async def test_an_upstream_certificate_is_verified_against_ssl_cert_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An untrusted certificate fails the handshake, before anything is written; SSL_CERT_FILE trusts it."""
    ca = CertificateAuthority()
    cert, key = ca.issue("upstream", dns=("localhost",), ips=("127.0.0.1",)).write(tmp_path, "upstream")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with ScriptedUpstream(lambda _: Answer(200, EMPTY_PAGE), tls=context) as upstream:
        assert upstream.url.startswith("https://")
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            code, reason, message = await failure(redemptions(channel).RedeemVoucher(REDEEM, timeout=10))
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            page = await redemptions(channel).ListVoucherRedemptions(LIST, timeout=10)
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNREACHABLE")
    assert "nothing was sent" in message
    assert page.object == "list"
    assert [r.method for r in upstream.requests] == ["GET"]


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_compressed_answer_is_read_as_sent(encoding: str) -> None:
    """The gateway asks for compressed answers (gzip, deflate, br, zstd) and reads them."""
    body = json.dumps({"object": "list", "redemption_entries": [], "total": 7}).encode()
    packed = gzip.compress(body) if encoding == "gzip" else zlib.compress(body)
    with ScriptedUpstream(
        lambda _: Answer(
            200, raw=packed, headers={"Content-Encoding": encoding, "Content-Type": "application/json"}
        )
    ) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            page = await redemptions(channel).ListVoucherRedemptions(LIST, timeout=10)
    assert (page.object, page.total) == ("list", 7)
    offered = {name.strip() for name in upstream.requests[0].headers["accept-encoding"].split(",")}
    assert offered == {"gzip", "deflate", "br", "zstd"}


async def test_a_chunked_answer_is_read_whole() -> None:
    """An answer without Content-Length, in several chunks that arrive apart, is joined in order."""
    payload = json.dumps({"object": "list", "redemption_entries": [], "total": 7}).encode()
    pieces = [payload[:10], payload[10:25], payload[25:]]

    async def in_chunks(writer: asyncio.StreamWriter) -> None:
        writer.write(head(Transfer_Encoding="chunked"))
        for piece in pieces:
            writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            await writer.drain()
            await asyncio.sleep(0.05)
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    with HostileUpstream(in_chunks) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            page = await redemptions(channel).ListVoucherRedemptions(LIST, timeout=10)
    assert (page.object, page.total) == ("list", 7)


async def test_a_connection_dropped_after_the_redemption_arrived_is_an_unknown_outcome() -> None:
    with ScriptedUpstream(lambda _: Answer(drop=True)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            code, reason, _ = await failure(redemptions(channel).RedeemVoucher(REDEEM, timeout=10))
    assert (code, reason) == (grpc.StatusCode.UNKNOWN, "REDEMPTION_OUTCOME_UNKNOWN")
    assert [r.method for r in upstream.requests] == ["POST"]


async def test_a_read_whose_connection_dropped_is_unavailable_and_sent_once() -> None:
    with ScriptedUpstream(lambda _: Answer(drop=True)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            code, reason, _ = await failure(redemptions(channel).ListVoucherRedemptions(LIST, timeout=10))
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_CONNECTION_FAILED")
    assert len(upstream.requests) == 1


@pytest.mark.parametrize(
    ("redeem", "code", "reason"),
    [
        (True, grpc.StatusCode.UNKNOWN, "REDEMPTION_OUTCOME_UNKNOWN"),
        (False, grpc.StatusCode.DEADLINE_EXCEEDED, "UPSTREAM_TIMEOUT"),
    ],
    ids=["redemption", "read"],
)
async def test_the_upstream_timeout_after_sending(redeem: bool, code: grpc.StatusCode, reason: str) -> None:
    with ScriptedUpstream(lambda _: Answer(200, EMPTY_PAGE, delay=1.5)) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS, upstream_timeout=0.3) as channel:
            stub = redemptions(channel)
            call = (
                stub.RedeemVoucher(REDEEM, timeout=10)
                if redeem
                else stub.ListVoucherRedemptions(LIST, timeout=10)
            )
            assert (await failure(call))[:2] == (code, reason)
    assert len(upstream.requests) == 1


async def test_a_connection_that_never_opens_leaves_a_redemption_safe_to_retry() -> None:
    """The upstream's listen queue is full, so the connect hangs: it gives up within half the upstream
    timeout, known never to have sent anything, before the deadline could leave the outcome unknown."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = [socket.socket() for _ in range(4)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    filler.connect(("127.0.0.1", port))
            async with running_gateway(
                f"http://127.0.0.1:{port}", CREDENTIALS, upstream_timeout=2.0
            ) as channel:
                code, reason, message = await failure(redemptions(channel).RedeemVoucher(REDEEM, timeout=10))
        finally:
            for filler in fillers:
                filler.close()
    assert (code, reason) == (grpc.StatusCode.UNAVAILABLE, "UPSTREAM_UNREACHABLE")
    assert "nothing was sent" in message


async def test_a_request_still_waiting_for_a_pooled_connection_was_not_sent() -> None:
    """The one connection is busy; the redemption times out waiting for it, never sent."""
    loop = asyncio.get_running_loop()
    arrived = asyncio.Event()

    def slow(recorded: Recorded) -> Answer:
        loop.call_soon_threadsafe(arrived.set)
        return Answer(200, EMPTY_PAGE, delay=2.0)

    with ScriptedUpstream(slow) as upstream:
        upstream_pool = Upstream(upstream.url, CREDENTIALS, max_connections=1)
        try:
            busy_request = upstream_pool.request(list_voucher_redemptions.CODEC.encode(LIST), None)
            busy = asyncio.ensure_future(upstream_pool.send(busy_request, Deadline(10, callers=False)))
            await asyncio.wait_for(arrived.wait(), timeout=5)
            waiting = upstream_pool.request(redeem_voucher.CODEC.encode(REDEEM), None)
            with pytest.raises(errors.RpcError) as caught:
                await calls.send(upstream_pool, redeem_voucher.CODEC, waiting, Deadline(0.3, callers=False))
            assert (await busy).status == 200
        finally:
            await upstream_pool.aclose()
    assert caught.value.code == grpc.StatusCode.UNAVAILABLE
    assert caught.value.details[0].reason == "UPSTREAM_UNREACHABLE"
    assert not waiting.sent
    assert [r.method for r in upstream.requests] == ["GET"]


# What goes on the wire.


async def test_a_redemption_goes_out_as_the_generated_client_describes_it() -> None:
    metadata = struct_pb2.Struct()
    metadata.update({"lane": 0, "express": False})
    request = redemption_service_pb2.RedeemVoucherRequest(
        code="Summer 2026/../x",
        tracking_id="track me",
        customer=customer_pb2.Customer(source_id="alice", name=""),
        order=order_pb2.Order(amount=9_007_199_254_740_993, items=[order_pb2.OrderItem(quantity=2)]),
        metadata=metadata,
    )
    with ScriptedUpstream() as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            await redemptions(channel).RedeemVoucher(request)
    (sent,) = upstream.requests
    assert sent.request_line == (
        "POST /v1/vouchers/Summer%202026%2F%2E%2E%2Fx/redemption?tracking_id=track+me HTTP/1.1"
    )
    assert sent.headers["content-type"] == "application/json"
    assert (sent.headers["x-app-id"], sent.headers["x-app-token"]) == ("gateway-app", "gateway-secret-token")
    assert json.loads(sent.body) == {
        "customer": {"source_id": "alice", "name": ""},
        "order": {"amount": 9_007_199_254_740_993, "items": [{"quantity": 2}]},
        "metadata": {"lane": 0, "express": False},
    }


async def test_cookies_set_by_the_upstream_never_reach_another_call() -> None:
    answer = Answer(200, EMPTY_PAGE, headers={"Set-Cookie": "session=caller-a; Path=/"})
    with ScriptedUpstream(lambda _: answer) as upstream:
        async with running_gateway(upstream.url, CREDENTIALS) as channel:
            await redemptions(channel).ListVoucherRedemptions(LIST)
            await redemptions(channel).ListVoucherRedemptions(LIST)
    assert [r.headers.get("cookie") for r in upstream.requests] == [None, None]
