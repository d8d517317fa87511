"""One stand-in on 127.0.0.1 for the client layer's tests, and clients of both kinds in front of it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tests.emulator.support import AUTH, Seeder
from voucherify_rest import AsyncVoucherify, RetryPolicy, Voucherify
from voucherify_stand_in.credentials import AcceptedCredentials
from voucherify_stand_in.server import EmulatorServer

from .support import DEV_CREDENTIALS, SyncSeeder

#: Fast retries, so that the tests that exhaust them stay short.
QUICK_RETRY = RetryPolicy(max_retries=3, budget=5.0, backoff=0.01, max_backoff=0.05)


@pytest.fixture(scope="session")
def stand_in() -> Iterator[EmulatorServer]:
    with EmulatorServer(credentials=AcceptedCredentials()) as server:
        yield server


@pytest.fixture
def client(stand_in: EmulatorServer) -> Iterator[Voucherify]:
    with Voucherify(base_url=stand_in.url, retry=QUICK_RETRY, **DEV_CREDENTIALS) as voucherify:
        yield voucherify


@pytest.fixture
async def aclient(stand_in: EmulatorServer) -> AsyncIterator[AsyncVoucherify]:
    async with AsyncVoucherify(base_url=stand_in.url, retry=QUICK_RETRY, **DEV_CREDENTIALS) as voucherify:
        yield voucherify


@pytest.fixture(scope="session")
def sync_seed(stand_in: EmulatorServer) -> Iterator[SyncSeeder]:
    with httpx.Client(base_url=stand_in.url, headers=AUTH) as api:
        yield SyncSeeder(api)


@pytest.fixture(scope="session")
async def seed(stand_in: EmulatorServer) -> AsyncIterator[Seeder]:
    async with httpx.AsyncClient(base_url=stand_in.url, headers=AUTH) as api:
        yield Seeder(api)
