"""What a client needs to reach Voucherify: base URL, credentials, timeouts, retries.

Checked when the client is built, so a missing token fails at start-up instead of at the first call.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ._retry import RetryPolicy

#: Voucherify's default cluster (Europe); other clusters have their own host, e.g. us1.api.voucherify.io.
DEFAULT_BASE_URL = "https://api.voucherify.io"
#: 10 s for each read, write and pool wait, 5 s to connect. A call may take longer in all when it is
#: retried: `RetryPolicy.budget` bounds when the last retry may start.
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)

ENV_URL = "VOUCHERIFY_API_URL"
ENV_APP_ID = "VOUCHERIFY_APP_ID"
ENV_APP_TOKEN = "VOUCHERIFY_APP_TOKEN"
ENV_BEARER_TOKEN = "VOUCHERIFY_BEARER_TOKEN"


class Credentials(httpx.Auth):
    """Voucherify's credential headers, added to each request as it leaves.

    Kept out of the clients' default headers so that no repr (the generated client's, httpx's) shows them.
    """

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = dict(headers)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return f"Credentials({', '.join(self._headers)}: ***)"


@dataclass(frozen=True)
class Settings:
    base_url: str
    auth: Credentials
    headers: Mapping[str, str]
    timeout: httpx.Timeout
    retry: RetryPolicy


def _auth_headers(app_id: str | None, app_token: str | None, bearer_token: str | None) -> dict[str, str]:
    if bearer_token and (app_id or app_token):
        raise ValueError("give either app_id and app_token, or bearer_token, not both")
    if bearer_token:
        return {"Authorization": f"Bearer {bearer_token}"}
    if app_id and app_token:
        return {"X-App-Id": app_id, "X-App-Token": app_token}
    if app_id or app_token:
        raise ValueError("app_id and app_token go together: one of them is missing")
    raise ValueError("Voucherify credentials are missing: give app_id and app_token, or bearer_token")


def build_settings(
    *,
    base_url: str,
    app_id: str | None,
    app_token: str | None,
    bearer_token: str | None,
    timeout: float | httpx.Timeout,
    retry: RetryPolicy,
    user_agent: str,
) -> Settings:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http:// or https:// URL, got {base_url!r}")
    return Settings(
        base_url=base_url.rstrip("/"),
        auth=Credentials(_auth_headers(app_id, app_token, bearer_token)),
        headers={"User-Agent": user_agent},
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        retry=retry,
    )


@dataclass(frozen=True)
class EnvironmentSettings:
    base_url: str
    app_id: str | None
    app_token: str | None
    bearer_token: str | None


def read_environment(environ: Mapping[str, str] | None = None) -> EnvironmentSettings:
    """The base URL and credentials from `VOUCHERIFY_*` variables (empty counts as unset)."""
    env = os.environ if environ is None else environ
    found = EnvironmentSettings(
        base_url=env.get(ENV_URL) or DEFAULT_BASE_URL,
        app_id=env.get(ENV_APP_ID) or None,
        app_token=env.get(ENV_APP_TOKEN) or None,
        bearer_token=env.get(ENV_BEARER_TOKEN) or None,
    )
    try:
        _auth_headers(found.app_id, found.app_token, found.bearer_token)
    except ValueError as exc:
        raise ValueError(
            f"set {ENV_APP_ID} and {ENV_APP_TOKEN}, or {ENV_BEARER_TOKEN}, for the client: {exc}"
        ) from None
    return found
