"""The default transport: one pyreqwest client (Rust's reqwest and hyper) and its pool for the whole process.

Measured in the gateway under load against aiohttp, it answers more calls per second with the same
CPU: connections, HTTP parsing and decompression run on the client's own thread, so the event loop,
which every call shares, is left with the gRPC side and the mapping. The client is made on first
use, inside the running loop.

When a request may have left: the client does not say when it takes a connection, so a request
counts as sent from the moment it is handed over, unless the client reports that it failed before
writing it: a URL it refuses, a full pool, or a failed connect. The last is told by hyper's own
error kind in the cause chain (`client error (Connect)`), not by pyreqwest's exception class, which
is `ConnectError` also for a connection closed after the request was written. Anything else, and a
request ended while connecting, counts as possibly sent: the cautious side for a redemption.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import certifi
from pyreqwest.bytes import Bytes
from pyreqwest.client import Client, ClientBuilder
from pyreqwest.exceptions import (
    BuilderError,
    ConnectError,
    ConnectTimeoutError,
    PoolTimeoutError,
    PyreqwestError,
)
from pyreqwest.proxy import ProxyBuilder
from pyreqwest.response import Response

from ..settings import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_RESPONSE_BYTES
from .transport import HttpRequest, HttpResponse, TransportFailure

#: How long a connection may take to open. A connect that fails within it is known never to have
#: sent anything; one the call's deadline cuts short is not, so this stays well below that deadline.
DEFAULT_CONNECT_TIMEOUT = 5.0
#: hyper's failure to connect, as it appears among the causes of the client's error.
_CONNECT_FAILED = "client error (Connect)"


def never_sent(error: PyreqwestError) -> bool:
    """Whether the client failed before writing any byte of the request."""
    if isinstance(error, (BuilderError, PoolTimeoutError)):
        return True
    if not isinstance(error, (ConnectError, ConnectTimeoutError)):
        return False
    details = getattr(error, "details", None) or {}
    causes = details.get("causes") or []
    return any(cause.get("message") == _CONNECT_FAILED for cause in causes)


def trusted_certificates() -> list[bytes]:
    """PEM files the gateway trusts beside the client's own roots: SSL_CERT_FILE, or each file in
    SSL_CERT_DIR, else certifi's bundle, as `voucher-gateway check` does."""
    if cafile := os.environ.get("SSL_CERT_FILE"):
        return [Path(cafile).read_bytes()]
    if capath := os.environ.get("SSL_CERT_DIR"):
        return [path.read_bytes() for path in sorted(Path(capath).iterdir()) if path.is_file()]
    return [Path(certifi.where()).read_bytes()]


class ReqwestTransport:
    """`Transport` over one shared pyreqwest `Client`.

    A connection must open within `connect_timeout` seconds. No retries of its own (hyper only resends a request a pooled connection closed before a byte of
    it was written), no redirects, no cookies kept between calls (they would leak from one caller to
    the next), no proxy but the one given, no timeout of its own (the caller's deadline bounds each
    request), and answers are decompressed as the upstream sent them, at most `max_response_bytes`
    of them: the body is read as it arrives and counted after decompression, and past the limit the
    answer is dropped with its connection (never returned to the pool) and marked `too_large`.
    """

    def __init__(
        self,
        *,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        proxy: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    ) -> None:
        self._max_connections = max_connections
        self._connect_timeout = connect_timeout
        self._proxy = proxy
        self._max_response_bytes = max_response_bytes
        self._client: Client | None = None

    def _open(self) -> Client:
        builder = (
            ClientBuilder()
            .max_connections(self._max_connections)
            .follow_redirects(False)
            .default_cookie_store(False)
            .referer(False)
            .user_agent("voucher-gateway")
            .gzip(True)
            .deflate(True)
            .brotli(True)
            .zstd(True)
            .tcp_nodelay(True)
            .connect_timeout(timedelta(seconds=self._connect_timeout))
        )
        builder = builder.proxy(ProxyBuilder.all(self._proxy)) if self._proxy else builder.no_proxy()
        for pem in trusted_certificates():
            builder = builder.add_root_certificate_pem(pem)
        self._client = builder.build()
        return self._client

    async def send(self, request: HttpRequest) -> HttpResponse:
        client = self._client or self._open()
        try:
            builder = client.request(request.method, request.url).headers(request.headers)
            if request.body is not None:
                builder = builder.body_bytes(request.body)
            streamed = builder.build_streamed()
        except (PyreqwestError, ValueError) as exc:
            raise TransportFailure(type(exc).__name__) from exc
        request.sent, request.sent_at = True, time.time()
        try:
            async with streamed as response:
                body = await _read_at_most(response, self._max_response_bytes)
                if body is None:
                    return HttpResponse(response.status, response.headers, b"", too_large=True)
                return HttpResponse(response.status, response.headers, body)
        except PyreqwestError as exc:
            if never_sent(exc):
                request.sent, request.sent_at = False, None
            raise TransportFailure(type(exc).__name__) from exc

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


async def _read_at_most(response: Response, limit: int) -> bytes | memoryview | None:
    """The decompressed body, or None as soon as it is past `limit` bytes.

    The client drops Content-Length from an answer it decompresses, so one that is left tells the
    size before reading, and bounds it: such a body is taken in one piece.
    """
    declared = response.get_header("content-length")
    if declared is not None and declared.isdigit():
        if int(declared) > limit:
            return None
        return memoryview(await response.bytes())  # the client's buffer, not a copy of it
    reader = response.body_reader
    chunks: list[Bytes] = []
    size = 0
    while (chunk := await reader.read_chunk()) is not None:
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return memoryview(chunks[0]) if len(chunks) == 1 else b"".join(chunks)
