"""The one way out to Voucherify (or the stand-in), shared by every RPC in the process."""

from __future__ import annotations

import asyncio
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from ..codecs.base import UpstreamRequest
from ..credentials import Credentials
from ..settings import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_UPSTREAM_TIMEOUT
from .breaker import CircuitBreaker, Outcome
from .deadline import Deadline, deadline
from .headers import MalformedCredentials, credential_headers
from .reqwest_transport import DEFAULT_CONNECT_TIMEOUT, ReqwestTransport
from .shed import Admission
from .transport import HttpRequest, HttpResponse, Transport, TransportFailure

_JSON = {"Content-Type": "application/json"}
#: Answers that count against the upstream in the circuit breaker.
_FAILING_STATUSES = frozenset({500, 502, 503, 504})


class ShuttingDown(Exception):
    """The gateway ended the call because it is stopping; the request's `sent` says whether it left."""


def env_proxy(base_url: str) -> str | None:
    """The proxy HTTP_PROXY / HTTPS_PROXY / ALL_PROXY name for the upstream, unless NO_PROXY exempts it."""
    parts = urlsplit(base_url)
    if parts.hostname and urllib.request.proxy_bypass(parts.hostname):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")


class Upstream:
    """Base URL, credentials, the per-call deadline, the transport with its connection pool, and what
    guards it: at most `max_connections` calls in flight and `max_queued` waiting (`Admission`), and a
    circuit breaker (`breaker`). Both are public, for metrics.

    `transport` replaces the default pyreqwest pool (tests pass a recording one); a transport given here
    keeps its own connection and response size limits.
    """

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeout: float = DEFAULT_UPSTREAM_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_queued: int | None = None,
        queue_wait: float = 1.0,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        breaker: CircuitBreaker | None = None,
        transport: Transport | None = None,
    ) -> None:
        self.base_url = base_url
        self.credentials = credentials
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self._origin = base_url.rstrip("/")
        self.transport: Transport = transport or ReqwestTransport(
            max_connections=max_connections,
            proxy=env_proxy(base_url),
            max_response_bytes=max_response_bytes,
            connect_timeout=min(DEFAULT_CONNECT_TIMEOUT, timeout / 2),
        )
        self.admission = Admission(
            max_connections, max_connections if max_queued is None else max_queued, queue_wait
        )
        self.breaker = breaker or CircuitBreaker()
        #: Tasks inside `send`, which `abandon_in_flight` ends when the gateway stops.
        self._sending: set[asyncio.Task[object]] = set()
        self._abandoned: set[asyncio.Task[object]] = set()
        self._closing = False
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
        """Sends `request` within `bound` (connect, send and read, any wait for a slot included).

        Raises TimeoutError past `bound`, `TransportFailure` for the network, `CircuitOpen` or
        `Overloaded` before sending, and `ShuttingDown` when `abandon_in_flight` ended it. A cancelled
        call cancels the request with it.
        """
        if self._closing:
            raise ShuttingDown()
        task = asyncio.current_task()
        assert task is not None
        self._sending.add(task)
        try:
            return await self._guarded(request, bound)
        except asyncio.CancelledError:
            if task not in self._abandoned:
                raise
            task.uncancel()
            raise ShuttingDown() from None
        finally:
            self._sending.discard(task)
            self._abandoned.discard(task)

    async def _guarded(self, request: HttpRequest, bound: Deadline) -> HttpResponse:
        probe = self.breaker.admit()
        outcome, cause = Outcome.NEUTRAL, ""
        try:
            async with asyncio.timeout(bound.seconds), self.admission.slot():
                response = await self.transport.send(request)
            if response.status in _FAILING_STATUSES:
                outcome, cause = Outcome.FAILURE, f"HTTP {response.status}"
            else:
                outcome = Outcome.SUCCESS
            return response
        except TimeoutError:
            if request.sent and not bound.callers:
                outcome, cause = Outcome.FAILURE, "upstream timeout"
            raise
        except TransportFailure as exc:
            outcome, cause = Outcome.FAILURE, exc.cause
            raise
        finally:
            self.breaker.record(probe, outcome, cause)

    def abandon_in_flight(self) -> int:
        """Ends every call still in `send` (each raises `ShuttingDown`) and refuses new ones; how many."""
        self._closing = True
        self._abandoned = set(self._sending)
        for task in self._abandoned:
            task.cancel("the gateway is shutting down")
        return len(self._abandoned)

    def snapshot(self) -> dict[str, Any]:
        """The pool's and the breaker's state, for metrics."""
        return {"admission": self.admission.snapshot(), "breaker": self.breaker.snapshot()}

    async def aclose(self) -> None:
        await self.transport.aclose()
