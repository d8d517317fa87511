"""Fixtures: one stand-in on 127.0.0.1 per session (injected clock), clients that validate every reply."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from voucherify_client import Client

from tests.emulator.support import AUTH, BASE_NOW, Seeder, SettableClock, SpecValidator
from voucherify_stand_in.credentials import AcceptedCredentials
from voucherify_stand_in.server import EmulatorServer


@pytest.fixture(scope="session")
def clock() -> SettableClock:
    return SettableClock()


@pytest.fixture(autouse=True)
def _reset_clock(clock: SettableClock) -> None:
    clock.set(BASE_NOW)


@pytest.fixture(scope="session")
def spec() -> SpecValidator:
    return SpecValidator()


@pytest.fixture(scope="session")
def server(clock: SettableClock) -> Iterator[EmulatorServer]:
    with EmulatorServer(clock=clock, credentials=AcceptedCredentials()) as running:
        yield running


@pytest.fixture(scope="session")
async def api(server: EmulatorServer, spec: SpecValidator) -> AsyncIterator[httpx.AsyncClient]:
    """Plain HTTP with credentials; replies of the documented operations are checked against the spec."""
    async with httpx.AsyncClient(
        base_url=server.url,
        headers=AUTH,
        event_hooks={"response": [spec.hook]},
        limits=httpx.Limits(max_connections=300, max_keepalive_connections=300),
        timeout=60,
    ) as client:
        yield client


@pytest.fixture(scope="session")
async def client(server: EmulatorServer, api: httpx.AsyncClient) -> Client:
    """The generated client over the validating HTTP client."""
    generated = Client(base_url=server.url, raise_on_unexpected_status=True)
    generated.set_async_httpx_client(api)
    return generated


@pytest.fixture(scope="session")
def seed(api: httpx.AsyncClient) -> Seeder:
    return Seeder(api)
