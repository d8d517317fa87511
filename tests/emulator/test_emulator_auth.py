"""Authentication as Voucherify does it: X-App-Id + X-App-Token, or a Bearer token; 401 otherwise."""

from __future__ import annotations

import httpx
import pytest

from tests.emulator.support import SpecValidator
from voucherify_stand_in.credentials import (
    DEFAULT_APP_ID,
    DEFAULT_APP_TOKEN,
    DEFAULT_BEARER_TOKEN,
    AcceptedCredentials,
)
from voucherify_stand_in.server import EmulatorServer

PATH = "/v1/vouchers/Test%20-%20FB%20-%20Vouchers%20-%209/redemption"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-App-Id": DEFAULT_APP_ID},
        {"X-App-Token": DEFAULT_APP_TOKEN},
        {"X-App-Id": DEFAULT_APP_ID, "X-App-Token": "wrong"},
        {"X-App-Id": "wrong", "X-App-Token": DEFAULT_APP_TOKEN},
        {"Authorization": "Bearer wrong"},
        {"Authorization": DEFAULT_BEARER_TOKEN},
        {"Authorization": f"Basic {DEFAULT_BEARER_TOKEN}"},
    ],
)
async def test_refused_without_valid_credentials(
    server: EmulatorServer, spec: SpecValidator, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(base_url=server.url, event_hooks={"response": [spec.hook]}) as raw:
        for response in (
            await raw.get(PATH, headers=headers),
            await raw.post(PATH, headers=headers, json={}),
            await raw.get("/v1/customers/cust_p1ufreYbVbwZ1x70nFkH9rF9/redeemables", headers=headers),
            await raw.get("/v1/redemptions/r_0bc92f81a6801f9bca", headers=headers),
            await raw.post("/v1/vouchers", headers=headers, json={"code": "X"}),
        ):
            assert response.status_code == 401
            body = response.json()
            assert body["code"] == 401 and body["key"] == "unauthorized" and body["message"] == "Unauthorized"


@pytest.mark.parametrize(
    "headers",
    [
        {"X-App-Id": DEFAULT_APP_ID, "X-App-Token": DEFAULT_APP_TOKEN},
        {"Authorization": f"Bearer {DEFAULT_BEARER_TOKEN}"},
        {"Authorization": f"bearer {DEFAULT_BEARER_TOKEN}"},
        {"X-App-Id": DEFAULT_APP_ID, "X-App-Token": DEFAULT_APP_TOKEN, "Authorization": "Bearer other"},
    ],
)
async def test_accepted_credentials(server: EmulatorServer, headers: dict[str, str]) -> None:
    async with httpx.AsyncClient(base_url=server.url) as raw:
        assert (await raw.get(PATH, headers=headers)).status_code == 200


def test_credentials_come_from_the_environment() -> None:
    accepted = AcceptedCredentials.from_env(
        {"VOUCHERIFY_APP_ID": "id1", "VOUCHERIFY_APP_TOKEN": "tok1", "VOUCHERIFY_BEARER_TOKEN": "b1"}
    )
    assert accepted.check("id1", "tok1", None)
    assert accepted.check(None, None, "Bearer b1")
    assert not accepted.check(DEFAULT_APP_ID, DEFAULT_APP_TOKEN, None)
    defaults = AcceptedCredentials.from_env({})
    assert (defaults.app_id, defaults.app_token, defaults.bearer_token) == (
        DEFAULT_APP_ID,
        DEFAULT_APP_TOKEN,
        DEFAULT_BEARER_TOKEN,
    )
    assert "tok1" not in repr(accepted)


async def test_unknown_route_and_method(api: httpx.AsyncClient) -> None:
    assert (await api.get("/v1/nothing")).status_code == 404
    response = await api.delete("/v1/redemptions/r_0bc92f81a6801f9bca")
    assert response.status_code == 405 and response.json()["code"] == 405
    bad = await api.post(
        "/v1/vouchers/CODE14/redemption", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad.status_code == 400 and bad.json()["key"] == "invalid_payload"
