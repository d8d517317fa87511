"""The one connection pool to Voucherify (or the stand-in), shared by every RPC in the process."""

from __future__ import annotations

import httpx
from voucherify_client import Client

from .credentials import ContextCredentialsAuth, Credentials


class Upstream:
    """Owns the generated client and the HTTP transport under it.

    The transport is a constructor argument so that a faster one can replace httpx's default
    without touching the services; the generated client only sees an `httpx.AsyncClient`.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: float = 30.0,
        max_connections: int = 100,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url
        self.credentials = credentials
        limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._http = httpx.AsyncClient(
            base_url=base_url,
            auth=ContextCredentialsAuth(credentials),
            timeout=httpx.Timeout(timeout),
            limits=limits,
            transport=transport,
            # A redemption is money: no retries at the transport level, ever.
            follow_redirects=False,
            headers={"User-Agent": "voucher-gateway"},
        )
        self.client = Client(base_url=base_url, raise_on_unexpected_status=False)
        self.client.set_async_httpx_client(self._http)

    async def aclose(self) -> None:
        await self._http.aclose()
