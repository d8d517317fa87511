"""Fixtures: one stand-in on 127.0.0.1 per session (injected clock), clients that validate every reply."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from emulator.credentials import AcceptedCredentials
from emulator.server import EmulatorServer
from voucherify_client import Client

from tests.emulator.support import AUTH, BASE_NOW, SettableClock, SpecValidator


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


class Seeder:
    """Puts data in through the stand-in's own create endpoints (Voucherify's shapes)."""

    def __init__(self, api: httpx.AsyncClient) -> None:
        self.api = api

    async def voucher(self, code: str, **fields: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code, **fields}
        if not any(k in body for k in ("discount", "gift", "loyalty_card")):
            body["discount"] = {"type": "AMOUNT", "amount_off": 100}
        response = await self.api.post("/v1/vouchers", json=body)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def customer(self, source_id: str, **fields: Any) -> dict[str, Any]:
        response = await self.api.post("/v1/customers", json={"source_id": source_id, **fields})
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def publish(self, code: str, customer: dict[str, Any], **fields: Any) -> dict[str, Any]:
        response = await self.api.post("/v1/publications", json={"voucher": code, "customer": customer, **fields})
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


@pytest.fixture(scope="session")
def seed(api: httpx.AsyncClient) -> Seeder:
    return Seeder(api)
