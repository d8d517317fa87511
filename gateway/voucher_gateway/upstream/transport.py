"""The one small interface between the gateway and an HTTP client: send one request, get its answer.

Everything the gateway needs from HTTP goes through `Transport.send`, so a faster client or a
recording wrapper (in tests) replaces the default without touching anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(slots=True)
class HttpRequest:
    """One upstream request as it goes on the wire."""

    method: str
    #: Absolute and already percent-encoded: a transport sends it byte for byte.
    url: str
    headers: Mapping[str, str]
    body: bytes | None = None
    #: Set by the transport as soon as the request may leave the gateway, and cleared when the
    #: transport knows it never did. While False, nothing was sent, so even a redemption is safe to
    #: try again.
    sent: bool = False
    #: When `sent` became True (seconds since the epoch), if the transport knows.
    sent_at: float | None = None


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    #: Looked up case-insensitively.
    headers: Mapping[str, str]
    #: As the transport read it: a memoryview lends the client's own buffer instead of a copy.
    body: bytes | memoryview
    #: The body was past the transport's size limit: it was not read (`body` is empty) and the
    #: connection was closed.
    too_large: bool = False


class TransportFailure(Exception):
    """The request failed below HTTP (connection refused, reset, unreadable answer ...).

    Whether anything reached the upstream is told by `HttpRequest.sent`, not by the exception.
    """

    def __init__(self, cause: str) -> None:
        super().__init__(cause)
        #: A short name of what failed (an exception class name), safe to show to a caller.
        self.cause = cause


class Transport(Protocol):
    """Sends requests over a pool of connections shared by every call.

    `send` raises `TransportFailure` for network failures and lets cancellation through unchanged:
    a cancelled call abandons its request. It applies no timeout of its own: the caller bounds it.
    A body past the transport's size limit is not kept: the answer comes back with `too_large`.
    """

    async def send(self, request: HttpRequest) -> HttpResponse: ...

    async def aclose(self) -> None: ...
