"""A gateway over a real gRPC channel in front of the stand-in, recording the stand-in's raw answers."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import grpc
import httpx
import pytest

from tests.certificates import CertificateAuthority
from tests.emulator.support import AUTH, Seeder
from voucher_gateway.credentials import Credentials
from voucher_gateway.server import Gateway, read_callers, server_credentials
from voucher_gateway.settings import Settings
from voucher_gateway.upstream import HttpRequest, HttpResponse, Transport, Upstream
from voucher_gateway.upstream.reqwest_transport import ReqwestTransport
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN
from voucherify_stand_in.server import EmulatorServer


@dataclass
class Exchange:
    method: str
    raw_path: str
    status: int
    body: Any


class RecordingTransport:
    """Wraps a transport (the default one unless given), keeping every upstream answer as received."""

    def __init__(self, inner: Transport | None = None) -> None:
        self._inner = inner or ReqwestTransport()
        self.exchanges: list[Exchange] = []

    async def send(self, request: HttpRequest) -> HttpResponse:
        response = await self._inner.send(request)
        url = urlsplit(request.url)
        self.exchanges.append(
            Exchange(
                request.method,
                f"{url.path}?{url.query}" if url.query else url.path,
                response.status,
                json.loads(bytes(response.body)) if response.body else None,
            )
        )
        return response

    def last(self) -> Exchange:
        return self.exchanges[-1]

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture(scope="session")
def stand_in() -> Iterator[EmulatorServer]:
    server = EmulatorServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
async def seed(stand_in: EmulatorServer) -> AsyncIterator[Seeder]:
    """Puts data into the stand-in the way it goes into Voucherify."""
    async with httpx.AsyncClient(base_url=stand_in.url, headers=AUTH) as api:
        yield Seeder(api)


@dataclass
class RunningGateway:
    channel: grpc.aio.Channel
    transport: RecordingTransport
    address: str
    #: For the TLS gateway: the CA file that signed its certificate, and a caller token it accepts.
    ca_file: Path | None = None
    token: str | None = None


@pytest.fixture(scope="session")
async def gateway(stand_in: EmulatorServer) -> AsyncIterator[RunningGateway]:
    transport = RecordingTransport()
    upstream = Upstream(stand_in.url, Credentials(DEFAULT_APP_ID, DEFAULT_APP_TOKEN), transport=transport)
    server = Gateway(upstream, "127.0.0.1:0")
    await server.start()
    channel = grpc.aio.insecure_channel(server.address)
    yield RunningGateway(channel, transport, server.address)
    await channel.close()
    await server.stop(grace=1.0)


SECURE_TOKEN = "node-caller-token-1b7d"


@pytest.fixture(scope="session")
async def secure_gateway(
    stand_in: EmulatorServer, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RunningGateway]:
    """The gateway as deployed: TLS, and a callers file with one token allowed every method."""
    directory = tmp_path_factory.mktemp("secure-gateway")
    ca = CertificateAuthority()
    cert, key = ca.issue("gateway", dns=("localhost",), ips=("127.0.0.1",)).write(directory, "server")
    ca_file = directory / "ca.pem"
    ca_file.write_bytes(ca.cert_pem)
    callers = directory / "callers.json"
    digest = hashlib.sha256(SECURE_TOKEN.encode()).hexdigest()
    services = ["voucherify.v1.RedemptionService/*", "voucherify.v1.CustomerService/*"]
    callers.write_text(
        json.dumps({"callers": [{"name": "node", "token_sha256": digest, "methods": services}]})
    )
    transport = RecordingTransport()
    upstream = Upstream(stand_in.url, Credentials(DEFAULT_APP_ID, DEFAULT_APP_TOKEN), transport=transport)
    server = Gateway(
        upstream,
        "127.0.0.1:0",
        credentials=server_credentials(Settings(tls_cert=cert, tls_key=key)),
        callers=read_callers(callers),
    )
    await server.start()
    channel = grpc.aio.secure_channel(f"localhost:{server.port}", grpc.ssl_channel_credentials(ca.cert_pem))
    yield RunningGateway(channel, transport, f"localhost:{server.port}", ca_file, SECURE_TOKEN)
    await channel.close()
    await server.stop(grace=1.0)
