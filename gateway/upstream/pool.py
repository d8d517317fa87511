"""The one way out to Voucherify (or the stand-in), shared by every RPC in the process."""

from __future__ import annotations

import asyncio
import urllib.request
from urllib.parse import urlsplit

from ..codecs.base import UpstreamRequest
from ..credentials import Credentials
from .aiohttp_transport import AiohttpTransport
from .deadline import Deadline, deadline
from .headers import MalformedCredentials, credential_headers
from .transport import HttpRequest, HttpResponse, Transport

_JSON = {"Content-Type": "application/json"}


def env_proxy(base_url: str) -> str | None:
    """The proxy HTTP_PROXY / HTTPS_PROXY / ALL_PROXY name for the upstream, unless NO_PROXY exempts it."""
    parts = urlsplit(base_url)
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")


class Upstream:
    """Base URL, credentials, the per-call deadline, and the transport with its connection pool.

    `transport` replaces the default aiohttp pool of `max_connections` (tests pass a recording one);
    a transport given here keeps its own limits.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: float = 30.0,
        max_connections: int = 100,
        transport: Transport | None = None,
    ) -> None:
        self.base_url = base_url
        self.credentials = credentials
        self.timeout = timeout
        self._origin = base_url.rstrip("/")
        self.transport: Transport = transport or AiohttpTransport(
            max_connections=max_connections, proxy=env_proxy(base_url)
        )
        # The configured credentials are checked once; a call that needs them fails while they are bad.
        self._configured_malformed: str | None = None
        try:
            configured = credential_headers(credentials)
        except MalformedCredentials as exc:
            configured, self._configured_malformed = {}, exc.header
        #: By "has a body": the configured headers, shared by every call and never changed.
        self._configured = {False: configured, True: configured | _JSON}

    def deadline(self, time_remaining: float | None) -> Deadline:
        return deadline(time_remaining, self.timeout)

    def request(self, built: UpstreamRequest, own: Credentials | None) -> HttpRequest:
        """The wire request for `built`, signed with the caller's credentials (`own`) or the configured ones.

        Raises `MalformedCredentials` when the chosen credentials cannot be sent as they are.
        """
        if own is not None:
            headers = credential_headers(own)
            if built.body is not None:
                headers |= _JSON
        elif self._configured_malformed is not None:
            raise MalformedCredentials(self._configured_malformed)
        else:
            headers = self._configured[built.body is not None]
        return HttpRequest(built.method, self._origin + built.target, headers, built.body)

    async def send(self, request: HttpRequest, bound: Deadline) -> HttpResponse:
        """Sends `request` within `bound`: TimeoutError past it, `TransportFailure` for the network.

        A cancelled call cancels the request with it.
        """
        async with asyncio.timeout(bound.seconds):
            return await self.transport.send(request)

    async def aclose(self) -> None:
        await self.transport.aclose()
