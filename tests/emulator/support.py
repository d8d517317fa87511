"""Helpers for the stand-in's tests: a settable clock and OpenAPI validation of every response."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.operations import documented
from tests.spec_tree import SPEC_PATH
from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"X-App-Id": DEFAULT_APP_ID, "X-App-Token": DEFAULT_APP_TOKEN}

#: A Wednesday, noon UTC: the default "now" of every test.
BASE_NOW = datetime(2024, 5, 15, 12, 0, 0, tzinfo=UTC)

_counter = itertools.count(1)


def unique(prefix: str = "T") -> str:
    return f"{prefix}-{next(_counter)}-{datetime.now(UTC).strftime('%H%M%S%f')}"


class SettableClock:
    """The stand-in's injected clock; tests move it to exercise dates, weekdays and session TTLs."""

    def __init__(self, now: datetime = BASE_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class _Request:
    """openapi-core's view of an httpx request."""

    def __init__(self, request: httpx.Request) -> None:
        raw = request.url.raw_path.decode("ascii")
        path, _, query = raw.partition("?")
        self.host_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
        self.path = path
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(query, keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.data = response.content
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))


class SpecValidator:
    """Validates responses of the documented operations against openapi/voucherify.yaml."""

    def __init__(self, path: Path = SPEC_PATH) -> None:
        document = yaml.safe_load(path.read_text())
        # The spec names Voucherify's clusters; the stand-in runs on whatever host and port it was given.
        document["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(document)
        self.validated = 0

    @staticmethod
    def documented(request: httpx.Request) -> bool:
        """Whether the request calls one of the spec's operations (the table in tests/operations.json)."""
        return documented(request.method, request.url.raw_path.decode("ascii")) is not None

    def check(self, response: httpx.Response) -> None:
        if not self.documented(response.request):
            return
        self.openapi.validate_response(_Request(response.request), _Response(response))
        self.validated += 1

    async def hook(self, response: httpx.Response) -> None:
        await response.aread()
        self.check(response)


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
        response = await self.api.post(
            "/v1/publications", json={"voucher": code, "customer": customer, **fields}
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result
