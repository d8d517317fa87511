"""Building a client: arguments or environment, checked at once; credentials and defaults on the wire."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.scripted_upstream import Answer, ScriptedUpstream
from voucherify_rest import (
    DEFAULT_BASE_URL,
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT,
    AsyncVoucherify,
    RetryPolicy,
    Voucherify,
    __version__,
)

LISTING = {"object": "list", "redemption_entries": []}


def test_from_env_with_the_app_pair() -> None:
    with ScriptedUpstream(lambda _: Answer(200, LISTING)) as upstream:
        env = {
            "VOUCHERIFY_API_URL": upstream.url,
            "VOUCHERIFY_APP_ID": "id-1",
            "VOUCHERIFY_APP_TOKEN": "tok-1",
        }
        with Voucherify.from_env(env) as client:
            client.vouchers.redemptions("A")
    headers = upstream.requests[0].headers
    assert (headers["x-app-id"], headers["x-app-token"]) == ("id-1", "tok-1")
    assert "authorization" not in headers
    assert headers["user-agent"] == f"voucherify-rest/{__version__}"


async def test_from_env_with_a_bearer_token() -> None:
    with ScriptedUpstream(lambda _: Answer(200, LISTING)) as upstream:
        env = {"VOUCHERIFY_API_URL": upstream.url + "/", "VOUCHERIFY_BEARER_TOKEN": "bt-1"}
        async with AsyncVoucherify.from_env(env) as client:
            await client.vouchers.redemptions("A")
    assert upstream.requests[0].headers["authorization"] == "Bearer bt-1"
    assert upstream.requests[0].raw_path == "/v1/vouchers/A/redemption"


def test_tracking_id_goes_in_the_query() -> None:
    with (
        ScriptedUpstream(lambda _: Answer(200, {"id": "r_1", "object": "redemption"})) as upstream,
        Voucherify(base_url=upstream.url, bearer_token="t") as client,
    ):
        client.redemptions.redeem("A B", tracking_id="track 1", metadata={"k": "v"})
    recorded = upstream.requests[0]
    assert recorded.raw_path == "/v1/vouchers/A%20B/redemption?tracking_id=track+1"
    assert json.loads(recorded.body) == {"metadata": {"k": "v"}}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "VOUCHERIFY_APP_ID and VOUCHERIFY_APP_TOKEN, or VOUCHERIFY_BEARER_TOKEN"),
        ({"VOUCHERIFY_APP_ID": "id"}, "one of them is missing"),
        ({"VOUCHERIFY_APP_TOKEN": "t", "VOUCHERIFY_APP_ID": "", "VOUCHERIFY_BEARER_TOKEN": ""}, "missing"),
        (
            {"VOUCHERIFY_APP_ID": "id", "VOUCHERIFY_APP_TOKEN": "t", "VOUCHERIFY_BEARER_TOKEN": "b"},
            "not both",
        ),
        ({"VOUCHERIFY_BEARER_TOKEN": "b", "VOUCHERIFY_API_URL": "api.voucherify.io"}, "http:// or https://"),
    ],
)
def test_from_env_refuses_incomplete_settings(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Voucherify.from_env(env)


def test_defaults() -> None:
    client = Voucherify(bearer_token="t")
    http = client.generated.get_httpx_client()
    assert str(http.base_url).rstrip("/") == DEFAULT_BASE_URL == "https://api.voucherify.io"
    assert http.timeout == DEFAULT_TIMEOUT == httpx.Timeout(10.0, connect=5.0)
    assert RetryPolicy(max_retries=2, budget=20.0, backoff=0.5, max_backoff=8.0) == DEFAULT_RETRY
    client.close()
    assert http.is_closed


def test_no_repr_shows_the_credentials() -> None:
    with Voucherify(app_id="the-id", app_token="s3cret-token") as client:
        shown = (
            repr(client.generated) + repr(client.generated.get_httpx_client().headers) + repr(vars(client))
        )
    assert "s3cret-token" not in shown
    assert "X-App-Token: ***" in repr(client.generated)


def test_a_timeout_in_seconds() -> None:
    with Voucherify(bearer_token="t", timeout=2.5) as client:
        assert client.generated.get_httpx_client().timeout == httpx.Timeout(2.5)


@pytest.mark.parametrize(
    "fields",
    [{"max_retries": -1}, {"budget": -1.0}, {"backoff": float("nan")}, {"max_backoff": float("inf")}],
)
def test_retry_policy_refuses_nonsense(fields: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**fields)  # type: ignore[arg-type]
