"""What `Voucherify` and `AsyncVoucherify` share: settings checked once, the generated client, `from_env`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx
from voucherify_client import Client

from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, build_settings, read_environment
from ._retry import DEFAULT_RETRY, RetryPolicy
from ._version import USER_AGENT


class ClientBase:
    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        settings = build_settings(
            base_url=base_url,
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            timeout=timeout,
            retry=retry,
            user_agent=USER_AGENT,
        )
        self._retry = settings.retry
        #: The generated client over the same connections and credentials: the escape hatch for
        #: `voucherify_client.api.*` functions this layer does not wrap.
        self.generated = Client(
            base_url=settings.base_url,
            headers=dict(settings.headers),
            timeout=settings.timeout,
            httpx_args={"auth": settings.auth, **({} if transport is None else {"transport": transport})},
        )

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> Self:
        """From `VOUCHERIFY_API_URL` (default https://api.voucherify.io), `VOUCHERIFY_APP_ID` and
        `VOUCHERIFY_APP_TOKEN`, or `VOUCHERIFY_BEARER_TOKEN`."""
        env = read_environment(environ)
        return cls(
            base_url=env.base_url,
            app_id=env.app_id,
            app_token=env.app_token,
            bearer_token=env.bearer_token,
            timeout=timeout,
            retry=retry,
        )
